package io.tillbridge.micrometer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.tillbridge.flows.store.FlowStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauge {@value #OPEN} — dead letters open or claimed, waiting for a replay or a person — over a
 * {@link FlowStore}. The store has no count query, so this reads {@link FlowStore#openDeadLetters()} at
 * most once per {@code refreshEvery} (default 30 s) and answers the kept value in between: a registry
 * scraped every few seconds must not query the database each time. When the store cannot be read the
 * last value stays (NaN before the first read) and a warning is logged.
 */
public final class DeadLetterBacklog implements MeterBinder {

    /** Gauge of open dead letters. */
    public static final String OPEN = "tillbridge.dead.letters.open";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterBacklog.class);

    private final FlowStore store;
    private final Duration refreshEvery;
    private final Clock clock;
    private double last = Double.NaN;
    private Instant readAt;

    /**
     * A backlog read at most every 30 seconds.
     *
     * @param store the flow store whose open letters are counted
     */
    public DeadLetterBacklog(FlowStore store) {
        this(store, Duration.ofSeconds(30), Clock.systemUTC());
    }

    /**
     * @param store        the flow store whose open letters are counted
     * @param refreshEvery the longest the kept count is answered before the store is read again
     * @param clock        when the count was read; tests pass a movable one
     */
    public DeadLetterBacklog(FlowStore store, Duration refreshEvery, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.refreshEvery = Objects.requireNonNull(refreshEvery, "refreshEvery");
        if (refreshEvery.isNegative()) {
            throw new IllegalArgumentException("refreshEvery must not be negative");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OPEN, this, DeadLetterBacklog::open)
                .strongReference(true)
                .description("Dead letters open or claimed, waiting for a replay or a person")
                .register(registry);
    }

    /**
     * The open dead letters, as last read.
     *
     * @return the count read at most {@code refreshEvery} ago; NaN when the store could never be read
     */
    public synchronized double open() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(refreshEvery))) {
            try {
                last = store.openDeadLetters().size();
            } catch (RuntimeException e) {
                LOG.warn("dead-letter backlog not read: {}", e.toString());
            }
            readAt = now; // also after a failure: a database that is down is not asked on every scrape
        }
        return last;
    }
}
