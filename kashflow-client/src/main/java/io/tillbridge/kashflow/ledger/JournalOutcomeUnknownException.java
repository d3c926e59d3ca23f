package io.tillbridge.kashflow.ledger;

import io.tillbridge.client.TransportException;

/**
 * A journal post got no usable answer (a reset or timeout after sending, a 5xx, or a 2xx that could
 * not be read), so KashFlow may or may not hold the journal. Nothing was resent, and the client cannot
 * look it up: the reference documents no way to find a journal by its comment (SOAP has
 * {@code InsertJournal} only; REST journals are undocumented). The caller — the flows' effect engine —
 * holds the work and has it checked in KashFlow (by {@link #comment()}) before any second post.
 */
public class JournalOutcomeUnknownException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** The journal's comment, carrying the reference it is checked by. */
    private final String comment;

    /**
     * Creates the exception.
     *
     * @param comment the journal's comment
     * @param message what happened
     * @param cause   the failure that hid the outcome
     */
    public JournalOutcomeUnknownException(String comment, String message, Throwable cause) {
        super(message, true, cause);
        this.comment = comment;
    }

    /**
     * The journal's comment, carrying the reference a person or the caller checks it by.
     *
     * @return the comment
     */
    public String comment() {
        return comment;
    }
}
