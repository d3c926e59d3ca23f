package io.tillbridge.mapping.customfields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A declarative mapping from canonical payment values to custom fields in Zoho Inventory, KashFlow
 * or SYSPRO. Loading checks every target against the catalogue, so a template that names a field
 * that does not exist fails before any payment is processed, not in the middle of one.
 */
public final class CustomFieldTemplate {

    private final String name;
    private final List<FieldMapping> mappings;

    private CustomFieldTemplate(String name, List<FieldMapping> mappings) {
        this.name = name;
        this.mappings = List.copyOf(mappings);
    }

    /**
     * Checks and builds a template.
     *
     * @param name      the template's name, used in errors
     * @param mappings  the source-to-target field mappings, in order
     * @param catalogue the target fields known to exist
     * @return the checked template
     * @throws TemplateException naming every unknown or repeated target field
     */
    public static CustomFieldTemplate load(String name, List<FieldMapping> mappings, FieldCatalogue catalogue) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(catalogue, "catalogue");
        List<String> problems = new ArrayList<>();
        Set<TargetField> seen = new HashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            TargetField target = mappings.get(i).target();
            if (!catalogue.contains(target)) {
                problems.add("mappings[" + i + "]: " + target.describe() + " does not exist");
            } else if (!seen.add(target)) {
                problems.add("mappings[" + i + "]: " + target.describe() + " is written twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException("template '" + name + "': " + String.join("; ", problems));
        }
        return new CustomFieldTemplate(name, mappings);
    }

    /**
     * The template's name, as errors cite it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The mappings, in the order they apply.
     *
     * @return the mappings
     */
    public List<FieldMapping> mappings() {
        return mappings;
    }

    /**
     * The values to write.
     *
     * @param values canonical values, for example from {@link CanonicalField#valuesOf}
     * @return the values to write and the fields to unset
     * @throws TemplateException when a transform cannot produce a value or a KashFlow check box gets something other than 0 or 1
     */
    public Result apply(Map<CanonicalField, String> values) {
        List<FieldValue> written = new ArrayList<>();
        List<FieldMapping> unset = new ArrayList<>();
        for (FieldMapping mapping : mappings) {
            String value = values.get(mapping.source());
            for (Transform transform : mapping.transforms()) {
                value = transform.apply(value, "template '" + name + "' " + mapping.describe());
            }
            if (value == null) {
                unset.add(mapping);
                continue;
            }
            if (mapping.target() instanceof TargetField.KashFlow k && k.isCheckBox() && !value.equals("0") && !value.equals("1")) {
                throw new TemplateException("template '" + name + "' " + mapping.describe()
                        + ": a KashFlow check box takes 0 or 1, got '" + value + "'");
            }
            written.add(new FieldValue(mapping.target(), value));
        }
        return new Result(written, unset);
    }

    /**
     * A value for one field.
     *
     * @param target the field
     * @param value  what to write
     */
    public record FieldValue(TargetField target, String value) {
    }

    /**
     * What a template produced.
     *
     * @param values the fields to write
     * @param unset  the mappings that had no value (for example no authorisation code on a decline)
     */
    public record Result(List<FieldValue> values, List<FieldMapping> unset) {
        /**
         * Copies both lists, so that the result cannot change after it is built.
         *
         * @param values the fields to write
         * @param unset  the mappings that had no value (for example no authorisation code on a decline)
         */
        public Result {
            values = List.copyOf(values);
            unset = List.copyOf(unset);
        }
    }
}
