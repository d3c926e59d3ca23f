package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A customer or vendor (reference: zoho-inventory.md §3.3). */
public record Contact(String contactId, String contactName, String companyName, String contactType, String status,
                      String currencyCode, String email, String phone, ZohoAddress billingAddress,
                      ZohoAddress shippingAddress, List<ContactPerson> contactPersons,
                      BigDecimal outstandingReceivableAmount, List<CustomField> customFields,
                      @ZohoTimestamp OffsetDateTime createdTime, @ZohoTimestamp OffsetDateTime lastModifiedTime,
                      @JsonAnySetter Map<String, Object> other) {

    public Contact {
        contactPersons = contactPersons == null ? List.of() : contactPersons;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
