package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money returned for an earlier payment (Opayo Refund transaction, Zoho credit-note refund).
 *
 * @param transactionId          the gateway's id for the refund; null until the gateway answered
 * @param vendorTxCode           our idempotency key for it
 * @param referenceTransactionId the payment refunded
 * @param amount                 positive amount refunded
 * @param status                 canonical status of the refund itself
 * @param reason                 why; may be null
 * @param createdAt              may be null
 */
public record Refund(String transactionId, String vendorTxCode, String referenceTransactionId, Money amount,
                     PaymentStatus status, String reason, Instant createdAt) {

    /**
     * Requires the vendorTxCode, the reference to the original transaction and the amount.
     *
     * @param transactionId          the gateway's id for the refund; null until the gateway answered
     * @param vendorTxCode           our idempotency key for it
     * @param referenceTransactionId the payment refunded
     * @param amount                 positive amount refunded
     * @param status                 canonical status of the refund itself
     * @param reason                 why; may be null
     * @param createdAt              may be null
     */
    public Refund {
        Objects.requireNonNull(vendorTxCode, "vendorTxCode");
        Objects.requireNonNull(referenceTransactionId, "referenceTransactionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }
}
