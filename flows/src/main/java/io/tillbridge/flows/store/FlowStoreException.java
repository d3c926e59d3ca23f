package io.tillbridge.flows.store;

import io.tillbridge.TillbridgeException;

/** The storage under a flow store failed; the failed call wrote nothing. */
public final class FlowStoreException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause   the database's exception
     */
    public FlowStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
