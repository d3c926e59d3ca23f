package io.tillbridge.syspro;

import java.util.Objects;

/**
 * The answer of an exact lookup in SYSPRO — "is this posting already there?" — in the three values an
 * effect engine needs: found, proven absent, or unknown. Unknown never means absent.
 *
 * @param <T> what a found lookup returns
 */
public sealed interface LookupResult<T> {

    /**
     * SYSPRO has it.
     *
     * @param value what was found
     */
    record Found<T>(T value) implements LookupResult<T> {
        /**
         * Requires a value.
         *
         * @param value what was found
         */
        public Found {
            Objects.requireNonNull(value, "value");
        }
    }

    /** SYSPRO answered, and it is not there. */
    record Absent<T>() implements LookupResult<T> {
    }

    /** SYSPRO could not be asked or its answer did not settle the question. */
    record Unknown<T>(String reason) implements LookupResult<T> {
    }

    /**
     * SYSPRO has it.
     *
     * @param <T>   what a found lookup returns
     * @param value what was found
     * @return the result
     */
    static <T> LookupResult<T> found(T value) {
        return new Found<>(value);
    }

    /**
     * SYSPRO answered, and it is not there.
     *
     * @param <T> what a found lookup returns
     * @return the result
     */
    static <T> LookupResult<T> absent() {
        return new Absent<>();
    }

    /**
     * SYSPRO could not be asked, or its answer did not settle the question.
     *
     * @param <T>    what a found lookup returns
     * @param reason why, in words
     * @return the result
     */
    static <T> LookupResult<T> unknown(String reason) {
        return new Unknown<>(reason);
    }

    /**
     * Whether SYSPRO has it.
     *
     * @return true for {@link Found}
     */
    default boolean isFound() {
        return this instanceof Found;
    }

    /**
     * Whether SYSPRO answered that it is not there.
     *
     * @return true for {@link Absent}
     */
    default boolean isAbsent() {
        return this instanceof Absent;
    }
}
