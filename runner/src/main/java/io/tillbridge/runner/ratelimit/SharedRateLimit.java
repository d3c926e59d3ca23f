package io.tillbridge.runner.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.tillbridge.client.http.QuotaReport;
import io.tillbridge.client.http.RequestPermits;
import io.tillbridge.runner.RunnerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * One request budget for a downstream organisation, shared by every instance that uses it: Zoho counts
 * 100 requests a minute per organisation, not per process, so three instances that each believed they
 * owned the whole budget would send 300 and collect 429s.
 *
 * <p>On PostgreSQL the bucket is a row kept by Bucket4j's PostgreSQL proxy manager (every consumption is
 * one short transaction on that row); on a single instance it is an ordinary in-process Bucket4j
 * bucket. The bucket's burst plus its refill per window never exceed the limit, so no rolling window
 * of the downstream's can see more than the limit, whichever way it counts. A hold (Zoho's daily quota
 * spent, code 45) stops every instance until the reset the downstream named.
 *
 * <p>The daily quota is budgeted too: clients report the quota's headers ({@link #reported}), and once
 * what is left falls to the {@linkplain #reserving reserve} kept for the host's own calls, new work is
 * held on every instance ({@link #heldUntil()}, which the runner consults before it starts a piece of
 * work or a poll) until the quota resets. Work already under way finishes — its few calls come out of
 * the reserve — so nothing is left half-done; only the downstream's own refusal (code 45) stops requests.
 */
public final class SharedRateLimit implements RequestPermits {

    /**
     * @param limit  requests the downstream allows per window
     * @param window the downstream's window
     * @param burst  requests that may go at once after a quiet spell; the refill is {@code limit - burst}
     *               per window so that burst and refill together never exceed the limit
     */
    public record Spec(long limit, Duration window, long burst) {
        /**
         * Checks the numbers, since a wrong spec would overrun the downstream's limit on every instance.
         *
         * @param limit  at least 2
         * @param window positive
         * @param burst  between 1 and {@code limit - 1}, so that some of the limit is left to refill
         * @throws RunnerException naming the setting that is out of range
         */
        public Spec {
            Objects.requireNonNull(window, "window");
            if (limit < 2) {
                throw new RunnerException("rate limit must allow at least 2 requests per window, was " + limit);
            }
            if (window.isNegative() || window.isZero()) {
                throw new RunnerException("rate limit window must be positive, was " + window);
            }
            if (burst < 1 || burst >= limit) {
                throw new RunnerException("rate limit burst must be between 1 and limit - 1, was " + burst);
            }
        }

        /**
         * Zoho Inventory: 100 requests a minute per organisation, 2 at once after a quiet spell and 98 a
         * minute refilled — a small burst leaves the most of the limit to the steady rate, which is what a
         * busy day runs at.
         *
         * @return 100 a minute, burst 2
         */
        public static Spec zoho() {
            return new Spec(100, Duration.ofMinutes(1), 2);
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(limit - burst, window).initialTokens(burst).build())
                    .build();
        }
    }

    /** How the limiter waits: real parking in production, a test's own clock in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for the bucket to refill.
         *
         * @param duration how long the bucket said to wait; at least a millisecond
         * @throws InterruptedException when the waiting thread is interrupted, e.g. at shutdown
         */
        void sleep(Duration duration) throws InterruptedException;

        /** Parks the calling thread for the duration, for production. */
        Sleeper REAL = d -> TimeUnit.NANOSECONDS.sleep(d.toNanos());
    }

    /** Where holds live: shared rows on a database, or this process alone. */
    interface Holds {
        Optional<Instant> until(String key);

        void hold(String key, Instant until, String reason);
    }

    private static final long MIN_WAIT_NANOS = 1_000_000;

    private final String key;
    private final String reserveKey;
    private final Bucket bucket;
    private final Holds holds;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration holdCacheFor;
    private final long reserve;
    private final AtomicReference<CachedHold> cachedHold = new AtomicReference<>(CachedHold.NONE);
    private final AtomicReference<QuotaReport> lastReport = new AtomicReference<>();

    /** The holds as last read: the downstream's own (requests stop) and the budget's (new work waits). */
    private record CachedHold(Instant readAt, Optional<Instant> spent, Optional<Instant> reserve) {
        static final CachedHold NONE = new CachedHold(Instant.MIN, Optional.empty(), Optional.empty());
    }

    private SharedRateLimit(String key, Bucket bucket, Holds holds, Clock clock, Sleeper sleeper, Duration holdCacheFor,
                            long reserve) {
        this.key = key;
        this.reserveKey = key + "#reserve";
        this.bucket = bucket;
        this.holds = holds;
        this.clock = clock;
        this.sleeper = sleeper;
        this.holdCacheFor = holdCacheFor;
        this.reserve = reserve;
    }

    /**
     * The same budget, keeping {@code requests} of the downstream's daily quota for the host: once a
     * reported quota has no more than that left, new work is held until the quota resets. The
     * default is no reserve (work is held only when the downstream refuses, code 45).
     *
     * @param requests requests of the daily quota left for the host's own calls (and for work under way)
     * @return a limiter on the same bucket and holds that keeps the reserve
     */
    public SharedRateLimit reserving(long requests) {
        if (requests < 0) {
            throw new RunnerException("rate limit reserve must not be negative, was " + requests);
        }
        return new SharedRateLimit(key, bucket, holds, clock, sleeper, holdCacheFor, requests);
    }

    /**
     * A budget shared through PostgreSQL by every instance that names the same {@code key} (for example
     * {@code "zoho:" + organizationId}). Needs the runner's schema (the {@code tillbridge_rate_bucket} and
     * {@code tillbridge_rate_hold} tables).
     *
     * @param dataSource the PostgreSQL database with the runner's schema ({@code TillbridgeRunner.applySchema})
     * @param key        names the budget: instances with the same key share one bucket and one hold
     * @param spec       the downstream's limit; every instance sharing the key must give the same one
     * @param clock      the time the bucket refills by and holds are compared to
     * @param sleeper    how {@link #acquire} waits for a permit
     * @return a limiter with no daily-quota reserve; see {@link #reserving}
     * @throws RunnerException when the key is blank
     */
    public static SharedRateLimit postgres(DataSource dataSource, String key, Spec spec, Clock clock, Sleeper sleeper) {
        var proxyManager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("tillbridge_rate_bucket")
                .clientClock(meter(clock))
                .build();
        Bucket bucket = proxyManager.builder().build(requireKey(key), spec::configuration);
        return new SharedRateLimit(key, bucket, new PostgresHolds(dataSource), clock, sleeper, Duration.ofSeconds(1), 0);
    }

    /**
     * A budget for this process alone: for one instance, or a store that is not PostgreSQL.
     *
     * @param key     names the budget and its holds
     * @param spec    the downstream's limit
     * @param clock   the time the bucket refills by and holds are compared to
     * @param sleeper how {@link #acquire} waits for a permit
     * @return a limiter with no daily-quota reserve; see {@link #reserving}
     * @throws RunnerException when the key is blank
     */
    public static SharedRateLimit local(String key, Spec spec, Clock clock, Sleeper sleeper) {
        Bucket bucket = Bucket.builder().addLimit(spec.configuration().getBandwidths()[0])
                .withCustomTimePrecision(meter(clock)).build();
        return new SharedRateLimit(requireKey(key), bucket, new LocalHolds(), clock, sleeper, Duration.ZERO, 0);
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new RunnerException("rate limit key must not be blank");
        }
        return key;
    }

    private static TimeMeter meter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Waits for one request's permit. False when none comes within {@code maxWait} (then nothing was
     * consumed) or while the downstream is held; the caller holds its work rather than failing it.
     *
     * @param maxWait the longest the caller will wait for a permit
     * @return true when a permit was taken, false when none came in time or the downstream is held
     * @throws InterruptedException when the thread is interrupted while it waits
     */
    @Override
    public boolean acquire(Duration maxWait) throws InterruptedException {
        Instant deadline = clock.instant().plus(maxWait);
        while (true) {
            Optional<Instant> spentUntil = holds().spent();
            Instant now = clock.instant();
            if (spentUntil.isPresent() && spentUntil.get().isAfter(now)) {
                return false;
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return true;
            }
            // Refill is computed in whole nanoseconds: after exactly the wait Bucket4j named, a token can
            // still be a rounding short and the next answer "wait 0". At least a millisecond, so that the
            // loop always moves time on instead of spinning.
            Duration wait = Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), MIN_WAIT_NANOS));
            if (now.plus(wait).isAfter(deadline)) {
                return false;
            }
            sleeper.sleep(wait);
        }
    }

    /**
     * Stops every instance from sending until {@code until}: a daily quota spent, say.
     *
     * @param until  when the downstream will take requests again (its quota's reset); a later hold
     *               already in place is kept
     * @param reason why, kept with the hold for whoever reads the table
     */
    public void holdUntil(Instant until, String reason) {
        holds.hold(key, until, reason);
        CachedHold cached = cachedHold.get();
        cachedHold.set(new CachedHold(clock.instant(), Optional.of(until), cached.reserve()));
    }

    /**
     * A client read the downstream's quota headers: once no more than the reserve is left, every
     * instance holds new work until the quota resets (written once per reset, not on every answer).
     */
    @Override
    public void reported(QuotaReport report) {
        lastReport.set(report);
        if (report.remaining() > reserve || !report.resetsAt().isAfter(clock.instant())) {
            return;
        }
        Optional<Instant> held = holds().reserve();
        if (held.isPresent() && !held.get().isBefore(report.resetsAt())) {
            return;
        }
        holds.hold(reserveKey, report.resetsAt(), "daily quota down to " + report.remaining() + " (reserve " + reserve + ")");
        CachedHold cached = cachedHold.get();
        cachedHold.set(new CachedHold(clock.instant(), cached.spent(), Optional.of(report.resetsAt())));
    }

    /**
     * The quota as the last answer this instance saw reported it, for health checks and metrics.
     *
     * @return the last report, or empty before any client has reported one
     */
    public Optional<QuotaReport> lastReport() {
        return Optional.ofNullable(lastReport.get());
    }

    /** A client saw the downstream's budget spent (Zoho code 45): every instance holds until the reset. */
    @Override
    public void exhausted(Instant until, String reason) {
        holdUntil(until, reason);
    }

    /**
     * Until when new work should wait, if it should: the quota spent (code 45) or down to the reserve,
     * whichever ends later (read from the shared rows at most once a second). May lie in the past.
     *
     * @return the end of the latest hold, or empty when none was ever set for this key
     */
    public Optional<Instant> heldUntil() {
        CachedHold h = holds();
        if (h.spent().isEmpty()) {
            return h.reserve();
        }
        if (h.reserve().isEmpty()) {
            return h.spent();
        }
        return Optional.of(h.spent().get().isAfter(h.reserve().get()) ? h.spent().get() : h.reserve().get());
    }

    private CachedHold holds() {
        Instant now = clock.instant();
        CachedHold cached = cachedHold.get();
        if (!holdCacheFor.isZero() && cached.readAt().plus(holdCacheFor).isAfter(now)) {
            return cached;
        }
        CachedHold read = new CachedHold(now, holds.until(key), holds.until(reserveKey));
        cachedHold.set(read);
        return read;
    }

    /**
     * Tokens available now, for health checks and tests.
     *
     * @return requests that could be sent at once without waiting
     */
    public long available() {
        return bucket.getAvailableTokens();
    }

    private static final class LocalHolds implements Holds {
        private final java.util.concurrent.ConcurrentHashMap<String, Instant> holds = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Optional<Instant> until(String key) {
            return Optional.ofNullable(holds.get(key));
        }

        @Override
        public void hold(String key, Instant until, String reason) {
            holds.merge(key, until, (a, b) -> a.isAfter(b) ? a : b);
        }
    }
}
