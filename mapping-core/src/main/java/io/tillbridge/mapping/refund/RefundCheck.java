package io.tillbridge.mapping.refund;

import io.tillbridge.mapping.model.Payment;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.Refund;
import io.tillbridge.mapping.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a refund may be sent: only up to what was captured minus what was already
 * refunded, in the same currency, for a payment that captured money. Anything else is a
 * {@link RefundRejectedException} for a person to review — Opayo would refuse an over-refund
 * (1018) anyway, but by then the books may already say otherwise.
 */
public final class RefundCheck {

    private RefundCheck() {
    }

    /**
     * What a refund leaves, if it is allowed.
     *
     * @param refundable what could be refunded before this refund
     * @param remaining  what can still be refunded after it
     */
    public record Allowance(Money refundable, Money remaining) {
    }

    /**
     * Checks a refund amount against what a payment captured and what was already refunded.
     *
     * @param captured          what the payment captured
     * @param alreadyRefunded   the sum of earlier successful refunds of that payment
     * @param requested         this refund
     * @return what was refundable before this refund and what remains after it
     * @throws RefundRejectedException when the currencies differ, the amount is not positive or it exceeds what is
     *     refundable
     */
    public static Allowance check(Money captured, Money alreadyRefunded, Money requested) {
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(alreadyRefunded, "alreadyRefunded");
        Objects.requireNonNull(requested, "requested");
        captured.requireSameCurrency(alreadyRefunded);
        if (!requested.hasCurrency(captured.currency())) {
            throw new RefundRejectedException(RefundRejectedException.Reason.CURRENCY_MISMATCH, requested,
                    captured.minus(alreadyRefunded), "the payment was in " + captured.currency().getCurrencyCode());
        }
        Money refundable = captured.minus(alreadyRefunded);
        if (!requested.isPositive()) {
            throw new RefundRejectedException(RefundRejectedException.Reason.NOT_POSITIVE, requested, refundable,
                    "a refund must be more than zero");
        }
        if (requested.isGreaterThan(refundable)) {
            throw new RefundRejectedException(RefundRejectedException.Reason.EXCEEDS_REFUNDABLE, requested, refundable,
                    "captured " + captured + ", already refunded " + alreadyRefunded + ", refundable " + refundable);
        }
        return new Allowance(refundable, refundable.minus(requested));
    }

    /**
     * Checks a refund against the original payment and its earlier refunds. AUTHORISED refunds count
     * as already refunded and finally failed ones (declined, rejected, …) do not; an earlier refund
     * whose outcome is not final (UNKNOWN, PENDING) blocks the check, because it may have gone
     * through and a second refund on top could pay the customer twice.
     *
     * @param original  the payment being refunded
     * @param earlier   its earlier refunds, in any status
     * @param requested the amount asked for now
     * @return what was refundable before this refund and what remains after it
     */
    public static Allowance check(Payment original, List<Refund> earlier, Money requested) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(requested, "requested");
        Money zero = Money.zero(original.amount().currency());
        if (!original.status().isSuccess() || !original.type().isCapture()) {
            throw new RefundRejectedException(RefundRejectedException.Reason.NOTHING_CAPTURED, requested, zero,
                    "payment " + original.vendorTxCode() + " is " + original.type() + " " + original.status());
        }
        Money refunded = zero;
        for (Refund refund : earlier) {
            if (!refund.status().isTerminal()) {
                throw new RefundRejectedException(RefundRejectedException.Reason.UNRESOLVED_EARLIER_REFUND, requested,
                        zero, "earlier refund " + refund.vendorTxCode() + " is " + refund.status());
            }
            if (refund.status() == PaymentStatus.AUTHORISED) {
                if (!refund.amount().hasCurrency(zero.currency())) {
                    throw new RefundRejectedException(RefundRejectedException.Reason.CURRENCY_MISMATCH, requested,
                            zero, "earlier refund " + refund.vendorTxCode() + " is in "
                            + refund.amount().currency().getCurrencyCode());
                }
                refunded = refunded.plus(refund.amount());
            }
        }
        return check(original.amount(), refunded, requested);
    }
}
