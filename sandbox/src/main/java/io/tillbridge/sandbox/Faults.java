package io.tillbridge.sandbox;

import java.time.Duration;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Fault injection for an emulator. Every setting applies to the calls its filter selects (all by
 * default). Random faults use a seeded generator, so a run can be repeated exactly.
 *
 * <ul>
 *   <li>latency: every selected call waits this long before answering;</li>
 *   <li>error rate: a share of calls fail <em>before</em> being processed, with the outage status (503 unless
 *       {@link #outage(int, int)} set another);</li>
 *   <li>reset after processing: a share of calls are processed — the payment is taken — and then the
 *       connection is reset, so the caller never sees the answer (the hard case);</li>
 *   <li>outage: the next N calls (with their own filter) fail with a given status, unprocessed.</li>
 * </ul>
 * Thread-safe.
 */
public final class Faults {

    /** Seed 42 unless {@link #seed(long)} sets another: the same run twice gives the same faults. */
    private Random random = new Random(42);
    private Duration latency = Duration.ZERO;
    private double errorRate;
    private double resetAfterProcessingRate;
    private int outageCalls;
    private int outageStatus = 503;
    private Predicate<EmulatorRequest> outageSelects = request -> true;
    private Predicate<EmulatorRequest> selects = request -> true;

    /** Decided for one call before it is handled. */
    public enum Verdict {
        /** Answered normally. */
        HANDLE,
        /** Refused with the outage status, unprocessed. */
        FAIL_BEFORE,
        /** Processed, then the connection is reset. */
        RESET_AFTER
    }

    /** No faults until some are set. */
    public Faults() {
    }

    /**
     * Restarts the random generator behind error rates and resets.
     *
     * @param seed the seed
     * @return these faults, for chaining
     */

    public synchronized Faults seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    /**
     * Delays every selected answer.
     *
     * @param latency how long; zero for none
     * @return these faults, for chaining
     */
    public synchronized Faults latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /**
     * Fails a share of selected calls before they are processed.
     *
     * @param rate from 0 to 1
     * @return these faults, for chaining
     */
    public synchronized Faults errorRate(double rate) {
        this.errorRate = probability(rate);
        return this;
    }

    /**
     * Processes a share of selected calls and then resets the connection, so that the caller never sees
     * the answer.
     *
     * @param rate from 0 to 1
     * @return these faults, for chaining
     */
    public synchronized Faults resetAfterProcessing(double rate) {
        this.resetAfterProcessingRate = probability(rate);
        return this;
    }

    /**
     * The next {@code calls} calls answer {@code status} without being processed.
     *
     * @param calls  how many
     * @param status the HTTP status, for example 503
     * @return these faults, for chaining
     */
    public synchronized Faults outage(int calls, int status) {
        return outage(calls, status, request -> true);
    }

    /**
     * The next {@code calls} calls that {@code affected} selects answer {@code status} without being
     * processed. This filter is the outage's own; {@link #only} does not apply to it.
     *
     * @param calls    how many
     * @param status   the HTTP status, for example 503
     * @param affected which calls count
     * @return these faults, for chaining
     */
    public synchronized Faults outage(int calls, int status, Predicate<EmulatorRequest> affected) {
        this.outageCalls = calls;
        this.outageStatus = status;
        this.outageSelects = affected;
        return this;
    }

    /**
     * Limits latency, error rate and resets to some calls, for example only {@code POST /transactions}.
     *
     * @param selects the calls they apply to
     * @return these faults, for chaining
     */
    public synchronized Faults only(Predicate<EmulatorRequest> selects) {
        this.selects = selects;
        return this;
    }

    /**
     * Back to no faults (the random generator keeps its place).
     *
     * @return these faults, for chaining
     */
    public synchronized Faults clear() {
        latency = Duration.ZERO;
        errorRate = 0;
        resetAfterProcessingRate = 0;
        outageCalls = 0;
        outageSelects = request -> true;
        selects = request -> true;
        return this;
    }

    synchronized Duration latencyFor(EmulatorRequest request) {
        return selects.test(request) ? latency : Duration.ZERO;
    }

    synchronized Verdict decide(EmulatorRequest request) {
        if (outageCalls > 0 && outageSelects.test(request)) {
            outageCalls--;
            return Verdict.FAIL_BEFORE;
        }
        if (!selects.test(request)) {
            return Verdict.HANDLE;
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            return Verdict.FAIL_BEFORE;
        }
        if (resetAfterProcessingRate > 0 && random.nextDouble() < resetAfterProcessingRate) {
            return Verdict.RESET_AFTER;
        }
        return Verdict.HANDLE;
    }

    synchronized int outageStatus() {
        return outageStatus;
    }

    private static double probability(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("a rate is between 0 and 1");
        }
        return rate;
    }
}
