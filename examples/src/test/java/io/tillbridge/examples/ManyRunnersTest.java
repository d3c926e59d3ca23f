package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.flows.store.jdbc.TestDatabases;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two and four runners over one PostgreSQL database and the same emulators, every runner taking every
 * order (in its own order), with 10 % of Opayo payments reset after they were taken and 5 % of Zoho
 * calls answered 503: every order is charged, invoiced and recorded exactly once, nothing is lost,
 * and nothing paid is left on the dead-letter queue. PostgreSQL comes from {@code TILLBRIDGE_TEST_PG_URL};
 * without a server the test is skipped, unless {@code TILLBRIDGE_REQUIRE_PG=true}.
 */
class ManyRunnersTest {

    private static final int ORDERS = Integer.getInteger("tillbridge.test.manyRunners.orders", 500);

    @ParameterizedTest(name = "{0} runners")
    @ValueSource(ints = {2, 4})
    void everyOrderIsDoneExactlyOnceInEachSystemWhateverTheRunnersRaceFor(int runners) throws Exception {
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
        try (HikariDataSource dataSource = TestDatabases.postgres(runners * 2);
             SandboxWorld world = new SandboxWorld(ORDERS, 17 + runners, Clock.systemUTC(),
                     JdbcFlowStore.builder(dataSource).tablePrefix(prefix).migrate(true).build())) {
            try {
                world.opayoEmulator.faults().seed(runners).resetAfterProcessing(0.10)
                        .only(request -> request.method().equals("POST") && request.path().equals("/api/v1/transactions"));
                world.zohoEmulator.faults().seed(runners).errorRate(0.05).only(request -> !request.path().startsWith("/oauth"));

                Map<String, OrderOutcome> last = new ConcurrentHashMap<>();
                ExecutorService pool = Executors.newFixedThreadPool(runners);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int r = 0; r < runners; r++) {
                        FlowStore store = JdbcFlowStore.builder(dataSource).tablePrefix(prefix).build();
                        SandboxWorld.Flows flows = world.flows(store, "runner-" + r, EffectEngine.Probe.NONE);
                        List<String> mine = new ArrayList<>(world.salesOrders);
                        Collections.shuffle(mine, new Random(r));
                        done.add(pool.submit(() -> mine.forEach(order -> {
                            OrderOutcome outcome = flows.orderToCash().run(order);
                            if (!(outcome instanceof OrderOutcome.Busy)) {
                                last.put(order, outcome);
                            }
                        })));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }

                // What the runners left, before anything is replayed: an order whose money moved must not wait on the
                // dead-letter queue (its invoice and payment are the runners' to finish, whoever took it first).
                List<DeadLetter> paidAndParked = world.store.openDeadLetters().stream()
                        .filter(l -> l.money().movement() == MoneyMoved.Movement.CHARGED).toList();
                assertThat(paidAndParked).as("paid orders left on the dead-letter queue by the runners").isEmpty();

                // The faults stop; replaying the dead letters finishes what the faults interrupted.
                world.opayoEmulator.faults().clear();
                world.zohoEmulator.faults().clear();
                for (int pass = 0; pass < 3 && !world.store.openDeadLetters().isEmpty(); pass++) {
                    for (DeadLetter letter : world.store.claimDue("sweeper", java.time.Duration.ofMinutes(5), ORDERS)) {
                        last.put(letter.subject(), world.orderToCash.run(letter.subject()));
                    }
                }

                assertThat(last).hasSize(ORDERS);
                assertThat(world.store.openDeadLetters()).as("dead letters left").isEmpty();
                Map<String, Long> kinds = last.values().stream().collect(Collectors.groupingBy(o -> o.getClass().getSimpleName(),
                        Collectors.counting()));
                assertThat(kinds.keySet()).as(kinds.toString()).isSubsetOf("Paid", "Declined", "Held");
                assertThat(kinds.get("Paid")).as(kinds.toString()).isGreaterThan(ORDERS / 2L);

                // Opayo: one transaction per vendorTxCode, one authorised payment per paid order, none for the others.
                Map<String, List<EmulatedTransaction>> byCode = world.opayoEmulator.transactions().stream()
                        .collect(Collectors.groupingBy(EmulatedTransaction::vendorTxCode));
                byCode.forEach((code, transactions) -> assertThat(transactions).as(code).hasSize(1));
                List<String> paidIds = last.values().stream().filter(o -> o instanceof OrderOutcome.Paid)
                        .map(o -> ((OrderOutcome.Paid) o).transactionId()).toList();
                assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.status().equals("Ok"))
                        .map(EmulatedTransaction::transactionId)).containsExactlyInAnyOrderElementsOf(paidIds);

                // Zoho: one invoice per paid order, one payment per charge.
                Map<String, Long> invoices = world.zohoEmulator.records("invoices").stream()
                        .collect(Collectors.groupingBy(i -> i.path("salesorder_id").asText(), Collectors.counting()));
                Map<String, Long> payments = world.zohoEmulator.records("customerpayments").stream()
                        .collect(Collectors.groupingBy(p -> p.path("reference_number").asText(), Collectors.counting()));
                last.values().forEach(o -> {
                    if (o instanceof OrderOutcome.Paid p) {
                        assertThat(invoices.get(p.salesOrderId())).as("invoices of " + p.salesOrderId()).isEqualTo(1L);
                        assertThat(payments.get(p.transactionId())).as("payments of " + p.transactionId()).isEqualTo(1L);
                    } else {
                        assertThat(invoices.get(o.salesOrderId())).as("invoices of unpaid " + o.salesOrderId()).isNull();
                    }
                });
                assertThat(payments.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(paidIds.size());
                assertThat(world.notices.values()).allMatch(n -> n == 1);
            } finally {
                TestDatabases.dropTables(dataSource, prefix);
            }
        }
    }
}
