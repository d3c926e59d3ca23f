package io.tillbridge.flows.ordertocash;

import io.tillbridge.mapping.model.FraudIndicator;

/** How one sales order ended. Every order ends in exactly one of these. */
public sealed interface OrderOutcome permits OrderOutcome.Paid, OrderOutcome.Declined, OrderOutcome.Held,
        OrderOutcome.DeadLettered, OrderOutcome.Busy {

    /**
     * The order this outcome is about.
     *
     * @return the Zoho sales order id
     */
    String salesOrderId();

    /**
     * Charged, invoiced, the payment recorded in Zoho.
     *
     * @param salesOrderId  the Zoho sales order id
     * @param transactionId Opayo's transaction id of the charge
     * @param invoiceId     the Zoho invoice raised for the order
     * @param paymentId     the Zoho customer payment applied to that invoice
     */
    record Paid(String salesOrderId, String transactionId, String invoiceId, String paymentId) implements OrderOutcome {
    }

    /**
     * The bank or the rules refused the card; the order is marked 'Payment Failed' and the customer told.
     * Only {@link OrderToCashFlow#retryDeclined} tries it again.
     *
     * @param salesOrderId the Zoho sales order id
     * @param reason       the bank's or the rules' reason, as told to the customer
     */
    record Declined(String salesOrderId, String reason) implements OrderOutcome {
    }

    /**
     * Not finished and waiting: the risk score asked for a person, a 3-D Secure challenge is still open,
     * or an outcome could not be confirmed and will be looked up (never resent) on the next run.
     *
     * @param salesOrderId the Zoho sales order id
     * @param risk         the risk assessment, or null when the hold is not about risk
     * @param reason       what the order waits for
     */
    record Held(String salesOrderId, FraudIndicator risk, String reason) implements OrderOutcome {
    }

    /**
     * Stopped for a person: the reason, and whether money moved, are on the dead-letter queue.
     *
     * @param salesOrderId the Zoho sales order id
     * @param reason       why it stopped, as recorded on the dead letter
     */
    record DeadLettered(String salesOrderId, String reason) implements OrderOutcome {
    }

    /**
     * Not now, and not failed: another runner holds this order's lease, or Zoho's request budget is spent
     * (its daily quota) and a call was not sent. Run it again later; a runner does, after its hold.
     *
     * @param salesOrderId the Zoho sales order id
     * @param reason       which of the two, for the log
     */
    record Busy(String salesOrderId, String reason) implements OrderOutcome {
    }
}
