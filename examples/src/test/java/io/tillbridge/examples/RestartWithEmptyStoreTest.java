package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.zoho.model.Inputs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host that lost its store (a new machine, a deleted file) reruns the day over the same Opayo and
 * Zoho: every effect is found in the target systems and adopted, none is done again, and refunds of
 * orders paid before the restart still go through.
 */
class RestartWithEmptyStoreTest {

    /** A fixed day and time: nothing here depends on when the test runs. */
    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-03-10T10:00:00Z"), java.time.ZoneOffset.UTC);

    @Test
    void aRestartWithAnEmptyStoreHasNoSecondEffectAndStillRefundsEarlierPayments() {
        try (SandboxWorld world = new SandboxWorld(40, 3, CLOCK)) {
            Map<String, OrderOutcome> first = new LinkedHashMap<>();
            world.salesOrders.forEach(order -> first.put(order, world.orderToCash.run(order)));
            List<OrderOutcome.Paid> paid = first.values().stream().filter(o -> o instanceof OrderOutcome.Paid)
                    .map(o -> (OrderOutcome.Paid) o).toList();
            assertThat(paid).hasSizeGreaterThan(6);
            assertThat(first.values()).anyMatch(o -> o instanceof OrderOutcome.Declined);
            List<String> notes = new ArrayList<>();
            Map<String, RefundOutcome> refunded = new LinkedHashMap<>();
            for (OrderOutcome.Paid p : paid.subList(0, 3)) {
                String note = creditNote(world, p);
                notes.add(note);
                refunded.put(note, world.refunds.run(note));
            }
            assertThat(refunded.values()).allMatch(r -> r instanceof RefundOutcome.Refunded);
            Demo.Effects before = Demo.Effects.in(world);

            // The restart: same emulators, a new runner with an empty store.
            SandboxWorld.Flows restarted = world.flows(new InMemoryFlowStore(world.clock()), "restarted", EffectEngine.Probe.NONE);
            for (Map.Entry<String, OrderOutcome> e : first.entrySet()) {
                OrderOutcome again = restarted.orderToCash().run(e.getKey());
                if (e.getValue() instanceof OrderOutcome.Held) {
                    assertThat(again).as(e.getKey()).isInstanceOf(OrderOutcome.Held.class);
                } else {
                    assertThat(again).as(e.getKey()).isEqualTo(e.getValue());
                }
            }
            notes.forEach(note -> assertThat(restarted.refunds().run(note)).isEqualTo(refunded.get(note)));
            assertThat(Demo.Effects.in(world)).isEqualTo(before); // no charge, invoice, payment, refund, adjustment or notice again

            // Orders paid before the restart can still be refunded: the original payment is found in Opayo.
            for (OrderOutcome.Paid p : paid.subList(3, 5)) {
                RefundOutcome outcome = restarted.refunds().run(creditNote(world, p));
                assertThat(outcome).isInstanceOf(RefundOutcome.Refunded.class);
            }
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Refund"))).hasSize(5);
        }
    }

    @Test
    void whenTheFirstLookupCannotSeeAPaymentOpayosDuplicateRefusalIsLookedUpAndAdoptedNotChargedAgain() {
        try (SandboxWorld world = new SandboxWorld(6, 1, CLOCK)) {
            String order = FlowRecoveryTest.paidCandidate(world);
            OrderOutcome paid = world.orderToCash.run(order);
            assertThat(paid).isInstanceOf(OrderOutcome.Paid.class);

            // The Reporting API is down until the payment is sent again: the empty store's first lookup sees nothing.
            java.util.concurrent.atomic.AtomicBoolean sent = new java.util.concurrent.atomic.AtomicBoolean();
            world.opayoEmulator.faults().outage(1_000, 503, request -> {
                if (request.method().equals("POST") && request.path().equals("/api/v1/transactions")) {
                    sent.set(true);
                }
                return !sent.get() && request.path().equals("/access/access.htm");
            });
            SandboxWorld.Flows restarted = world.flows(new InMemoryFlowStore(world.clock()), "restarted", EffectEngine.Probe.NONE);

            assertThat(restarted.orderToCash().run(order)).isEqualTo(paid);
            assertThat(sent).isTrue(); // it was sent, and Opayo refused the reused vendorTxCode
            assertThat(world.opayoEmulator.transactions()).hasSize(1);
            assertThat(world.zohoEmulator.records("customerpayments")).hasSize(1);
        }
    }

    private static String creditNote(SandboxWorld world, OrderOutcome.Paid paid) {
        JsonNode stored = world.zohoEmulator.record("salesorders", paid.salesOrderId());
        JsonNode line = stored.path("line_items").get(0);
        return world.zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(stored.path("customer_id").asText(),
                LocalDate.now(world.clock()), null, null, List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(),
                        null, null, line.path("rate").decimalValue(), BigDecimal.ONE, null, null, null, false)), null),
                paid.invoiceId()).creditnoteId();
    }
}
