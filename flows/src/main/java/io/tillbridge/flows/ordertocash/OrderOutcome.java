package io.tillbridge.flows.ordertocash;

import io.tillbridge.mapping.model.FraudIndicator;

/** How one sales order ended. Every order ends in exactly one of these. */
public sealed interface OrderOutcome permits OrderOutcome.Paid, OrderOutcome.Declined, OrderOutcome.Held,
        OrderOutcome.DeadLettered {

    String salesOrderId();

    /** Charged, invoiced, the payment recorded in Zoho. */
    record Paid(String salesOrderId, String transactionId, String invoiceId, String paymentId) implements OrderOutcome {
    }

    /** The bank or the rules refused the card; the order is marked 'Payment Failed' and the customer told. */
    record Declined(String salesOrderId, String reason) implements OrderOutcome {
    }

    /** Not charged: the risk score asked for a person, or a 3-D Secure challenge is still open. */
    record Held(String salesOrderId, FraudIndicator risk, String reason) implements OrderOutcome {
    }

    /** Stopped for a person: the reason is on the dead-letter queue. */
    record DeadLettered(String salesOrderId, String reason) implements OrderOutcome {
    }
}
