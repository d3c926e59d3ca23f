package io.tillbridge.mapping;

import java.util.Objects;

/**
 * One thing wrong with one field of an input.
 *
 * @param field   the path of the field, for example {@code billingAddress.city} or {@code lines[2].rate}
 * @param problem what is wrong with it, in words a person can act on
 */
public record Violation(String field, String problem) {

    /**
     * Requires both the field and the problem.
     *
     * @param field   the path of the field, for example {@code billingAddress.city} or {@code lines[2].rate}
     * @param problem what is wrong with it, in words a person can act on
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
