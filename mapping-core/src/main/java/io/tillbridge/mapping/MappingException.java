package io.tillbridge.mapping;

import io.tillbridge.TillbridgeException;

/**
 * Root of every failure raised by the mapping rules. Unchecked: a rule that cannot be applied is a
 * programming or data error the caller must route (usually to a dead-letter queue), not a business
 * outcome. Under the one root a host catches, {@link TillbridgeException}.
 */
public abstract class MappingException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the field
     */
    protected MappingException(String message) {
        super(message);
    }
}
