package io.tillbridge.flows.syspro;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.flows.store.jdbc.TestDatabases;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.syspro.SysproBooks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two runners, each its own engine and its own pool on one JDBC store, credit two refunds of the same
 * payment at the same instant, for several payments: each pair's amounts add up to more than was
 * captured, so exactly one of each pair may pass — whatever the interleaving, the total refunded of a
 * payment never exceeds what it captured. On H2 (one file, two pools) and PostgreSQL (skipped when no
 * server answers, see {@link TestDatabases}).
 */
class SysproCreditConcurrencyTest {

    private static final int PAYMENTS = 6;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void twoCreditsOfOnePaymentAtOnceNeverRefundMoreThanWasCaptured(String database) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        List<AutoCloseable> cleanUp = new ArrayList<>();
        try {
            FlowStore storeA;
            FlowStore storeB;
            if (database.equals("h2")) {
                HikariDataSource a = TestDatabases.h2File(directory.resolve("flows"), 3);
                HikariDataSource b = TestDatabases.h2File(directory.resolve("flows"), 3);
                cleanUp.add(a);
                cleanUp.add(b);
                storeA = JdbcFlowStore.builder(a).clock(clock).migrate(true).build();
                storeB = JdbcFlowStore.builder(b).clock(clock).build();
            } else {
                HikariDataSource a = TestDatabases.postgres(3);
                cleanUp.add(a);
                String prefix = TestDatabases.uniquePrefix();
                cleanUp.add(() -> TestDatabases.dropTables(a, prefix));
                HikariDataSource b = TestDatabases.postgres(3);
                cleanUp.add(b);
                storeA = JdbcFlowStore.builder(a).tablePrefix(prefix).clock(clock).migrate(true).build();
                storeB = JdbcFlowStore.builder(b).tablePrefix(prefix).clock(clock).build();
            }
            try (SysproWorld world = new SysproWorld(storeA, clock)) {
                Map<String, CreditRequest> credits = new ConcurrentHashMap<>();
                for (int p = 1; p <= PAYMENTS; p++) {
                    for (String side : List.of("A", "B")) {
                        String id = "RF-" + p + side;
                        credits.put(id, new CreditRequest(id, CreditRequest.Kind.REFUND, "TB-PAY-" + p, "TX-TB-PAY-" + p,
                                Money.of("59.98", "GBP"), Money.of("40.00", "GBP"), "000001", null, "TX-" + id));
                    }
                }
                SysproCreditFlow runnerA = new SysproCreditFlow(new SysproTarget(world.client), world.engine("runner-a", storeA),
                        credits::get, clock, ZoneOffset.UTC);
                SysproCreditFlow runnerB = new SysproCreditFlow(new SysproTarget(world.client), world.engine("runner-b", storeB),
                        credits::get, clock, ZoneOffset.UTC);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                Map<String, SysproOutcome> outcomes = new ConcurrentHashMap<>();
                try {
                    for (int p = 1; p <= PAYMENTS; p++) {
                        CyclicBarrier together = new CyclicBarrier(2);
                        String a = "RF-" + p + "A";
                        String b = "RF-" + p + "B";
                        Future<?> first = pool.submit(() -> outcomes.put(a, untilSettled(runnerA, a, together)));
                        Future<?> second = pool.submit(() -> outcomes.put(b, untilSettled(runnerB, b, together)));
                        first.get(60, TimeUnit.SECONDS);
                        second.get(60, TimeUnit.SECONDS);
                    }
                } finally {
                    pool.shutdownNow();
                }
                for (int p = 1; p <= PAYMENTS; p++) {
                    String payment = "TB-PAY-" + p;
                    List<SysproOutcome> pair = List.of(outcomes.get("RF-" + p + "A"), outcomes.get("RF-" + p + "B"));
                    assertThat(pair).as(payment).filteredOn(o -> o instanceof SysproOutcome.Done).hasSize(1);
                    List<String> both = List.of("RF-" + p + "A", "RF-" + p + "B");
                    assertThat(world.store.openDeadLetters()).as(payment).filteredOn(l -> both.contains(l.subject()))
                            .singleElement().satisfies(l -> assertThat(l.reason()).contains("EXCEEDS_REFUNDABLE"));
                    assertThat(pair).as(payment).filteredOn(o -> o instanceof SysproOutcome.DeadLettered).singleElement()
                            .satisfies(o -> assertThat(((SysproOutcome.DeadLettered) o).reason()).contains("EXCEEDS_REFUNDABLE"));
                    assertThat(runnerA.reserved(payment, Money.of("1", "GBP").currency())).isEqualTo(Money.of("40.00", "GBP"));
                    assertThat(runnerB.credited(payment, Money.of("1", "GBP").currency())).isEqualTo(Money.of("40.00", "GBP"));
                }
                // In SYSPRO: one valued credit note per payment, never two.
                Map<String, Long> notes = world.emulator.books().salesOrders().stream().filter(o -> o.documentType().equals("C"))
                        .collect(Collectors.groupingBy(o -> o.customerPoNumber().substring(0, o.customerPoNumber().length() - 1),
                                Collectors.counting()));
                assertThat(notes).hasSize(PAYMENTS).allSatisfy((payment, n) -> assertThat(n).as(payment).isEqualTo(1L));
                assertThat(world.emulator.books().salesOrders()).filteredOn(o -> o.documentType().equals("C"))
                        .allSatisfy(o -> assertThat(o.value()).isEqualByComparingTo("40.00"));
                assertThat(world.emulator.books().salesOrders().stream().map(SysproBooks.SalesOrder::value)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("240.00");
            }
        } finally {
            for (int i = cleanUp.size() - 1; i >= 0; i--) {
                cleanUp.get(i).close();
            }
        }
    }

    /** Starts with the other thread, then runs again while held because the other credit holds the payment's lease. */
    private static SysproOutcome untilSettled(SysproCreditFlow flow, String credit, CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        SysproOutcome outcome = flow.run(credit);
        for (int i = 0; i < 10_000 && outcome instanceof SysproOutcome.Held held && held.reason().contains("being checked"); i++) {
            Thread.onSpinWait();
            outcome = flow.run(credit);
        }
        return outcome;
    }
}
