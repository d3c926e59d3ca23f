package io.tillbridge.mapping.reconcile;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One finding a person must look at. Amounts are signed as the merchant's bank sees them: refunds
 * and chargebacks negative.
 *
 * @param outcome           what was found
 * @param side              the record's side; for mismatched pairs, SETTLEMENT
 * @param transactionId     may be null
 * @param vendorTxCode      may be null
 * @param batchId           the settlement batch, for settlement records; else null
 * @param amount            the record's signed amount
 * @param counterpartAmount for mismatched pairs, the ledger's signed amount; else null
 * @param date              the record's date
 * @param matchedBy         for mismatched pairs, the key that paired them; else null
 */
public record Discrepancy(Outcome outcome, Side side, String transactionId, String vendorTxCode, String batchId,
                          Money amount, Money counterpartAmount, LocalDate date, MatchedBy matchedBy) {

    /** The order reports list discrepancies in, independent of input order. */
    static final Comparator<Discrepancy> ORDER = Comparator
            .comparing(Discrepancy::outcome)
            .thenComparing(Discrepancy::side)
            .thenComparing(Discrepancy::transactionId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Discrepancy::vendorTxCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.amount().currency().getCurrencyCode())
            .thenComparing(d -> d.amount().amount())
            .thenComparing(Discrepancy::date)
            .thenComparing(Discrepancy::batchId, Comparator.nullsFirst(Comparator.naturalOrder()));
}
