package io.tillbridge.runner;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the runner promises on every database it supports; each database has a subclass. */
abstract class RunnerContract {

    /** Generous: a wait on a counted event, never a sleep; a passing run takes milliseconds. */
    static final long WAIT_SECONDS = 30;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T00:30:00Z"));
    final List<TillbridgeRunner> runners = new CopyOnWriteArrayList<>();

    abstract DataSource dataSource();

    @AfterEach
    void closeRunners() {
        runners.forEach(TillbridgeRunner::close);
    }

    TillbridgeRunner.Builder builder(String name) {
        return TillbridgeRunner.builder(dataSource()).applySchema(true).clock(clock).instanceName(name)
                .pollingInterval(Duration.ofMillis(20)).threads(4).shutdownMaxWait(Duration.ofSeconds(5));
    }

    TillbridgeRunner started(TillbridgeRunner.Builder builder) {
        TillbridgeRunner runner = builder.build();
        runners.add(runner);
        runner.start();
        return runner;
    }

    @Test
    void aSubjectIsScheduledOnceWhileItWaitsAndThenRunsOnce() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(1);
        TillbridgeRunner runner = builder("a").work(TillbridgeRunner.ORDERS, id -> {
            runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            done.countDown();
        }).build();
        runners.add(runner);

        assertThat(runner.submit(TillbridgeRunner.ORDERS, "SO-1")).isTrue();
        assertThat(runner.submit(TillbridgeRunner.ORDERS, "SO-1")).isFalse();
        assertThat(runner.pendingWork()).isEqualTo(1);
        runner.start();

        assertThat(done.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        awaitNoPendingWork(runner);
        assertThat(runs).containsOnlyKeys("SO-1");
        assertThat(runs.get("SO-1")).hasValue(1);
    }

    @Test
    void anUnknownKindOrABlankSubjectIsRefused() {
        TillbridgeRunner runner = builder("a").work(TillbridgeRunner.ORDERS, id -> { }).build();
        runners.add(runner);
        assertThatThrownBy(() -> runner.submit("payment", "x")).isInstanceOf(RunnerException.class)
                .hasMessageContaining("'payment' is not configured");
        assertThatThrownBy(() -> runner.submit(TillbridgeRunner.ORDERS, " ")).isInstanceOf(RunnerException.class)
                .hasMessageContaining("subject must not be blank");
        assertThatThrownBy(() -> TillbridgeRunner.builder(dataSource()).work("Bad Kind", id -> { }))
                .isInstanceOf(RunnerException.class).hasMessageContaining("work kind");
    }

