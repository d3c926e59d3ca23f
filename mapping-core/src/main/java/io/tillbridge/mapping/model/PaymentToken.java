package io.tillbridge.mapping.model;

import java.util.Objects;

/**
 * A stored card for repeat and recurring payments, linked to a customer (Opayo reusable card
 * identifier; SYSPRO customer linkage). Holds no card number. The identifier is a credential for
 * charging the card, so {@link #toString()} never shows it.
 *
 * @param cardIdentifier           the reusable Opayo card identifier
 * @param customerId               the customer it belongs to
 * @param firstTransactionId       the transaction that saved it; Repeat payments reference the latest success
 * @param cardType                 may be null
 * @param lastFourDigits           exactly four digits or null
 * @param expiry                   {@code MMYY}; may be null
 */
public record PaymentToken(String cardIdentifier, String customerId, String firstTransactionId, String cardType,
                           String lastFourDigits, String expiry) {

    /**
     * Requires the card identifier and customer id, and accepts exactly four digits (or null) as {@code
     * lastFourDigits}, so that a whole card number cannot be stored by mistake.
     *
     * @param cardIdentifier           the reusable Opayo card identifier
     * @param customerId               the customer it belongs to
     * @param firstTransactionId       the transaction that saved it; Repeat payments reference the latest success
     * @param cardType                 may be null
     * @param lastFourDigits           exactly four digits or null
     * @param expiry                   {@code MMYY}; may be null
     */
    public PaymentToken {
        Objects.requireNonNull(cardIdentifier, "cardIdentifier");
        Objects.requireNonNull(customerId, "customerId");
        lastFourDigits = CardDigits.lastFour(lastFourDigits, "lastFourDigits");
    }

    @Override
    public String toString() {
        return "PaymentToken[cardIdentifier=***, customerId=" + customerId + ", firstTransactionId="
                + firstTransactionId + ", cardType=" + cardType + ", lastFourDigits=" + lastFourDigits
                + ", expiry=" + expiry + "]";
    }
}
