package io.tillbridge.flows.effect;

import io.tillbridge.client.TransportException;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.Lease;
import io.tillbridge.flows.store.LeaseLostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every external side effect the same way, so that none happens twice and none is lost:
 * <ol>
 *   <li>recorded done: load the saved result;</li>
 *   <li>begun, or no record at all: look it up in the target first (found: adopt it; unknown: hold);</li>
 *   <li>the intent differs from what was begun: stop for a person;</li>
 *   <li>otherwise record "begun" durably, perform, record "done".</li>
 * </ol>
 * A send that ends without a clear answer, or that the target refuses as a duplicate, is looked up
 * again; if that cannot tell, the effect stays begun and the subject is held with the reason —
 * never sent again on a guess.
 *
 * <p>Effects run inside a {@link Run}: the lease on one (flow, subject). Every write is fenced by it,
 * and the lease is checked before every effect, so a runner that lost it stops with
 * {@link LeaseLostException} before its next effect.
 */
public final class EffectEngine {

    private static final Logger LOG = LoggerFactory.getLogger(EffectEngine.class);

    /** The points a test can stop a process at, to prove a resume has no double effect. */
    public enum Boundary {
        /** "Begun" is recorded; the send has not left. */
        BEFORE_SEND,
        /** The target has done it; the engine has not recorded it. */
        AFTER_SEND,
        /** "Done" is recorded. */
        AFTER_RECORD
    }

    /** Told at every boundary; tests use it to kill a process at a precise point. Must not throw. */
    @FunctionalInterface
    public interface Probe {
        /** A probe that does nothing, the default. */
        Probe NONE = (boundary, key) -> { };

        /**
         * Called at a boundary of an effect.
         *
         * @param boundary where the engine is
         * @param key      the effect
         */
        void at(Boundary boundary, EffectKey key);
    }

    private final FlowStore store;
    private final Clock clock;
    private final String runner;
    private final Duration leaseFor;
    private final Probe probe;
    private final java.util.Set<String> active = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EffectEngine(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.runner = Objects.requireNonNull(b.runner, "runner");
        this.leaseFor = Objects.requireNonNull(b.leaseFor, "leaseFor");
        this.probe = Objects.requireNonNull(b.probe, "probe");
    }

    /**
     * Starts an engine over a store.
     *
     * @param store where leases, effect records, counters and dead letters are kept
     * @return a new builder
     */
    public static Builder builder(FlowStore store) {
        return new Builder(store);
    }

    /**
     * The store the engine keeps its state in.
     *
     * @return the store
     */
    public FlowStore store() {
        return store;
    }

    /**
     * The clock leases and dead letters are timed by.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * This runner's id: the owner of its leases.
     *
     * @return the runner id
     */
    public String runner() {
        return runner;
    }

    /**
     * What the store has recorded of an effect, for a flow that decides from its own earlier runs what is
     * left to do (and for the dead letter's "did money move"); reading it changes nothing.
     *
     * @param key the effect
     * @return its record: begun or done; empty when this store never saw it
     */
    public Optional<EffectRecord> recorded(EffectKey key) {
        return store.effect(key);
    }

    /**
     * Whether the store has any record of an effect, begun or done.
     *
     * @param key the effect
     * @return true when it was at least begun
     */
    public boolean begun(EffectKey key) {
        return store.effect(key).isPresent();
    }

    /**
     * Whether the store has recorded an effect done.
     *
     * @param key the effect
     * @return true when it is done; false while it is only begun, or when this store never saw it
     */
    public boolean isDone(EffectKey key) {
        return store.effect(key).filter(r -> r.state() == EffectRecord.State.DONE).isPresent();
    }

    /**
     * The saved result of an effect recorded done.
     *
     * @param <R>   the effect's result
     * @param key   the effect
     * @param codec how the result was saved
     * @return the result; empty while it is only begun, or when this store never saw it
     */
    public <R> Optional<R> done(EffectKey key, ResultCodec<R> codec) {
        return store.effect(key).filter(r -> r.state() == EffectRecord.State.DONE).map(r -> codec.load(r.result()));
    }

    /**
     * A counter's current value (see {@link Run#add}).
     *
     * @param counter the counter's name
     * @return its value; 0 when it was never added to
     */
    public long counter(String counter) {
        return store.counter(counter);
    }

    /**
     * Takes the lease on (flow, subject) for this runner.
     *
     * @param flow    the flow's name
     * @param subject the subject
     * @return the run, or empty while another runner holds the subject
     */
    public Optional<Run> start(String flow, String subject) {
        // The store lets a runner take its own lease again at once (a restarted host); two threads of this process
        // must not both work on one subject, so this process also keeps the subjects it is running.
        String running = flow + "\n" + subject;
        if (!active.add(running)) {
            return Optional.empty();
        }
        try {
            Optional<Run> run = store.acquire(flow, subject, runner, leaseFor).map(lease -> new Run(lease, running));
            if (run.isEmpty()) {
                active.remove(running);
            }
            return run;
        } catch (RuntimeException e) {
            active.remove(running);
            throw e;
        }
    }

