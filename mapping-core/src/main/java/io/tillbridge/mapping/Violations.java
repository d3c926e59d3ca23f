package io.tillbridge.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while a rule checks a whole record, then fails once with all of them.
 * Package users call {@link #add} as they go and {@link #throwIfAny()} at the end.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /**
     * Records one problem.
     *
     * @param field   the field at fault
     * @param problem what is wrong with it
     * @return this collector
     */
    public Violations add(String field, String problem) {
        found.add(new Violation(field, problem));
        return this;
    }

    /**
     * Records several problems.
     *
     * @param violations the problems, in the order found
     * @return this collector
     */
    public Violations addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /**
     * Whether no problem has been recorded.
     *
     * @return true when there is none
     */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * The problems recorded so far.
     *
     * @return a copy of the list, in the order found
     */
    public List<Violation> asList() {
        return List.copyOf(found);
    }

    /**
     * Throws every problem recorded so far in one exception; does nothing when there is none.
     *
     * @throws InvalidInputException listing the problems
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
