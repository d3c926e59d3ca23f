package io.tillbridge.flows.store;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.mapping.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link FlowStore} keeps; each implementation's test extends this class and
 * says how to make a fresh, isolated store on a clock.
 */
public abstract class FlowStoreContract {

    protected static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    protected static final Duration TTL = Duration.ofSeconds(30);
    private static final EffectKey PAY = new EffectKey("order-to-cash", "opayo-payment", "SO-1", 1);
    private static final Money TEN = Money.of("10.00", "GBP");

    protected MutableClock clock;
    protected FlowStore store;

    /** A new store, sharing nothing with any other test's, on this clock. */
    protected abstract FlowStore newStore(MutableClock clock) throws Exception;

    /** A second handle on the same data (another runner's view); in memory, the same object. */
    protected abstract FlowStore sameData(MutableClock clock) throws Exception;

    protected void cleanUp() throws Exception {
    }

    @BeforeEach
    void createStore() throws Exception {
        clock = new MutableClock(T0);
        store = newStore(clock);
    }

    @AfterEach
    void dropStore() throws Exception {
        cleanUp();
    }

    // ---- leases ----------------------------------------------------------------------------------

    @Test
    void aLeaseIsExclusiveUntilItExpiresAndEachTakingHasALargerToken() {
        Lease a = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        assertThat(store.acquire("order-to-cash", "SO-1", "b", TTL)).isEmpty();
        assertThat(store.acquire("order-to-cash", "SO-2", "b", TTL)).isPresent(); // another subject is free
        assertThat(store.acquire("refund", "SO-1", "b", TTL)).isPresent(); // and another flow

        clock.advance(TTL);
        Lease b = store.acquire("order-to-cash", "SO-1", "b", TTL).orElseThrow();
        assertThat(b.token()).isGreaterThan(a.token());
        assertThat(b.expiresAt()).isEqualTo(T0.plus(TTL).plus(TTL));
    }

