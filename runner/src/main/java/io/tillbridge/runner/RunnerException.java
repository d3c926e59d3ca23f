package io.tillbridge.runner;

import io.tillbridge.TillbridgeException;

/** The runner could not do what was asked of it: its database, its schema or its configuration. */
public class RunnerException extends TillbridgeException {

    /**
     * A failure with no underlying exception: a refused setting or an unsupported database.
     *
     * @param message what was wrong, naming the setting or field
     */
    public RunnerException(String message) {
        super(message);
    }

    /**
     * A failure caused by another, typically the database's {@link java.sql.SQLException}.
     *
     * @param message what the runner was doing
     * @param cause   the exception that stopped it
     */
    public RunnerException(String message, Throwable cause) {
        super(message, cause);
    }
}
