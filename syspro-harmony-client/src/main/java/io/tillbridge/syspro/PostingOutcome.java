package io.tillbridge.syspro;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of a posting (a Setup or Transaction business object): SYSPRO posted it and answered, or
 * the session ended under the call and the exact lookup then found it already in SYSPRO — from an
 * earlier attempt — so it was not sent again. Neither is a failure; an outcome the client cannot settle
 * is a {@link PostingNotRepeatedException}.
 *
 * @param <R> the business object's typed answer
 */
public sealed interface PostingOutcome<R> {

    /**
     * SYSPRO posted it; here is its answer.
     *
     * @param result SYSPRO's answer to the posting
     */
    record Posted<R>(R result) implements PostingOutcome<R> {
        /**
         * Requires a result.
         *
         * @param result SYSPRO's answer to the posting
         */
        public Posted {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * SYSPRO already had it; nothing was sent again.
     *
     * @param found what the lookup found: an order number, or the table row
     */
    record AlreadyPosted<R>(Object found) implements PostingOutcome<R> {
        /**
         * Requires what was found.
         *
         * @param found what the lookup found: an order number, or the table row
         */
        public AlreadyPosted {
            Objects.requireNonNull(found, "found");
        }
    }

    /**
     * The answer when SYSPRO posted it now; empty when it was already there.
     *
     * @return the answer, or empty
     */
    default Optional<R> posted() {
        return this instanceof Posted<R> posted ? Optional.of(posted.result()) : Optional.empty();
    }

    /**
     * The answer, for callers that treat "already posted" as a bug in their own bookkeeping.
     *
     * @return the answer
     */
    default R resultOrThrow() {
        if (this instanceof Posted<R> posted) {
            return posted.result();
        }
        throw new IllegalStateException("SYSPRO already had this posting (" + ((AlreadyPosted<R>) this).found() + "); it was not sent again");
    }
}
