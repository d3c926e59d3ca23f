package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.ordertocash.CardSource;
import io.tillbridge.flows.ordertocash.ChallengeHandler;
import io.tillbridge.flows.ordertocash.CustomerNotifier;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.flows.ordertocash.PaymentHistory;
import io.tillbridge.flows.refund.RefundFlow;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.PriorPayment;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.TransactionService;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.zoho.model.Inputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Order to cash when something fails between or around its calls: host code that throws (checked
 * exceptions thrown past the compiler included), an Opayo client that cannot look anything up, a
 * process that dies between raising an invoice and setting its reference, and an order that was
 * charged through 3-D Secure before Zoho failed. {@code run()} never throws; every order ends recorded,
 * and every dead letter says whether money moved.
 */
class OrderToCashHostFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNotifierThrowingACheckedExceptionLeavesTheDeclinedOrderDeadLetteredWithNoMoneyMoved() {
        try (SandboxWorld world = new SandboxWorld(40, 3, CLOCK)) {
            String order = orderPaidWith(world, card -> card.equals(SandboxCards.VISA_DECLINED));
            OrderToCashFlow flow = flow(world, world.opayo, challenge -> Optional.of(SandboxValues.THREE_D_SECURE_PASSWORD),
                    (o, reason) -> sneakyThrow(new IOException("the mail server is down")), world.history);

            OrderOutcome outcome = flow.run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("the mail server is down");
            assertThat(letter(world, order).money()).isEqualTo(MoneyMoved.NONE);
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
        }
    }

    @Test
    void aChallengeHandlerThrowingACheckedExceptionLeavesTheOrderDeadLetteredAndTheChallengeOpen() {
        try (SandboxWorld world = new SandboxWorld(40, 3, CLOCK)) {
            String order = orderPaidWith(world, card -> card.equals(SandboxCards.VISA_3DS) || card.equals(SandboxCards.MASTERCARD_3DS));
            OrderToCashFlow flow = flow(world, world.opayo, challenge -> sneakyThrow(new Exception("the ACS is unreachable")),
                    CustomerNotifier.NONE, world.history);

            OrderOutcome outcome = flow.run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("the ACS is unreachable");
            MoneyMoved money = letter(world, order).money();
            assertThat(money.movement()).isEqualTo(MoneyMoved.Movement.UNKNOWN);
            assertThat(money.transactionId()).isEqualTo(world.opayoEmulator.transactions().get(0).transactionId());

            // A working challenge handler completes the same transaction: one charge, the order paid.
            assertThat(world.orderToCash.run(order)).isInstanceOf(OrderOutcome.Paid.class);
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
        }
    }

    @Test
    void aPaymentHistoryThrowingAfterTheChargeLeavesADeadLetterSayingCharged() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            PaymentHistory failing = new PaymentHistory() {
                @Override
                public List<PriorPayment> paymentsOf(String customerId) {
                    return List.of();
                }

                @Override
                public Optional<StoredCard> storedCard(String customerId) {
                    return Optional.empty();
                }

                @Override
                public void recordPayment(String customerId, Money amount, Instant at, String transactionId, Secret savedCard) {
                    sneakyThrow(new java.sql.SQLException("the history database is read-only"));
                }
            };
            OrderToCashFlow flow = flow(world, world.opayo, challenge -> Optional.of(SandboxValues.THREE_D_SECURE_PASSWORD),
                    CustomerNotifier.NONE, failing);

            OrderOutcome outcome = flow.run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("the history database is read-only");
            MoneyMoved money = letter(world, order).money();
            assertThat(money.movement()).isEqualTo(MoneyMoved.Movement.CHARGED);
            assertThat(money.transactionId()).isEqualTo(world.opayoEmulator.transactions().get(0).transactionId());
            assertThat(money.amount()).isNotNull();
        }
    }

    @Test
    void withoutReportingCredentialsAPaymentWhoseAnswerWasLostIsHeldNeverSentAgainAndRunNeverThrows() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK);
             OpayoClient blind = opayoWithoutReporting(world)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            OrderToCashFlow flow = flow(world, blind, challenge -> Optional.of(SandboxValues.THREE_D_SECURE_PASSWORD),
                    CustomerNotifier.NONE, world.history);
            world.opayoEmulator.faults().only(request -> request.method().equals("POST")
                    && request.path().equals("/api/v1/transactions")).resetAfterProcessing(1.0);

            OrderOutcome first = flow.run(order);
            world.opayoEmulator.faults().clear();
            OrderOutcome second = flow.run(order);

            for (OrderOutcome outcome : List.of(first, second)) {
                assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            }
            assertThat(((OrderOutcome.DeadLettered) second).reason()).contains("reporting");
            assertThat(letter(world, order).money().movement()).isEqualTo(MoneyMoved.Movement.UNKNOWN);
            assertThat(world.store.effect(new EffectKey(OrderToCashFlow.NAME, "opayo-payment", order, 1)).orElseThrow().state())
                    .isEqualTo(EffectRecord.State.BEGUN);
            assertThat(world.opayoEmulator.transactions()).hasSize(1); // taken once, never sent again
        }
    }

    @Test
    void withoutReportingCredentialsARefundCannotFindItsPaymentAndIsDeadLetteredNotThrown() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK);
             OpayoClient blind = opayoWithoutReporting(world)) {
            OrderOutcome.Paid paid = (OrderOutcome.Paid) world.orderToCash.run(FlowRecoveryTest.paidCandidate(world));
            JsonNode stored = world.zohoEmulator.record("salesorders", paid.salesOrderId());
            JsonNode line = stored.path("line_items").get(0);
            String note = world.zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(stored.path("customer_id").asText(),
                    LocalDate.now(CLOCK), null, null, List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(), null, null,
                            line.path("rate").decimalValue(), BigDecimal.ONE, null, null, null, null)), null), paid.invoiceId())
                    .creditnoteId();
            RefundFlow refunds = new RefundFlow(world.zoho, blind, world.engine, VendorTxCodes.withPrefix("TB"), CLOCK,
                    OrderToCashFlow.Settings.UK);

            RefundOutcome outcome = refunds.run(note);

            assertThat(outcome).isInstanceOf(RefundOutcome.DeadLettered.class);
            assertThat(world.store.deadLetter("refund:" + note).orElseThrow().money()).isEqualTo(MoneyMoved.NONE);
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Refund"))).isEmpty();
        }
    }

    @Test
    void anInvoiceAPersonRaisedFromTheOrderWithoutAReferenceIsFoundOnTheSalesOrderAdoptedAndGivenTheReference() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            // The process charges the card and dies as it is about to raise the invoice; meanwhile a person invoices the
            // order in Zoho with no reference (as an older run's fromsalesorder, which takes none, could also leave one).
            assertThat(diesAt(world, EffectEngine.Boundary.BEFORE_SEND).run(order)).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(invoicesOf(world, order)).isEmpty();
            String raised = invoicedByAPerson(world, order);
            assertThat(world.zohoEmulator.record("invoices", raised).path("reference_number").asText()).isEmpty();

            OrderOutcome resumed = world.orderToCash.run(order);

            assertThat(resumed).isInstanceOf(OrderOutcome.Paid.class);
            assertThat(((OrderOutcome.Paid) resumed).invoiceId()).isEqualTo(raised);
            assertThat(invoicesOf(world, order)).singleElement().satisfies(i -> assertThat(i.path("reference_number").asText())
                    .as("the reference refunds find the order by").isEqualTo(world.zohoEmulator.record("salesorders", order)
                            .path("salesorder_number").asText()));
            assertThat(world.zohoEmulator.records("customerpayments")).hasSize(1);
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
        }
    }

    @Test
    void theInvoiceIsTheDocumentedCreateLinkedLineByLineAndCarriesItsReferenceSoAKillRightAfterLeavesNothingToRepair() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            // Neither the undocumented fromsalesorder nor a second call that sets the reference is needed: Zoho refuses both here.
            world.zohoEmulator.faults().outage(1_000, 503, request -> request.path().contains("/invoices/fromsalesorder")
                    || request.method().equals("PUT") && request.path().contains("/invoices"));
            assertThat(diesOnceTheInvoiceIsRaised(world).run(order)).isInstanceOf(OrderOutcome.DeadLettered.class);
            JsonNode stored = world.zohoEmulator.record("salesorders", order);
            assertThat(invoicesOf(world, order)).singleElement().satisfies(i -> {
                assertThat(i.path("reference_number").asText()).isEqualTo(stored.path("salesorder_number").asText());
                assertThat(i.path("total").decimalValue()).isEqualByComparingTo(stored.path("total").decimalValue());
                assertThat(i.path("line_items")).extracting(line -> line.path("salesorder_item_id").asText())
                        .containsExactlyElementsOf(stored.path("line_items").findValuesAsText("line_item_id"));
            });

            OrderOutcome resumed = world.orderToCash.run(order);

            assertThat(resumed).isInstanceOf(OrderOutcome.Paid.class);
            assertThat(invoicesOf(world, order)).hasSize(1);
            assertThat(world.zohoEmulator.record("salesorders", order).path("paid_status").asText()).isEqualTo("paid");
            assertThat(world.zohoEmulator.records("customerpayments")).hasSize(1);
        }
    }

    @Test
    void aDeliveredOrderWithALineWithoutItsLineItemIdIsDeadLetteredBeforeTheCardIsCharged() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            com.fasterxml.jackson.databind.node.ObjectNode copy = world.zohoEmulator.record("salesorders", order).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("line_items").get(0)).remove("line_item_id");

            OrderOutcome outcome = world.orderToCash.run(ZohoCallsPerOrderTest.delivered(copy));

            // Its invoice could not be associated with the order, so nothing is charged for it.
            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) outcome).reason()).contains("line_item_id");
            assertThat(letter(world, order).money().movement()).isEqualTo(MoneyMoved.Movement.NONE);
            assertThat(world.opayoEmulator.transactions()).isEmpty();
            assertThat(invoicesOf(world, order)).isEmpty();
        }
    }

    @Test
    void aReplayThatStopsBeforeItReadsTheOrderStillNamesTheAmountItsBegunPaymentAskedFor() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            // Opayo takes the payment, the answer is lost and the Reporting API is down: the payment stays begun.
            world.opayoEmulator.faults().only(request -> request.method().equals("POST") && request.path().equals("/api/v1/transactions"))
                    .resetAfterProcessing(1.0).outage(1_000, 503, request -> request.path().equals("/access/access.htm"));
            assertThat(world.orderToCash.run(order)).isInstanceOf(OrderOutcome.DeadLettered.class);
            world.opayoEmulator.faults().clear();
            // The replay cannot read the sales order, so it never learns the total this time.
            world.zohoEmulator.faults().outage(1_000, 503, request -> request.path().contains("/salesorders/" + order));

            OrderOutcome replay = world.orderToCash.run(order);

            assertThat(replay).isInstanceOf(OrderOutcome.DeadLettered.class);
            MoneyMoved money = letter(world, order).money();
            assertThat(money.movement()).isEqualTo(MoneyMoved.Movement.UNKNOWN);
            assertThat(money.amount()).isNotNull();
            assertThat(money.amount().amount()).isEqualByComparingTo(
                    world.zohoEmulator.record("salesorders", order).path("total").decimalValue());
        }
    }

    @Test
    void twoInvoicesOnTheSalesOrderAreAPersonsToSortOutNeitherIsPickedAndNoThirdIsRaised() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            diesOnceTheInvoiceIsRaised(world).run(order);
            invoicedByAPerson(world, order); // a person invoiced the order meanwhile

            OrderOutcome resumed = world.orderToCash.run(order);

            assertThat(resumed).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(((OrderOutcome.DeadLettered) resumed).reason()).contains("has 2 invoices");
            assertThat(letter(world, order).money().movement()).isEqualTo(MoneyMoved.Movement.CHARGED);
            assertThat(invoicesOf(world, order)).hasSize(2);
            assertThat(world.zohoEmulator.records("customerpayments")).isEmpty();
        }
    }

    @Test
    void anOrderChargedThroughThreeDSecureWhoseInvoiceFailsIsDeadLetteredAsChargedWithItsAmountAndTransaction() {
        try (SandboxWorld world = new SandboxWorld(40, 3, CLOCK)) {
            String order = orderPaidWith(world, card -> card.equals(SandboxCards.VISA_3DS) || card.equals(SandboxCards.MASTERCARD_3DS));
            world.zohoEmulator.faults().outage(1_000, 503, request -> request.path().contains("/invoices"));

            OrderOutcome outcome = world.orderToCash.run(order);

            assertThat(outcome).isInstanceOf(OrderOutcome.DeadLettered.class);
            assertThat(world.opayoEmulator.transactions()).singleElement()
                    .satisfies(t -> assertThat(t.status()).isEqualTo("Ok"));
            MoneyMoved money = letter(world, order).money();
            assertThat(money.movement()).isEqualTo(MoneyMoved.Movement.CHARGED);
            assertThat(money.transactionId()).isEqualTo(world.opayoEmulator.transactions().get(0).transactionId());
            assertThat(money.amount().amount()).isEqualByComparingTo(
                    world.zohoEmulator.record("salesorders", order).path("total").decimalValue());
        }
    }

    /**
     * Order to cash in a process that dies once Zoho has raised the invoice and before anything is recorded: the
     * exception at that boundary stands for the kill, since nothing of the run happens after it.
     */
    private static OrderToCashFlow diesOnceTheInvoiceIsRaised(SandboxWorld world) {
        return diesAt(world, EffectEngine.Boundary.AFTER_SEND);
    }

    /** Order to cash in a process that dies at {@code boundary} of the invoice effect. */
    private static OrderToCashFlow diesAt(SandboxWorld world, EffectEngine.Boundary at) {
        return world.flows(world.store, "dying", (boundary, key) -> {
            if (boundary == at && key.effect().equals("zoho-invoice")) {
                throw new IllegalStateException("killed");
            }
        }).orderToCash();
    }

    /** A person invoices the whole order in Zoho with the documented create, its lines linked, and no reference. */
    private static String invoicedByAPerson(SandboxWorld world, String order) {
        JsonNode stored = world.zohoEmulator.record("salesorders", order);
        Inputs.InvoiceInput.Builder invoice = Inputs.InvoiceInput.builder(stored.path("customer_id").asText())
                .shippingCharge(stored.path("shipping_charge").decimalValue()).adjustment(stored.path("adjustment").decimalValue());
        stored.path("line_items").forEach(line -> invoice.line(new Inputs.LineItemInput(null, line.path("item_id").asText(), null,
                null, line.path("rate").decimalValue(), line.path("quantity").decimalValue(), line.path("discount").asText(null),
                null, line.path("line_item_id").asText(), null, null)));
        return world.zoho.invoices().create(invoice.build()).invoiceId();
    }

    private static List<JsonNode> invoicesOf(SandboxWorld world, String order) {
        return world.zohoEmulator.records("invoices").stream().filter(i -> i.path("salesorder_id").asText().equals(order))
                .map(i -> (JsonNode) i).toList();
    }

    private static DeadLetter letter(SandboxWorld world, String order) {
        return world.store.deadLetter(DeadLetter.idOf(OrderToCashFlow.NAME, order)).orElseThrow();
    }

    /** An order of this seed whose customer pays with a card the predicate picks, shipped somewhere the risk rules pass. */
    private static String orderPaidWith(SandboxWorld world, Predicate<String> card) {
        return world.salesOrders.stream()
                .filter(o -> card.test(world.cardOf(world.zohoEmulator.record("salesorders", o).path("customer_id").asText())))
                .filter(o -> !world.zohoEmulator.record("salesorders", o).path("shipping_address").path("city").asText().equals("Lagos"))
                .findFirst().orElseThrow(() -> new AssertionError("no such order in this seed"));
    }

    /** Order to cash as SandboxWorld wires it, with this test's Opayo client and host code. */
    private static OrderToCashFlow flow(SandboxWorld world, OpayoClient opayo, ChallengeHandler challenges, CustomerNotifier notifier,
                                        PaymentHistory history) {
        CardSource cards = order -> {
            MerchantSessionKey key = opayo.merchantSessionKeys().create();
            var identifier = opayo.sandboxCardIdentifiers().create(key, new SandboxCard("Demo Customer",
                    world.cardOf(order.customerId()), SandboxValues.CARD_EXPIRY, SandboxValues.SECURITY_CODE));
            return CardPayment.saveForLater(key.key(), identifier.identifier());
        };
        OrderToCashFlow.Settings settings = new OrderToCashFlow.Settings(VendorTxCodes.withPrefix("TB"),
                RiskPolicy.defaults().toBuilder().highRiskCountries(Set.of("NG", "KP"), 25).build(),
                io.tillbridge.mapping.lines.LineAggregation.strict(), OrderToCashFlow.Settings.defaultFields(),
                "cf_payment_status", CLOCK, OrderToCashFlow.Settings.UK);
        return new OrderToCashFlow(world.zoho, opayo, world.engine, history, cards, challenges, notifier, settings);
    }

    /** An Opayo client on the world's emulator with no Reporting API credentials. */
    private static OpayoClient opayoWithoutReporting(SandboxWorld world) {
        return OpayoClient.builder()
                .environment(OpayoEnvironment.custom(world.opayoEmulator.piUrl(), world.opayoEmulator.reportingUrl()))
                .vendorName(SandboxValues.OPAYO_VENDOR)
                .integrationKey(Secret.of(SandboxValues.OPAYO_INTEGRATION_KEY))
                .integrationPassword(Secret.of(SandboxValues.OPAYO_INTEGRATION_PASSWORD))
                .retry(new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(200, 200, Duration.ofSeconds(1))).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(5)))
                .clock(CLOCK)
                .build();
    }

    /** Throws a checked exception without declaring it, as host code written in another JVM language may. */
    @SuppressWarnings("unchecked")
    private static <T, E extends Throwable> T sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }
}