    /**
     * Parks a subject on the dead-letter queue with why and whether money moved, due for a replay at once.
     * Never throws: when the store itself fails, the reason says so and the caller still returns it.
     *
     * @param flow    the flow's name
     * @param subject the subject
     * @param reason  why it stopped, in words
     * @param money   whether money moved before it stopped
     * @return the reason as recorded (with the store's failure appended when parking failed)
     */
    public String park(String flow, String subject, String reason, io.tillbridge.flows.store.MoneyMoved money) {
        try {
            store.park(new io.tillbridge.flows.store.DeadLetter.Parking(flow, subject, reason, "", money, clock.instant()));
            LOG.warn("{} {} dead-lettered ({}): {}", flow, subject, money, reason);
            return reason;
        } catch (RuntimeException e) {
            LOG.error("{} {} could not be dead-lettered ({}): {}", flow, subject, money, reason, e);
            return reason + " (and it could not be put on the dead-letter queue: " + e.getMessage() + ")";
        }
    }

    /**
     * Marks a subject's open dead letter resolved, if it has one; a letter changed meanwhile by someone else is
     * left.
     *
     * @param flow    the flow's name
     * @param subject the subject
     * @param how     how it was settled, in words
     */
    public void settleDeadLetter(String flow, String subject, String how) {
        store.deadLetter(io.tillbridge.flows.store.DeadLetter.idOf(flow, subject))
                .filter(l -> l.status() != io.tillbridge.flows.store.DeadLetter.Status.RESOLVED)
                .ifPresent(l -> store.resolve(l.id(), l.version(), how));
    }

    /** The work on one subject under its lease. Close it to give the lease up. */
    public final class Run implements AutoCloseable {

        private Lease lease;
        private final String running;

        private Run(Lease lease, String running) {
            this.lease = lease;
            this.running = running;
        }

        /**
         * The lease this run holds.
         *
         * @return the lease
         */
        public Lease lease() {
            return lease;
        }

        /**
         * Runs one effect (see the class comment).
         *
         * @param <R>    the effect's result
         * @param effect the effect
         * @return its outcome
         */
        public <R> EffectOutcome<R> effect(Effect<R> effect) {
            return effect(effect, Map.of());
        }

        /**
         * Runs one effect; when it is recorded done, the counters move by these deltas in the same write
         * (for example the amount refunded of a payment).
         *
         * @param <R>           the effect's result
         * @param effect        the effect
         * @param counterDeltas counters to add to when the effect is recorded done
         * @return its outcome
         */
        public <R> EffectOutcome<R> effect(Effect<R> effect, Map<String, Long> counterDeltas) {
            requirePartOfRun(effect);
            keepLease();
            return execute(lease, effect, counterDeltas);
        }

        /**
         * Looks an effect up in its target without ever performing it: found, it is recorded done, as if this
         * run had performed it, and its result returned; proven absent or unknown, nothing is recorded. For a
         * flow that must know whether an effect it would not start itself already happened (a later attempt a
         * person started before the store was lost, say).
         *
         * @param <R>    the effect's result
         * @param effect the effect
         * @return its result when it is recorded done or was found; empty otherwise
         */
        public <R> Optional<R> adoptIfFound(Effect<R> effect) {
            requirePartOfRun(effect);
            keepLease();
            String fingerprint = effect.intent().fingerprint();
            Optional<EffectRecord> recorded = store.effect(effect.key());
            if (recorded.isPresent() && !recorded.get().fingerprint().equals(fingerprint)) {
                return Optional.empty();
            }
            if (recorded.isPresent() && recorded.get().state() == EffectRecord.State.DONE) {
                return Optional.of(effect.codec().load(recorded.get().result()));
            }
            Lookup<R> found = effect.find().apply(recorded.isPresent() ? Lookup.Situation.BEGUN : Lookup.Situation.NO_RECORD);
            if (!(found instanceof Lookup.Found<R> f)) {
                return Optional.empty();
            }
            record(lease, effect, fingerprint, effect.intent().describe(), f.result(), Map.of(), true);
            return Optional.of(f.result());
        }

        private void requirePartOfRun(Effect<?> effect) {
            if (!effect.key().flow().equals(lease.flow()) || !effect.key().subject().equals(lease.subject())) {
                throw new IllegalArgumentException("effect " + effect.key() + " is not part of the run on " + lease.flow() + " "
                        + lease.subject());
            }
        }

        /**
         * Adds to a counter under this run's lease.
         *
         * @param counter the counter's name
         * @param delta   what to add; may be negative
         * @return the new value
         */
        public long add(String counter, long delta) {
            keepLease();
            return store.add(lease, counter, delta);
        }

        private void keepLease() {
            Instant now = clock.instant();
            // Renew once half the lease is used, so a long run keeps it; a lost lease fails here, before the effect.
            if (!now.isBefore(lease.expiresAt().minus(leaseFor.dividedBy(2)))) {
                lease = store.renew(lease, leaseFor);
            } else {
                store.check(lease);
            }
        }

