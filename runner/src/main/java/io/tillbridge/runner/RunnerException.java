package io.tillbridge.runner;

import io.tillbridge.TillbridgeException;

/** The runner could not do what was asked of it: its database, its schema or its configuration. */
public class RunnerException extends TillbridgeException {

    public RunnerException(String message) {
        super(message);
    }

    public RunnerException(String message, Throwable cause) {
        super(message, cause);
    }
}
