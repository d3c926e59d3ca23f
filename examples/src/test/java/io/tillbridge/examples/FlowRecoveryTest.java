package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.Lease;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.zoho.model.Inputs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the flows recover: unknown outcomes resolved by lookup, dead letters replayed, refunds checked. */
class FlowRecoveryTest {

    /** A fixed day and time: nothing here depends on when the test runs. */
    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-03-10T10:00:00Z"), java.time.ZoneOffset.UTC);

    private static final java.util.function.Predicate<io.tillbridge.sandbox.EmulatorRequest> PAYMENTS =
            request -> request.method().equals("POST") && request.path().equals("/api/v1/transactions");

    @Test
    void aPaymentWhoseOutcomeCannotBeLookedUpIsDeadLetteredThenResolvedOnReplay() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = paidCandidate(world);
            // Opayo takes the payment but the answer is lost, and the Reporting API is down for the lookups.
            world.opayoEmulator.faults().only(PAYMENTS).resetAfterProcessing(1.0)
                    .outage(1_000, 503, request -> request.path().equals("/access/access.htm"));

            OrderOutcome first = world.orderToCash.run(order);

            assertThat(first).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) first).reason()).contains("may have been processed");
            assertThat(world.opayoEmulator.transactions()).hasSize(1); // taken once
            EffectRecord step = world.store.effect(new EffectKey("order-to-cash", "opayo-payment", order, 1)).orElseThrow();
            assertThat(step.state()).isEqualTo(EffectRecord.State.BEGUN);
            DeadLetter letter = world.store.deadLetter("order-to-cash:" + order).orElseThrow();
            assertThat(letter.subject()).isEqualTo(order);
            assertThat(letter.money().movement()).isEqualTo(MoneyMoved.Movement.UNKNOWN);
            assertThat(letter.money().amount()).isNotNull();

            // The Reporting API is back; replaying the dead letter looks the payment up instead of charging again.
            world.opayoEmulator.faults().clear();
            OrderOutcome replay = world.orderToCash.run(letter.subject());

            assertThat(replay).isInstanceOf(OrderOutcome.Paid.class);
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
            assertThat(world.store.deadLetter("order-to-cash:" + order).orElseThrow().status()).isEqualTo(DeadLetter.Status.RESOLVED);
            assertThat(world.zohoEmulator.record("salesorders", order).path("paid_status").asText()).isEqualTo("paid");
        }
    }

    @Test
    void anOrderWhoseTotalChangedAfterItsPaymentBeganIsDeadLetteredNotChargedOrRecorded() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = paidCandidate(world);
            // A payment begun earlier (its outcome never recorded) for a total the order no longer has.
            Lease lease = world.store.acquire("order-to-cash", order, "earlier-runner", java.time.Duration.ofSeconds(1)).orElseThrow();
            world.store.begin(lease, new EffectKey("order-to-cash", "opayo-payment", order, 1), "fingerprint-of-the-old-total",
                    java.util.Map.of("amount", "0.01", "currency", "GBP", "vendorTxCode", "TB.OLD.1"));
            world.store.release(lease);

            OrderOutcome outcome = world.orderToCash.run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("changed after its payment").contains("0.01");
            assertThat(world.store.deadLetter("order-to-cash:" + order).orElseThrow().money().movement())
                    .isEqualTo(MoneyMoved.Movement.UNKNOWN);
            assertThat(world.opayoEmulator.transactions()).isEmpty();
            assertThat(world.zohoEmulator.records("customerpayments")).isEmpty();
        }
    }

    @Test
    void theOpayoEmulatorListsInstructionsAndNamesEachAnswer() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            PaidOrder p = PaidOrder.in(world);
            String transaction = p.paid().transactionId();
            world.opayo.transactions().voidTransaction(transaction);
            assertThat(world.opayo.transactions().instructions(transaction))
                    .singleElement().satisfies(i -> assertThat(i.instructionType()).isEqualTo("void"));
            assertThatThrownBy(() -> world.opayo.transactions().voidTransaction(transaction))
                    .isInstanceOf(io.tillbridge.opayo.OpayoApiException.class)
                    .satisfies(e -> assertThat(((io.tillbridge.opayo.OpayoApiException) e).requestId()).hasValueSatisfying(
                            id -> assertThat(id).startsWith("trk-")));
        }
    }

    @Test
    void linesZohoAlreadyReturnedToStockAreNotRestockedAgain() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            PaidOrder p = PaidOrder.in(world);
            String note = creditNote(world, p.stored(), p.paid().invoiceId(), p.line(), BigDecimal.ONE, true);
            assertThat(world.refunds.run(note)).isInstanceOf(RefundOutcome.Refunded.class);
            assertThat(world.zohoEmulator.records("inventoryadjustments")).isEmpty();
            assertThat(world.zohoEmulator.record("items", p.item()).path("stock_on_hand").decimalValue())
                    .isEqualByComparingTo(p.stockBefore().add(BigDecimal.ONE)); // once, by Zoho
        }
    }

    @Test
    void refundsAreCheckedSentOnceAndPutStockBack() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            PaidOrder p = PaidOrder.in(world);

            String fair = creditNote(world, p.stored(), p.paid().invoiceId(), p.line(), BigDecimal.ONE);
            RefundOutcome refunded = world.refunds.run(fair);
            assertThat(refunded).isInstanceOf(RefundOutcome.Refunded.class);
            assertThat(world.refunds.run(fair)).isEqualTo(refunded); // no second refund
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Refund")).count()).isEqualTo(1);
            assertThat(world.zohoEmulator.record("items", p.item()).path("stock_on_hand").decimalValue())
                    .isEqualByComparingTo(p.stockBefore().add(BigDecimal.ONE));
            assertThat(world.zohoEmulator.record("creditnotes", fair).path("balance").decimalValue()).isEqualByComparingTo("0");

            String greedy = creditNote(world, p.stored(), p.paid().invoiceId(), p.line(), new BigDecimal("1000"));
            RefundOutcome rejected = world.refunds.run(greedy);
            assertThat(rejected).isInstanceOf(RefundOutcome.DeadLettered.class);
            assertThat(((RefundOutcome.DeadLettered) rejected).reason()).contains("EXCEEDS_REFUNDABLE");
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Refund")).count()).isEqualTo(1);
            DeadLetter letter = world.store.deadLetter("refund:" + greedy).orElseThrow();
            assertThat(letter.money()).isEqualTo(MoneyMoved.NONE);
        }
    }

    @Test
    void zohoRefundStepsWhoseAnswersWereLostAreLookedUpNotRepeated() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            PaidOrder p = PaidOrder.in(world);
            String note = creditNote(world, p.stored(), p.paid().invoiceId(), p.line(), BigDecimal.ONE);

            // Zoho records the refund, then the stock adjustment, but each answer is lost on the way back: each is
            // looked up at once and adopted, not sent again.
            world.zohoEmulator.faults().only(request -> request.method().equals("POST")
                    && (request.path().endsWith("/refunds") || request.path().endsWith("/inventoryadjustments")))
                    .resetAfterProcessing(1.0);
            assertThat(world.refunds.run(note)).isInstanceOf(RefundOutcome.Refunded.class);
            world.zohoEmulator.faults().clear();
            assertThat(world.refunds.run(note)).isInstanceOf(RefundOutcome.Refunded.class);

            assertThat(world.zohoEmulator.record("creditnotes", note).path("refunds")).hasSize(1);
            assertThat(world.zohoEmulator.records("inventoryadjustments")).hasSize(1);
            assertThat(world.zohoEmulator.record("items", p.item()).path("stock_on_hand").decimalValue())
                    .isEqualByComparingTo(p.stockBefore().add(BigDecimal.ONE));
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Refund")).count()).isEqualTo(1);
        }
    }

    @Test
    void anOrderThatIsNotConfirmedOrDoesNotAddUpIsDeadLettered() {
        try (SandboxWorld world = new SandboxWorld(2, 1, CLOCK)) {
            String order = world.salesOrders.get(0);
            world.zoho.salesOrders().voidOrder(order);
            OrderOutcome outcome = world.orderToCash.run(order);
            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("not confirmed");
            assertThat(world.opayoEmulator.transactions()).isEmpty();
        }
    }

    @Test
    void aDeclinedOrderIsTriedAgainOnlyExplicitlyWithANewVendorTxCodeAndTheCustomerIsToldOncePerAttempt() {
        try (SandboxWorld world = new SandboxWorld(40, 3, CLOCK)) {
            String order = world.salesOrders.stream().filter(o -> world.cardOf(world.zohoEmulator.record("salesorders", o)
                    .path("customer_id").asText()).equals(io.tillbridge.sandbox.opayo.SandboxCards.VISA_DECLINED)
                    && !world.zohoEmulator.record("salesorders", o).path("shipping_address").path("city").asText().equals("Lagos"))
                    .findFirst().orElseThrow();
            String number = world.zohoEmulator.record("salesorders", order).path("salesorder_number").asText();

            assertThat(world.orderToCash.run(order)).isInstanceOf(OrderOutcome.Declined.class);
            assertThat(world.orderToCash.run(order)).isInstanceOf(OrderOutcome.Declined.class); // not sent again
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
            assertThat(world.notices.get(order)).isEqualTo(1);

            assertThat(world.orderToCash.retryDeclined(order)).isInstanceOf(OrderOutcome.Declined.class);
            assertThat(world.opayoEmulator.transactions()).extracting(t -> t.vendorTxCode())
                    .containsExactlyInAnyOrder("TB." + number + ".1", "TB." + number + ".2");
            assertThat(world.notices.get(order)).isEqualTo(2);
            assertThat(world.orderToCash.run(order)).isInstanceOf(OrderOutcome.Declined.class);
            assertThat(world.opayoEmulator.transactions()).hasSize(2);

            // A host that lost its store finds the retry in Opayo, not just the first decline, and tells no one again.
            SandboxWorld.Flows restarted = world.flows(new io.tillbridge.flows.store.InMemoryFlowStore(world.clock()), "restarted",
                    io.tillbridge.flows.effect.EffectEngine.Probe.NONE);
            assertThat(restarted.orderToCash().run(order)).isInstanceOf(OrderOutcome.Declined.class);
            assertThat(restarted.engine().store().counter("order-to-cash/declined-retries/" + order)).isEqualTo(1);
            assertThat(world.opayoEmulator.transactions()).hasSize(2);
            assertThat(world.notices.get(order)).isEqualTo(2);
        }
    }

    @Test
    void anExceptionFromHostCodeNeverEscapesRunTheOrderIsDeadLetteredWithWhetherMoneyMoved() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = paidCandidate(world);
            SandboxWorld.Flows broken = SandboxWorld.flows(world.zoho, world.opayo, world.store, "broken-host",
                    io.tillbridge.flows.effect.EffectEngine.Probe.NONE, world.clock(), o -> {
                        throw new IllegalStateException("the card vault is down");
                    }, io.tillbridge.flows.ordertocash.CustomerNotifier.NONE, world.history);

            OrderOutcome outcome = broken.orderToCash().run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("the card vault is down");
            DeadLetter letter = world.store.deadLetter("order-to-cash:" + order).orElseThrow();
            // The send never left: the payment is begun but Opayo has nothing, and the letter says money may have moved
            // only because nothing proves otherwise until the next run looks.
            assertThat(letter.money().movement()).isIn(MoneyMoved.Movement.NONE, MoneyMoved.Movement.UNKNOWN);
            assertThat(world.opayoEmulator.transactions()).isEmpty();

            assertThat(world.orderToCash.run(order)).isInstanceOf(OrderOutcome.Paid.class); // a working host replays it
            assertThat(world.store.deadLetter("order-to-cash:" + order).orElseThrow().status()).isEqualTo(DeadLetter.Status.RESOLVED);
        }
    }

    @Test
    void aPaymentTakenAfterMidnightUkSummerTimeIsDatedAndReconciledOnTheUkDay() {
        // 23:30 UTC on 15 July is 00:30 on 16 July in London.
        Clock late = Clock.fixed(java.time.Instant.parse("2026-07-15T23:30:00Z"), java.time.ZoneOffset.UTC);
        try (SandboxWorld world = new SandboxWorld(6, 1, late)) {
            String order = paidCandidate(world);
            OrderOutcome.Paid paid = (OrderOutcome.Paid) world.orderToCash.run(order);
            assertThat(world.zohoEmulator.record("customerpayments", paid.paymentId()).path("date").asText()).isEqualTo("2026-07-16");
            world.opayoEmulator.closeBatch();

            var report = world.settlement.run(LocalDate.of(2026, 7, 16));

            assertThat(report.discrepancies()).isEmpty();
            assertThat(report.ledgerNet()).isEqualTo(report.settlementNet()).isNotEmpty();
        }
    }

    /** An order taken through order to cash, with what the refund tests need from it. */
    private record PaidOrder(OrderOutcome.Paid paid, JsonNode stored, JsonNode line, String item, BigDecimal stockBefore) {
        static PaidOrder in(SandboxWorld world) {
            String order = paidCandidate(world);
            OrderOutcome.Paid paid = (OrderOutcome.Paid) world.orderToCash.run(order);
            JsonNode stored = world.zohoEmulator.record("salesorders", order);
            JsonNode line = stored.path("line_items").get(0);
            String item = line.path("item_id").asText();
            return new PaidOrder(paid, stored, line, item, world.zohoEmulator.record("items", item).path("stock_on_hand").decimalValue());
        }
    }

    static String paidCandidate(SandboxWorld world) {
        // Pick an order whose customer's card is a plain authorising one.
        for (String order : world.salesOrders) {
            String customer = world.zohoEmulator.record("salesorders", order).path("customer_id").asText();
            if (world.cardOf(customer).startsWith("4462") || world.cardOf(customer).startsWith("5573")
                    || world.cardOf(customer).startsWith("3742") || world.cardOf(customer).equals("4929000005559")) {
                if (!world.zohoEmulator.record("salesorders", order).has("shipping_address")
                        || !world.zohoEmulator.record("salesorders", order).path("shipping_address").path("city").asText().equals("Lagos")) {
                    return order;
                }
            }
        }
        throw new AssertionError("no order with a plain card in this seed");
    }

    private static String creditNote(SandboxWorld world, JsonNode order, String invoiceId, JsonNode line, BigDecimal quantity) {
        return creditNote(world, order, invoiceId, line, quantity, null);
    }

    /** @param returnedToStock Zoho's is_returned_to_stock: true makes Zoho itself put the goods back */
    private static String creditNote(SandboxWorld world, JsonNode order, String invoiceId, JsonNode line, BigDecimal quantity,
                                     Boolean returnedToStock) {
        return world.zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(order.path("customer_id").asText(),
                LocalDate.now(world.clock()), null, null, List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(),
                        null, null, line.path("rate").decimalValue(), quantity, null, null, null, returnedToStock)), null), invoiceId)
                .creditnoteId();
    }
}
