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
 */
public record CreditNote(String creditnoteId, String creditnoteNumber, LocalDate date, String status, String customerId,
                         String customerName, String referenceNumber, String currencyCode, BigDecimal total,
                         BigDecimal balance, List<LineItem> lineItems, @ZohoTimestamp OffsetDateTime createdTime,
                         @ZohoTimestamp OffsetDateTime updatedTime, @ZohoTimestamp OffsetDateTime lastModifiedTime,
                         List<AppliedInvoice> invoices, @JsonAnySetter Map<String, Object> other) {

    public CreditNote {
        lineItems = lineItems == null ? List.of() : lineItems;
        invoices = invoices == null ? List.of() : invoices;
        other = other == null ? Map.of() : other;
    }

    /** The later of the two change times Zoho may send; null when it sent neither. */
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
     * @param amountApplied       how much of the credit went to this invoice
     */
    public record AppliedInvoice(String creditnoteInvoiceId, String invoiceId, String invoiceNumber, LocalDate date,
                                 BigDecimal amountApplied, @JsonAnySetter Map<String, Object> other) {
        public AppliedInvoice {
            other = other == null ? Map.of() : other;
        }
    }
}
