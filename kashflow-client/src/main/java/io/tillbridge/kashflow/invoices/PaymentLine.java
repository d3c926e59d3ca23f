package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A payment recorded against an invoice, from the invoice's {@code PaymentLines} (reference:
 * kashflow.md §3, tipstrade's {@code PaymentItem}): {@code Method} is the numeric payment method,
 * {@code AccountId} the bank account, {@code Note} the text a SOAP {@code PayNote} lands in.
 * {@code Reference} appears in an index of KashFlow's Swagger (CappyTech), not in KashFlow's own
 * pages — unverified; {@link #carries} checks both.
 */
public record PaymentLine(Long id, String date, BigDecimal amount, Integer method, Long accountId, String note, String reference,
                          Integer paymentProcessor, Boolean isPaymentCreditNote, Long bulkId, Integer bulkPaymentNumber,
                          String permalink, @JsonAnySetter Map<String, Object> other) {

    public PaymentLine {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }

    /** {@code Date} as a date, read leniently. */
    public java.util.Optional<java.time.LocalDate> paidOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(date);
    }

    /** Whether this line carries the payment reference exactly (in {@code Reference} or {@code Note}, trimmed). */
    public boolean carries(String paymentReference) {
        String wanted = paymentReference.trim();
        return reference != null && reference.trim().equals(wanted) || note != null && note.trim().equals(wanted);
    }
}
