package io.tillbridge.zoho.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money paid back against a credit note (reference: zoho-inventory.md §3.7). */
public record CreditNoteRefund(String creditnoteRefundId, String creditnoteId, LocalDate date, String refundMode,
                               String referenceNumber, BigDecimal amount, String customerName, String description) {
}
