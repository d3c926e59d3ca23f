package io.tillbridge.flows.ordertocash;

import io.tillbridge.client.Secret;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.PriorPayment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer's earlier payments (for risk scoring) and stored card (for repeat payments). */
public interface PaymentHistory {

    /**
     * The customer's earlier successful payments, which the risk policy weighs (velocity, amount
     * against the usual).
     *
     * @param customerId the Zoho customer id
     * @return the payments, empty for a new customer
     */
    List<PriorPayment> paymentsOf(String customerId);

    /**
     * The reusable card saved by the customer's last successful payment, if any.
     *
     * @param customerId the Zoho customer id
     * @return the card and the transaction a Repeat is made against; empty sends the order to the {@link CardSource}
     */
    Optional<StoredCard> storedCard(String customerId);

    /**
     * Records a successful payment; {@code savedCard} is the identifier Opayo made reusable, or null.
     * A payment without a new card still moves the stored card's last transaction on to this one.
     *
     * @param customerId    the Zoho customer id
     * @param amount        what was charged
     * @param at            when
     * @param transactionId Opayo's transaction id, the one the next Repeat is made against
     * @param savedCard     the card identifier Opayo made reusable with this payment, or null; a credential
     */
    void recordPayment(String customerId, Money amount, Instant at, String transactionId, Secret savedCard);

    /**
     * A reusable card and the transaction to repeat against.
     *
     * @param cardIdentifier        the reusable identifier, a credential
     * @param lastTransactionId     the customer's latest successful transaction
     */
    record StoredCard(Secret cardIdentifier, String lastTransactionId) {
    }
}
