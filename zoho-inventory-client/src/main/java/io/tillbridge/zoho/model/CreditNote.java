package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A credit note (reference: zoho-inventory.md §3.7). Zoho's OpenAPI names its change time
 * {@code updated_time}; answers also carry {@code last_modified_time}: both are typed. {@code invoices}
 * are the invoices it was applied to.
 *
 * @param creditnoteId     Zoho's {@code creditnote_id}
 * @param creditnoteNumber Zoho's {@code creditnote_number}
 * @param date             Zoho's {@code date}
 * @param status           Zoho's {@code status}
 * @param customerId       Zoho's {@code customer_id}
 * @param customerName     Zoho's {@code customer_name}
 * @param referenceNumber  Zoho's {@code reference_number}
 * @param currencyCode     Zoho's {@code currency_code}
 * @param total            Zoho's {@code total}
 * @param balance          Zoho's {@code balance}
 * @param lineItems        Zoho's {@code line_items}
 * @param createdTime      Zoho's {@code created_time}
 * @param updatedTime      Zoho's {@code updated_time}
 * @param lastModifiedTime Zoho's {@code last_modified_time}
 * @param invoices         Zoho's {@code invoices}
 * @param other            every other field Zoho sent, by its wire name
 */
public record CreditNote(String creditnoteId, String creditnoteNumber, LocalDate date, String status, String customerId,
                         String customerName, String referenceNumber, String currencyCode, BigDecimal total,
                         BigDecimal balance, List<LineItem> lineItems, @ZohoTimestamp OffsetDateTime createdTime,
                         @ZohoTimestamp OffsetDateTime updatedTime, @ZohoTimestamp OffsetDateTime lastModifiedTime,
                         List<AppliedInvoice> invoices, @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param creditnoteId     Zoho's {@code creditnote_id}
     * @param creditnoteNumber Zoho's {@code creditnote_number}
     * @param date             Zoho's {@code date}
     * @param status           Zoho's {@code status}
     * @param customerId       Zoho's {@code customer_id}
     * @param customerName     Zoho's {@code customer_name}
     * @param referenceNumber  Zoho's {@code reference_number}
     * @param currencyCode     Zoho's {@code currency_code}
     * @param total            Zoho's {@code total}
     * @param balance          Zoho's {@code balance}
     * @param lineItems        Zoho's {@code line_items}
     * @param createdTime      Zoho's {@code created_time}
     * @param updatedTime      Zoho's {@code updated_time}
     * @param lastModifiedTime Zoho's {@code last_modified_time}
     * @param invoices         Zoho's {@code invoices}
     * @param other            every other field Zoho sent, by its wire name
     */
    public CreditNote {
        lineItems = lineItems == null ? List.of() : lineItems;
        invoices = invoices == null ? List.of() : invoices;
        other = other == null ? Map.of() : other;
    }

    /**
     * The later of the two change times Zoho may send; null when it sent neither.
     *
     * @return the change time, or null
     */
    public OffsetDateTime changedTime() {
        if (lastModifiedTime == null) {
            return updatedTime;
        }
        return updatedTime == null || lastModifiedTime.isAfter(updatedTime) ? lastModifiedTime : updatedTime;
    }

    /**
     * An invoice the credit note was applied to.
     *
     * @param creditnoteInvoiceId the application's id, for removing it
     * @param invoiceId           Zoho's {@code invoice_id}
     * @param invoiceNumber       Zoho's {@code invoice_number}
     * @param date                Zoho's {@code date}
     * @param amountApplied       how much of the credit went to this invoice
     * @param other               every other field Zoho sent, by its wire name
     */
    public record AppliedInvoice(String creditnoteInvoiceId, String invoiceId, String invoiceNumber, LocalDate date,
                                 BigDecimal amountApplied, @JsonAnySetter Map<String, Object> other) {
        /**
         * Reads absent lists and maps as empty, so that callers never meet a null collection.
         *
         * @param creditnoteInvoiceId the application's id, for removing it
         * @param invoiceId           Zoho's {@code invoice_id}
         * @param invoiceNumber       Zoho's {@code invoice_number}
         * @param date                Zoho's {@code date}
         * @param amountApplied       how much of the credit went to this invoice
         * @param other               every other field Zoho sent, by its wire name
         */
        public AppliedInvoice {
            other = other == null ? Map.of() : other;
        }
    }
}
