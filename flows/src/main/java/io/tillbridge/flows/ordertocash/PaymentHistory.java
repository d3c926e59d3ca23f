package io.tillbridge.flows.ordertocash;

import io.tillbridge.client.Secret;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.PriorPayment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer's earlier payments (for risk scoring) and stored card (for repeat payments). */
public interface PaymentHistory {

    List<PriorPayment> paymentsOf(String customerId);

    /** The reusable card saved by the customer's last successful payment, if any. */
    Optional<StoredCard> storedCard(String customerId);

    /** Records a successful payment; {@code savedCard} is the identifier Opayo made reusable, or null. */
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
