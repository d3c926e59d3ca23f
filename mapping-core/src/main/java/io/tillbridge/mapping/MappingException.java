package io.tillbridge.mapping;

/**
 * Root of every failure raised by the mapping rules. Unchecked: a rule that cannot be applied is a
 * programming or data error the caller must route (usually to a dead-letter queue), not a business
 * outcome.
 */
public abstract class MappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MappingException(String message) {
        super(message);
    }
}
