package io.tillbridge.mapping.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.LedgerSystem;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReconcilerTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final Currency GBP = Currency.getInstance("GBP");

    static SettlementLine settled(String batch, String txId, String vtx, TransactionType type, String amount, String currency, LocalDate date) {
        return new SettlementLine(batch, txId, vtx, type, Money.of(amount, currency), null, "Visa", null, date);
    }

    static LedgerRecord recorded(String id, String txId, String vtx, TransactionType type, String amount, String currency, LocalDate date) {
        return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, id, txId, vtx, type, Money.of(amount, currency), date);
    }

    private static final List<SettlementLine> SETTLEMENT = List.of(
            settled("B1", "T1", "SO-1.1", TransactionType.PAYMENT, "10.00", "GBP", DAY),        // matched by id
            settled("B1", "T2", "SO-2.1", TransactionType.PAYMENT, "20.00", "GBP", DAY),        // matched by vendorTxCode
            settled("B1", "T3", "SO-3.1", TransactionType.PAYMENT, "30.00", "GBP", DAY),        // amount mismatch
            settled("B1", "T4", "SO-4.1", TransactionType.PAYMENT, "40.00", "GBP", DAY),        // currency mismatch
            settled("B1", "T5", "SO-5.1", TransactionType.PAYMENT, "50.00", "GBP", DAY),        // missing in ledger
            settled("B2", "T6", "SO-6.1", TransactionType.REFUND, "6.00", "GBP", DAY),          // refund matched
            settled("B2", "T6", "SO-6.1", TransactionType.REFUND, "6.00", "GBP", DAY),          // settled twice
            settled("B2", "T7", "SO-7.1", TransactionType.PAYMENT, "7000", "JPY", DAY),         // matched, yen
            settled("B2", "T8", "SO-8.1", TransactionType.PAYMENT, "80.00", "GBP", DAY));       // fallback candidate

    private static final List<LedgerRecord> LEDGER = List.of(
            recorded("L1", "T1", "SO-1.1", TransactionType.PAYMENT, "10.00", "GBP", DAY),
            recorded("L2", null, "SO-2.1", TransactionType.PAYMENT, "20.00", "GBP", DAY),
            recorded("L3", "T3", "SO-3.1", TransactionType.PAYMENT, "31.00", "GBP", DAY),
            recorded("L4", "T4", "SO-4.1", TransactionType.PAYMENT, "40.00", "EUR", DAY),
            recorded("L6", "T6", "SO-6.1", TransactionType.REFUND, "6.00", "GBP", DAY),
            recorded("L7", "T7", "SO-7.1", TransactionType.PAYMENT, "7000", "JPY", DAY),
            recorded("L7b", "T7", "SO-7.1", TransactionType.PAYMENT, "7000", "JPY", DAY),     // keyed twice
            recorded("L8", null, null, TransactionType.PAYMENT, "80.00", "GBP", DAY.plusDays(1)),
            recorded("L9", "T9", "SO-9.1", TransactionType.PAYMENT, "90.00", "GBP", DAY)); // missing in settlement

    @ParameterizedTest
    @EnumSource(Side.class)
    void findsEveryKindOfDiscrepancy(Side indexed) {
        ReconciliationReport report = Reconciler.builder().indexSide(indexed).build().reconcile(SETTLEMENT, LEDGER);

        assertThat(report.settlementOutcomes()).containsOnly(
                Map.entry(Outcome.MATCHED, 4L), Map.entry(Outcome.AMOUNT_MISMATCH, 1L),
                Map.entry(Outcome.CURRENCY_MISMATCH, 1L), Map.entry(Outcome.MISSING_IN_LEDGER, 2L),
                Map.entry(Outcome.DUPLICATE, 1L));
        assertThat(report.ledgerOutcomes()).containsOnly(
                Map.entry(Outcome.MATCHED, 4L), Map.entry(Outcome.AMOUNT_MISMATCH, 1L),
                Map.entry(Outcome.CURRENCY_MISMATCH, 1L), Map.entry(Outcome.MISSING_IN_SETTLEMENT, 2L),
                Map.entry(Outcome.DUPLICATE, 1L));
        assertThat(report.matchedBy()).containsOnly(
                Map.entry(MatchedBy.TRANSACTION_ID, 5L), Map.entry(MatchedBy.VENDOR_TX_CODE, 1L));
        assertThat(report.discrepancies()).containsExactly(
                new Discrepancy(Outcome.AMOUNT_MISMATCH, Side.SETTLEMENT, "T3", "SO-3.1", "B1",
                        Money.of("30.00", "GBP"), Money.of("31.00", "GBP"), DAY, MatchedBy.TRANSACTION_ID),
                new Discrepancy(Outcome.CURRENCY_MISMATCH, Side.SETTLEMENT, "T4", "SO-4.1", "B1",
                        Money.of("40.00", "GBP"), Money.of("40.00", "EUR"), DAY, MatchedBy.TRANSACTION_ID),
                new Discrepancy(Outcome.MISSING_IN_LEDGER, Side.SETTLEMENT, "T5", "SO-5.1", "B1",
                        Money.of("50.00", "GBP"), null, DAY, null),
                new Discrepancy(Outcome.MISSING_IN_LEDGER, Side.SETTLEMENT, "T8", "SO-8.1", "B2",
                        Money.of("80.00", "GBP"), null, DAY, null),
                new Discrepancy(Outcome.MISSING_IN_SETTLEMENT, Side.LEDGER, null, null, null,
                        Money.of("80.00", "GBP"), null, DAY.plusDays(1), null),
                new Discrepancy(Outcome.MISSING_IN_SETTLEMENT, Side.LEDGER, "T9", "SO-9.1", null,
                        Money.of("90.00", "GBP"), null, DAY, null),
                new Discrepancy(Outcome.DUPLICATE, Side.SETTLEMENT, "T6", "SO-6.1", "B2",
                        Money.of("-6.00", "GBP"), null, DAY, null),
                new Discrepancy(Outcome.DUPLICATE, Side.LEDGER, "T7", "SO-7.1", null,
                        Money.of("7000", "JPY"), null, DAY, null));
        assertThat(report.settlementNet()).containsOnly(
                Map.entry(GBP, Money.of("218.00", "GBP")), Map.entry(Currency.getInstance("JPY"), Money.of("7000", "JPY")));
        assertThat(report.settlementNetByBatch()).containsOnly(
                Map.entry("B1", Map.of(GBP, Money.of("150.00", "GBP"))),
                Map.entry("B2", Map.of(GBP, Money.of("68.00", "GBP"), Currency.getInstance("JPY"), Money.of("7000", "JPY"))));
        assertThat(report.difference(GBP)).isEqualTo(Money.of("218.00", "GBP").minus(Money.of("225.00", "GBP")));
        assertThat(report.settlementCount(Outcome.DUPLICATE)).isEqualTo(1);
        assertThat(report.ledgerCount(Outcome.MISSING_IN_LEDGER)).isZero();
        assertThat(report.isClean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void theFallbackPairsByAmountWithinTheDateWindow(Side indexed) {
        ReconciliationReport report = Reconciler.builder().indexSide(indexed).fallbackWithinDays(2).build()
                .reconcile(SETTLEMENT, LEDGER);
        assertThat(report.matchedBy()).containsEntry(MatchedBy.AMOUNT_AND_DATE, 1L);
        assertThat(report.settlementCount(Outcome.MATCHED)).isEqualTo(5);
        assertThat(report.settlementCount(Outcome.MISSING_IN_LEDGER)).isEqualTo(1);
        assertThat(report.ledgerCount(Outcome.MISSING_IN_SETTLEMENT)).isEqualTo(1);

        ReconciliationReport tooFar = Reconciler.builder().indexSide(indexed).fallbackWithinDays(0).build()
                .reconcile(SETTLEMENT, LEDGER);
        assertThat(tooFar.matchedBy()).doesNotContainKey(MatchedBy.AMOUNT_AND_DATE);
    }

    @Test
    void theFallbackPrefersTheClosestDateAndNeverPairsTwoTransactionIds() {
        List<SettlementLine> settlement = List.of(
                settled("B", null, null, TransactionType.PAYMENT, "5.00", "GBP", DAY.minusDays(3)),
                settled("B", null, null, TransactionType.PAYMENT, "5.00", "GBP", DAY.minusDays(1)),
                settled("B", "TX-A", null, TransactionType.PAYMENT, "9.00", "GBP", DAY));
        List<LedgerRecord> ledger = List.of(
                recorded("L1", null, null, TransactionType.PAYMENT, "5.00", "GBP", DAY),
                recorded("L2", "TX-B", null, TransactionType.PAYMENT, "9.00", "GBP", DAY));
        ReconciliationReport report = Reconciler.builder().fallbackWithinDays(5).build().reconcile(settlement, ledger);
        assertThat(report.discrepancies()).extracting(Discrepancy::outcome, Discrepancy::transactionId, Discrepancy::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.MISSING_IN_LEDGER, null, DAY.minusDays(3)),
                        org.assertj.core.groups.Tuple.tuple(Outcome.MISSING_IN_LEDGER, "TX-A", DAY),
                        org.assertj.core.groups.Tuple.tuple(Outcome.MISSING_IN_SETTLEMENT, "TX-B", DAY));
    }

    @Test
    void differentTransactionIdsAreDifferentTransactionsEvenWithOneVendorTxCode() {
        ReconciliationReport report = Reconciler.builder().build().reconcile(
                List.of(settled("B", "T1", "SO-1.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)),
                List.of(recorded("L", "T2", "SO-1.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)));
        assertThat(report.settlementCount(Outcome.MISSING_IN_LEDGER)).isEqualTo(1);
        assertThat(report.ledgerCount(Outcome.MISSING_IN_SETTLEMENT)).isEqualTo(1);
    }

    @Test
    void duplicatesAreFoundByVendorTxCodeWhenThereIsNoTransactionId() {
        ReconciliationReport report = Reconciler.builder().build().reconcile(
                List.of(settled("B", null, "SO-1.1", TransactionType.PAYMENT, "1.00", "GBP", DAY),
                        settled("B", null, "SO-1.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)),
                List.of(recorded("L", "T1", "SO-1.1", TransactionType.PAYMENT, "1.00", "GBP", DAY),
                        recorded("L", null, "SO-1.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)));
        assertThat(report.settlementOutcomes()).containsOnly(Map.entry(Outcome.MATCHED, 1L), Map.entry(Outcome.DUPLICATE, 1L));
        assertThat(report.ledgerOutcomes()).containsOnly(Map.entry(Outcome.MATCHED, 1L), Map.entry(Outcome.DUPLICATE, 1L));
    }

    @Test
    void acceptsNonAsciiKeysAndStreams() {
        ReconciliationReport report = Reconciler.builder().expectedIndexSize(0).build().reconcile(
                List.of(settled("B", "Tü-1", "Zoë.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)).stream(),
                List.of(recorded("L", "Tü-1", "Zoë.1", TransactionType.PAYMENT, "1.00", "GBP", DAY),
                        recorded("L", null, "Zoë.1", TransactionType.PAYMENT, "1.00", "GBP", DAY),
                        recorded("L", "Tü-2", null, TransactionType.PAYMENT, "1.00", "GBP", DAY)).stream());
        assertThat(report.settlementCount(Outcome.MATCHED)).isEqualTo(1);
        assertThat(report.ledgerCount(Outcome.DUPLICATE)).isEqualTo(1);
        assertThat(report.discrepancies()).extracting(Discrepancy::transactionId).contains("Tü-2");
        ReconciliationReport reversed = Reconciler.builder().indexSide(Side.LEDGER).build().reconcile(
                List.of(settled("B", "Tü-1", "Zoë.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)),
                List.of(recorded("L", "Tü-1", "Zoë.1", TransactionType.PAYMENT, "1.00", "GBP", DAY)));
        assertThat(reversed.isClean()).isTrue();
    }

    @Test
    void rejectsBadOptions() {
        assertThatThrownBy(() -> Reconciler.builder().fallbackWithinDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reconciler.builder().expectedIndexSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void growsPastItsInitialSize() {
        java.util.List<SettlementLine> settlement = new java.util.ArrayList<>();
        java.util.List<LedgerRecord> ledger = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            settlement.add(settled("B" + (i % 40), "T" + i, "SO-" + i + ".1", TransactionType.PAYMENT, "1.00", "GBP", DAY));
            ledger.add(recorded("L" + i, i % 2 == 0 ? "T" + i : null, "SO-" + i + ".1", TransactionType.PAYMENT, "1.00", "GBP", DAY));
        }
        ReconciliationReport report = Reconciler.builder().expectedIndexSize(10).fallbackWithinDays(1).build()
                .reconcile(settlement, ledger);
        assertThat(report.settlementCount(Outcome.MATCHED)).isEqualTo(5_000);
        assertThat(report.settlementNetByBatch()).hasSize(40);
        assertThat(report.isClean()).isTrue();
    }
}
