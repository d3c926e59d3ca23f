package io.tillbridge.runner.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.TestDatabases;
import io.tillbridge.runner.TillbridgeRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.zaxxer.hikari.HikariDataSource;

/** Time is the test's own: the sleeper moves the clock instead of waiting. */
class SharedRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
    private final SharedRateLimit.Sleeper sleeper = clock::advance;
    private static final SharedRateLimit.Spec ZOHO = SharedRateLimit.Spec.zoho();

    /** Takes {@code count} permits, round robin over the limiters, and returns when each was granted. */
    private List<Instant> take(int count, List<SharedRateLimit> limiters) throws InterruptedException {
        List<Instant> granted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertThat(limiters.get(i % limiters.size()).acquire(Duration.ofMinutes(5))).isTrue();
            granted.add(clock.instant());
        }
        return granted;
    }

    /** The most permits granted in any window of the given length (each grant starts a window). */
    private static int busiestWindow(List<Instant> granted, Duration window) {
        int most = 0;
        for (int i = 0; i < granted.size(); i++) {
            Instant end = granted.get(i).plus(window);
            int inWindow = 0;
            for (int j = i; j < granted.size() && granted.get(j).isBefore(end); j++) {
                inWindow++;
            }
            most = Math.max(most, inWindow);
        }
        return most;
    }

    @Test
    void oneProcessNeverExceedsTheLimitInAnyWindowAndUsesMostOfIt() throws Exception {
        SharedRateLimit limit = SharedRateLimit.local("zoho:1", ZOHO, clock, sleeper);
        List<Instant> granted = take(400, List.of(limit));

        assertThat(busiestWindow(granted, Duration.ofMinutes(1))).isLessThanOrEqualTo(100);
        Duration took = Duration.between(granted.get(0), granted.get(granted.size() - 1));
        double perMinute = 399 / (took.toMillis() / 60_000.0);
        assertThat(perMinute).as("permits a minute").isGreaterThanOrEqualTo(97);
    }

    @Test
    void instancesOnOnePostgresShareOneBudgetAndOneHold() throws Exception {
        HikariDataSource ds = TestDatabases.postgres();
        try {
            TillbridgeRunner.applySchema(ds);
            List<SharedRateLimit> instances = List.of(
                    SharedRateLimit.postgres(ds, "zoho:20071234567", ZOHO, clock, sleeper),
                    SharedRateLimit.postgres(ds, "zoho:20071234567", ZOHO, clock, sleeper),
                    SharedRateLimit.postgres(ds, "zoho:20071234567", ZOHO, clock, sleeper));
            SharedRateLimit otherOrganisation = SharedRateLimit.postgres(ds, "zoho:999", ZOHO, clock, sleeper);

            List<Instant> granted = take(300, instances);
            assertThat(busiestWindow(granted, Duration.ofMinutes(1))).as("three instances together").isLessThanOrEqualTo(100);
            assertThat(otherOrganisation.available()).as("another organisation's budget is its own").isEqualTo(2);

            // Zoho's daily quota is spent: one instance learns it, every instance holds until the reset.
            // Zoho names the reset in whole seconds (X-Rate-Limit-Reset).
            Instant reset = clock.instant().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            instances.get(0).holdUntil(reset, "code 45: daily limit");
            clock.advance(Duration.ofSeconds(2)); // past the one-second hold cache of the other instances
            for (SharedRateLimit instance : instances) {
                assertThat(instance.acquire(Duration.ofMinutes(1))).isFalse();
                assertThat(instance.heldUntil()).contains(reset);
            }
            instances.get(1).holdUntil(reset.minus(Duration.ofHours(1)), "an earlier reset must not shorten the hold");
            clock.advance(Duration.ofSeconds(2));
            assertThat(instances.get(2).heldUntil()).contains(reset);
            clock.set(reset.plusSeconds(1));
            assertThat(instances.get(2).acquire(Duration.ofMinutes(1))).isTrue();
        } finally {
            TestDatabases.dropSchema(ds);
        }
    }

    @Test
    void theDailyQuotaDownToTheReserveHoldsNewWorkOnEveryInstanceButNotRequestsUnderWay() throws Exception {
        HikariDataSource ds = TestDatabases.postgres();
        try {
            TillbridgeRunner.applySchema(ds);
            SharedRateLimit first = SharedRateLimit.postgres(ds, "zoho:42", ZOHO, clock, sleeper).reserving(50);
            SharedRateLimit second = SharedRateLimit.postgres(ds, "zoho:42", ZOHO, clock, sleeper).reserving(50);
            Instant reset = clock.instant().plus(Duration.ofHours(5));

            first.reported(new io.tillbridge.client.http.QuotaReport(2000, 51, reset));
            clock.advance(Duration.ofSeconds(2));
            assertThat(second.heldUntil()).as("above the reserve: nothing held").isEmpty();

            first.reported(new io.tillbridge.client.http.QuotaReport(2000, 50, reset));
            assertThat(first.lastReport()).contains(new io.tillbridge.client.http.QuotaReport(2000, 50, reset));
            clock.advance(Duration.ofSeconds(2)); // past the other instance's one-second cache
            assertThat(second.heldUntil()).as("the other instance holds new work too").contains(reset);
            assertThat(second.acquire(Duration.ofSeconds(1))).as("a request of work under way still goes (out of the reserve)").isTrue();

            clock.set(reset.plusSeconds(1));
            assertThat(second.heldUntil().filter(until -> until.isAfter(clock.instant()))).as("the quota reset").isEmpty();
            second.reported(new io.tillbridge.client.http.QuotaReport(2000, 1999, reset.plus(Duration.ofDays(1))));
            assertThat(first.heldUntil().filter(until -> until.isAfter(clock.instant()))).isEmpty();
        } finally {
            TestDatabases.dropSchema(ds);
        }
    }

    @Test
    void aPermitThatCannotComeWithinTheWaitIsRefusedWithoutConsumingOne() throws Exception {
        SharedRateLimit limit = SharedRateLimit.local("zoho:1", new SharedRateLimit.Spec(10, Duration.ofMinutes(1), 2), clock,
                d -> {
                    throw new AssertionError("must not wait when the wait cannot be met");
                });
        assertThat(limit.acquire(Duration.ZERO)).isTrue();
        assertThat(limit.acquire(Duration.ZERO)).isTrue();
        assertThat(limit.acquire(Duration.ofSeconds(1))).isFalse();
        assertThat(limit.available()).isZero();
    }

    @Test
    void aSpecThatCouldExceedTheLimitIsRefused() {
        assertThatThrownBy(() -> new SharedRateLimit.Spec(100, Duration.ofMinutes(1), 100)).isInstanceOf(RunnerException.class)
                .hasMessageContaining("burst");
        assertThatThrownBy(() -> new SharedRateLimit.Spec(100, Duration.ZERO, 5)).isInstanceOf(RunnerException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> SharedRateLimit.local(" ", ZOHO, clock, sleeper)).isInstanceOf(RunnerException.class);
    }
}
