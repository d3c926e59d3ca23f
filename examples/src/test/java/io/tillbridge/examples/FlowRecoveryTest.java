package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.StepRecord;
import io.tillbridge.zoho.model.Inputs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the flows recover: unknown outcomes resolved by lookup, dead letters replayed, refunds checked. */
class FlowRecoveryTest {

    private static final java.util.function.Predicate<io.tillbridge.sandbox.EmulatorRequest> PAYMENTS =
            request -> request.method().equals("POST") && request.path().equals("/api/v1/transactions");

    @Test
    void aPaymentWhoseOutcomeCannotBeLookedUpIsDeadLetteredThenResolvedOnReplay() {
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
            String order = paidCandidate(world);
            // Opayo takes the payment but the answer is lost, and the Reporting API is down for the lookups.
            world.opayoEmulator.faults().only(PAYMENTS).resetAfterProcessing(1.0)
                    .outage(1_000, 503, request -> request.path().equals("/access/access.htm"));

            OrderOutcome first = world.orderToCash.run(order);

            assertThat(first).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) first).reason()).contains("may have been processed");
            assertThat(world.opayoEmulator.transactions()).hasSize(1); // taken once
            StepRecord step = world.store.get("o2c:" + order + ":payment").orElseThrow();
            assertThat(step.state()).isEqualTo(StepRecord.State.STARTED);
            DeadLetter letter = world.deadLetters.get("order-to-cash:" + order).orElseThrow();
            assertThat(letter.input()).isEqualTo(order);

            // The Reporting API is back; replaying the dead letter looks the payment up instead of charging again.
            world.opayoEmulator.faults().clear();
            OrderOutcome replay = world.orderToCash.run(letter.input());

            assertThat(replay).isInstanceOf(OrderOutcome.Paid.class);
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
            assertThat(world.deadLetters.get("order-to-cash:" + order)).isEmpty();
            assertThat(world.zohoEmulator.record("salesorders", order).path("paid_status").asText()).isEqualTo("paid");
        }
    }

    @Test
    void anOrderWhoseTotalChangedAfterItsPaymentBeganIsDeadLetteredNotChargedOrRecorded() {
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
            String order = paidCandidate(world);
            // A payment begun earlier (its outcome never recorded) for a total the order no longer has.
            world.store.put(new StepRecord("o2c:" + order + ":payment", StepRecord.State.STARTED, 1,
                    java.util.Map.of("vendorTxCode", "TB.OLD.1", "amount", "1", "currency", "GBP"), java.time.Instant.now()));

            OrderOutcome outcome = world.orderToCash.run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("was begun for 1 GBP");
            assertThat(world.opayoEmulator.transactions()).isEmpty();
            assertThat(world.zohoEmulator.records("customerpayments")).isEmpty();
        }
    }

    @Test
    void theOpayoEmulatorListsInstructionsAndNamesEachAnswer() {
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
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
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
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
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
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
            assertThat(world.deadLetters.get("refund:" + greedy)).isPresent();
        }
    }

    @Test
    void zohoRefundStepsWhoseAnswersWereLostAreLookedUpNotRepeated() {
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
            PaidOrder p = PaidOrder.in(world);
            String note = creditNote(world, p.stored(), p.paid().invoiceId(), p.line(), BigDecimal.ONE);

            // Zoho records the refund, then the stock adjustment, but each answer is lost on the way back.
            world.zohoEmulator.faults().only(request -> request.method().equals("POST")
                    && (request.path().endsWith("/refunds") || request.path().endsWith("/inventoryadjustments")))
                    .resetAfterProcessing(1.0);
            assertThat(world.refunds.run(note)).isInstanceOf(RefundOutcome.DeadLettered.class); // refund answer lost
            assertThat(world.refunds.run(note)).isInstanceOf(RefundOutcome.DeadLettered.class); // adjustment answer lost
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
        try (SandboxWorld world = new SandboxWorld(2, 1, Clock.systemUTC())) {
            String order = world.salesOrders.get(0);
            world.zoho.salesOrders().voidOrder(order);
            OrderOutcome outcome = world.orderToCash.run(order);
            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("not confirmed");
            assertThat(world.opayoEmulator.transactions()).isEmpty();
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

    private static String paidCandidate(SandboxWorld world) {
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
