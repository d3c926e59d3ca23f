package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A customer or vendor (reference: zoho-inventory.md §3.3).
 *
 * @param contactId                   Zoho's {@code contact_id}
 * @param contactName                 Zoho's {@code contact_name}
 * @param companyName                 Zoho's {@code company_name}
 * @param contactType                 Zoho's {@code contact_type}
 * @param status                      Zoho's {@code status}
 * @param currencyCode                Zoho's {@code currency_code}
 * @param email                       Zoho's {@code email}
 * @param phone                       Zoho's {@code phone}
 * @param billingAddress              Zoho's {@code billing_address}
 * @param shippingAddress             Zoho's {@code shipping_address}
 * @param contactPersons              Zoho's {@code contact_persons}
 * @param outstandingReceivableAmount Zoho's {@code outstanding_receivable_amount}
 * @param customFields                Zoho's {@code custom_fields}
 * @param createdTime                 Zoho's {@code created_time}
 * @param lastModifiedTime            Zoho's {@code last_modified_time}
 * @param other                       every other field Zoho sent, by its wire name
 */
public record Contact(String contactId, String contactName, String companyName, String contactType, String status,
                      String currencyCode, String email, String phone, ZohoAddress billingAddress,
                      ZohoAddress shippingAddress, List<ContactPerson> contactPersons,
                      BigDecimal outstandingReceivableAmount, List<CustomField> customFields,
                      @ZohoTimestamp OffsetDateTime createdTime, @ZohoTimestamp OffsetDateTime lastModifiedTime,
                      @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param contactId                   Zoho's {@code contact_id}
     * @param contactName                 Zoho's {@code contact_name}
     * @param companyName                 Zoho's {@code company_name}
     * @param contactType                 Zoho's {@code contact_type}
     * @param status                      Zoho's {@code status}
     * @param currencyCode                Zoho's {@code currency_code}
     * @param email                       Zoho's {@code email}
     * @param phone                       Zoho's {@code phone}
     * @param billingAddress              Zoho's {@code billing_address}
     * @param shippingAddress             Zoho's {@code shipping_address}
     * @param contactPersons              Zoho's {@code contact_persons}
     * @param outstandingReceivableAmount Zoho's {@code outstanding_receivable_amount}
     * @param customFields                Zoho's {@code custom_fields}
     * @param createdTime                 Zoho's {@code created_time}
     * @param lastModifiedTime            Zoho's {@code last_modified_time}
     * @param other                       every other field Zoho sent, by its wire name
     */
    public Contact {
        contactPersons = contactPersons == null ? List.of() : contactPersons;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /**
     * Custom values by API name, id, label and index, from {@code custom_fields} and the {@code cf_…} fields.
     *
     * @return the values
     */
    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
