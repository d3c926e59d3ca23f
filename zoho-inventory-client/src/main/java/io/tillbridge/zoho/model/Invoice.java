package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An invoice (reference: zoho-inventory.md §3.5); {@code total} and {@code balance} may arrive as strings. */
public record Invoice(String invoiceId, String invoiceNumber, String customerId, String customerName, LocalDate date,
                      LocalDate dueDate, String status, String referenceNumber, String currencyCode,
                      List<LineItem> lineItems, BigDecimal subTotal, BigDecimal taxTotal, BigDecimal total,
                      BigDecimal balance, BigDecimal paymentMade, List<CustomField> customFields,
                      @ZohoTimestamp OffsetDateTime createdTime, @ZohoTimestamp OffsetDateTime lastModifiedTime,
                      @JsonAnySetter Map<String, Object> other) {

    public Invoice {
        lineItems = lineItems == null ? List.of() : lineItems;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /** Custom values by API name, id, label and index. */
    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
