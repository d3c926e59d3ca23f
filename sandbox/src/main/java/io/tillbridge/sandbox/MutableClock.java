package io.tillbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, for expiry, backoff and deadlines without sleeping: give it to the
 * emulators, the clients, the flows and the runner, then {@link #advance} it. In UTC; {@link #withZone}
 * gives a view in another zone that moves with it.
 */
public final class MutableClock extends Clock {

    private final java.util.concurrent.atomic.AtomicReference<Instant> now;

    /**
     * Creates a clock that stands at {@code start} until it is moved.
     *
     * @param start the first time it tells
     */
    public MutableClock(Instant start) {
        this.now = new java.util.concurrent.atomic.AtomicReference<>(java.util.Objects.requireNonNull(start, "start"));
    }

    /**
     * Moves the clock on (atomically: threads that advance it together lose nothing).
     *
     * @param by how far to move it
     */
    public void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    /**
     * Sets the clock to a given instant.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now.set(java.util.Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * The same moving instant seen in another zone (the flows read the business day in theirs): moving
     * this clock moves the view too.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        java.util.Objects.requireNonNull(zone, "zone");
        MutableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
