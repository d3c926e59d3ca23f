package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A batch the gateway settled with the acquirer (Opayo Reporting {@code getBatchList}/{@code getBatchDetail}).
 *
 * @param batchId     the batch id
 * @param processor   the authorisation processor's name; may be null
 * @param completedAt when the batch closed; may be null
 * @param lines       the transactions in it
 */
public record SettlementBatch(String batchId, String processor, Instant completedAt, List<SettlementLine> lines) {

    /**
     * Requires a batch id and copies the lines.
     *
     * @param batchId     the batch id
     * @param processor   the authorisation processor's name; may be null
     * @param completedAt when the batch closed; may be null
     * @param lines       the transactions in it
     */
    public SettlementBatch {
        Objects.requireNonNull(batchId, "batchId");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /**
     * Payments minus refunds, per currency, ordered by currency code.
     *
     * @return the net amount per currency
     */
    public Map<Currency, Money> netByCurrency() {
        Map<Currency, Money> totals = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (SettlementLine line : lines) {
            totals.merge(line.amount().currency(), line.signedAmount(), Money::plus);
        }
        return totals;
    }
}
