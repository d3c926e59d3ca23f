package io.tillbridge.flows.effect;

import java.util.Objects;

/**
 * What an exact-match lookup in the target system found. A lookup that could match more than one
 * record must answer {@link Unknown}, never pick one.
 *
 * @param <R> what the effect produces
 */
public sealed interface Lookup<R> permits Lookup.Found, Lookup.ProvenAbsent, Lookup.Unknown {

    /** The target has it: adopt this result instead of doing the effect again. */
    record Found<R>(R result) implements Lookup<R> {
        /**
         * Requires a result.
         *
         * @param result the result to adopt
         */
        public Found {
            Objects.requireNonNull(result, "result");
        }
    }

    /** The target answered that it has no such record: the effect may be performed. */
    record ProvenAbsent<R>() implements Lookup<R> {
    }

    /** The lookup could not tell (failed, lagging, ambiguous): the effect must not be performed. */
    record Unknown<R>(String reason) implements Lookup<R> {
        /**
         * Requires a reason.
         *
         * @param reason why the lookup could not tell, in words
         */
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The target has the record.
     *
     * @param <R>    what the effect produces
     * @param result the result to adopt
     * @return the lookup
     */
    static <R> Lookup<R> found(R result) {
        return new Found<>(result);
    }

    /**
     * The target proved it does not have the record.
     *
     * @param <R> what the effect produces
     * @return the lookup
     */
    static <R> Lookup<R> absent() {
        return new ProvenAbsent<>();
    }

    /**
     * The lookup could not tell.
     *
     * @param <R>    what the effect produces
     * @param reason why, in words
     * @return the lookup
     */
    static <R> Lookup<R> unknown(String reason) {
        return new Unknown<>(reason);
    }

    /** Why the engine is looking, so a lookup can choose how hard to look (for example waiting out reporting lag). */
    enum Situation {
        /** This store has no record of the effect: a fresh effect, or a store that was emptied. */
        NO_RECORD,
        /** The effect was begun and never recorded done: it may have happened. */
        BEGUN,
        /** The send just failed without a clear answer, or the target refused it as a duplicate. */
        AFTER_AMBIGUOUS_SEND
    }
}
