package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.flows.store.MoneyMoved;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refunds end to end: once, never beyond what was paid, across faults and emptied stores. */
class KashFlowRefundFlowTest {

    private final KashFlowWorld world = new KashFlowWorld();
    private OpayoPayment payment;

    @BeforeEach
    void paid() {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        payment = world.invoicePaid(4001, "ADA01", "GBP", "50.00"); // 60.00 gross
        assertThat(world.flows().payments().run(payment)).isInstanceOf(KashFlowOutcome.Posted.class);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private OpayoPayment refund(String code, long minor) {
        world.refund(payment.transactionId(), code, minor);
        return world.read(code, payment.transactionId());
    }

    private List<ObjectNode> refundsInBank() {
        return world.kashflowEmulator.bankTransactions(KashFlowWorld.BANK).stream()
                .filter(t -> t.path("Comment").asText().startsWith("Opayo refund ")).toList();
    }

    @Test
    void eachRefundPostsOnceAsMoneyOutEvenWithResetsAndAnEmptiedStore() {
        OpayoPayment first = refund("SHOP.4001-R.1", 2000);
        OpayoPayment second = refund("SHOP.4001-R.2", 1500);
        world.kashflowEmulator.faults().seed(3).resetAfterProcessing(0.3).errorRate(0.1);
        for (int round = 0; round < 20; round++) {
            KashFlowWorld.Flows flows = world.flows(new InMemoryFlowStore(world.clock), "runner-" + round, KashFlowWorld.settings(null));
            boolean a = flows.refunds().run(first, payment) instanceof KashFlowOutcome.Posted;
            boolean b = flows.refunds().run(second, payment) instanceof KashFlowOutcome.Posted;
            world.clock.advance(Duration.ofMinutes(5));
            if (a && b) {
                break;
            }
        }
        world.kashflowEmulator.faults().clear();
        assertThat(world.flows().refunds().run(first, payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(world.flows().refunds().run(second, payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(refundsInBank()).extracting(t -> t.get("MoneyOut").decimalValue())
                .usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrder(new BigDecimal("20.00"), new BigDecimal("15.00"));
    }

    @Test
    void aRefundBeyondWhatWasPaidIsDeadLetteredEvenAfterTheStoreWasLost() {
        OpayoPayment most = refund("SHOP.4001-R.1", 5000);
        assertThat(world.flows().refunds().run(most, payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        // Opayo would refuse a second refund beyond the payment; a host's own record of one must still not post.
        OpayoPayment tooMuch = new OpayoPayment("9F0C5E7A-0000-4000-8000-000000000001", "SHOP.4001-R.2",
                io.tillbridge.mapping.model.TransactionType.REFUND, io.tillbridge.mapping.money.Money.of("20.00", "GBP"),
                most.date(), null, null, null, null, payment.transactionId(), null);
        InMemoryFlowStore emptied = new InMemoryFlowStore(world.clock);

        KashFlowOutcome outcome = world.flows(emptied, "runner-2", KashFlowWorld.settings(null)).refunds().run(tooMuch, payment);

        assertThat(outcome).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        DeadLetter letter = emptied.deadLetter(DeadLetter.idOf(KashFlowRefundFlow.NAME, tooMuch.transactionId())).orElseThrow();
        assertThat(letter.reason()).startsWith("amount:").contains("nothing posted in KashFlow");
        assertThat(letter.money().movement()).isEqualTo(MoneyMoved.Movement.REFUNDED);
        assertThat(refundsInBank()).hasSize(1);
    }

    @Test
    void aRefundOfAPaymentKashFlowDoesNotHoldIsDeadLettered() {
        world.kashflowEmulator.seedInvoice(4002, "ADA01", "GBP", new BigDecimal("5.00"), BigDecimal.ZERO);
        world.charge("SHOP.4002.1", 500, "GBP");
        OpayoPayment unposted = world.read("SHOP.4002.1", null);
        world.refund(unposted.transactionId(), "SHOP.4002-R.1", 500);
        OpayoPayment refund = world.read("SHOP.4002-R.1", unposted.transactionId());

        KashFlowOutcome outcome = world.flows().refunds().run(refund, unposted);

        assertThat(outcome).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        assertThat(((KashFlowOutcome.DeadLettered) outcome).reason()).startsWith("relatedTransactionId:");
        assertThat(refundsInBank()).isEmpty();
    }
}
