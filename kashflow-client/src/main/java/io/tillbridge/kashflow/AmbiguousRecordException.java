package io.tillbridge.kashflow;

import io.tillbridge.TillbridgeException;

/**
 * A lookup by a key that should name one record (a payment's reference, a bank transaction's comment)
 * found several. Nothing is adopted or posted on the strength of it: a person decides which is real.
 */
public class AmbiguousRecordException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the key looked up and the records it found, by id
     */
    public AmbiguousRecordException(String message) {
        super(message);
    }
}
