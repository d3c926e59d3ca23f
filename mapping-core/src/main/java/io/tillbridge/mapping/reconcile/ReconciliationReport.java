package io.tillbridge.mapping.reconcile;

import io.tillbridge.mapping.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The result of a reconciliation: every record's outcome counted per side, net totals (payments
 * minus refunds) per currency and per settlement batch, and the discrepancies in a stable order.
 *
 * @param settlementOutcomes   outcome counts of settlement lines; they add up to the number of lines
 * @param ledgerOutcomes       outcome counts of ledger records; they add up to the number of records
 * @param matchedBy            how the MATCHED, AMOUNT_MISMATCH and CURRENCY_MISMATCH pairs were paired
 * @param settlementNet        settlement lines, payments minus refunds, per currency
 * @param ledgerNet            ledger records, payments minus refunds, per currency
 * @param settlementNetByBatch settlement lines per batch, per currency
 * @param discrepancies        everything that is not MATCHED
 */
public record ReconciliationReport(Map<Outcome, Long> settlementOutcomes, Map<Outcome, Long> ledgerOutcomes,
                                   Map<MatchedBy, Long> matchedBy, Map<Currency, Money> settlementNet,
                                   Map<Currency, Money> ledgerNet, Map<String, Map<Currency, Money>> settlementNetByBatch,
                                   List<Discrepancy> discrepancies) {

    /**
     * Copies the maps and lists, so that the report cannot change after it is built.
     *
     * @param settlementOutcomes   outcome counts of settlement lines; they add up to the number of lines
     * @param ledgerOutcomes       outcome counts of ledger records; they add up to the number of records
     * @param matchedBy            how the MATCHED, AMOUNT_MISMATCH and CURRENCY_MISMATCH pairs were paired
     * @param settlementNet        settlement lines, payments minus refunds, per currency
     * @param ledgerNet            ledger records, payments minus refunds, per currency
     * @param settlementNetByBatch settlement lines per batch, per currency
     * @param discrepancies        everything that is not MATCHED
     */
    public ReconciliationReport {
        settlementOutcomes = Map.copyOf(settlementOutcomes);
        ledgerOutcomes = Map.copyOf(ledgerOutcomes);
        matchedBy = Map.copyOf(matchedBy);
        settlementNet = Map.copyOf(settlementNet);
        ledgerNet = Map.copyOf(ledgerNet);
        settlementNetByBatch = Map.copyOf(settlementNetByBatch);
        discrepancies = List.copyOf(discrepancies);
    }

    /**
     * How many settlement lines ended with this outcome.
     *
     * @param outcome the outcome
     * @return the number of settlement lines
     */
    public long settlementCount(Outcome outcome) {
        return settlementOutcomes.getOrDefault(outcome, 0L);
    }

    /**
     * How many ledger records ended with this outcome.
     *
     * @param outcome the outcome
     * @return the number of ledger records
     */
    public long ledgerCount(Outcome outcome) {
        return ledgerOutcomes.getOrDefault(outcome, 0L);
    }

    /**
     * Settlement net minus ledger net in one currency; zero when the books agree with the bank.
     *
     * @param currency the currency
     * @return the difference, in that currency
     */
    public Money difference(Currency currency) {
        Money settled = settlementNet.getOrDefault(currency, Money.zero(currency));
        Money recorded = ledgerNet.getOrDefault(currency, Money.zero(currency));
        return settled.minus(recorded);
    }

    /**
     * True when there is nothing to look at.
     *
     * @return true when there are no discrepancies
     */
    public boolean isClean() {
        return discrepancies.isEmpty();
    }
}
