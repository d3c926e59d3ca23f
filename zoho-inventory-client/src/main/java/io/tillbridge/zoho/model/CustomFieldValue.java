package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A custom field value to write, named by {@code customfield_id} or by {@code api_name}
 * (reference: zoho-inventory.md §3.1).
 *
 * @param customfieldId the field's id, or null
 * @param apiName       the field's API name, or null
 * @param value         the value
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomFieldValue(String customfieldId, String apiName, String value) {

    /**
     * Requires exactly one of {@code customfieldId} and {@code apiName}, as Zoho identifies a custom field by
     * either.
     *
     * @param customfieldId the field's id, or null
     * @param apiName       the field's API name, or null
     * @param value         the value
     */
    public CustomFieldValue {
        if ((customfieldId == null) == (apiName == null)) {
            throw new io.tillbridge.client.ValidationException("customField",
                    "name a custom field by exactly one of customfield_id and api_name");
        }
    }

    /**
     * A value for the custom field with this {@code customfield_id}.
     *
     * @param customfieldId the field's id
     * @param value         the value
     * @return the custom field value
     */
    public static CustomFieldValue byId(String customfieldId, String value) {
        return new CustomFieldValue(customfieldId, null, value);
    }

    /**
     * A value for the custom field with this {@code api_name}.
     *
     * @param apiName the field's API name, such as {@code cf_opayo_status}
     * @param value   the value
     * @return the custom field value
     */
    public static CustomFieldValue byApiName(String apiName, String value) {
        return new CustomFieldValue(null, apiName, value);
    }
}