    @Test
    void aFinderSchedulesWhatItFindsAndGoesOnFromWhereItStopped() throws Exception {
        List<Optional<String>> positionsSeen = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        CountDownLatch allThree = new CountDownLatch(3);
        WorkFinder finder = position -> {
            positionsSeen.add(position);
            return switch (position.orElse("")) {
                case "" -> new WorkFinder.Batch(List.of("A", "B"), "p1");
                case "p1" -> new WorkFinder.Batch(List.of("C"), "p2");
                default -> new WorkFinder.Batch(List.of(), position.get());
            };
        };
        TillbridgeRunner runner = started(builder("a").work(TillbridgeRunner.ORDERS, id -> {
            runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            allThree.countDown();
        }).find(TillbridgeRunner.ORDERS, finder, Duration.ofSeconds(10)));

        // The first poll runs at start; each later one when the (test's) clock has moved past the delay
        // after the previous one finished — so the clock is moved on until the next poll has happened.
        awaitCondition(() -> positionsSeen.size() >= 1);
        awaitCondition(() -> {
            clock.advance(Duration.ofSeconds(11));
            return positionsSeen.size() >= 3;
        });

        assertThat(allThree.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(List.copyOf(positionsSeen).subList(0, 3)).containsExactly(Optional.empty(), Optional.of("p1"), Optional.of("p2"));
        assertThat(runner.tables().cursor("tillbridge-poll-order")).contains("p2");
        awaitNoPendingWork(runner);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    }

    @Test
    void aDayIsSettledOnceAndItsReportKept() throws Exception {
        AtomicInteger settled = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        LocalDate day = LocalDate.of(2026, 3, 9);
        TillbridgeRunner runner = started(builder("a").settlement(d -> {
            settled.incrementAndGet();
            done.countDown();
            return "report of " + d;
        }));

        assertThat(runner.submitSettlement(day)).isTrue();
        assertThat(done.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        awaitCondition(() -> runner.settlementReport(day).isPresent());

        assertThat(runner.settlementReport(day)).contains("report of 2026-03-09");
        assertThat(runner.submitSettlement(day)).isFalse();
        awaitNoPendingWork(runner);
        assertThat(settled).hasValue(1);
    }

    @Test
    void theDailySettlementSettlesTheDayBeforeOnceAcrossInstances() throws Exception {
        List<LocalDate> settledDays = new CopyOnWriteArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            started(builder(name).businessZone(ZoneId.of("Europe/London")).settleDaily(LocalTime.of(1, 0), 1)
                    .settlement(d -> {
                        settledDays.add(d);
                        return "settled " + d;
                    }));
        }
        clock.set(Instant.parse("2026-03-10T01:00:01Z"));
        awaitCondition(() -> runners.get(0).settlementReport(LocalDate.of(2026, 3, 9)).isPresent());
        runners.forEach(this::awaitNoPendingWork);

        assertThat(settledDays).containsExactly(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aRecurringJobRunsOncePerOccurrenceAcrossInstancesAndWaitsWhileTheBudgetIsHeld() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Instant> heldUntil = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger holdAsked = new AtomicInteger(); // each occurrence asks once whether the budget is held
        for (String name : List.of("a", "b")) {
            started(builder(name).holdWhile(() -> {
                        holdAsked.incrementAndGet();
                        return java.util.Optional.ofNullable(heldUntil.get());
                    })
                    .recurring("billing", Duration.ofHours(1), true, runs::incrementAndGet));
        }
        awaitCondition(() -> runs.get() == 1); // the first occurrence is due at once
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        awaitCondition(() -> runs.get() == 2);
        heldUntil.set(clock.instant().plus(Duration.ofHours(3)));
        int asked = holdAsked.get();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        awaitCondition(() -> holdAsked.get() > asked); // the third occurrence came and found the budget held
        assertThat(runs).as("held: the occurrence is passed over").hasValue(2);
        assertThatThrownBy(() -> builder("c").recurring("Billing!", Duration.ofHours(1), false, () -> { }))
                .isInstanceOf(RunnerException.class).hasMessageContaining("job name");
    }

    @Test
    void aFailedExecutionIsTriedAgainAfterItsBackoff() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(2);
        TillbridgeRunner runner = started(builder("a").retryBackoff(Duration.ofMinutes(1)).work(TillbridgeRunner.REFUNDS, id -> {
            int attempt = attempts.incrementAndGet();
            second.countDown();
            if (attempt == 1) {
                throw new IllegalStateException("downstream said no");
            }
        }));
        runner.submit(TillbridgeRunner.REFUNDS, "CN-1");
        awaitCondition(() -> attempts.get() == 1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(second.await(100, TimeUnit.MILLISECONDS)).as("not before the backoff").isFalse();
        // The failure is handled on the worker's thread, after the attempt counted: on a busy machine the
        // test may get here first, and the backoff is then counted from a later clock. Moving the clock on
        // until the second attempt comes proves the retry without racing the handler.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        do {
            clock.advance(Duration.ofMinutes(5));
            assertThat(System.nanoTime()).as("second attempt within " + WAIT_SECONDS + " s").isLessThan(deadline);
        } while (!second.await(50, TimeUnit.MILLISECONDS));
        awaitNoPendingWork(runner);
        assertThat(attempts).hasValue(2);
    }

    void awaitNoPendingWork(TillbridgeRunner runner) {
        awaitCondition(() -> runner.pendingWork() == 0);
    }

    static void awaitCondition(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT_SECONDS + " s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
