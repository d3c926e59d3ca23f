package io.tillbridge.flows.ordertocash;

import io.tillbridge.client.Secret;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.PriorPayment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Payment history in memory, for tests and demos. Forgets everything when the process ends, so a host
 * keeps its customers' history (and their stored cards, which are credentials) in its own store.
 */
public final class InMemoryPaymentHistory implements PaymentHistory {

    private final Map<String, List<PriorPayment>> payments = new ConcurrentHashMap<>();
    private final Map<String, StoredCard> cards = new ConcurrentHashMap<>();

    @Override
    public List<PriorPayment> paymentsOf(String customerId) {
        return List.copyOf(payments.getOrDefault(customerId, List.of()));
    }

    @Override
    public Optional<StoredCard> storedCard(String customerId) {
        return Optional.ofNullable(cards.get(customerId));
    }

    @Override
    public void recordPayment(String customerId, Money amount, Instant at, String transactionId, Secret savedCard) {
        payments.computeIfAbsent(customerId, c -> new ArrayList<>()).add(new PriorPayment(amount, at));
        StoredCard known = cards.get(customerId);
        if (savedCard != null) {
            cards.put(customerId, new StoredCard(savedCard, transactionId));
        } else if (known != null) {
            cards.put(customerId, new StoredCard(known.cardIdentifier(), transactionId));
        }
    }
}
