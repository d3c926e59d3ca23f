package io.tillbridge.kashflow.customers;

import io.tillbridge.client.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KashFlow's customer custom fields: {@code ExtraText1..20} (text) and {@code CheckBox1..20} (0/1)
 * (reference: kashflow.md §4, SOAP Customer). Which slot holds what — the Opayo transaction id, the
 * auth code, the fraud score — is the host's template (mapping-core); here only slots and values.
 */
public final class CustomFields {

    private final Map<String, String> values;

    private CustomFields(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Starts an empty set of values.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads the slots out of a SOAP customer's fields; empty slots are left out. */
    static CustomFields read(Map<String, String> soapFields) {
        Map<String, String> found = new LinkedHashMap<>();
        soapFields.forEach((name, value) -> {
            if (name.matches("(ExtraText|CheckBox)([1-9]|1[0-9]|20)") && value != null && !value.isEmpty()) {
                found.put(name, value);
            }
        });
        return new CustomFields(found);
    }

    /**
     * The text in {@code ExtraText<slot>}, or null.
     *
     * @param slot the slot number
     * @return the text, or null
     */
    public String text(int slot) {
        return values.get("ExtraText" + slot);
    }

    /**
     * Whether {@code CheckBox<slot>} is ticked.
     *
     * @param slot the slot number
     * @return true when ticked
     */
    public boolean checked(int slot) {
        return "1".equals(values.get("CheckBox" + slot));
    }

    /**
     * Slot name to wire value ({@code ExtraText3 → "…"}, {@code CheckBox2 → "1"}).
     *
     * @return the values
     */
    public Map<String, String> values() {
        return values;
    }

    @Override
    public String toString() {
        return "CustomFields" + values;
    }

    /** Builds custom-field values; each slot 1..20. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final List<ValidationException.FieldError> errors = new ArrayList<>();

        /**
         * Sets {@code ExtraText<slot>}; an empty string clears it.
         *
         * @param slot  the slot number
         * @param value the text; not null
         * @return this builder
         */
        public Builder text(int slot, String value) {
            if (slot(slot, "ExtraText")) {
                if (value == null) {
                    errors.add(new ValidationException.FieldError("customFields.ExtraText" + slot, "must not be null; use \"\" to clear"));
                } else {
                    values.put("ExtraText" + slot, value);
                }
            }
            return this;
        }

        /**
         * Ticks or clears {@code CheckBox<slot>}.
         *
         * @param slot    the slot number
         * @param checked whether to tick it
         * @return this builder
         */
        public Builder checkBox(int slot, boolean checked) {
            if (slot(slot, "CheckBox")) {
                values.put("CheckBox" + slot, checked ? "1" : "0");
            }
            return this;
        }

        private boolean slot(int slot, String kind) {
            if (slot < 1 || slot > 20) {
                errors.add(new ValidationException.FieldError("customFields." + kind + slot, "KashFlow has slots 1 to 20"));
                return false;
            }
            return true;
        }

        /**
         * Builds the values.
         *
         * @return the values
         * @throws ValidationException naming each bad slot
         */
        public CustomFields build() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return new CustomFields(values);
        }
    }
}
