package io.tillbridge.flows.ordertocash;

import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.opayo.transactions.CardPayment;

/**
 * Where the card for a first payment comes from: in production the checkout's Opayo hosted fields
 * produce a merchant session key and card identifier in the shopper's browser; the sandbox tokenises
 * test cards. Tillbridge never sees a card number here.
 */
@FunctionalInterface
public interface CardSource {

    /**
     * A single-use card for this order, asked to be saved for the customer's later orders. Asked only
     * when the customer has no stored card: later orders are Repeats against the saved one.
     *
     * @param order the order about to be charged, for its customer and total
     * @return the merchant session key and card identifier to pay with
     */
    CardPayment cardFor(SalesOrder order);
}
