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

    /**
     * Creates the exception for every problem found, so that a caller can fix them all in one go.
     *
     * @param violations the violations, in the order found; not empty
     */
    public InvalidInputException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param field   the field at fault, as the input names it
     * @param problem what is wrong with it
     */
    public InvalidInputException(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    /**
     * Every violation, in the order found. Never empty.
     *
     * @return the violations
     */
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
