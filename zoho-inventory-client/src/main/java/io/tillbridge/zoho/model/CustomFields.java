package io.tillbridge.zoho.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads custom fields from both places Zoho puts them: the {@code custom_fields} list and the
 * flattened {@code cf_*} keys of list responses. A value is found by its API name, its
 * {@code customfield_id}, its label, and — for contacts, whose fields carry {@code index} 1–10 — its
 * index written as a number ({@code "3"}).
 */
public final class CustomFields {

    private CustomFields() {
    }

    /**
     * Values by API name ({@code cf_…}), {@code customfield_id}, label and index.
     *
     * @param fields the record's {@code custom_fields}; may be null
     * @param other  the record's other fields, where the {@code cf_…} values are
     * @return the values
     */
    public static Map<String, String> read(List<CustomField> fields, Map<String, Object> other) {
        Map<String, String> values = new LinkedHashMap<>();
        if (other != null) {
            other.forEach((key, value) -> {
                if (key.startsWith("cf_") && !key.endsWith("_unformatted") && value != null) {
                    values.put(key, String.valueOf(value));
                }
            });
        }
        if (fields != null) {
            for (CustomField field : fields) {
                if (field.apiName() != null) {
                    values.put(field.apiName(), field.value());
                }
                if (field.customfieldId() != null) {
                    values.put(field.customfieldId(), field.value());
                }
                // Labels and indexes never replace a value found by the exact names above.
                if (field.label() != null && !field.label().isBlank()) {
                    values.putIfAbsent(field.label(), field.value());
                }
                if (field.index() != null) {
                    values.putIfAbsent(Integer.toString(field.index()), field.value());
                }
            }
        }
        return values;
    }
}
