package io.tillbridge.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog's bookkeeping, driven by explicit times rather than its ticking thread where possible. */
class AttemptWatchdogTest {

    private final AttemptWatchdog watchdog = new AttemptWatchdog(Duration.ofDays(1)); // its own thread never ticks in a test

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anAttemptThatEndsInTimeIsNeitherExpiredNorInterrupted() {
        AttemptWatchdog.Guard guard = watchdog.guard(Duration.ofSeconds(30));
        watchdog.expireOverdue(System.nanoTime());
        guard.close();
        watchdog.expireOverdue(System.nanoTime() + Duration.ofMinutes(1).toNanos()); // closed guards are forgotten
        assertThat(guard.expired()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anOverdueAttemptIsInterruptedAndTheInterruptDoesNotOutliveIt() {
        AttemptWatchdog.Guard guard = watchdog.guard(Duration.ofMillis(10));
        watchdog.expireOverdue(System.nanoTime() + Duration.ofMillis(11).toNanos());
        assertThat(Thread.currentThread().isInterrupted()).isTrue(); // what cuts a blocked send short
        guard.close();
        guard.close();
        assertThat(guard.expired()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theTickingThreadInterruptsABlockedCaller() throws Exception {
        AttemptWatchdog ticking = new AttemptWatchdog(Duration.ofMillis(5));
        AttemptWatchdog.Guard guard = ticking.guard(Duration.ofMillis(20));
        boolean interrupted = false;
        try {
            Thread.sleep(10_000); // stands in for a send whose body never finishes
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            guard.close();
        }
        assertThat(interrupted).isTrue();
        assertThat(guard.expired()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
