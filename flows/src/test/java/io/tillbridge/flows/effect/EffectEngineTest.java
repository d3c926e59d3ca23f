package io.tillbridge.flows.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.TransportException;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.flows.store.LeaseLostException;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.mapping.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine's rules, against a target system faked in memory. */
class EffectEngineTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final InMemoryFlowStore store = new InMemoryFlowStore(clock);
    private final List<String> boundaries = new ArrayList<>();
    private final EffectEngine engine = EffectEngine.builder(store).clock(clock).runner("a").leaseFor(Duration.ofSeconds(60))
            .probe((boundary, key) -> boundaries.add(boundary + " " + key.effect())).build();

    /** A target that keeps records by reference and can lose answers or fail lookups. */
    private static final class Target {
        final Map<String, String> records = new java.util.HashMap<>();
        final AtomicInteger sends = new AtomicInteger();
        boolean loseAnswer;
        /** Lookups fail once something was sent (the target is down after taking it). */
        boolean lookupFails;
        boolean lookupFailsBeforeSend;
        boolean refuseDuplicates;

        Effect<String> effect(EffectKey key, String reference, Money amount) {
            return new Effect<>(key, Intent.of(amount, Map.of("reference", reference)), situation -> {
                if (lookupFails && sends.get() > 0 || lookupFailsBeforeSend) {
                    return Lookup.unknown("lookup failed");
                }
                String id = records.get(reference);
                return id == null ? Lookup.absent() : Lookup.found(id);
            }, () -> {
                sends.incrementAndGet();
                if (refuseDuplicates && records.containsKey(reference)) {
                    throw new TargetRefusedAsDuplicate("used before", null);
                }
                String id = "T-" + (records.size() + 1);
                records.put(reference, id);
                if (loseAnswer) {
                    throw new TransportException("connection reset after sending", true, null);
                }
                return id;
            }, ResultCodec.text("id"));
        }
    }

    private final Target target = new Target();
    private final EffectKey key = new EffectKey("order-to-cash", "opayo-payment", "SO-1", 1);
    private final Money ten = Money.of("10.00", "GBP");

    private EffectOutcome<String> runOnce(Effect<String> effect) {
        try (EffectEngine.Run run = engine.start("order-to-cash", "SO-1").orElseThrow()) {
            return run.effect(effect, Map.of("paid:SO-1", 1000L));
        }
    }

    @Test
    void aFreshEffectIsLookedUpBegunPerformedAndRecordedAndARerunLoadsIt() {
        EffectOutcome<String> first = runOnce(target.effect(key, "TB.SO-1.1", ten));
        assertThat(first).isEqualTo(new EffectOutcome.Done<>("T-1", false));
        assertThat(boundaries).containsExactly("BEFORE_SEND opayo-payment", "AFTER_SEND opayo-payment", "AFTER_RECORD opayo-payment");
        assertThat(store.effect(key).orElseThrow().state()).isEqualTo(EffectRecord.State.DONE);
        assertThat(store.counter("paid:SO-1")).isEqualTo(1000L);

        target.lookupFailsBeforeSend = true; // a recorded effect needs no lookup
        assertThat(runOnce(target.effect(key, "TB.SO-1.1", ten))).isEqualTo(new EffectOutcome.Done<>("T-1", true));
        assertThat(target.sends).hasValue(1);
        assertThat(store.counter("paid:SO-1")).isEqualTo(1000L);
    }

    @Test
    void anEffectTheTargetAlreadyHasIsAdoptedEvenWithAnEmptyStore() {
        target.records.put("TB.SO-1.1", "T-77");
        assertThat(runOnce(target.effect(key, "TB.SO-1.1", ten))).isEqualTo(new EffectOutcome.Done<>("T-77", true));
        assertThat(target.sends).hasValue(0);
        assertThat(store.effect(key).orElseThrow().result()).containsEntry("id", "T-77");
    }

    @Test
    void aLostAnswerIsResolvedByLookupNotBySendingAgain() {
        target.loseAnswer = true;
        assertThat(runOnce(target.effect(key, "TB.SO-1.1", ten))).isEqualTo(new EffectOutcome.Done<>("T-1", true));
        assertThat(target.sends).hasValue(1);
    }

    @Test
    void aDuplicateRefusalMeansItExistsLookItUpAndAdoptIt() {
        target.refuseDuplicates = true;
        target.records.put("TB.SO-1.1", "T-5");
        target.lookupFails = false;
        // The first lookup (no record) misses it, as a lagging report would; the send is refused as a duplicate.
        Target lagging = target;
        AtomicInteger looks = new AtomicInteger();
        Effect<String> effect = new Effect<>(key, Intent.of(ten, Map.of("reference", "TB.SO-1.1")),
                situation -> looks.incrementAndGet() == 1 ? Lookup.absent() : Lookup.found(lagging.records.get("TB.SO-1.1")),
                target.effect(key, "TB.SO-1.1", ten).perform(), ResultCodec.text("id"));
        assertThat(runOnce(effect)).isEqualTo(new EffectOutcome.Done<>("T-5", true));
        assertThat(target.records).hasSize(1);
    }

    @Test
    void anUnknownOutcomeStaysBegunAndHeldAndIsNeverSentAgainUntilALookupSays() {
        target.loseAnswer = true;
        target.lookupFails = true;
        EffectOutcome<String> first = runOnce(target.effect(key, "TB.SO-1.1", ten));
        assertThat(first).isInstanceOf(EffectOutcome.Held.class);
        assertThat(((EffectOutcome.Held<String>) first).reason()).contains("connection reset").contains("lookup failed");
        assertThat(store.effect(key).orElseThrow().state()).isEqualTo(EffectRecord.State.BEGUN);
        assertThat(store.counter("paid:SO-1")).isZero();

        assertThat(runOnce(target.effect(key, "TB.SO-1.1", ten))).isInstanceOf(EffectOutcome.Held.class);
        assertThat(target.sends).hasValue(1);

        target.lookupFails = false;
        target.loseAnswer = false;
        assertThat(runOnce(target.effect(key, "TB.SO-1.1", ten))).isEqualTo(new EffectOutcome.Done<>("T-1", true));
        assertThat(target.sends).hasValue(1);
        assertThat(store.counter("paid:SO-1")).isEqualTo(1000L);
    }

    @Test
    void anUnknownLookupBeforeAnySendRecordsItBegunSoEveryLaterRunLooksFirst() {
        target.lookupFailsBeforeSend = true;
        assertThat(runOnce(target.effect(key, "TB.SO-1.1", ten))).isInstanceOf(EffectOutcome.Held.class);
        assertThat(target.sends).hasValue(0);
        assertThat(store.effect(key).orElseThrow().state()).isEqualTo(EffectRecord.State.BEGUN);
    }

    @Test
    void aChangedIntentUnderABegunEffectStopsForAPerson() {
        target.loseAnswer = true;
        target.lookupFails = true;
        runOnce(target.effect(key, "TB.SO-1.1", ten));
        target.lookupFails = false;

        EffectOutcome<String> changed = runOnce(target.effect(key, "TB.SO-1.1", Money.of("12.00", "GBP")));
        assertThat(changed).isInstanceOf(EffectOutcome.IntentChanged.class);
        assertThat(((EffectOutcome.IntentChanged<String>) changed).reason()).contains("10.00").contains("12.00");
        assertThat(target.sends).hasValue(1);
    }

    @Test
    void aFailureThatNeverReachedTheTargetLeavesItBegunAndPropagates() {
        Effect<String> effect = new Effect<>(key, Intent.of(ten, Map.of()), s -> Lookup.absent(), () -> {
            throw new TransportException("connection refused", false, null);
        }, ResultCodec.text("id"));
        assertThatThrownBy(() -> runOnce(effect)).isInstanceOf(TransportException.class);
        assertThat(store.effect(key).orElseThrow().state()).isEqualTo(EffectRecord.State.BEGUN);
    }

    @Test
    void aRunnerThatLostItsLeaseStopsBeforeItsNextEffect() {
        EffectEngine other = EffectEngine.builder(store).clock(clock).runner("b").leaseFor(Duration.ofSeconds(60)).build();
        EffectEngine.Run mine = engine.start("order-to-cash", "SO-1").orElseThrow();
        assertThat(other.start("order-to-cash", "SO-1")).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        EffectEngine.Run theirs = other.start("order-to-cash", "SO-1").orElseThrow();

        assertThatThrownBy(() -> mine.effect(target.effect(key, "TB.SO-1.1", ten))).isInstanceOf(LeaseLostException.class);
        assertThat(target.sends).hasValue(0);
        assertThat(theirs.effect(target.effect(key, "TB.SO-1.1", ten))).isInstanceOf(EffectOutcome.Done.class);
    }

    @Test
    void twoThreadsOfOneRunnerNeverWorkOnOneSubjectButARestartedRunnerTakesItsLeaseBack() {
        EffectEngine.Run first = engine.start("order-to-cash", "SO-1").orElseThrow();
        assertThat(engine.start("order-to-cash", "SO-1")).isEmpty(); // the same process, another thread
        assertThat(engine.start("order-to-cash", "SO-2")).isPresent();

        // The same runner id in a new process (a restarted host): its own lease is taken back, with a new token.
        EffectEngine restarted = EffectEngine.builder(store).clock(clock).runner("a").leaseFor(Duration.ofSeconds(60)).build();
        EffectEngine.Run again = restarted.start("order-to-cash", "SO-1").orElseThrow();
        assertThat(again.lease().token()).isGreaterThan(first.lease().token());
        assertThatThrownBy(() -> first.effect(target.effect(key, "TB.SO-1.1", ten))).isInstanceOf(LeaseLostException.class);

        first.close();
        again.close();
        assertThat(engine.start("order-to-cash", "SO-1")).isPresent();
    }

    @Test
    void aLongRunRenewsItsLeaseBetweenEffects() {
        EffectEngine.Run run = engine.start("order-to-cash", "SO-1").orElseThrow();
        Instant first = run.lease().expiresAt();
        clock.advance(Duration.ofSeconds(40));
        run.effect(target.effect(key, "TB.SO-1.1", ten));
        assertThat(run.lease().expiresAt()).isAfter(first);
        clock.advance(Duration.ofSeconds(40));
        run.effect(target.effect(new EffectKey("order-to-cash", "zoho-invoice", "SO-1", 1), "INV", ten));
        assertThat(target.sends).hasValue(2);
    }

    @Test
    void theIntentFingerprintDependsOnEveryPartAndNotOnOrder() {
        Intent a = Intent.of(ten, Map.of("x", "1", "y", "2"));
        assertThat(a.fingerprint()).isEqualTo(Intent.of(Money.of("10.00", "GBP"), new java.util.LinkedHashMap<>(Map.of("y", "2", "x", "1")))
                .fingerprint()).hasSize(64);
        assertThat(a.fingerprint()).isNotEqualTo(Intent.of(Money.of("10.00", "EUR"), Map.of("x", "1", "y", "2")).fingerprint())
                .isNotEqualTo(Intent.of(ten, Map.of("x", "1", "y", "3")).fingerprint())
                .isNotEqualTo(Intent.of(Map.of("x", "1", "y", "2")).fingerprint());
    }

    @Test
    void adoptIfFoundNeverPerformsAndRecordsOnlyWhatTheTargetHas() {
        Effect<String> effect = target.effect(key, "TB.SO-1.2", ten);
        try (EffectEngine.Run run = engine.start("order-to-cash", "SO-1").orElseThrow()) {
            assertThat(run.adoptIfFound(effect)).isEmpty();
        }
        assertThat(target.sends.get()).isZero();
        assertThat(engine.recorded(key)).isEmpty();

        target.records.put("TB.SO-1.2", "T-9"); // someone else made it
        try (EffectEngine.Run run = engine.start("order-to-cash", "SO-1").orElseThrow()) {
            assertThat(run.adoptIfFound(effect)).contains("T-9");
        }
        assertThat(target.sends.get()).isZero();
        assertThat(engine.isDone(key)).isTrue();
        assertThat(engine.begun(key)).isTrue();
        assertThat(engine.done(key, ResultCodec.text("id"))).contains("T-9");
        assertThat(engine.recorded(key).orElseThrow().intendedAmount()).contains(ten);
    }
}
