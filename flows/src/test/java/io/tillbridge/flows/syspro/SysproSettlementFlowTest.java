package io.tillbridge.flows.syspro;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Outcome;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.sandbox.syspro.SysproBooks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SysproSettlementFlowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    private final Map<String, SettlementBatch> batches = new ConcurrentHashMap<>();

    private static SettlementLine line(String batch, String code, TransactionType type, String amount, String currency, String fee) {
        return new SettlementLine(batch, "TX-" + code, code, type, Money.of(amount, currency), fee == null ? null : Money.of(fee, currency),
                "Visa", "999", DAY);
    }

    private SysproSettlementFlow flow(SysproWorld world, EffectEngine engine) {
        return new SysproSettlementFlow(new SysproTarget(world.client), engine, batches::get, Reconciler.builder().build(),
                SysproSettlementFlow.Settings.monthly(SysproWorld.GL, "web", ZoneOffset.UTC));
    }

    @Test
    void aBatchBecomesOneBalancedJournalPerCurrencyOnceUnderResetsAndAnEmptiedStore() {
        try (SysproWorld world = new SysproWorld()) {
            batches.put("B1", new SettlementBatch("B1", "Barclays", Instant.parse("2026-01-15T22:00:00Z"), List.of(
                    line("B1", "TB-WEB-1", TransactionType.PAYMENT, "59.98", "GBP", "0.60"),
                    line("B1", "TB-WEB-2", TransactionType.PAYMENT, "100.00", "GBP", "1.00"),
                    line("B1", "RF-1", TransactionType.REFUND, "20.00", "GBP", null),
                    line("B1", "TB-EU-1", TransactionType.PAYMENT, "45.00", "EUR", "0.45"))));
            world.emulator.faults().seed(11).resetAfterProcessing(0.6).only(SysproWorld.businessObject("GENTJL"));
            SysproSettlementFlow flow = flow(world, world.engine("runner-a"));
            SysproOutcome first = flow.run("B1");
            for (int i = 0; i < 5 && !(first instanceof SysproOutcome.Done); i++) {
                first = flow.run("B1");
            }
            assertThat(first).isInstanceOf(SysproOutcome.Done.class);
            assertThat(((SysproOutcome.Done) first).results()).containsOnlyKeys("gl-journal-eur", "gl-journal-gbp");
            world.emulator.faults().clear();
            SysproSettlementFlow fresh = flow(world, EffectEngine.builder(new InMemoryFlowStore(world.clock)).clock(world.clock)
                    .runner("runner-b").build());
            assertThat(fresh.run("B1")).isEqualTo(first);

            List<SysproBooks.Journal> journals = world.emulator.books().journals();
            assertThat(journals).extracting(SysproBooks.Journal::reference).containsExactlyInAnyOrder("OPYB1-GBP", "OPYB1-EUR");
            assertThat(journals).allSatisfy(j -> {
                assertThat(j.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
                assertThat(j.period()).isEqualTo(1);
            });
            SysproBooks.Journal gbp = journals.stream().filter(j -> j.reference().equals("OPYB1-GBP")).findFirst().orElseThrow();
            assertThat(gbp.entries().get("4000")).isEqualByComparingTo("-159.98");     // receipts credited
            assertThat(gbp.entries().get("4010")).isEqualByComparingTo("20.00");       // refunds debited
            assertThat(gbp.entries().get("6100")).isEqualByComparingTo("1.60");        // fees debited
            assertThat(gbp.entries().get("GB")).isEqualByComparingTo("138.38");        // net to the bank
            assertThat(world.emulator.calls("GENTJL")).isEqualTo(2);
        }
    }

    @Test
    void aClosedPeriodIsADeadLetterSayingNoMoneyMoved() {
        try (SysproWorld world = new SysproWorld()) {
            batches.put("B2", new SettlementBatch("B2", "Barclays", Instant.parse("2026-02-10T22:00:00Z"), List.of(
                    line("B2", "TB-WEB-9", TransactionType.PAYMENT, "10.00", "GBP", null))));
            SysproOutcome outcome = flow(world, world.engine("runner-a")).run("B2");
            assertThat(outcome).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) outcome).reason()).contains("PostingPeriod").contains("no money moved");
            assertThat(world.emulator.books().journals()).isEmpty();
        }
    }

    @Test
    void reconciliationPairsTheBatchWithSysprosArPaymentsAndNamesEveryDiscrepancy() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-WEB-1", "000001", "A100", null);
            world.webOrder("TB-WEB-2", "000002", "A100", null);
            SysproOrderFlow orders = world.orderFlow("runner-a", SysproOrderFlow.PaymentPosting.ON_PAYMENT);
            assertThat(orders.run("TB-WEB-1")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(orders.run("TB-WEB-2")).isInstanceOf(SysproOutcome.Done.class);
            batches.put("B3", new SettlementBatch("B3", "Barclays", Instant.parse("2026-01-15T22:00:00Z"), List.of(
                    line("B3", "TB-WEB-1", TransactionType.PAYMENT, "59.98", "GBP", null),
                    line("B3", "TB-WEB-2", TransactionType.PAYMENT, "60.00", "GBP", null),
                    line("B3", "TB-WEB-3", TransactionType.PAYMENT, "5.00", "GBP", null))));
            ReconciliationReport report = flow(world, world.engine("runner-a")).reconcile("B3");
            assertThat(report.settlementCount(Outcome.MATCHED)).isEqualTo(1);
            assertThat(report.settlementCount(Outcome.AMOUNT_MISMATCH)).isEqualTo(1);
            assertThat(report.discrepancies()).extracting(d -> d.vendorTxCode()).contains("TB-WEB-2", "TB-WEB-3");
        }
    }
}
