package io.tillbridge.flows.syspro;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.RiskInput;
import io.tillbridge.sandbox.syspro.SysproBooks;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.orders.SalesOrderImport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SysproOrderFlowTest {

    private static final SysproOrderFlow.PaymentPosting ON_PAYMENT = SysproOrderFlow.PaymentPosting.ON_PAYMENT;

    /** Runs until the subject is done; faults may hold it a few times, never more than {@code max}. */
    private static SysproOutcome untilDone(Function<String, SysproOutcome> run, String subject, int max) {
        SysproOutcome outcome = null;
        for (int i = 0; i < max; i++) {
            outcome = run.apply(subject);
            if (outcome instanceof SysproOutcome.Done) {
                return outcome;
            }
        }
        return outcome;
    }

    @Test
    void everyOrderAndPaymentOnceUnderResetsSessionEndsSecondLogonsAndAnEmptiedStore() {
        try (SysproWorld world = new SysproWorld()) {
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                String code = "TB-WEB-" + i;
                world.webOrder(code, i % 2 == 0 ? "000001" : "000002", i % 3 == 0 ? "B200" : "A100", null);
                codes.add(code);
            }
            world.emulator.faults().seed(7).resetAfterProcessing(0.4)
                    .only(r -> SysproWorld.businessObject("SORTOI").test(r) || SysproWorld.businessObject("ARSTPY").test(r));
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            try (SysproClient intruder = world.otherProcessClient()) {
                for (String code : codes) {
                    if (code.endsWith("4")) {
                        world.emulator.endAllSessions(); // session expiry
                    }
                    if (code.endsWith("7")) {
                        intruder.logonProfile(); // a second logon of the same operator ends the flow's session
                    }
                    assertThat(untilDone(flow::run, code, 8)).as(code).isInstanceOf(SysproOutcome.Done.class);
                }
            }
            world.emulator.faults().clear();
            // The resets did happen — some postings were recorded only after a lookup found them — and nothing was sent twice.
            assertThat(world.seen(io.tillbridge.flows.effect.EffectEngine.Boundary.AFTER_RECORD)).isEqualTo(24);
            assertThat(world.seen(io.tillbridge.flows.effect.EffectEngine.Boundary.AFTER_SEND)).isLessThan(24);
            assertThat(world.emulator.calls("SORTOI") + world.emulator.calls("ARSTPY")).isEqualTo(24);
            // The host lost its store: a new one, new runner, same orders: everything is found, nothing posted again.
            var fresh = new SysproOrderFlow(new SysproTarget(world.client), 
                    io.tillbridge.flows.effect.EffectEngine.builder(new InMemoryFlowStore(world.clock)).clock(world.clock)
                            .runner("runner-b").build(), world.orders::get,
                    new SysproOrderFlow.Settings(io.tillbridge.mapping.risk.RiskPolicy.defaults(), SysproWorld.GL, ON_PAYMENT,
                            world.clock, java.time.ZoneOffset.UTC));
            for (String code : codes) {
                SysproOutcome again = fresh.run(code);
                assertThat(again).as(code).isInstanceOf(SysproOutcome.Done.class);
            }
            Map<String, Long> ordersPerPo = world.emulator.books().salesOrders().stream()
                    .collect(Collectors.groupingBy(SysproBooks.SalesOrder::customerPoNumber, Collectors.counting()));
            assertThat(ordersPerPo).hasSize(12).allSatisfy((po, n) -> assertThat(n).as(po).isEqualTo(1L));
            Map<String, Long> paymentsPerRef = world.emulator.books().payments().stream()
                    .collect(Collectors.groupingBy(SysproBooks.Payment::reference, Collectors.counting()));
            assertThat(paymentsPerRef).hasSize(12).allSatisfy((ref, n) -> assertThat(n).as(ref).isEqualTo(1L));
            assertThat(world.emulator.books().payments()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("59.98"));
            assertThat(world.store.openDeadLetters()).isEmpty();
        }
    }

    @Test
    void anOutageHoldsTheOrderOnTheQueueAndTheNextRunFinishesIt() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-OUT-1", "000001", "A100", "100466");
            world.emulator.faults().outage(10, 503, SysproWorld.businessObject("SORTOI"));
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            SysproOutcome first = flow.run("TB-OUT-1");
            assertThat(first).isInstanceOf(SysproOutcome.Held.class);
            assertThat(world.store.openDeadLetters()).extracting(DeadLetter::subject).containsExactly("TB-OUT-1");
            world.emulator.faults().clear();
            SysproOutcome second = flow.run("TB-OUT-1");
            assertThat(second).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.books().salesOrders()).hasSize(1);
            assertThat(world.emulator.books().invoiceBalance("100466")).isEqualByComparingTo("0");
            assertThat(world.store.openDeadLetters()).isEmpty();
        }
    }

    @Test
    void unknownStockOrCustomerIsDeadLetteredByNameWithTheMoneyThatMoved() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-BAD-1", "000001", "Z999", null);
            world.webOrder("TB-BAD-2", "009999", "A100", null);
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            SysproOutcome stock = flow.run("TB-BAD-1");
            SysproOutcome customer = flow.run("TB-BAD-2");
            assertThat(stock).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) stock).reason()).contains("stock code Z999").contains("charged");
            assertThat(((SysproOutcome.DeadLettered) customer).reason()).contains("customer 009999").contains("charged");
            assertThat(world.emulator.books().salesOrders()).isEmpty();
            assertThat(world.emulator.calls("SORTOI")).isZero();
        }
    }

    /** The order TB-RISK-1 with signals the default policy does not pass: no AVS/CV2 match, no 3-D Secure, a foreign IP. */
    private static void riskyOrder(SysproWorld world, String code) {
        WebOrder plain = world.webOrder(code, "000001", "A100", "100466");
        world.orders.put(code, new WebOrder(plain.vendorTxCode(), plain.transactionId(), plain.paid(), plain.customer(),
                plain.warehouse(), plain.lines(), plain.shipTo(), plain.email(), plain.cardType(), plain.channel(),
                new RiskInput(Money.of("59.98", "GBP"), Instant.parse("2026-03-02T08:00:00Z"),
                        new AvsCv2Result(AvsCv2Result.Overall.NO_MATCHES, AvsCv2Result.Check.NOT_MATCHED,
                                AvsCv2Result.Check.NOT_MATCHED, AvsCv2Result.Check.NOT_MATCHED),
                        ThreeDSecureResult.NOT_AUTHENTICATED, "GB", "NG", List.of()), plain.invoice()));
    }

    @Test
    void aRiskyOrderIsPutInSuspenseInSysproWithItsReasonsAndReleasedExplicitly() {
        try (SysproWorld world = new SysproWorld()) {
            riskyOrder(world, "TB-RISK-1");
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            SysproOutcome held = flow.run("TB-RISK-1");
            assertThat(held).isInstanceOf(SysproOutcome.Held.class);
            assertThat(((SysproOutcome.Held) held).reason()).contains("in suspense").contains("score");
            // In SYSPRO, held where people work: status S, the decision and every reason as comment lines, no payment yet.
            SysproBooks.SalesOrder order = world.emulator.books().salesOrders().get(0);
            assertThat(order.status()).isEqualTo("S");
            assertThat(String.join(" ", order.comments())).contains("Held by Tillbridge").contains("score").contains("3-D Secure");
            assertThat(order.comments()).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(100));
            assertThat(world.client.salesOrders().get(order.salesOrder()).orderStatusDesc()).isEqualTo("In suspense");
            assertThat(world.emulator.books().payments()).isEmpty();
            // A replay changes nothing: still one order, still in suspense, still held on the queue.
            assertThat(flow.run("TB-RISK-1")).isInstanceOf(SysproOutcome.Held.class);
            assertThat(world.store.openDeadLetters()).extracting(DeadLetter::subject).containsExactly("TB-RISK-1");
            assertThat(world.emulator.calls("SORTOI")).isEqualTo(1);
            assertThat(world.emulator.calls("SORTOS")).isZero();
            // The explicit release: SORTOS to open on a credit authority, then the payment.
            SysproOutcome released = flow.release("TB-RISK-1", "J.SMITH");
            assertThat(released).isInstanceOf(SysproOutcome.Done.class);
            assertThat(((SysproOutcome.Done) released).results()).containsEntry("released", "1").containsKey("arJournal");
            assertThat(world.emulator.books().salesOrders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("1"));
            assertThat(world.emulator.books().invoiceBalance("100466")).isEqualByComparingTo("0");
            assertThat(flow.run("TB-RISK-1")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.calls("SORTOS")).isEqualTo(1);
            assertThat(world.emulator.books().payments()).hasSize(1);
            assertThat(world.store.openDeadLetters()).isEmpty();
        }
    }

    @Test
    void anOrderSomeoneReleasedInSysproIsAdoptedNotChangedAgain() {
        try (SysproWorld world = new SysproWorld()) {
            riskyOrder(world, "TB-RISK-2");
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            assertThat(flow.run("TB-RISK-2")).isInstanceOf(SysproOutcome.Held.class);
            String number = world.emulator.books().salesOrders().get(0).salesOrder();
            world.client.salesOrders().changeStatus(io.tillbridge.syspro.orders.OrderStatusChange.releaseFromSuspense(number, "OPS"))
                    .resultOrThrow();
            assertThat(flow.release("TB-RISK-2")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.calls("SORTOS")).isEqualTo(1); // the operator's own, none from the flow
        }
    }

    @Test
    void aReleaseCutByAnEndedSessionIsLookedUpNotSentTwice() {
        try (SysproWorld world = new SysproWorld()) {
            riskyOrder(world, "TB-RISK-3");
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            assertThat(flow.run("TB-RISK-3")).isInstanceOf(SysproOutcome.Held.class);
            world.emulator.faults().seed(3).resetAfterProcessing(1.0).only(SysproWorld.businessObject("SORTOS"));
            SysproOutcome first = flow.release("TB-RISK-3");
            world.emulator.faults().clear();
            SysproOutcome outcome = first instanceof SysproOutcome.Done ? first : flow.run("TB-RISK-3");
            assertThat(outcome).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.books().salesOrders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("1"));
            assertThat(world.emulator.books().payments()).hasSize(1);
        }
    }

    @Test
    void withKeepOutOnHoldAHeldOrderStaysOutOfSysproUntilReleased() {
        try (SysproWorld world = new SysproWorld()) {
            riskyOrder(world, "TB-RISK-4");
            SysproOrderFlow flow = new SysproOrderFlow(new SysproTarget(world.client), world.engine("runner-a"), world.orders::get,
                    new SysproOrderFlow.Settings(io.tillbridge.mapping.risk.RiskPolicy.defaults().toBuilder().thresholds(10, 20).build(),
                            SysproWorld.GL, ON_PAYMENT, world.clock, java.time.ZoneOffset.UTC,
                            SysproOrderFlow.RiskHandling.KEEP_OUT_ON_HOLD, "TILLBRIDGE"));
            SysproOutcome held = flow.run("TB-RISK-4");
            assertThat(held).isInstanceOf(SysproOutcome.Held.class);
            assertThat(((SysproOutcome.Held) held).reason()).contains("kept out of SYSPRO").contains("HOLD");
            assertThat(world.emulator.books().salesOrders()).isEmpty();
            assertThat(flow.release("TB-RISK-4")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.books().salesOrders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("1"));
            assertThat(world.emulator.calls("SORTOS")).isZero();
        }
    }

    @Test
    void longReasonsBecomeSeveralCommentLinesWithNothingCutOff() {
        String reasons = "risk REVIEW at score 45 (" + "x".repeat(30) + " " + "word ".repeat(40) + "z".repeat(120) + ")";
        List<String> lines = SysproOrderFlow.commentLines(reasons);
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100).isNotBlank());
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(reasons.replace(" ", ""));
    }

    @Test
    void anOrderAlreadyInSysproUnderItsVendorTxCodeIsFoundNotPostedAgain() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-DUP-1", "000001", "A100", null);
            world.client.salesOrders().importOrder(SalesOrderImport.builder("TB-DUP-1", "000001")
                    .stockLine("A100", BigDecimal.ONE, BigDecimal.TEN).build());
            SysproOutcome outcome = world.orderFlow("runner-a", ON_PAYMENT).run("TB-DUP-1");
            assertThat(outcome).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.books().salesOrders()).hasSize(1);
            assertThat(((SysproOutcome.Done) outcome).results().get("salesOrder"))
                    .isEqualTo(world.emulator.books().salesOrders().get(0).salesOrder());
        }
    }

    @Test
    void aSecondOrderPaidWithTheSameTransactionIdIsDeadLettered() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-TX-1", "000001", "A100", null);
            WebOrder first = world.orders.get("TB-TX-1");
            world.orders.put("TB-TX-2", new WebOrder("TB-TX-2", first.transactionId(), first.paid(), "000002", "FG", first.lines(),
                    null, null, null, null, null, null));
            SysproOrderFlow flow = world.orderFlow("runner-a", ON_PAYMENT);
            assertThat(flow.run("TB-TX-1")).isInstanceOf(SysproOutcome.Done.class);
            SysproOutcome second = flow.run("TB-TX-2");
            assertThat(second).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) second).reason()).contains("already paid another imported order");
            assertThat(flow.run("TB-TX-1")).isInstanceOf(SysproOutcome.Done.class); // its own replay is not a duplicate
            assertThat(world.emulator.books().salesOrders()).hasSize(1);
        }
    }

    @Test
    void anUnlicensedBusinessObjectIsDeadLetteredSayingSo() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-LIC-1", "000001", "A100", null);
            world.emulator.unlicense("ARSTPY");
            SysproOutcome outcome = world.orderFlow("runner-a", ON_PAYMENT).run("TB-LIC-1");
            assertThat(outcome).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) outcome).reason()).contains("ARSTPY").contains("licence").contains("charged");
            assertThat(world.emulator.books().salesOrders()).hasSize(1);
            assertThat(world.emulator.books().payments()).isEmpty();
        }
    }

    @Test
    void onShipmentThePaymentWaitsForTheInvoiceThenPaysIt() {
        try (SysproWorld world = new SysproWorld()) {
            world.webOrder("TB-SHIP-1", "000001", "A100", null);
            SysproOrderFlow flow = world.orderFlow("runner-a", SysproOrderFlow.PaymentPosting.ON_SHIPMENT);
            SysproOutcome ordered = flow.run("TB-SHIP-1");
            assertThat(ordered).isInstanceOf(SysproOutcome.Done.class);
            assertThat(((SysproOutcome.Done) ordered).results()).doesNotContainKey("arJournal");
            assertThat(world.emulator.books().payments()).isEmpty();
            assertThat(flow.shipped("TB-SHIP-1", "100466")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(flow.shipped("TB-SHIP-1", "100466")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.books().payments()).singleElement()
                    .satisfies(p -> assertThat(p.invoice()).isEqualTo("100466"));
            assertThat(world.emulator.books().invoiceBalance("100466")).isEqualByComparingTo("0");
        }
    }

    @Test
    void aHostThatThrowsEndsAsADeadLetterNotAnException() {
        try (SysproWorld world = new SysproWorld()) {
            SysproOutcome outcome = world.orderFlow("runner-a", ON_PAYMENT).run("TB-NONE");
            assertThat(outcome).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) outcome).reason()).contains("the host has no order TB-NONE");
        }
    }
}
