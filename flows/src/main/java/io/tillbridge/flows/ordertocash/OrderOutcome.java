package io.tillbridge.flows.ordertocash;

import io.tillbridge.mapping.model.FraudIndicator;

/** How one sales order ended. Every order ends in exactly one of these. */
public sealed interface OrderOutcome permits OrderOutcome.Paid, OrderOutcome.Declined, OrderOutcome.Held,
        OrderOutcome.DeadLettered, OrderOutcome.Busy {

    String salesOrderId();

    /** Charged, invoiced, the payment recorded in Zoho. */
    record Paid(String salesOrderId, String transactionId, String invoiceId, String paymentId) implements OrderOutcome {
    }

    /**
     * The bank or the rules refused the card; the order is marked 'Payment Failed' and the customer told.
     * Only {@link OrderToCashFlow#retryDeclined} tries it again.
     */
    record Declined(String salesOrderId, String reason) implements OrderOutcome {
    }

    /**
     * Not finished and waiting: the risk score asked for a person, a 3-D Secure challenge is still open,
     * or an outcome could not be confirmed and will be looked up (never resent) on the next run.
     *
     * @param risk the risk assessment, or null when the hold is not about risk
     */
    record Held(String salesOrderId, FraudIndicator risk, String reason) implements OrderOutcome {
    }

    /** Stopped for a person: the reason, and whether money moved, are on the dead-letter queue. */
    record DeadLettered(String salesOrderId, String reason) implements OrderOutcome {
    }

    /**
     * Not now, and not failed: another runner holds this order's lease, or Zoho's request budget is spent
     * (its daily quota) and a call was not sent. Run it again later; a runner does, after its hold.
     */
    record Busy(String salesOrderId, String reason) implements OrderOutcome {
    }
}
