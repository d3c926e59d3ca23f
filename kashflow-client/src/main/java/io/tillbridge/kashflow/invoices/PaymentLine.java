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
 *
 * @param id                  KashFlow's {@code Id}
 * @param date                KashFlow's {@code Date}
 * @param amount              KashFlow's {@code Amount}
 * @param method              KashFlow's {@code Method}
 * @param accountId           KashFlow's {@code AccountId}
 * @param note                KashFlow's {@code Note}
 * @param reference           KashFlow's {@code Reference}
 * @param paymentProcessor    KashFlow's {@code PaymentProcessor}
 * @param isPaymentCreditNote KashFlow's {@code IsPaymentCreditNote}
 * @param bulkId              KashFlow's {@code BulkId}
 * @param bulkPaymentNumber   KashFlow's {@code BulkPaymentNumber}
 * @param permalink           KashFlow's {@code Permalink}
 * @param other               every other field KashFlow sent, by its wire name
 */
public record PaymentLine(Long id, String date, BigDecimal amount, Integer method, Long accountId, String note, String reference,
                          Integer paymentProcessor, Boolean isPaymentCreditNote, Long bulkId, Integer bulkPaymentNumber,
                          String permalink, @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param id                  KashFlow's {@code Id}
     * @param date                KashFlow's {@code Date}
     * @param amount              KashFlow's {@code Amount}
     * @param method              KashFlow's {@code Method}
     * @param accountId           KashFlow's {@code AccountId}
     * @param note                KashFlow's {@code Note}
     * @param reference           KashFlow's {@code Reference}
     * @param paymentProcessor    KashFlow's {@code PaymentProcessor}
     * @param isPaymentCreditNote KashFlow's {@code IsPaymentCreditNote}
     * @param bulkId              KashFlow's {@code BulkId}
     * @param bulkPaymentNumber   KashFlow's {@code BulkPaymentNumber}
     * @param permalink           KashFlow's {@code Permalink}
     * @param other               every other field KashFlow sent, by its wire name
     */
    public PaymentLine {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }

    /**
     * {@code Date} as a date, read leniently.
     *
     * @return the date, or empty
     */
    public java.util.Optional<java.time.LocalDate> paidOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(date);
    }

    /**
     * Whether this line carries the payment reference exactly (in {@code Reference} or {@code Note}, trimmed).
     *
     * @param paymentReference the reference
     * @return true when the line carries it
     */
    public boolean carries(String paymentReference) {
        String wanted = paymentReference.trim();
        return reference != null && reference.trim().equals(wanted) || note != null && note.trim().equals(wanted);
    }
}
