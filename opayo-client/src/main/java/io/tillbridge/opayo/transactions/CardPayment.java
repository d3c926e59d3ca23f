package io.tillbridge.opayo.transactions;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;

/**
 * The card a transaction charges, by reference only: Opayo's card identifier, never a card number.
 * Three shapes (reference: opayo.md §1.4): single use (session key + identifier), reusable without
 * CVV (identifier, reusable), reusable with a freshly linked CVV (session key + identifier, reusable).
 *
 * @param merchantSessionKey null for a reusable card used without a security code
 * @param cardIdentifier     the identifier
 * @param save               ask Opayo to make the identifier reusable after this payment
 * @param reusable           the identifier was saved by an earlier payment
 */
public record CardPayment(Secret merchantSessionKey, Secret cardIdentifier, boolean save, boolean reusable) {

    /**
     * Requires the card identifier, and a merchant session key unless the identifier is reusable.
     *
     * @param merchantSessionKey null for a reusable card used without a security code
     * @param cardIdentifier     the identifier
     * @param save               ask Opayo to make the identifier reusable after this payment
     * @param reusable           the identifier was saved by an earlier payment
     * @throws ValidationException naming the missing identifier or session key
     */
    public CardPayment {
        ValidationException.required(cardIdentifier, "cardIdentifier");
        if (merchantSessionKey == null && !reusable) {
            throw new ValidationException("merchantSessionKey", "is not set: a single-use card identifier needs its merchant session key");
        }
    }

    /**
     * A single-use identifier, tokenised in the shopper's browser with this session key.
     *
     * @param merchantSessionKey the key the identifier was created with
     * @param cardIdentifier     the identifier
     * @return the card reference
     */
    public static CardPayment singleUse(Secret merchantSessionKey, Secret cardIdentifier) {
        return new CardPayment(merchantSessionKey, cardIdentifier, false, false);
    }

    /**
     * A single-use identifier that Opayo should save for later repeat or recurring payments.
     *
     * @param merchantSessionKey the key the identifier was created with
     * @param cardIdentifier     the identifier
     * @return the card reference
     */
    public static CardPayment saveForLater(Secret merchantSessionKey, Secret cardIdentifier) {
        return new CardPayment(merchantSessionKey, cardIdentifier, true, false);
    }

    /**
     * A reusable identifier saved by an earlier payment, used without a security code.
     *
     * @param cardIdentifier the saved identifier
     * @return the card reference
     */
    public static CardPayment reusable(Secret cardIdentifier) {
        return new CardPayment(null, cardIdentifier, false, true);
    }

    @Override
    public String toString() {
        return "CardPayment[save=" + save + ", reusable=" + reusable + "]";
    }
}
