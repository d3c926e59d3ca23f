package io.tillbridge.mapping.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.LedgerSystem;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of reconciliation over seeded random days of settlement and ledger data in which every
 * kind of discrepancy is planted on purpose, so the expected outcome of every record is known.
 */
class ReconcilerPropertiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final String[] CURRENCIES = {"GBP", "EUR", "JPY", "BHD"};

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    /** A generated day with the outcomes it must produce. */
    private record Day(List<SettlementLine> settlement, List<LedgerRecord> ledger,
                       Map<Outcome, Long> settlementExpected, Map<Outcome, Long> ledgerExpected) {
    }

    private static Day generate(long seed) {
        Random random = new Random(seed);
        List<SettlementLine> settlement = new ArrayList<>();
        List<LedgerRecord> ledger = new ArrayList<>();
        Map<Outcome, Long> settlementExpected = new EnumMap<>(Outcome.class);
        Map<Outcome, Long> ledgerExpected = new EnumMap<>(Outcome.class);
        int transactions = 1 + random.nextInt(300);
        for (int i = 0; i < transactions; i++) {
            String txId = "T-" + seed + "-" + i;
            String vtx = "SO-" + i + "." + (1 + random.nextInt(3));
            Currency currency = Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
            Money amount = Money.ofMinor(1 + random.nextInt(100_000), currency);
            TransactionType type = random.nextInt(5) == 0 ? TransactionType.REFUND : TransactionType.PAYMENT;
            LocalDate date = DAY.minusDays(random.nextInt(3));
            String batch = "B" + random.nextInt(4);
            SettlementLine line = new SettlementLine(batch, txId, vtx, type, amount, null, "Visa", null, date);
            LedgerRecord record = new LedgerRecord(LedgerSystem.KASHFLOW, "L" + i, txId, vtx, type, amount, date);
            switch (random.nextInt(8)) {
                case 0 -> { // only the bank has it
                    settlement.add(line);
                    settlementExpected.merge(Outcome.MISSING_IN_LEDGER, 1L, Long::sum);
                }
                case 1 -> { // only the books have it
                    ledger.add(record);
                    ledgerExpected.merge(Outcome.MISSING_IN_SETTLEMENT, 1L, Long::sum);
                }
                case 2 -> { // books show another amount
                    settlement.add(line);
                    ledger.add(new LedgerRecord(LedgerSystem.KASHFLOW, "L" + i, txId, vtx, type,
                            amount.plus(Money.ofMinor(1 + random.nextInt(99), currency)), date));
                    settlementExpected.merge(Outcome.AMOUNT_MISMATCH, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.AMOUNT_MISMATCH, 1L, Long::sum);
                }
                case 3 -> { // books show another currency
                    Currency other = currency.getCurrencyCode().equals("GBP") ? Currency.getInstance("EUR") : Currency.getInstance("GBP");
                    settlement.add(line);
                    ledger.add(new LedgerRecord(LedgerSystem.KASHFLOW, "L" + i, txId, vtx, type,
                            Money.ofMinor(1 + random.nextInt(100_000), other), date));
                    settlementExpected.merge(Outcome.CURRENCY_MISMATCH, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.CURRENCY_MISMATCH, 1L, Long::sum);
                }
                case 4 -> { // keyed twice in the books
                    settlement.add(line);
                    ledger.add(record);
                    ledger.add(record);
                    settlementExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.DUPLICATE, 1L, Long::sum);
                }
                case 5 -> { // reported twice by the bank
                    settlement.add(line);
                    settlement.add(line);
                    ledger.add(record);
                    settlementExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                    settlementExpected.merge(Outcome.DUPLICATE, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                }
                case 6 -> { // the books carry only the vendorTxCode
                    settlement.add(line);
                    ledger.add(new LedgerRecord(LedgerSystem.KASHFLOW, "L" + i, null, vtx, type, amount, date));
                    settlementExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                }
                default -> {
                    settlement.add(line);
                    ledger.add(record);
                    settlementExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                    ledgerExpected.merge(Outcome.MATCHED, 1L, Long::sum);
                }
            }
        }
        return new Day(settlement, ledger, settlementExpected, ledgerExpected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRecordEndsInExactlyTheOutcomePlantedForIt(long seed) {
        Day day = generate(seed);
        ReconciliationReport report = Reconciler.builder().build().reconcile(day.settlement(), day.ledger());
        assertThat(report.settlementOutcomes()).isEqualTo(day.settlementExpected());
        assertThat(report.ledgerOutcomes()).isEqualTo(day.ledgerExpected());
        assertThat(report.settlementOutcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(day.settlement().size());
        assertThat(report.ledgerOutcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(day.ledger().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shuffledInputOrTheOtherIndexSideGivesTheSameReport(long seed) {
        Day day = generate(seed);
        ReconciliationReport report = Reconciler.builder().fallbackWithinDays(1).build().reconcile(day.settlement(), day.ledger());
        List<SettlementLine> settlement = new ArrayList<>(day.settlement());
        List<LedgerRecord> ledger = new ArrayList<>(day.ledger());
        Collections.shuffle(settlement, new Random(seed + 1));
        Collections.shuffle(ledger, new Random(seed + 2));
        assertThat(Reconciler.builder().fallbackWithinDays(1).build().reconcile(settlement, ledger)).isEqualTo(report);
        ReconciliationReport exact = Reconciler.builder().build().reconcile(day.settlement(), day.ledger());
        assertThat(Reconciler.builder().indexSide(Side.LEDGER).build().reconcile(settlement, ledger)).isEqualTo(exact);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDifferenceInTotalsIsExactlyWhatTheDiscrepanciesExplain(long seed) {
        Day day = generate(seed);
        ReconciliationReport report = Reconciler.builder().build().reconcile(day.settlement(), day.ledger());
        Map<Currency, Money> explained = new HashMap<>();
        for (Discrepancy d : report.discrepancies()) {
            switch (d.outcome()) {
                case MISSING_IN_LEDGER -> explained.merge(d.amount().currency(), d.amount(), Money::plus);
                case MISSING_IN_SETTLEMENT -> explained.merge(d.amount().currency(), d.amount().negate(), Money::plus);
                case DUPLICATE -> explained.merge(d.amount().currency(),
                        d.side() == Side.SETTLEMENT ? d.amount() : d.amount().negate(), Money::plus);
                case AMOUNT_MISMATCH, CURRENCY_MISMATCH -> {
                    explained.merge(d.amount().currency(), d.amount(), Money::plus);
                    explained.merge(d.counterpartAmount().currency(), d.counterpartAmount().negate(), Money::plus);
                }
                default -> throw new AssertionError("MATCHED is not a discrepancy");
            }
        }
        for (String code : CURRENCIES) {
            Currency currency = Currency.getInstance(code);
            assertThat(report.difference(currency)).as(code)
                    .isEqualTo(explained.getOrDefault(currency, Money.zero(currency)));
        }
        Map<Currency, Money> batchSum = new HashMap<>();
        report.settlementNetByBatch().values().forEach(byCurrency -> byCurrency.forEach((c, m) -> batchSum.merge(c, m, Money::plus)));
        batchSum.values().removeIf(Money::isZero);
        assertThat(batchSum).isEqualTo(report.settlementNet());
    }
}
