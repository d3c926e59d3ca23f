package io.tillbridge.flows.ordertocash;

import io.tillbridge.mapping.model.SalesOrder;

/** Tells a customer their payment failed (email, SMS, …); the host decides how. */
@FunctionalInterface
public interface CustomerNotifier {

    /** Tells nobody: for hosts whose shop front, or Zoho itself, tells the customer. */
    CustomerNotifier NONE = (order, reason) -> { };

    /**
     * The order's payment was declined or rejected. Told before the order is marked 'Payment Failed',
     * so a crash between the two tells the customer twice rather than never.
     *
     * @param order  the declined order, for its customer and number
     * @param reason why, as the bank or Opayo's rules gave it
     */
    void paymentFailed(SalesOrder order, String reason);
}
