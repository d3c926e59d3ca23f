package io.tillbridge.flows.lookup;

import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.effect.Lookup;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns a list lookup into an exact-match answer: the records a documented filter returned are
 * checked field by field, none is proven absent, one is found, and more than one is an error for a
 * person — never the first of several.
 */
public final class ExactMatch {

    private ExactMatch() {
    }

    /**
     * A lookup that lists candidates and adopts the one record that matches exactly: none is proven absent,
     * several are unknown, never the first of them.
     *
     * @param <T> the listed record's type
     * @param <R> the effect's result
     * @param what     what is looked for, in words, for the reason
     * @param listed   the documented list call
     * @param matches  the exact check every returned record must pass
     * @param id       the result taken from the one match
     * @return the lookup
     */
    public static <T, R> Lookup<R> one(String what, Supplier<Stream<T>> listed, Predicate<T> matches, Function<T, R> id) {
        List<T> found;
        try (Stream<T> records = listed.get()) {
            found = records.filter(matches).limit(2).toList();
        } catch (TillbridgeException e) {
            return Lookup.unknown("looking up " + what + " failed: " + e.getMessage());
        }
        if (found.isEmpty()) {
            return Lookup.absent();
        }
        if (found.size() > 1) {
            return Lookup.unknown("more than one record matches " + what + "; a person has to say which is ours");
        }
        return Lookup.found(id.apply(found.get(0)));
    }
}
