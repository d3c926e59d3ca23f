package io.tillbridge.flows.store;

import io.tillbridge.flows.effect.EffectKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where flows keep what must survive a crash and be shared by every runner: effect records, leases,
 * counters and dead letters. Implementations make each write durable before returning and atomic on
 * its own. Every effect and counter write is fenced by a {@link Lease}: it fails with
 * {@link LeaseLostException} unless that lease is still the current, unexpired one for its flow and
 * subject. Time comes from the implementation's injected {@link java.time.Clock}.
 *
 * <p>Implementations: {@link InMemoryFlowStore} (tests, one process) and
 * {@link io.tillbridge.flows.store.jdbc.JdbcFlowStore} (H2 for one instance, PostgreSQL for many).
 * {@code FlowStoreContract} in the tests is the contract every implementation passes.
 */
public interface FlowStore {

    // ---- leases --------------------------------------------------------------------------------

    /**
     * Takes the lease on (flow, subject) for {@code ttl} if nobody else holds an unexpired one. Each
     * successful acquire gets a larger token than any before it on that (flow, subject).
     *
     * @param flow    the flow's name
     * @param subject the subject
     * @param owner   the runner taking it
     * @param ttl     how long the lease lasts unless renewed
     * @return the lease, or empty while another owner holds it
     */
    Optional<Lease> acquire(String flow, String subject, String owner, Duration ttl);

    /**
     * Extends a lease still held; the token stays.
     *
     * @param lease the lease held
     * @param ttl   the new time to live, from now
     * @return the renewed lease
     */
    Lease renew(Lease lease, Duration ttl);

    /**
     * Fails with {@link LeaseLostException} unless the lease is still held.
     *
     * @param lease the lease to check
     */
    void check(Lease lease);

    /**
     * Gives the lease up, if still held; a lost lease is left alone.
     *
     * @param lease the lease to give up
     */
    void release(Lease lease);

    // ---- effects -------------------------------------------------------------------------------

    /**
     * An effect's record.
     *
     * @param key the effect
     * @return the record, or empty when the effect was never begun
     */
    Optional<EffectRecord> effect(EffectKey key);

    /**
     * Records an effect as begun under the lease. An existing begun record is overwritten; a done one is left.
     *
     * @param lease       the lease the effect runs under
     * @param key         the effect
     * @param fingerprint the intent's fingerprint
     * @param intent      the intent, as text fields
     */
    void begin(Lease lease, EffectKey key, String fingerprint, Map<String, String> intent);

    /**
     * Records an effect as done with its result and, in the same atomic write, adds the deltas to the
     * counters (for example what has been refunded of a payment). An effect already done is left as it
     * is and its deltas are not added again.
     *
     * @param lease         the lease the effect runs under
     * @param key           the effect
     * @param fingerprint   the intent's fingerprint
     * @param intent        the intent, as text fields
     * @param result        the result, as text fields
     * @param counterDeltas counters to add to in the same transaction
     * @return true when this call recorded it, false when it was already done
     */
    boolean complete(Lease lease, EffectKey key, String fingerprint, Map<String, String> intent, Map<String, String> result,
                     Map<String, Long> counterDeltas);

    /**
     * Every effect record of a subject in a flow, in key order.
     *
     * @param flow    the flow's name
     * @param subject the subject
     * @return the records
     */
    List<EffectRecord> effects(String flow, String subject);

    // ---- counters ------------------------------------------------------------------------------

    /**
     * A counter's value; 0 when never written.
     *
     * @param name the counter's name
     * @return the value
     */
    long counter(String name);

    /**
     * Adds to a counter atomically under the lease and returns the new value.
     *
     * @param lease the lease held
     * @param name  the counter's name
     * @param delta what to add; may be negative
     * @return the new value
     */
    long add(Lease lease, String name, long delta);

    // ---- dead letters --------------------------------------------------------------------------

    /**
     * Parks a subject: creates its letter, or updates it (attempts + 1, new reason, payload, money and due
     * time, open again).
     *
     * @param parking what to park and why
     * @return the letter as stored
     */
    DeadLetter park(DeadLetter.Parking parking);

    /**
     * A dead letter by id.
     *
     * @param id the letter's id ({@code flow:subject})
     * @return the letter, or empty when there is none
     */
    Optional<DeadLetter> deadLetter(String id);

    /**
     * Open and claimed letters, oldest first.
     *
     * @return the letters
     */
    List<DeadLetter> openDeadLetters();

    /**
     * Claims up to {@code max} letters that are due (open and due, or claimed and the claim lapsed) for
     * {@code owner} until now + {@code claimFor}.
     *
     * @param owner    the runner claiming them
     * @param claimFor how long the claim holds
     * @param max      the most letters to claim
     * @return the claimed letters
     */
    List<DeadLetter> claimDue(String owner, Duration claimFor, int max);

    /**
     * Marks a letter resolved if its version is still {@code expectedVersion}.
     *
     * @param id              the letter's id
     * @param expectedVersion the version the caller read
     * @param resolution      how it was resolved, in words
     * @return false when someone changed it since (nothing is written then)
     */
    boolean resolve(String id, long expectedVersion, String resolution);
}
