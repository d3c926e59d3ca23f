package io.tillbridge.flows.store;

import io.tillbridge.flows.effect.EffectKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A flow store in memory: for tests and demos. Everything is lost when the process ends, so a host
 * that restarts needs {@link io.tillbridge.flows.store.jdbc.JdbcFlowStore}. Thread-safe (one lock).
 */
public final class InMemoryFlowStore implements FlowStore {

    private final Clock clock;
    private final Map<String, Lease> leases = new HashMap<>();
    private final Map<String, Long> lastTokens = new HashMap<>();
    private final Map<String, EffectRecord> effects = new TreeMap<>();
    private final Map<String, Long> counters = new HashMap<>();
    private final Map<String, DeadLetter> letters = new LinkedHashMap<>();

    /**
     * Creates an empty store.
     *
     * @param clock the clock leases and dead letters are timed by
     */
    public InMemoryFlowStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Optional<Lease> acquire(String flow, String subject, String owner, Duration ttl) {
        String id = flow + "\n" + subject;
        Instant now = clock.instant();
        Lease held = leases.get(id);
        if (held != null && !held.owner().equals(owner) && now.isBefore(held.expiresAt())) {
            return Optional.empty();
        }
        long token = lastTokens.getOrDefault(id, 0L) + 1;
        lastTokens.put(id, token);
        Lease lease = new Lease(flow, subject, owner, token, now.plus(ttl));
        leases.put(id, lease);
        return Optional.of(lease);
    }

    @Override
    public synchronized Lease renew(Lease lease, Duration ttl) {
        check(lease);
        Lease renewed = new Lease(lease.flow(), lease.subject(), lease.owner(), lease.token(), clock.instant().plus(ttl));
        leases.put(lease.flow() + "\n" + lease.subject(), renewed);
        return renewed;
    }

    @Override
    public synchronized void check(Lease lease) {
        Lease held = leases.get(lease.flow() + "\n" + lease.subject());
        if (held == null || held.token() != lease.token() || !held.owner().equals(lease.owner())) {
            throw new LeaseLostException(lease, "another runner took it");
        }
        if (!clock.instant().isBefore(held.expiresAt())) {
            throw new LeaseLostException(lease, "it expired at " + held.expiresAt());
        }
    }

    @Override
    public synchronized void release(Lease lease) {
        String id = lease.flow() + "\n" + lease.subject();
        Lease held = leases.get(id);
        if (held != null && held.token() == lease.token()) {
            leases.remove(id);
        }
    }

    @Override
    public synchronized Optional<EffectRecord> effect(EffectKey key) {
        return Optional.ofNullable(effects.get(key.id()));
    }

    @Override
    public synchronized void begin(Lease lease, EffectKey key, String fingerprint, Map<String, String> intent) {
        check(lease);
        EffectRecord known = effects.get(key.id());
        if (known != null && known.state() == EffectRecord.State.DONE) {
            return;
        }
        effects.put(key.id(), new EffectRecord(key.id(), key.flow(), key.subject(), EffectRecord.State.BEGUN, fingerprint, intent,
                Map.of(), lease.token(), clock.instant()));
    }

    @Override
    public synchronized boolean complete(Lease lease, EffectKey key, String fingerprint, Map<String, String> intent,
                                         Map<String, String> result, Map<String, Long> counterDeltas) {
        check(lease);
        EffectRecord known = effects.get(key.id());
        if (known != null && known.state() == EffectRecord.State.DONE) {
            return false;
        }
        effects.put(key.id(), new EffectRecord(key.id(), key.flow(), key.subject(), EffectRecord.State.DONE, fingerprint, intent,
                result, lease.token(), clock.instant()));
        counterDeltas.forEach((name, delta) -> counters.merge(name, delta, Long::sum));
        return true;
    }

    @Override
    public synchronized List<EffectRecord> effects(String flow, String subject) {
        return effects.values().stream().filter(r -> r.flow().equals(flow) && r.subject().equals(subject)).toList();
    }

    @Override
    public synchronized long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    @Override
    public synchronized long add(Lease lease, String name, long delta) {
        check(lease);
        return counters.merge(name, delta, Long::sum);
    }

    @Override
    public synchronized DeadLetter park(DeadLetter.Parking p) {
        Instant now = clock.instant();
        DeadLetter known = letters.get(p.id());
        DeadLetter letter = known == null
                ? new DeadLetter(p.id(), p.flow(), p.subject(), p.reason(), p.payload(), p.money(), 1, now, now, p.dueAt(),
                DeadLetter.Status.OPEN, null, null, null, 1)
                : new DeadLetter(p.id(), p.flow(), p.subject(), p.reason(), p.payload(), p.money(), known.attempts() + 1,
                known.firstFailed(), now, p.dueAt(), DeadLetter.Status.OPEN, null, null, null, known.version() + 1);
        letters.put(p.id(), letter);
        return letter;
    }

    @Override
    public synchronized Optional<DeadLetter> deadLetter(String id) {
        return Optional.ofNullable(letters.get(id));
    }

    @Override
    public synchronized List<DeadLetter> openDeadLetters() {
        return letters.values().stream().filter(l -> l.status() != DeadLetter.Status.RESOLVED)
                .sorted(Comparator.comparing(DeadLetter::firstFailed).thenComparing(DeadLetter::id)).toList();
    }

    @Override
    public synchronized List<DeadLetter> claimDue(String owner, Duration claimFor, int max) {
        Instant now = clock.instant();
        List<DeadLetter> claimed = new ArrayList<>();
        for (DeadLetter l : openDeadLetters()) {
            if (claimed.size() >= max) {
                break;
            }
            boolean due = l.status() == DeadLetter.Status.OPEN && !l.dueAt().isAfter(now)
                    || l.status() == DeadLetter.Status.CLAIMED && !l.claimedUntil().isAfter(now);
            if (due) {
                DeadLetter taken = new DeadLetter(l.id(), l.flow(), l.subject(), l.reason(), l.payload(), l.money(), l.attempts(),
                        l.firstFailed(), l.lastFailed(), l.dueAt(), DeadLetter.Status.CLAIMED, owner, now.plus(claimFor), null,
                        l.version() + 1);
                letters.put(l.id(), taken);
                claimed.add(taken);
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean resolve(String id, long expectedVersion, String resolution) {
        DeadLetter l = letters.get(id);
        if (l == null || l.version() != expectedVersion || l.status() == DeadLetter.Status.RESOLVED) {
            return false;
        }
        letters.put(id, new DeadLetter(l.id(), l.flow(), l.subject(), l.reason(), l.payload(), l.money(), l.attempts(),
                l.firstFailed(), l.lastFailed(), l.dueAt(), DeadLetter.Status.RESOLVED, null, null,
                Objects.requireNonNull(resolution, "resolution"), l.version() + 1));
        return true;
    }
}
