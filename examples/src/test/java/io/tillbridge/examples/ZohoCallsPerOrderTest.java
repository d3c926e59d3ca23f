package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.SalesOrder;
import io.tillbridge.zoho.webhook.WebhookEvent;
import io.tillbridge.zoho.webhook.ZohoWebhooks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Zoho's daily quota bounds how many orders a shop can take a day, so the calls one order costs are
 * counted here, per outcome: a paid order costs at most 2 Zoho calls when a webhook delivered it and at
 * most 3 when it was read by id (a poll's list pages come on top, shared by up to 200 orders); a
 * declined or held order 2 (plus the read), since a sales order's custom fields are written by an update
 * that carries its current lines; an order this store already finished costs none; a refund 4. The counts are of requests that reached Zoho's API (token calls aside).
 */
class ZohoCallsPerOrderTest {

    @Test
    void eachOutcomeCostsNoMoreZohoCallsThanItNeeds() {
        Clock clock = Clock.systemUTC();
        try (SandboxWorld world = new SandboxWorld(60, 7, clock)) {
            AtomicInteger calls = new AtomicInteger();
            ZohoInventoryClient counted = SandboxWorld.zohoClient(world.zohoEmulator.baseUrl(), clock, wait -> true,
                    new ClientListener() {
                        @Override
                        public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                            if (path.startsWith("/inventory/v1/")) {
                                calls.incrementAndGet();
                            }
                        }
                    });
            try (counted) {
                SandboxWorld.Flows flows = world.flows(counted, world.opayo, new InMemoryFlowStore(clock), "counting",
                        EffectEngine.Probe.NONE);
                Map<String, List<Integer>> byWebhook = new TreeMap<>();
                Map<String, List<Integer>> byId = new TreeMap<>();
                Map<String, OrderOutcome> outcomes = new java.util.LinkedHashMap<>();
                for (int i = 0; i < world.salesOrders.size(); i++) {
                    String id = world.salesOrders.get(i);
                    boolean webhook = i % 2 == 0;
                    int before = calls.get();
                    OrderOutcome outcome = webhook ? flows.orderToCash().run(delivered(world.zohoEmulator.record("salesorders", id)))
                            : flows.orderToCash().run(id);
                    outcomes.put(id, outcome);
                    (webhook ? byWebhook : byId).computeIfAbsent(outcome.getClass().getSimpleName(), k -> new ArrayList<>())
                            .add(calls.get() - before);
                }
                assertThat(byWebhook.keySet()).as("outcomes by webhook " + byWebhook).contains("Paid", "Declined");
                assertThat(byWebhook.get("Paid")).as("Zoho calls per paid order delivered by webhook").allMatch(n -> n == 2);
                assertThat(byId.get("Paid")).as("Zoho calls per paid order read by id").allMatch(n -> n == 3);
                // A sales order's custom fields are written by an update, which must carry the order's current
                // lines: the client reads them first rather than trust a webhook's copy.
                assertThat(byWebhook.get("Declined")).as("per declined order by webhook").allMatch(n -> n == 2);
                assertThat(byId.get("Declined")).as("per declined order read by id").allMatch(n -> n == 3);
                List<Integer> held = new ArrayList<>(byWebhook.getOrDefault("Held", List.of()));
                held.addAll(byId.getOrDefault("Held", List.of()));
                assertThat(held).as("per held order (read and write, plus the read when not delivered)").allMatch(n -> n <= 3);

                // The payment data went with the payment: the order carries no payment custom fields.
                OrderOutcome.Paid paid = outcomes.values().stream().filter(o -> o instanceof OrderOutcome.Paid)
                        .map(o -> (OrderOutcome.Paid) o).findFirst().orElseThrow();
                JsonNode payment = world.zohoEmulator.record("customerpayments", paid.paymentId());
                assertThat(payment.path("cf_opayo_transaction_id").asText()).isEqualTo(paid.transactionId());
                assertThat(payment.path("cf_risk_decision").asText()).isEqualTo("PASS");
                JsonNode order = world.zohoEmulator.record("salesorders", paid.salesOrderId());
                assertThat(order.path("paid_status").asText()).as("Zoho derives the paid state").isEqualTo("paid");
                assertThat(order.path("invoices")).hasSize(1);

                // Every order again, as a poll or a webhook would bring it back: finished ones cost nothing.
                int before = calls.get();
                for (String id : world.salesOrders) {
                    OrderOutcome again = flows.orderToCash().run(id);
                    if (!(outcomes.get(id) instanceof OrderOutcome.DeadLettered)) {
                        assertThat(again.getClass()).isEqualTo(outcomes.get(id).getClass());
                    }
                }
                long deadLettered = outcomes.values().stream().filter(o -> o instanceof OrderOutcome.DeadLettered).count();
                assertThat(calls.get() - before).as("calls to run finished orders again (dead letters re-read their order)")
                        .isLessThanOrEqualTo((int) deadLettered);

                // A refund: the credit note and its invoice are read, the refund and the restock written.
                JsonNode stored = world.zohoEmulator.record("salesorders", paid.salesOrderId());
                JsonNode line = stored.path("line_items").get(0);
                var note = world.zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(stored.path("customer_id").asText(),
                        LocalDate.now(clock), null, "Return of " + stored.path("salesorder_number").asText(),
                        List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(), line.path("name").asText(), null,
                                line.path("rate").decimalValue(), BigDecimal.ONE, null, null, null, null)), null), paid.invoiceId());
                before = calls.get();
                RefundOutcome refund = flows.refunds().run(note.creditnoteId());
                assertThat(refund).isInstanceOf(RefundOutcome.Refunded.class);
                assertThat(calls.get() - before).as("Zoho calls per refund").isEqualTo(4);
            }
        }
    }

    /** The sales order as a Zoho webhook carries it, read back as the runner does with a kept body. */
    static SalesOrder delivered(ObjectNode record) {
        ObjectNode body = record.objectNode();
        body.set("salesorder", record);
        WebhookEvent event = ZohoWebhooks.readVerified(body.toString().getBytes(StandardCharsets.UTF_8), "salesorder.confirmed");
        return ((WebhookEvent.SalesOrderEvent) event).salesOrder();
    }
}
