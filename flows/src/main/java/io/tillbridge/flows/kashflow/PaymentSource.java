package io.tillbridge.flows.kashflow;

import java.util.Optional;

/**
 * Where a runner that knows only an Opayo transaction id (the VPSTxId of a Server notification it
 * verified and stored, or a Reporting row) gets the whole transaction from: the host's store of
 * notifications, or {@link OpayoPayments#read} once it knows the vendorTxCode.
 */
@FunctionalInterface
public interface PaymentSource {

    /**
     * The transaction, or empty when the host has none under this id.
     *
     * @param transactionId Opayo's transaction id
     * @return the payment, or empty
     */
    Optional<OpayoPayment> payment(String transactionId);
}
