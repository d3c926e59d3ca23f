package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An invoice (reference: zoho-inventory.md §3.5); {@code total} and {@code balance} may arrive as strings.
 *
 * @param invoiceId        Zoho's {@code invoice_id}
 * @param invoiceNumber    Zoho's {@code invoice_number}
 * @param customerId       Zoho's {@code customer_id}
 * @param customerName     Zoho's {@code customer_name}
 * @param date             Zoho's {@code date}
 * @param dueDate          Zoho's {@code due_date}
 * @param status           Zoho's {@code status}
 * @param referenceNumber  Zoho's {@code reference_number}
 * @param currencyCode     Zoho's {@code currency_code}
 * @param lineItems        Zoho's {@code line_items}
 * @param subTotal         Zoho's {@code sub_total}
 * @param taxTotal         Zoho's {@code tax_total}
 * @param total            Zoho's {@code total}
 * @param balance          Zoho's {@code balance}
 * @param paymentMade      Zoho's {@code payment_made}
 * @param customFields     Zoho's {@code custom_fields}
 * @param createdTime      Zoho's {@code created_time}
 * @param lastModifiedTime Zoho's {@code last_modified_time}
 * @param other            every other field Zoho sent, by its wire name
 */
public record Invoice(String invoiceId, String invoiceNumber, String customerId, String customerName, LocalDate date,
                      LocalDate dueDate, String status, String referenceNumber, String currencyCode,
                      List<LineItem> lineItems, BigDecimal subTotal, BigDecimal taxTotal, BigDecimal total,
                      BigDecimal balance, BigDecimal paymentMade, List<CustomField> customFields,
                      @ZohoTimestamp OffsetDateTime createdTime, @ZohoTimestamp OffsetDateTime lastModifiedTime,
                      @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param invoiceId        Zoho's {@code invoice_id}
     * @param invoiceNumber    Zoho's {@code invoice_number}
     * @param customerId       Zoho's {@code customer_id}
     * @param customerName     Zoho's {@code customer_name}
     * @param date             Zoho's {@code date}
     * @param dueDate          Zoho's {@code due_date}
     * @param status           Zoho's {@code status}
     * @param referenceNumber  Zoho's {@code reference_number}
     * @param currencyCode     Zoho's {@code currency_code}
     * @param lineItems        Zoho's {@code line_items}
     * @param subTotal         Zoho's {@code sub_total}
     * @param taxTotal         Zoho's {@code tax_total}
     * @param total            Zoho's {@code total}
     * @param balance          Zoho's {@code balance}
     * @param paymentMade      Zoho's {@code payment_made}
     * @param customFields     Zoho's {@code custom_fields}
     * @param createdTime      Zoho's {@code created_time}
     * @param lastModifiedTime Zoho's {@code last_modified_time}
     * @param other            every other field Zoho sent, by its wire name
     */
    public Invoice {
        lineItems = lineItems == null ? List.of() : lineItems;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /**
     * Custom values by API name, id, label and index.
     *
     * @return the values
     */
    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