        @Override
        public void close() {
            try {
                store.release(lease);
            } finally {
                active.remove(running);
            }
        }
    }

    private <R> EffectOutcome<R> execute(Lease lease, Effect<R> effect, Map<String, Long> counterDeltas) {
        EffectKey key = effect.key();
        String fingerprint = effect.intent().fingerprint();
        Map<String, String> intent = effect.intent().describe();
        Optional<EffectRecord> recorded = store.effect(key);
        if (recorded.isPresent() && !recorded.get().fingerprint().equals(fingerprint)) {
            return new EffectOutcome.IntentChanged<>(recorded.get().intent(), intent);
        }
        if (recorded.isPresent() && recorded.get().state() == EffectRecord.State.DONE) {
            return new EffectOutcome.Done<>(effect.codec().load(recorded.get().result()), true);
        }
        Lookup<R> found = effect.find().apply(recorded.isPresent() ? Lookup.Situation.BEGUN : Lookup.Situation.NO_RECORD);
        if (found instanceof Lookup.Found<R> f) {
            LOG.info("effect {} already happened; adopting it", key);
            return record(lease, effect, fingerprint, intent, f.result(), counterDeltas, true);
        }
        if (found instanceof Lookup.Unknown<R> u) {
            if (recorded.isEmpty()) {
                store.begin(lease, key, fingerprint, intent); // so that every later run looks before it sends
            }
            return new EffectOutcome.Held<>(u.reason());
        }
        store.begin(lease, key, fingerprint, intent);
        probe.at(Boundary.BEFORE_SEND, key);
        R result;
        try {
            result = effect.perform().get();
        } catch (TargetRefusedAsDuplicate e) {
            return settleAmbiguous(lease, effect, fingerprint, intent, counterDeltas, "the target says it already exists ("
                    + e.getMessage() + ")");
        } catch (TransportException e) {
            if (!e.outcomeUnknown()) {
                throw e; // never reached the target: nothing happened; the record stays begun and is looked up next time
            }
            return settleAmbiguous(lease, effect, fingerprint, intent, counterDeltas, e.getMessage());
        }
        probe.at(Boundary.AFTER_SEND, key);
        return record(lease, effect, fingerprint, intent, result, counterDeltas, false);
    }

    private <R> EffectOutcome<R> settleAmbiguous(Lease lease, Effect<R> effect, String fingerprint, Map<String, String> intent,
                                                 Map<String, Long> counterDeltas, String why) {
        Lookup<R> found = effect.find().apply(Lookup.Situation.AFTER_AMBIGUOUS_SEND);
        if (found instanceof Lookup.Found<R> f) {
            return record(lease, effect, fingerprint, intent, f.result(), counterDeltas, true);
        }
        String reason = found instanceof Lookup.Unknown<R> u ? u.reason()
                : "the target has no record of it yet; it will be looked up again before anything is sent";
        LOG.warn("effect {} has an unknown outcome ({}): {}", effect.key(), why, reason);
        return new EffectOutcome.Held<>(effect.key().effect() + " outcome unknown: " + why + "; " + reason);
    }

    private <R> EffectOutcome<R> record(Lease lease, Effect<R> effect, String fingerprint, Map<String, String> intent, R result,
                                        Map<String, Long> counterDeltas, boolean adopted) {
        store.complete(lease, effect.key(), fingerprint, intent, effect.codec().save(result), counterDeltas);
        probe.at(Boundary.AFTER_RECORD, effect.key());
        return new EffectOutcome.Done<>(result, adopted);
    }

    /** Configures an {@link EffectEngine}. */
    public static final class Builder {
        private final FlowStore store;
        private Clock clock = Clock.systemUTC();
        private String runner = "runner-" + UUID.randomUUID();
        private Duration leaseFor = Duration.ofMinutes(2);
        private Probe probe = Probe.NONE;

        private Builder(FlowStore store) {
            this.store = store;
        }

        /**
         * The clock leases and dead letters are timed by; the system clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * This runner's id (unique per process); a random one by default.
         *
         * @param runner the runner id
         * @return this builder
         */
        public Builder runner(String runner) {
            this.runner = runner;
            return this;
        }

        /**
         * How long a lease lasts unless renewed; renewed between effects once half is used.
         *
         * @param leaseFor the lease duration
         * @return this builder
         */
        public Builder leaseFor(Duration leaseFor) {
            if (leaseFor.isNegative() || leaseFor.isZero()) {
                throw new IllegalArgumentException("leaseFor must be positive");
            }
            this.leaseFor = leaseFor;
            return this;
        }

        /**
         * For tests: told at each boundary.
         *
         * @param probe the probe
         * @return this builder
         */
        public Builder probe(Probe probe) {
            this.probe = probe;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public EffectEngine build() {
            return new EffectEngine(this);
        }
    }
}
