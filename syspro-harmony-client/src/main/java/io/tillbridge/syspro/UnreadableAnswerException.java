package io.tillbridge.syspro;

import io.tillbridge.TillbridgeException;

/**
 * SYSPRO answered something the client cannot read: malformed XML, a refused DTD, a number that is not
 * a number, an answer over the size limit. Whether the call had an effect is not known from the answer.
 */
public class UnreadableAnswerException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong with the answer, redacted
     */
    public UnreadableAnswerException(String message) {
        super(message);
    }
}
