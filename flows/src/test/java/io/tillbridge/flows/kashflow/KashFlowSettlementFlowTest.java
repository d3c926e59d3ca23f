package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Discrepancy;
import io.tillbridge.mapping.reconcile.Outcome;
import io.tillbridge.opayo.reporting.Batch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A day's batch: deposit and fees once, balanced, and reconciled against KashFlow's payments. */
class KashFlowSettlementFlowTest {

    private final KashFlowWorld world = new KashFlowWorld();

    @AfterEach
    void close() {
        world.close();
    }

    /** 1.5 % of a payment, rounded once; refunds cost nothing. */
    private static Money fee(Money amount, TransactionType type) {
        return type == TransactionType.REFUND ? null
                : Money.of(amount.amount().multiply(new BigDecimal("0.015")).setScale(2, RoundingMode.HALF_EVEN), amount.currency());
    }

    private BigDecimal sum(int account, String field) {
        return world.kashflowEmulator.bankTransactions(account).stream().map(t -> t.get(field).decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A day's batch of three payments (one never posted to KashFlow) and a refund, closed and read from Reporting. */
    private record Day(SettlementBatch settlement, LocalDate date, String batchId, OpayoPayment missing) {
    }

    private Day day() {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        KashFlowWorld.Flows flows = world.flows();
        OpayoPayment a = world.invoicePaid(5001, "ADA01", "GBP", "100.00"); // 120.00
        OpayoPayment b = world.invoicePaid(5002, "ADA01", "GBP", "50.00");  // 60.00
        OpayoPayment c = world.invoicePaid(5003, "ADA01", "GBP", "10.00");  // 12.00, never posted to KashFlow
        assertThat(flows.payments().run(a)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(flows.payments().run(b)).isInstanceOf(KashFlowOutcome.Posted.class);
        world.refund(b.transactionId(), "SHOP.5002-R.1", 1000);
        OpayoPayment refund = world.read("SHOP.5002-R.1", b.transactionId());
        assertThat(flows.refunds().run(refund, b)).isInstanceOf(KashFlowOutcome.Posted.class);
        String batchId = world.opayoEmulator.closeBatch();
        world.clock.advance(Duration.ofMinutes(1));
        Batch batch = world.opayo.reporting().batches(Instant.parse("2026-12-01T00:00:00Z"), world.clock.instant()).stream()
                .filter(x -> x.batchId().equals(batchId)).findFirst().orElseThrow();
        return new Day(world.reader.batch(batch, KashFlowSettlementFlowTest::fee), LocalDate.of(2026, 12, 1), batchId, c);
    }

    /** Payments 192.00 − refund 10.00 − fees (1.80 + 0.90 + 0.18) = 179.12 deposited once; the clearing account balanced. */
    private void assertDepositedOnceAndBalanced(Day day) {
        List<ObjectNode> deposits = world.kashflowEmulator.bankTransactions(KashFlowWorld.DEPOSIT);
        assertThat(deposits).hasSize(1);
        assertThat(deposits.get(0).get("PaidIn").decimalValue()).isEqualByComparingTo("179.12");
        assertThat(deposits.get(0).get("Comment").asText()).contains("batch " + day.batchId()).contains("GL 1200");
        // Balanced: the clearing account holds in only what KashFlow was told of (a, b) and nets to the missing payment.
        BigDecimal clearing = sum(KashFlowWorld.BANK, "PaidIn").subtract(sum(KashFlowWorld.BANK, "MoneyOut"));
        assertThat(clearing).isEqualByComparingTo("-12.00");
    }

    @Test
    void postsTheDepositAndFeesOnceBalancedAndReportsAPaymentMissingInKashFlow() {
        Day day = day();
        world.kashflowEmulator.faults().seed(11).resetAfterProcessing(0.3);

        KashFlowSettlementFlow.Result result = null;
        for (int round = 0; round < 15; round++) {
            KashFlowWorld.Flows fresh = world.flows(new InMemoryFlowStore(world.clock), "runner-" + round, KashFlowWorld.settings(null));
            result = fresh.settlement().run(day.settlement(), day.date());
            world.clock.advance(Duration.ofMinutes(5));
            if (result.outcome() instanceof KashFlowOutcome.Posted) {
                break;
            }
        }
        world.kashflowEmulator.faults().clear();
        assertThat(result.outcome()).isInstanceOf(KashFlowOutcome.Posted.class);
        // Again, over another empty store: nothing new.
        int before = world.kashflowEmulator.bankTransactions(KashFlowWorld.DEPOSIT).size()
                + world.kashflowEmulator.bankTransactions(KashFlowWorld.BANK).size();
        result = world.flows().settlement().run(day.settlement(), day.date());
        assertThat(result.outcome()).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(world.kashflowEmulator.bankTransactions(KashFlowWorld.DEPOSIT).size()
                + world.kashflowEmulator.bankTransactions(KashFlowWorld.BANK).size()).isEqualTo(before);

        assertDepositedOnceAndBalanced(day);
        assertThat(result.reconciliation().discrepancies()).extracting(Discrepancy::outcome, Discrepancy::transactionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.MISSING_IN_LEDGER, day.missing().transactionId()));
    }

    @Test
    void fiveHundredsAnExpiredSessionAndAnOutageStillPostTheBatchOnceAndBalanced() {
        Day day = day();
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowWorld.Flows flows = world.flows(store, "runner-1", KashFlowWorld.settings(null));
        world.kashflowEmulator.faults().seed(5).errorRate(0.3);
        world.kashflowEmulator.expireSessions();
        world.kashflowEmulator.faults().outage(25, 503);

        KashFlowSettlementFlow.Result result = flows.settlement().run(day.settlement(), day.date());
        assertThat(result.outcome()).as("during the outage").isInstanceOf(KashFlowOutcome.DeadLettered.class);
        assertThat(((KashFlowOutcome.DeadLettered) result.outcome()).reason()).contains("batch " + day.batchId());
        for (int round = 0; round < 20 && !(result.outcome() instanceof KashFlowOutcome.Posted); round++) {
            if (round == 3) {
                world.kashflowEmulator.expireSessions();
            }
            world.clock.advance(Duration.ofMinutes(5));
            result = flows.settlement().run(day.settlement(), day.date());
        }
        world.kashflowEmulator.faults().clear();

        assertThat(result.outcome()).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(store.openDeadLetters()).isEmpty();
        assertDepositedOnceAndBalanced(day);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(io.tillbridge.flows.effect.EffectEngine.Boundary.class)
    void aRunnerKilledAtAnyBoundaryIsResumedOverTheSameStoreWithoutASecondDeposit(
            io.tillbridge.flows.effect.EffectEngine.Boundary killAt) {
        Day day = day();
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        var killed = io.tillbridge.flows.effect.EffectEngine.builder(store).clock(world.clock).runner("doomed")
                .probe((boundary, key) -> {
                    if (boundary == killAt && key.effect().equals("settlement-in")) {
                        throw new IllegalStateException("killed at " + boundary);
                    }
                }).build();
        var reconciler = io.tillbridge.mapping.reconcile.Reconciler.builder().build();
        KashFlowSettlementFlow.Result first = new KashFlowSettlementFlow(world.kashflow, killed, KashFlowWorld.settings(null), reconciler)
                .run(day.settlement(), day.date());
        assertThat(first.outcome()).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        world.clock.advance(Duration.ofMinutes(5)); // the dead runner's lease lapses

        var resumed = io.tillbridge.flows.effect.EffectEngine.builder(store).clock(world.clock).runner("successor").build();
        assertThat(new KashFlowSettlementFlow(world.kashflow, resumed, KashFlowWorld.settings(null), reconciler)
                .run(day.settlement(), day.date()).outcome()).isInstanceOf(KashFlowOutcome.Posted.class);
        assertDepositedOnceAndBalanced(day);
        assertThat(store.openDeadLetters()).isEmpty();
    }
}
