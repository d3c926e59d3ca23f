package io.tillbridge.zoho.model;

/**
 * A custom field value as Zoho returns it in {@code custom_fields}.
 *
 * @param customfieldId the field's id
 * @param apiName       for example {@code cf_opayo_transaction}; not always returned
 * @param label         the label shown in Zoho
 * @param value         the value as text
 * @param index         position (contacts)
 */
public record CustomField(String customfieldId, String apiName, String label, String value, Integer index) {
}
