package io.tillbridge.zoho.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads custom fields from both places Zoho puts them: the {@code custom_fields} list (by id, and by
 * API name when given) and the flattened {@code cf_*} keys of list responses.
 */
public final class CustomFields {

    private CustomFields() {
    }

    /** Values by API name ({@code cf_…}) and by {@code customfield_id}. */
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
            }
        }
        return values;
    }
}
