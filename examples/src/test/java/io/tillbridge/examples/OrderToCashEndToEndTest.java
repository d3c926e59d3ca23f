package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole product against the emulators, with the hard fault switched on. */
class OrderToCashEndToEndTest {

    @Test
    void twoHundredOrdersWithResetsAfterProcessingAreEachChargedAtMostOnce() {
        try (SandboxWorld world = new SandboxWorld(200, 7, Clock.systemUTC())) {
            // 10 % of payments are taken by Opayo and then the connection is reset: the client never sees the answer.
            world.opayoEmulator.faults().seed(11).resetAfterProcessing(0.10)
                    .only(request -> request.is("POST", "/api/v1/transactions") && request.path().equals("/api/v1/transactions"));

            Map<String, OrderOutcome> outcomes = new HashMap<>();
            for (String order : world.salesOrders) {
                outcomes.put(order, world.orderToCash.run(order));
            }
            int transactionsAfterFirstRun = world.opayoEmulator.transactions().size();

            // Running the same day again has no second effect.
            for (String order : world.salesOrders) {
                OrderOutcome again = world.orderToCash.run(order);
                if (outcomes.get(order) instanceof OrderOutcome.Held) {
                    assertThat(again).isInstanceOf(OrderOutcome.Held.class); // still waiting for a person
                } else if (!(outcomes.get(order) instanceof OrderOutcome.DeadLettered)) {
                    assertThat(again).isEqualTo(outcomes.get(order));
                }
            }
            assertThat(world.opayoEmulator.transactions()).hasSize(transactionsAfterFirstRun);

            // Every order ended in exactly one known way; dead letters carry a reason.
            assertThat(outcomes).hasSize(200);
            Map<String, Long> byKind = outcomes.values().stream()
                    .collect(Collectors.groupingBy(o -> o.getClass().getSimpleName(), Collectors.counting()));
            assertThat(byKind.keySet()).isSubsetOf("Paid", "Declined", "Held", "DeadLettered");
            assertThat(byKind.get("Paid")).as(byKind + " " + world.store.openDeadLetters().stream().limit(3).toList()).isGreaterThan(100);
            assertThat(byKind.get("Declined")).as(byKind.toString()).isPositive();
            outcomes.values().stream().filter(o -> o instanceof OrderOutcome.DeadLettered)
                    .forEach(o -> assertThat(world.store.deadLetter("order-to-cash:" + o.salesOrderId())).isPresent());

            // One Opayo payment per vendorTxCode, and exactly one authorised payment per paid order.
            Map<String, List<EmulatedTransaction>> byCode = world.opayoEmulator.transactions().stream()
                    .collect(Collectors.groupingBy(EmulatedTransaction::vendorTxCode));
            byCode.forEach((code, transactions) -> assertThat(transactions).as(code).hasSize(1));
            List<String> paidTransactions = new ArrayList<>();
            outcomes.values().forEach(o -> {
                if (o instanceof OrderOutcome.Paid paid) {
                    paidTransactions.add(paid.transactionId());
                    assertThat(world.zohoEmulator.record("salesorders", paid.salesOrderId()).path("paid_status").asText()).isEqualTo("paid");
                }
            });
            assertThat(paidTransactions).doesNotHaveDuplicates();
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.status().equals("Ok")).count())
                    .isEqualTo(paidTransactions.size());
            assertThat(world.notifiedFailures).hasSize(byKind.getOrDefault("Declined", 0L).intValue());
        }
    }
}
