package io.tillbridge.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while a rule checks a whole record, then fails once with all of them.
 * Package users call {@link #add} as they go and {@link #throwIfAny()} at the end.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String problem) {
        found.add(new Violation(field, problem));
        return this;
    }

    public Violations addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> asList() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
