package io.tillbridge.mapping.customfields;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The custom fields that exist, so that a template naming a field that does not is refused when it
 * is loaded. KashFlow's fields are fixed and built in; Zoho's and SYSPRO's are the organisation's
 * own, and the host adds them (for Zoho, from its custom-field settings).
 */
public final class FieldCatalogue {

    private static final Set<String> KASHFLOW_INVOICE_FIELDS = Set.of("customerreference");

    private final Set<String> zoho;
    private final Set<String> syspro;

    private FieldCatalogue(Builder builder) {
        this.zoho = Set.copyOf(builder.zoho);
        this.syspro = Set.copyOf(builder.syspro);
    }

    /**
     * Starts an empty catalogue.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * True when the field exists in its system.
     *
     * @param field a target field
     * @return whether the catalogue knows it
     */
    public boolean contains(TargetField field) {
        if (field instanceof TargetField.Zoho z) {
            return z.apiName() != null ? zoho.contains(key(z.entity(), "api", z.apiName()))
                    : zoho.contains(key(z.entity(), "id", z.customFieldId()));
        }
        if (field instanceof TargetField.KashFlow k) {
            String name = k.name().toLowerCase(Locale.ROOT);
            if (k.entity() == TargetField.KashFlowEntity.INVOICE) {
                return KASHFLOW_INVOICE_FIELDS.contains(name);
            }
            return name.matches("(extratext|checkbox)([1-9]|1[0-9]|20)");
        }
        TargetField.Syspro s = (TargetField.Syspro) field;
        return syspro.contains(s.formType().toUpperCase(Locale.ROOT) + "/" + s.name().toUpperCase(Locale.ROOT));
    }

    private static String key(TargetField.ZohoEntity entity, String kind, String name) {
        return entity + "/" + kind + "/" + name;
    }

    /** Collects the organisation's fields. */
    public static final class Builder {
        private final Set<String> zoho = new HashSet<>();
        private final Set<String> syspro = new HashSet<>();

        private Builder() {
        }

        /**
         * A Zoho custom field; either name may be null.
         *
         * @param entity        the Zoho entity that carries the field
         * @param customFieldId Zoho's {@code customfield_id}
         * @param apiName       Zoho's {@code api_name}
         * @return this builder
         */
        public Builder zoho(TargetField.ZohoEntity entity, String customFieldId, String apiName) {
            if (customFieldId != null) {
                zoho.add(key(entity, "id", customFieldId));
            }
            if (apiName != null) {
                zoho.add(key(entity, "api", apiName));
            }
            return this;
        }

        /**
         * A SYSPRO custom form field; names match ignoring case.
         *
         * @param formType the SYSPRO custom form type, such as {@code SORDHD}
         * @param name     the field's name on the form
         * @return this builder
         */
        public Builder syspro(String formType, String name) {
            syspro.add(formType.toUpperCase(Locale.ROOT) + "/" + name.toUpperCase(Locale.ROOT));
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return the catalogue
         */
        public FieldCatalogue build() {
            return new FieldCatalogue(this);
        }
    }
}
