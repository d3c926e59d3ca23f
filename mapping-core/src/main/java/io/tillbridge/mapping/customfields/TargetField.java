package io.tillbridge.mapping.customfields;

import java.util.Locale;
import java.util.Objects;

/** A custom field in one target system. */
public sealed interface TargetField permits TargetField.Zoho, TargetField.KashFlow, TargetField.Syspro {

    /** Zoho Inventory entities that carry {@code custom_fields}. */
    enum ZohoEntity {
        /** A sales order. */
        SALES_ORDER,
        /** An item. */
        ITEM,
        /** A contact (customer or vendor). */
        CONTACT,
        /** A purchase order. */
        PURCHASE_ORDER,
        /** A customer payment (its custom fields are written with the payment itself). */
        CUSTOMER_PAYMENT
    }

    /** KashFlow records Tillbridge writes custom data to. */
    enum KashFlowEntity {
        /** A KashFlow customer. */
        CUSTOMER,
        /** A KashFlow invoice. */
        INVOICE
    }

    /**
     * A Zoho custom field, named by {@code customfield_id} or by {@code api_name} (exactly one).
     *
     * @param entity        the entity
     * @param customFieldId may be null when apiName is given
     * @param apiName       for example {@code cf_opayo_transaction}; may be null when customFieldId is given
     */
    record Zoho(ZohoEntity entity, String customFieldId, String apiName) implements TargetField {
        /**
         * Requires the entity and exactly one of the two names.
         *
         * @param entity        the entity
         * @param customFieldId may be null when apiName is given
         * @param apiName       for example {@code cf_opayo_transaction}; may be null when customFieldId is given
         */
        public Zoho {
            Objects.requireNonNull(entity, "entity");
            if ((customFieldId == null) == (apiName == null)) {
                throw new IllegalArgumentException("name a Zoho custom field by exactly one of customfield_id and api_name");
            }
        }

        @Override
        public String describe() {
            return "Zoho " + entity + " " + (apiName != null ? apiName : "customfield_id " + customFieldId);
        }
    }

    /**
     * A KashFlow field: customer {@code ExtraText1..20} (text) or {@code CheckBox1..20} (0 or 1);
     * invoice {@code CustomerReference}.
     *
     * @param entity the record
     * @param name   the field's name as KashFlow spells it
     */
    record KashFlow(KashFlowEntity entity, String name) implements TargetField {
        /**
         * Requires the entity and the name.
         *
         * @param entity the record
         * @param name   the field's name as KashFlow spells it
         */
        public KashFlow {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(name, "name");
        }

        boolean isCheckBox() {
            return name.toLowerCase(Locale.ROOT).startsWith("checkbox");
        }

        @Override
        public String describe() {
            return "KashFlow " + entity + " " + name;
        }
    }

    /**
     * A SYSPRO custom form field.
     *
     * @param formType the custom form the field belongs to (for example the sales-order header form)
     * @param name     the field's name
     */
    record Syspro(String formType, String name) implements TargetField {
        /**
         * Requires the form type and the name.
         *
         * @param formType the custom form the field belongs to (for example the sales-order header form)
         * @param name     the field's name
         */
        public Syspro {
            Objects.requireNonNull(formType, "formType");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "SYSPRO form " + formType + " field " + name;
        }
    }

    /**
     * How the field is named in errors.
     *
     * @return the description
     */
    String describe();
}
