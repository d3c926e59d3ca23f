package io.tillbridge.flows.ordertocash;

import io.tillbridge.mapping.model.SalesOrder;

/** Tells a customer their payment failed (email, SMS, …); the host decides how. */
@FunctionalInterface
public interface CustomerNotifier {

    CustomerNotifier NONE = (order, reason) -> { };

    void paymentFailed(SalesOrder order, String reason);
}
