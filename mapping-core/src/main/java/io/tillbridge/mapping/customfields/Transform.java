package io.tillbridge.mapping.customfields;

import java.util.Map;
import java.util.Objects;

/** One step that turns a canonical value into the value a field gets. A null value means "no value". */
public sealed interface Transform permits Transform.Format, Transform.Lookup, Transform.DefaultValue {

    /**
     * Applies the step.
     *
     * @param value   the value so far
     * @param mapping the mapping being applied, named in errors
     * @return the transformed value
     * @throws TemplateException when the value cannot be transformed (a lookup miss without fallback)
     */
    String apply(String value, String mapping);

    /**
     * Puts the value into a pattern: {@code "Opayo {value}"}. No value stays no value.
     *
     * @param pattern must contain {@code {value}}
     */
    record Format(String pattern) implements Transform {
        /**
         * Requires a pattern that contains {@code {value}}.
         *
         * @param pattern must contain {@code {value}}
         */
        public Format {
            if (pattern == null || !pattern.contains("{value}")) {
                throw new IllegalArgumentException("a format pattern must contain {value}");
            }
        }

        @Override
        public String apply(String value, String mapping) {
            return value == null ? null : pattern.replace("{value}", value);
        }
    }

    /**
     * Replaces a value through a table, for example {@code HOLD → "On hold"}. A value the table does
     * not have takes {@code otherwise}; with no {@code otherwise} it is an error, not a silent blank.
     *
     * @param table     exact matches
     * @param otherwise for values not in the table; may be null
     */
    record Lookup(Map<String, String> table, String otherwise) implements Transform {
        /**
         * Copies the table.
         *
         * @param table     exact matches
         * @param otherwise for values not in the table; may be null
         */
        public Lookup {
            table = Map.copyOf(Objects.requireNonNull(table, "table"));
        }

        @Override
        public String apply(String value, String mapping) {
            if (value == null) {
                return null;
            }
            String found = table.get(value);
            if (found != null) {
                return found;
            }
            if (otherwise != null) {
                return otherwise;
            }
            throw new TemplateException(mapping + ": the lookup table has no entry for '" + value + "' and no fallback");
        }
    }

    /**
     * Gives a value when there is none (or it is blank).
     *
     * @param value the default
     */
    record DefaultValue(String value) implements Transform {
        /**
         * Requires a value.
         *
         * @param value the default
         */
        public DefaultValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String apply(String current, String mapping) {
            return current == null || current.isBlank() ? value : current;
        }
    }
}
