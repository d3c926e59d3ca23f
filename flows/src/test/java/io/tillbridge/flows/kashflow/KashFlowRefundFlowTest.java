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

    private static KashFlowSettings withRefundPostedAs(io.tillbridge.mapping.posting.KashFlowIntent form) {
        KashFlowSettings defaults = KashFlowWorld.settings(null);
        io.tillbridge.mapping.posting.PostingRules replaced = defaults.postings().toBuilder()
                .rule(io.tillbridge.mapping.model.TransactionType.REFUND, form, io.tillbridge.mapping.posting.SysproIntent.CREDIT_NOTE)
                .build();
        return new KashFlowSettings(defaults.invoiceNumbers(), defaults.bankAccount(), defaults.paymentMethod(), defaults.homeCurrency(),
                replaced, defaults.fields(), defaults.rates(), defaults.glRules(), defaults.depositAccount(), defaults.customerPrefix());
    }

    @Test
    void aPostingTableThatReversesTheInvoicePaymentForARefundIsRefusedWhenTheFlowIsBuilt() {
        KashFlowSettings reversing = withRefundPostedAs(io.tillbridge.mapping.posting.KashFlowIntent.REVERSE_INVOICE_PAYMENT);
        var engine = io.tillbridge.flows.effect.EffectEngine.builder(new InMemoryFlowStore(world.clock)).clock(world.clock).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KashFlowRefundFlow(world.kashflow, engine, reversing))
                .isInstanceOfSatisfying(UnsupportedPostingException.class, e -> {
                    assertThat(e.type()).isEqualTo(io.tillbridge.mapping.model.TransactionType.REFUND);
                    assertThat(e.intent()).isEqualTo(io.tillbridge.mapping.posting.KashFlowIntent.REVERSE_INVOICE_PAYMENT);
                })
                .hasMessageContaining("postings: the entry REFUND → REVERSE_INVOICE_PAYMENT").hasMessageContaining("JOURNAL_ENTRY");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KashFlowRefundFlow(world.kashflow, engine,
                        withRefundPostedAs(io.tillbridge.mapping.posting.KashFlowIntent.INVOICE_PAYMENT)))
                .isInstanceOf(UnsupportedPostingException.class).hasMessageContaining("REFUND → INVOICE_PAYMENT");
        assertThat(refundsInBank()).isEmpty();
    }

    @Test
    void aReplacedPostingTableThatPostsNothingForRefundsIsFollowed() {
        OpayoPayment refund = refund("SHOP.4001-R.1", 1000);
        KashFlowWorld.Flows flows = world.flows(new InMemoryFlowStore(world.clock), "runner-1",
                withRefundPostedAs(io.tillbridge.mapping.posting.KashFlowIntent.NONE));

        assertThat(flows.refunds().run(refund, payment)).isInstanceOf(KashFlowOutcome.NothingToPost.class);
        assertThat(refundsInBank()).isEmpty();
    }

    @Test
    void anExpiredKashFlowSessionMidRefundIsRenewedAndTheRefundPostsOnce() {
        OpayoPayment refund = refund("SHOP.4001-R.1", 1000);
        long logins = world.kashflowEmulator.calls(c -> c.endsWith("/sessiontoken"));
        world.kashflowEmulator.expireSessions();

        assertThat(world.flows().refunds().run(refund, payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        world.kashflowEmulator.expireSessions();
        assertThat(world.flows().refunds().run(refund, payment)).isInstanceOf(KashFlowOutcome.Posted.class);

        assertThat(world.kashflowEmulator.calls(c -> c.endsWith("/sessiontoken"))).as("sessions renewed").isGreaterThan(logins);

        assertThat(refundsInBank()).singleElement()
                .satisfies(t -> assertThat(t.get("MoneyOut").decimalValue()).isEqualByComparingTo("10.00"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(io.tillbridge.flows.effect.EffectEngine.Boundary.class)
    void aRunnerKilledAtAnyBoundaryIsResumedOverTheSameStoreWithoutASecondRefund(io.tillbridge.flows.effect.EffectEngine.Boundary killAt) {
        OpayoPayment refund = refund("SHOP.4001-R.1", 1000);
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        var killed = io.tillbridge.flows.effect.EffectEngine.builder(store).clock(world.clock).runner("doomed")
                .probe((boundary, key) -> {
                    if (boundary == killAt && key.effect().equals("bank-refund")) {
                        throw new IllegalStateException("killed at " + boundary);
                    }
                }).build();
        assertThat(new KashFlowRefundFlow(world.kashflow, killed, KashFlowWorld.settings(null)).run(refund, payment))
                .isInstanceOf(KashFlowOutcome.DeadLettered.class);
        world.clock.advance(Duration.ofMinutes(5)); // the dead runner's lease lapses

        var resumed = io.tillbridge.flows.effect.EffectEngine.builder(store).clock(world.clock).runner("successor").build();
        assertThat(new KashFlowRefundFlow(world.kashflow, resumed, KashFlowWorld.settings(null)).run(refund, payment))
                .isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(refundsInBank()).singleElement()
                .satisfies(t -> assertThat(t.get("MoneyOut").decimalValue()).isEqualByComparingTo("10.00"));
        assertThat(store.openDeadLetters()).isEmpty();
        // The store's counter of what was refunded of the payment counts it once: the rest of the payment can still be refunded.
        OpayoPayment rest = refund("SHOP.4001-R.2", 5000);
        assertThat(new KashFlowRefundFlow(world.kashflow, resumed, KashFlowWorld.settings(null)).run(rest, payment))
                .isInstanceOf(KashFlowOutcome.Posted.class);
    }
}