    @Test
    void aRunnerThatLostItsLeaseIsRefusedEveryFencedWrite() {
        Lease a = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        store.begin(a, PAY, "fp", Map.of("amount", "10.00"));
        clock.advance(TTL.plusSeconds(1));
        Lease b = store.acquire("order-to-cash", "SO-1", "b", TTL).orElseThrow();

        assertThatThrownBy(() -> store.check(a)).isInstanceOf(LeaseLostException.class).hasMessageContaining("SO-1");
        assertThatThrownBy(() -> store.begin(a, PAY, "fp", Map.of())).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> store.complete(a, PAY, "fp", Map.of(), Map.of("transactionId", "T1"), Map.of()))
                .isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> store.add(a, "refunded", 5)).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> store.renew(a, TTL)).isInstanceOf(LeaseLostException.class);
        assertThat(store.effect(PAY).orElseThrow().state()).isEqualTo(EffectRecord.State.BEGUN);

        assertThat(store.complete(b, PAY, "fp", Map.of(), Map.of("transactionId", "T1"), Map.of())).isTrue();
        store.release(a); // a lost lease is left alone
        store.check(b);
    }

    @Test
    void anExpiredLeaseRefusesWritesEvenBeforeAnotherRunnerTakesItAndRenewalKeepsIt() {
        Lease a = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        clock.advance(TTL.dividedBy(2));
        Lease renewed = store.renew(a, TTL);
        assertThat(renewed.token()).isEqualTo(a.token());
        clock.advance(TTL.dividedBy(2).plusSeconds(1));
        store.check(renewed); // still within the renewed lease
        clock.advance(TTL);
        assertThatThrownBy(() -> store.check(renewed)).isInstanceOf(LeaseLostException.class).hasMessageContaining("expired");
    }

    @Test
    void aReleasedLeaseCanBeTakenAtOnce() {
        Lease a = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        store.release(a);
        Lease b = store.acquire("order-to-cash", "SO-1", "b", TTL).orElseThrow();
        assertThat(b.token()).isGreaterThan(a.token());
    }

    // ---- effects ---------------------------------------------------------------------------------

    @Test
    void anEffectGoesFromBegunToDoneOnceAndKeepsItsIntentAndResult() {
        Lease a = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        assertThat(store.effect(PAY)).isEmpty();
        store.begin(a, PAY, "fp-1", Map.of("amount", "10.00", "vendorTxCode", "TB.SO-1.1"));
        EffectRecord begun = store.effect(PAY).orElseThrow();
        assertThat(begun.state()).isEqualTo(EffectRecord.State.BEGUN);
        assertThat(begun.fingerprint()).isEqualTo("fp-1");
        assertThat(begun.intent()).containsEntry("vendorTxCode", "TB.SO-1.1");
        assertThat(begun.token()).isEqualTo(a.token());

        clock.advance(Duration.ofSeconds(1));
        assertThat(store.complete(a, PAY, "fp-1", begun.intent(), Map.of("transactionId", "T-1"), Map.of("paid:SO-1", 1000L))).isTrue();
        assertThat(store.complete(a, PAY, "fp-1", begun.intent(), Map.of("transactionId", "T-2"), Map.of("paid:SO-1", 1000L))).isFalse();
        store.begin(a, PAY, "fp-1", Map.of()); // a done effect is never set back to begun

        EffectRecord done = store.effect(PAY).orElseThrow();
        assertThat(done.state()).isEqualTo(EffectRecord.State.DONE);
        assertThat(done.result()).containsExactly(Map.entry("transactionId", "T-1"));
        assertThat(done.intent()).containsEntry("amount", "10.00");
        assertThat(done.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(store.counter("paid:SO-1")).isEqualTo(1000L);
        assertThat(store.effects("order-to-cash", "SO-1")).extracting(EffectRecord::key).containsExactly(PAY.id());
        assertThat(store.effects("order-to-cash", "SO-2")).isEmpty();
    }

    @Test
    void anEffectCanBeCompletedWithoutHavingBegunWhenItWasFoundInTheTarget() {
        Lease a = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        assertThat(store.complete(a, PAY, "fp", Map.of(), Map.of("transactionId", "T-9"), Map.of())).isTrue();
        assertThat(store.effect(PAY).orElseThrow().result()).containsEntry("transactionId", "T-9");
    }

    @Test
    void textWithUnusualCharactersSurvivesTheRoundTrip() {
        Lease a = store.acquire("order-to-cash", "SO/1 ü", "a", TTL).orElseThrow();
        EffectKey key = new EffectKey("order-to-cash", "zoho-invoice", "SO/1 ü", 2);
        Map<String, String> result = Map.of("reason", "quotes \" and \\ and\nnew line, € and 日本", "empty", "");
        store.complete(a, key, "fp", Map.of("ref", "a=b&c"), result, Map.of());
        assertThat(store.effect(key).orElseThrow().result()).isEqualTo(result);
        assertThat(store.effect(key).orElseThrow().intent()).isEqualTo(Map.of("ref", "a=b&c"));
    }

    // ---- counters --------------------------------------------------------------------------------

    @Test
    void countersAddAtomicallyUnderConcurrentWriters() throws Exception {
        FlowStore other = sameData(clock);
        Lease a = store.acquire("refund", "CN-1", "a", TTL).orElseThrow();
        Lease b = other.acquire("refund", "CN-2", "b", TTL).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                FlowStore target = i % 2 == 0 ? store : other;
                Lease lease = i % 2 == 0 ? a : b;
                done.add(pool.submit(() -> target.add(lease, "refunded:T-1", 25)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.counter("refunded:T-1")).isEqualTo(1000L);
        assertThat(store.counter("never-written")).isZero();
        assertThat(store.add(a, "refunded:T-1", -1000)).isZero();
    }

    // ---- dead letters ----------------------------------------------------------------------------

    @Test
    void parkingTheSameSubjectAgainCountsAnAttemptAndKeepsWhetherMoneyMoved() {
        DeadLetter first = store.park(new DeadLetter.Parking("order-to-cash", "SO-1", "Zoho unreachable", "{}",
                MoneyMoved.charged(TEN, "T-1"), T0));
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(DeadLetter.Status.OPEN);
        clock.advance(Duration.ofMinutes(5));
        DeadLetter second = store.park(new DeadLetter.Parking("order-to-cash", "SO-1", "Zoho still unreachable", "",
                MoneyMoved.unknown(Money.of("12.5", "EUR"), null), T0.plusSeconds(600)));

        assertThat(second.id()).isEqualTo("order-to-cash:SO-1");
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.firstFailed()).isEqualTo(T0);
        assertThat(second.lastFailed()).isEqualTo(T0.plusSeconds(300));
        assertThat(second.reason()).isEqualTo("Zoho still unreachable");
        assertThat(second.version()).isGreaterThan(first.version());
        DeadLetter read = store.deadLetter("order-to-cash:SO-1").orElseThrow();
        assertThat(read.money()).isEqualTo(MoneyMoved.unknown(Money.of("12.50", "EUR"), null));
        assertThat(read.dueAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(store.openDeadLetters()).extracting(DeadLetter::id).containsExactly("order-to-cash:SO-1");
    }

    @Test
    void moneyMovedIsKeptExactlyForEveryKind() {
        List<MoneyMoved> kinds = List.of(MoneyMoved.NONE, MoneyMoved.charged(Money.of("1500", "JPY"), "T-J"),
                MoneyMoved.refunded(Money.of("0.01", "GBP"), "T-R"), MoneyMoved.unknown(null, null));
        for (int i = 0; i < kinds.size(); i++) {
            store.park(new DeadLetter.Parking("refund", "CN-" + i, "r", "", kinds.get(i), T0));
            assertThat(store.deadLetter("refund:CN-" + i).orElseThrow().money()).isEqualTo(kinds.get(i));
        }
        assertThat(store.deadLetter("refund:CN-1").orElseThrow().money().amount().currency()).isEqualTo(Currency.getInstance("JPY"));
    }

    @Test
    void dueLettersAreClaimedOnceUntilTheClaimLapses() throws Exception {
        store.park(new DeadLetter.Parking("order-to-cash", "SO-1", "a", "", MoneyMoved.NONE, T0));
        store.park(new DeadLetter.Parking("order-to-cash", "SO-2", "b", "", MoneyMoved.NONE, T0.plusSeconds(60)));
        FlowStore other = sameData(clock);

        List<DeadLetter> mine = store.claimDue("a", Duration.ofSeconds(30), 10);
        assertThat(mine).extracting(DeadLetter::subject).containsExactly("SO-1");
        assertThat(mine.get(0).status()).isEqualTo(DeadLetter.Status.CLAIMED);
        assertThat(mine.get(0).claimedBy()).isEqualTo("a");
        assertThat(other.claimDue("b", Duration.ofSeconds(30), 10)).isEmpty(); // SO-1 is claimed, SO-2 not due

        clock.advance(Duration.ofSeconds(61));
        List<DeadLetter> theirs = other.claimDue("b", Duration.ofSeconds(30), 10);
        assertThat(theirs).extracting(DeadLetter::subject).containsExactlyInAnyOrder("SO-1", "SO-2"); // a's claim lapsed
        assertThat(store.claimDue("a", Duration.ofSeconds(30), 1)).isEmpty();
    }

    @Test
    void concurrentClaimersNeverGetTheSameLetter() throws Exception {
        for (int i = 0; i < 30; i++) {
            store.park(new DeadLetter.Parking("order-to-cash", "SO-" + i, "r", "", MoneyMoved.NONE, T0));
        }
        FlowStore other = sameData(clock);
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                FlowStore target = i % 2 == 0 ? store : other;
                String owner = "r" + i;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        target.claimDue(owner, Duration.ofMinutes(5), 3).forEach(l -> claimed.add(l.id()));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void resolvingIsACompareAndSetOnTheVersion() {
        store.park(new DeadLetter.Parking("refund", "CN-1", "over-refund", "", MoneyMoved.NONE, T0));
        DeadLetter claimed = store.claimDue("a", Duration.ofMinutes(1), 1).get(0);
        // Meanwhile the replay failed again elsewhere: the letter moved on.
        store.park(new DeadLetter.Parking("refund", "CN-1", "over-refund again", "", MoneyMoved.NONE, T0));

        assertThat(store.resolve("refund:CN-1", claimed.version(), "replayed")).isFalse();
        DeadLetter current = store.deadLetter("refund:CN-1").orElseThrow();
        assertThat(current.status()).isEqualTo(DeadLetter.Status.OPEN);
        assertThat(store.resolve("refund:CN-1", current.version(), "refunded by hand")).isTrue();
        assertThat(store.resolve("refund:CN-1", current.version(), "twice")).isFalse();
        DeadLetter resolved = store.deadLetter("refund:CN-1").orElseThrow();
        assertThat(resolved.status()).isEqualTo(DeadLetter.Status.RESOLVED);
        assertThat(resolved.resolution()).isEqualTo("refunded by hand");
        assertThat(store.openDeadLetters()).isEmpty();
        assertThat(store.claimDue("a", Duration.ofMinutes(1), 5)).isEmpty();
        assertThat(store.resolve("refund:CN-404", 1, "x")).isFalse();

        // Parking a resolved subject again opens it again.
        assertThat(store.park(new DeadLetter.Parking("refund", "CN-1", "again", "", MoneyMoved.NONE, T0)).status())
                .isEqualTo(DeadLetter.Status.OPEN);
    }
}
