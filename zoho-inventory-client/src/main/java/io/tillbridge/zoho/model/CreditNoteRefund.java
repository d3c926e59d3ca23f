package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Money paid back against a credit note (reference: zoho-inventory.md §3.7). Zoho writes the amount
 * as {@code amount} when it answers a create, but as {@code amount_bcy} (the organisation's base
 * currency) and {@code amount_fcy} (the credit note's currency) in the refund list; all three are kept.
 *
 * @param creditnoteRefundId Zoho's {@code creditnote_refund_id}
 * @param creditnoteId       Zoho's {@code creditnote_id}
 * @param date               Zoho's {@code date}
 * @param refundMode         Zoho's {@code refund_mode}
 * @param referenceNumber    Zoho's {@code reference_number}
 * @param amount    as a create answer writes it, in the credit note's currency; null in list answers
 * @param customerName       Zoho's {@code customer_name}
 * @param description        Zoho's {@code description}
 * @param amountBcy in the organisation's base currency; null when not sent
 * @param amountFcy in the credit note's currency; null when not sent
 * @param creditnoteNumber   Zoho's {@code creditnote_number}
 * @param other     every other field Zoho sent
 */
public record CreditNoteRefund(String creditnoteRefundId, String creditnoteId, LocalDate date, String refundMode,
                               String referenceNumber, BigDecimal amount, String customerName, String description,
                               BigDecimal amountBcy, BigDecimal amountFcy, String creditnoteNumber,
                               @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param creditnoteRefundId Zoho's {@code creditnote_refund_id}
     * @param creditnoteId       Zoho's {@code creditnote_id}
     * @param date               Zoho's {@code date}
     * @param refundMode         Zoho's {@code refund_mode}
     * @param referenceNumber    Zoho's {@code reference_number}
     * @param amount             as a create answer writes it, in the credit note's currency; null in list answers
     * @param customerName       Zoho's {@code customer_name}
     * @param description        Zoho's {@code description}
     * @param amountBcy          in the organisation's base currency; null when not sent
     * @param amountFcy          in the credit note's currency; null when not sent
     * @param creditnoteNumber   Zoho's {@code creditnote_number}
     * @param other              every other field Zoho sent
     */
    public CreditNoteRefund {
        other = other == null ? Map.of() : other;
    }

    /**
     * The refunded amount in the credit note's own currency, whichever field Zoho used for it; empty when it sent
     * none.
     *
     * @return the amount, or empty
     */
    public Optional<BigDecimal> amountInNoteCurrency() {
        return Optional.ofNullable(amount != null ? amount : amountFcy);
    }
}
