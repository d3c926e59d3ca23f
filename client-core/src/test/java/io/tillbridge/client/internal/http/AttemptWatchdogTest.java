package io.tillbridge.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's bookkeeping driven by explicit times, and its thread's life counted in wake-ups
 * rather than measured in time.
 */
class AttemptWatchdogTest {

    private static final Duration NEVER = Duration.ofDays(1);

    private final AtomicInteger closes = new AtomicInteger();
    private final Closeable body = closes::incrementAndGet;
    private AttemptWatchdog watchdog;

    @AfterEach
    void stop() {
        Thread.interrupted();
        if (watchdog != null) {
            watchdog.close();
        }
    }

    @Test
    void aBodyReadInTimeIsNeitherCutOffNorRemembered() {
        watchdog = new AttemptWatchdog("tillbridge-test", NEVER, NEVER);
        AttemptWatchdog.Guard guard = watchdog.guard(System.nanoTime() + Duration.ofSeconds(30).toNanos(), body);
        watchdog.expireOverdue(System.nanoTime());
        guard.close();
        watchdog.expireOverdue(System.nanoTime() + Duration.ofMinutes(1).toNanos()); // closed guards are forgotten
        assertThat(guard.expired()).isFalse();
        assertThat(closes).hasValue(0);
    }

    @Test
    void anOverdueBodyIsClosedOnceAndTheCallerIsNeverInterrupted() {
        watchdog = new AttemptWatchdog("tillbridge-test", NEVER, NEVER);
        long now = System.nanoTime();
        AttemptWatchdog.Guard guard = watchdog.guard(now + Duration.ofMillis(10).toNanos(), body);
        watchdog.expireOverdue(now + Duration.ofMillis(9).toNanos());
        assertThat(closes).hasValue(0);
        watchdog.expireOverdue(now + Duration.ofMillis(11).toNanos());
        watchdog.expireOverdue(now + Duration.ofMillis(12).toNanos());
        guard.close();
        assertThat(guard.expired()).isTrue();
        assertThat(closes).hasValue(1);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theCallersOwnInterruptIsLeftAlone() {
        watchdog = new AttemptWatchdog("tillbridge-test", NEVER, NEVER);
        Thread.currentThread().interrupt(); // the host cancelled this thread's work
        long now = System.nanoTime();
        AttemptWatchdog.Guard guard = watchdog.guard(now, body);
        watchdog.expireOverdue(now + 1);
        guard.close();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void theTickingThreadCutsOffABodyThatTricklesThenParksWithoutTicking() throws Exception {
        watchdog = new AttemptWatchdog("tillbridge-test", Duration.ofMillis(1), NEVER);
        AttemptWatchdog.Guard guard = watchdog.guard(System.nanoTime() + Duration.ofMillis(5).toNanos(), body);
        awaitTrue(() -> closes.get() == 1);
        guard.close();
        Thread thread = watchdog.threadIfRunning();
        // Parked in the idle park, whose timeout is the day-long linger: not a 1 ms tick.
        awaitTrue(() -> watchdog.parkedIdle(thread));
        long before = watchdog.wakeups();
        assertThat(watchdog.parkedIdle(thread)).isTrue();
        assertThat(watchdog.wakeups()).isEqualTo(before);
        assertThat(watchdog.running()).isTrue();
    }

    @Test
    void anInterruptWhileIdleEndsTheThreadAndTheNextGuardStartsAnother() throws Exception {
        watchdog = new AttemptWatchdog("tillbridge-test", Duration.ofMillis(1), NEVER);
        watchdog.guard(System.nanoTime() + NEVER.toNanos(), body).close();
        Thread first = watchdog.threadIfRunning();
        awaitTrue(() -> isIdle(first));
        first.interrupt(); // what exec:java and containers do to stray threads
        first.join(5_000);
        assertThat(first.isAlive()).isFalse();

        AttemptWatchdog.Guard guard = watchdog.guard(System.nanoTime(), body);
        awaitTrue(() -> closes.get() == 1);
        guard.close();
        assertThat(watchdog.threadIfRunning()).isNotSameAs(first);
    }

    @Test
    void anInterruptWhileBodiesAreInFlightIsSurvivedWithoutSpinning() throws Exception {
        watchdog = new AttemptWatchdog("tillbridge-test", Duration.ofMillis(5), NEVER);
        AttemptWatchdog.Guard guard = watchdog.guard(System.nanoTime() + NEVER.toNanos(), body);
        Thread thread = watchdog.threadIfRunning();
        awaitTrue(() -> thread.getState() == Thread.State.TIMED_WAITING);
        long before = watchdog.wakeups();
        thread.interrupt();
        // It goes on ticking, parked between ticks with the interrupt consumed: a thread that kept the flag
        // would return from every park at once, for ever, and never be seen parked without it.
        awaitTrue(() -> watchdog.wakeups() - before >= 3 && !thread.isInterrupted()
                && thread.getState() == Thread.State.TIMED_WAITING && !watchdog.parkedIdle(thread));
        assertThat(thread.isAlive()).isTrue();
        assertThat(closes).hasValue(0);
        guard.close();
    }

    @Test
    void closeCutsOffWhatIsInFlightEndsTheThreadAndRefusesMore() throws Exception {
        watchdog = new AttemptWatchdog("tillbridge-test", Duration.ofMillis(1), NEVER);
        AttemptWatchdog.Guard guard = watchdog.guard(System.nanoTime() + NEVER.toNanos(), body);
        Thread thread = watchdog.threadIfRunning();
        watchdog.close();
        assertThat(thread.isAlive()).isFalse();
        assertThat(guard.expired()).isTrue();
        assertThat(closes).hasValue(1);
        assertThatThrownBy(() -> watchdog.guard(System.nanoTime(), body)).isInstanceOf(IllegalStateException.class);
        watchdog.close();
    }

    @Test
    void anIdleThreadEndsAfterItsLinger() throws Exception {
        watchdog = new AttemptWatchdog("tillbridge-test", Duration.ofMillis(1), Duration.ofMillis(5));
        watchdog.guard(System.nanoTime() + NEVER.toNanos(), body).close();
        Thread thread = watchdog.threadIfRunning();
        thread.join(5_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(watchdog.running()).isFalse();
    }

    /** Parked with nothing to watch (not merely between two ticks). */
    private boolean isIdle(Thread thread) {
        return watchdog.idle() && thread.getState() == Thread.State.TIMED_WAITING;
    }

    /** Polls a condition for up to five seconds: long enough for a loaded machine, never reached when it holds. */
    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not reached within 5 s");
            }
            Thread.sleep(1);
        }
    }
}
