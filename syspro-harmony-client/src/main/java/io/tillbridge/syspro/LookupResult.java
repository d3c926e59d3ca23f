package io.tillbridge.syspro;

import java.util.Objects;

/**
 * The answer of an exact lookup in SYSPRO — "is this posting already there?" — in the three values an
 * effect engine needs: found, proven absent, or unknown. Unknown never means absent.
 *
 * @param <T> what a found lookup returns
 */
public sealed interface LookupResult<T> {

    /** SYSPRO has it. */
    record Found<T>(T value) implements LookupResult<T> {
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

    static <T> LookupResult<T> found(T value) {
        return new Found<>(value);
    }

    static <T> LookupResult<T> absent() {
        return new Absent<>();
    }

    static <T> LookupResult<T> unknown(String reason) {
        return new Unknown<>(reason);
    }

    default boolean isFound() {
        return this instanceof Found;
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }
}
