package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.flows.store.jdbc.TestDatabases;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.ingest.InboundEvent;
import io.tillbridge.runner.ratelimit.SharedRateLimit;
import io.tillbridge.sandbox.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zoho's daily quota is budgeted, not run into: once what Zoho reports left of the day (its
 * {@code X-Rate-Limit-Remaining} header) falls to the reserve kept for the host, the runner holds new
 * work until the reset Zoho names ({@code X-Rate-Limit-Reset}); work under way finishes out of the
 * reserve. Nothing fails, nothing is dead-lettered, Zoho never answers code 45, and after the reset
 * the held orders are processed. The emulator's clock is the test's, so the reset is a clock step.
 */
class DailyQuotaTest {

    private static final int ORDERS = 20;
    private static final int QUOTA = 40;
    private static final int RESERVE = 12;

    @Test
    void workIsHeldAtTheReserveAndResumesAfterTheResetWithNothingFailed(@TempDir Path directory) throws Exception {
        run(directory, RESERVE);
    }

    /**
     * Without a reserve, Zoho itself refuses the calls of work under way (code 45): those orders wait for
     * the reset as the others do — nothing is dead-lettered, nothing charged twice.
     */
    @Test
    void withoutAReserveWorkThatMeetsTheSpentQuotaWaitsForTheResetToo(@TempDir Path directory) throws Exception {
        run(directory, 0);
    }

    private void run(Path directory, int reserve) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (HikariDataSource dataSource = TestDatabases.h2File(directory.resolve("quota"), 8)) {
            FlowStore store = JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
            TillbridgeRunner.applySchema(dataSource);
            try (SandboxWorld world = new SandboxWorld(ORDERS, 5, clock, store)) {
                world.zohoEmulator.dailyQuota(QUOTA, Duration.ofDays(1));
                // The per-minute bucket is not under test: the clock stands still, so it is made large enough never to refill.
                SharedRateLimit budget = SharedRateLimit.local("zoho:" + SandboxWorld.ORG,
                        new SharedRateLimit.Spec(1_000_000, Duration.ofMinutes(1), 999_999), clock, SharedRateLimit.Sleeper.REAL)
                        .reserving(reserve);
                Map<String, OrderOutcome> outcomes = new ConcurrentHashMap<>();
                try (RunnerInstance instance = new RunnerInstance(world, dataSource, store, budget, "only", clock,
                        RunnerInstance.Settings.quick(), outcomes::put, null)) {
                    for (String id : world.salesOrders) {
                        assertThat(instance.ingress.handle("zoho", webhook(world.zohoEmulator.record("salesorders", id))).status())
                                .isEqualTo(200);
                    }
                    instance.start();
                    // Held, and nothing running: what is left waits for the reset (the clock stands still meanwhile).
                    await(() -> budget.heldUntil().isPresent() && instance.runner.runningWork() == 0
                            && outcomes.size() > 0, () -> "the budget to reach the reserve: held " + budget.heldUntil() + ", last report "
                            + budget.lastReport() + ", outcomes " + outcomes.size() + ", pending " + instance.runner.pendingWork()
                            + ", refused " + world.zohoEmulator.quotaRefusedCalls() + ", dead letters " + store.openDeadLetters());
                    int before = outcomes.size();
                    assertThat(before).as("orders done before the hold").isBetween(1, ORDERS - 1);
                    assertThat(budget.heldUntil()).contains(Instant.parse("2026-03-03T00:00:00Z"));
                    if (reserve > 0) {
                        assertThat(budget.lastReport().orElseThrow().remaining()).as("quota left for the host")
                                .isGreaterThan(0).isLessThanOrEqualTo(reserve);
                        assertThat(world.zohoEmulator.quotaRefusedCalls()).as("calls Zoho refused for the daily quota").isZero();
                    }
                    assertThat(store.openDeadLetters()).isEmpty();

                    clock.set(Instant.parse("2026-03-03T00:00:01Z")); // Zoho's day resets
                    await(() -> outcomes.size() == ORDERS, () -> "every order after the reset: " + outcomes.size());
                }
                assertThat(outcomes.values()).noneMatch(o -> o instanceof OrderOutcome.DeadLettered);
                assertThat(outcomes.values()).anyMatch(o -> o instanceof OrderOutcome.Paid);
                assertThat(store.openDeadLetters()).isEmpty();
                Map<String, Long> charges = world.opayoEmulator.transactions().stream()
                        .collect(java.util.stream.Collectors.groupingBy(t -> t.vendorTxCode(), java.util.stream.Collectors.counting()));
                assertThat(charges.values()).as("Opayo charges per vendorTxCode").allMatch(n -> n == 1);
                java.util.Set<String> invoiced = new java.util.HashSet<>();
                world.zohoEmulator.records("invoices").forEach(i -> assertThat(invoiced.add(i.path("salesorder_id").asText()))
                        .as("one invoice per order").isTrue());
            }
        }
    }

    private static InboundEvent webhook(ObjectNode order) {
        ObjectNode body = order.objectNode();
        body.set("salesorder", order);
        return new InboundEvent(Map.of(RunnerInstance.WEBHOOK_HEADER, List.of(RunnerInstance.WEBHOOK_SECRET.reveal())),
                "event=salesorder.confirmed", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within a minute: " + what.get());
            }
            Thread.sleep(10);
        }
    }
}
