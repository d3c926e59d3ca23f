package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment-gateway transaction in canonical form: an Opayo transaction, a Zoho customer payment's
 * origin, a SYSPRO AR payment's source.
 *
 * @param transactionId         the gateway's id (Opayo {@code transactionId} / VPSTxId); null until the gateway answered
 * @param vendorTxCode          our idempotency key for it
 * @param type                  what kind of transaction
 * @param status                canonical status
 * @param amount                amount and currency
 * @param cardType              e.g. {@code Visa}; may be null
 * @param lastFourDigits        exactly four digits or null — never more of the card number
 * @param bankAuthorisationCode the bank's authorisation code; may be null
 * @param avsCv2                address and security-code checks
 * @param threeDSecure          3-D Secure outcome
 * @param paymentMethod         e.g. {@code card}, {@code paypal}; may be null
 * @param customerEmail         may be null
 * @param orderReference        the order it pays (sales order id or number); may be null
 * @param createdAt             may be null
 * @param statusDetail          the gateway's words about the outcome; may be null
 */
public record Payment(String transactionId, String vendorTxCode, TransactionType type, PaymentStatus status,
                      Money amount, String cardType, String lastFourDigits, String bankAuthorisationCode,
                      AvsCv2Result avsCv2, ThreeDSecureResult threeDSecure, String paymentMethod,
                      String customerEmail, String orderReference, Instant createdAt, String statusDetail) {

    /**
     * Requires the vendorTxCode, type, status and amount.
     *
     * @param transactionId         the gateway's id (Opayo {@code transactionId} / VPSTxId); null until the
     *     gateway answered
     * @param vendorTxCode          our idempotency key for it
     * @param type                  what kind of transaction
     * @param status                canonical status
     * @param amount                amount and currency
     * @param cardType              e.g. {@code Visa}; may be null
     * @param lastFourDigits        exactly four digits or null — never more of the card number
     * @param bankAuthorisationCode the bank's authorisation code; may be null
     * @param avsCv2                address and security-code checks
     * @param threeDSecure          3-D Secure outcome
     * @param paymentMethod         e.g. {@code card}, {@code paypal}; may be null
     * @param customerEmail         may be null
     * @param orderReference        the order it pays (sales order id or number); may be null
     * @param createdAt             may be null
     * @param statusDetail          the gateway's words about the outcome; may be null
     */
    public Payment {
        Objects.requireNonNull(vendorTxCode, "vendorTxCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        lastFourDigits = CardDigits.lastFour(lastFourDigits, "lastFourDigits");
        avsCv2 = avsCv2 == null ? AvsCv2Result.NOT_CHECKED : avsCv2;
        threeDSecure = threeDSecure == null ? ThreeDSecureResult.NOT_CHECKED : threeDSecure;
    }
}
