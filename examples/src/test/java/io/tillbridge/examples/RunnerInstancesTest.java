package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.flows.store.jdbc.TestDatabases;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.ingest.EventIngress;
import io.tillbridge.runner.ingest.InboundEvent;
import io.tillbridge.runner.ratelimit.SharedRateLimit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Three runner instances — each with its own scheduler, clients and flows — over one PostgreSQL database
 * and the same emulators. Orders arrive by webhook (to any instance) and by polling; the Zoho emulator
 * enforces its limit (the minute shortened to a second), answers 5 % of calls 503 and loses 2 % of its
 * answers after acting on them (a reset), and Opayo loses 10 % of payment answers after charging. One instance stops abruptly mid-run with executions in hand.
 * Every order ends charged, invoiced and recorded exactly once, no call is refused for the rate limit,
 * and each day is settled once across the three.
 */
class RunnerInstancesTest {

    private static final int ORDERS = Integer.getInteger("tillbridge.test.runnerInstances.orders", 1000);
    private static final int ZOHO_LIMIT_PER_SECOND = 100;

    @Test
    void threeInstancesShareTheWorkExactlyOnceWithinZohosLimitAndOneDyingLosesNothing() throws Exception {
        HikariDataSource dataSource = TestDatabases.postgresInOwnSchema(24);
        try {
            run(dataSource);
        } finally {
            TestDatabases.dropSchemaAndClose(dataSource);
        }
    }

