package io.tillbridge.flows.refund;

/** How one refund ended. */
public sealed interface RefundOutcome permits RefundOutcome.Refunded, RefundOutcome.DeadLettered, RefundOutcome.Busy {

    /**
     * The credit note the outcome is about.
     *
     * @return the credit note's id
     */
    String creditNoteId();

    /** Opayo refunded it, Zoho recorded it, and returned items are back in stock. */
    record Refunded(String creditNoteId, String refundTransactionId) implements RefundOutcome {
    }

    /** Stopped for a person (for example a refund larger than what is left of the payment). */
    record DeadLettered(String creditNoteId, String reason) implements RefundOutcome {
    }

    /** Not now, and not failed: another runner holds this credit note's lease, or Zoho's request budget is spent. */
    record Busy(String creditNoteId, String reason) implements RefundOutcome {
    }
}
