package io.tillbridge.flows.store;

import io.tillbridge.mapping.money.Money;
import java.util.Objects;

/**
 * Whether money moved before a subject stopped: the first thing a person needs to know about a dead
 * letter.
 *
 * @param movement      charged, refunded, not moved, or unknown
 * @param amount        how much, when known (null for {@link Movement#NONE})
 * @param transactionId the Opayo transaction id, when there is one
 */
public record MoneyMoved(Movement movement, Money amount, String transactionId) {

    /** Whether and which way money moved. */
    public enum Movement {
        /** The customer was charged. */
        CHARGED,
        /** Money went back to the customer. */
        REFUNDED,
        /** Nothing was charged or refunded. */
        NONE,
        /** A charge or refund may have happened and could not be confirmed. */
        UNKNOWN
    }

    /** Nothing was charged or refunded. */
    public static final MoneyMoved NONE = new MoneyMoved(Movement.NONE, null, null);

    /**
     * Requires a movement.
     *
     * @param movement      charged, refunded, not moved, or unknown
     * @param amount        how much, when known (null for {@link Movement#NONE})
     * @param transactionId the Opayo transaction id, when there is one
     */
    public MoneyMoved {
        Objects.requireNonNull(movement, "movement");
    }

    /**
     * The customer was charged.
     *
     * @param amount        how much
     * @param transactionId the Opayo transaction id
     * @return the money moved
     */
    public static MoneyMoved charged(Money amount, String transactionId) {
        return new MoneyMoved(Movement.CHARGED, amount, transactionId);
    }

    /**
     * Money went back to the customer.
     *
     * @param amount        how much
     * @param transactionId the Opayo refund's transaction id
     * @return the money moved
     */
    public static MoneyMoved refunded(Money amount, String transactionId) {
        return new MoneyMoved(Movement.REFUNDED, amount, transactionId);
    }

    /**
     * A charge or refund may have happened and could not be confirmed.
     *
     * @param amount        how much was asked for
     * @param transactionId the Opayo transaction id, when known
     * @return the money moved
     */
    public static MoneyMoved unknown(Money amount, String transactionId) {
        return new MoneyMoved(Movement.UNKNOWN, amount, transactionId);
    }

    @Override
    public String toString() {
        return switch (movement) {
            case NONE -> "no money moved";
            case UNKNOWN -> "money may have moved: " + amount + (transactionId == null ? "" : " (" + transactionId + ")");
            default -> movement.name().toLowerCase(java.util.Locale.ROOT) + " " + amount
                    + (transactionId == null ? "" : " (" + transactionId + ")");
        };
    }
}