    private void run(HikariDataSource dataSource) throws Exception {
        Clock clock = Clock.systemUTC();
        FlowStore store = JdbcFlowStore.builder(dataSource).migrate(true).build();
        TillbridgeRunner.applySchema(dataSource);
        try (SandboxWorld world = new SandboxWorld(ORDERS, 41, clock, store)) {
            world.zohoEmulator.rateLimit(ZOHO_LIMIT_PER_SECOND, Duration.ofSeconds(1));
            world.zohoEmulator.faults().seed(7).errorRate(0.05).resetAfterProcessing(0.02)
                    .only(request -> !request.path().startsWith("/oauth"));
            world.opayoEmulator.faults().seed(7).resetAfterProcessing(0.10)
                    .only(request -> request.method().equals("POST") && request.path().equals("/api/v1/transactions"));

            // 90 % of Zoho's limit for the instances together: the rest absorbs the spread between a permit
            // and the request's arrival, so that no rolling second at Zoho sees more than its limit.
            SharedRateLimit.Spec spec = new SharedRateLimit.Spec(ZOHO_LIMIT_PER_SECOND * 9 / 10, Duration.ofSeconds(1), 5);
            Map<String, OrderOutcome> outcomes = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> runsPerOrder = new ConcurrentHashMap<>();
            AtomicBoolean stopC = new AtomicBoolean();
            CountDownLatch cStopped = new CountDownLatch(1);
            Set<String> heldByDeadInstance = ConcurrentHashMap.newKeySet();

            List<RunnerInstance> instances = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                SharedRateLimit budget = SharedRateLimit.postgres(dataSource, "zoho:" + SandboxWorld.ORG, spec, clock, SharedRateLimit.Sleeper.REAL);
                FlowStore instanceStore = JdbcFlowStore.builder(dataSource).build();
                instances.add(new RunnerInstance(world, dataSource, instanceStore, budget, name, clock, RunnerInstance.Settings.quick(),
                        (order, outcome) -> {
                            outcomes.put(order, outcome);
                            runsPerOrder.computeIfAbsent(order, k -> new AtomicInteger()).incrementAndGet();
                        },
                        order -> {
                            if (name.equals("c") && stopC.get()) {
                                // Instance c is gone: its threads never come back to report (a killed process).
                                heldByDeadInstance.add(order);
                                awaitUninterruptibly(cStopped);
                                return false;
                            }
                            return true;
                        }).start());
            }
            try {
                // Half the orders arrive by webhook, each to one instance in turn; the rest are found by polling.
                List<String> byWebhook = world.salesOrders.subList(0, ORDERS / 2);
                for (int i = 0; i < byWebhook.size(); i++) {
                    ObjectNode order = world.zohoEmulator.record("salesorders", byWebhook.get(i));
                    EventIngress.Reply reply = instances.get(i % 3).ingress.handle("zoho", webhook(order));
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                }
                awaitCondition(() -> outcomes.size() >= ORDERS / 4, Duration.ofMinutes(3));
                stopC.set(true);
                awaitCondition(() -> !heldByDeadInstance.isEmpty() || outcomes.size() == ORDERS, Duration.ofMinutes(1));
                // Abrupt: c's scheduler stops beating, its blocked executions stay marked as picked by it.
                instances.get(2).runner.close();

                awaitCondition(() -> outcomes.size() == ORDERS, Duration.ofMinutes(10));
                // The faults stop; the instances' dead-letter replays finish what they interrupted.
                world.zohoEmulator.faults().clear();
                world.opayoEmulator.faults().clear();
                awaitCondition(() -> store.openDeadLetters().isEmpty() && outcomes.values().stream()
                        .allMatch(o -> o instanceof OrderOutcome.Paid || o instanceof OrderOutcome.Declined || o instanceof OrderOutcome.Held),
                        Duration.ofMinutes(3));

                // Settlement: every instance asks for the same three days at once; each day runs once.
                world.opayoEmulator.closeBatch();
                List<LocalDate> days = List.of(LocalDate.now(clock).minusDays(2), LocalDate.now(clock).minusDays(1), LocalDate.now(clock));
                for (LocalDate day : days) {
                    instances.subList(0, 2).forEach(instance -> instance.runner.submitSettlement(day));
                }
                awaitCondition(() -> days.stream().allMatch(day -> instances.get(0).runner.settlementReport(day).isPresent()),
                        Duration.ofMinutes(2));
                for (LocalDate day : days) {
                    instances.subList(0, 2).forEach(instance -> assertThat(instance.runner.submitSettlement(day)).isFalse());
                    assertThat(instances.stream().mapToInt(i -> i.settlementRuns.getOrDefault(day, 0)).sum())
                            .as("settlements of " + day + " across the instances").isEqualTo(1);
                }
            } finally {
                cStopped.countDown();
                instances.forEach(RunnerInstance::close);
            }

            assertThat(world.zohoEmulator.rateLimitedCalls()).as("calls Zoho refused for its rate limit").isZero();
            assertThat(outcomes).hasSize(ORDERS);
            assertThat(runsPerOrder).as("every order reached an outcome").hasSize(ORDERS);
            Map<String, Long> kinds = outcomes.values().stream().collect(Collectors.groupingBy(o -> o.getClass().getSimpleName(),
                    Collectors.counting()));
            assertThat(kinds.get("Paid")).as(kinds.toString()).isGreaterThan(ORDERS / 2L);
            assertThat(heldByDeadInstance).as("executions the stopped instance held were picked up by the others")
                    .allSatisfy(order -> assertThat(outcomes).containsKey(order));

            Map<String, Long> charges = world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Payment"))
                    .collect(Collectors.groupingBy(t -> t.vendorTxCode(), Collectors.counting()));
            assertThat(charges.values()).as("Opayo charges per vendorTxCode").allMatch(n -> n == 1);
            Map<String, Long> invoices = world.zohoEmulator.records("invoices").stream()
                    .collect(Collectors.groupingBy(i -> i.path("salesorder_id").asText(), Collectors.counting()));
            Map<String, Long> payments = world.zohoEmulator.records("customerpayments").stream()
                    .collect(Collectors.groupingBy(p -> p.path("reference_number").asText(), Collectors.counting()));
            outcomes.forEach((order, outcome) -> {
                if (outcome instanceof OrderOutcome.Paid paid) {
                    assertThat(invoices.get(order)).as("invoices of " + order).isEqualTo(1L);
                    assertThat(payments.get(paid.transactionId())).as("Zoho payments of " + paid.transactionId()).isEqualTo(1L);
                } else {
                    assertThat(invoices.get(order)).as("invoices of unpaid " + order + ": " + outcome).isNull();
                }
            });
        }
    }

    private static InboundEvent webhook(ObjectNode order) {
        ObjectNode body = order.objectNode();
        body.set("salesorder", order);
        return new InboundEvent(Map.of(RunnerInstance.WEBHOOK_HEADER, List.of(RunnerInstance.WEBHOOK_SECRET.reveal())),
                "event=salesorder.confirmed", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + within);
            }
            Thread.sleep(20);
        }
    }
}
