package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * A custom field value as Zoho returns it in {@code custom_fields}. What Zoho sends beyond the typed
 * fields ({@code data_type}, {@code show_on_pdf}, {@code value_formatted}, …) is kept in {@code other}.
 *
 * @param customfieldId the field's id
 * @param apiName       for example {@code cf_opayo_transaction}; not always returned
 * @param label         the label shown in Zoho
 * @param value         the value as text
 * @param index         position (contacts)
 * @param other         every other field Zoho sent, by its wire name
 */
public record CustomField(String customfieldId, String apiName, String label, String value, Integer index,
                          @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads an absent map as empty, so that callers never meet a null collection.
     *
     * @param customfieldId the field's id
     * @param apiName       for example {@code cf_opayo_transaction}; not always returned
     * @param label         the label shown in Zoho
     * @param value         the value as text
     * @param index         position (contacts)
     * @param other         every other field Zoho sent, by its wire name
     */
    public CustomField {
        other = other == null ? Map.of() : other;
    }

    /**
     * The form without other fields, kept for existing callers.
     *
     * @param customfieldId the field's id
     * @param apiName       for example {@code cf_opayo_transaction}; not always returned
     * @param label         the label shown in Zoho
     * @param value         the value as text
     * @param index         position (contacts)
     */
    public CustomField(String customfieldId, String apiName, String label, String value, Integer index) {
        this(customfieldId, apiName, label, value, index, null);
    }
}
