package io.tillbridge.mapping.refund;

import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.money.Money;

/**
 * A refund that must not be sent. Meant for manual review: the flows put it on the dead-letter
 * queue with these figures rather than retrying it.
 */
public final class RefundRejectedException extends MappingException {

    private static final long serialVersionUID = 1L;

    /** Why the refund was refused. */
    public enum Reason {
        /** The refund is zero or negative. */
        NOT_POSITIVE,
        /** The refund's currency differs from the payment's. */
        CURRENCY_MISMATCH,
        /** The original payment did not capture money (declined, voided, only authenticated, …). */
        NOTHING_CAPTURED,
        /** The refund is larger than what is left to refund. */
        EXCEEDS_REFUNDABLE,
        /** An earlier refund of the same payment has no final outcome yet; it might have gone through. */
        UNRESOLVED_EARLIER_REFUND
    }

    /** Why the refund was refused. */
    private final Reason reason;
    /** The amount asked for. */
    private final Money requested;
    /** What could still be refunded. */
    private final Money refundable;

    RefundRejectedException(Reason reason, Money requested, Money refundable, String detail) {
        super("refund of " + requested + " rejected (" + reason + "): " + detail);
        this.reason = reason;
        this.requested = requested;
        this.refundable = refundable;
    }

    /**
     * Why the refund was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The amount asked for.
     *
     * @return the requested amount
     */
    public Money requested() {
        return requested;
    }

    /**
     * What could still be refunded; in the payment's currency.
     *
     * @return the refundable amount
     */
    public Money refundable() {
        return refundable;
    }
}
