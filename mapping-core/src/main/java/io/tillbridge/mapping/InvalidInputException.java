package io.tillbridge.mapping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that a rule cannot accept. Carries every violation found, each naming its field, so that a
 * person fixing the record sees all problems at once rather than one per attempt.
 */
public class InvalidInputException extends MappingException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    /** Every violation, in the order found. Never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
