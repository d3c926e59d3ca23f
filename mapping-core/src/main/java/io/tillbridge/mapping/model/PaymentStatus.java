package io.tillbridge.mapping.model;

/**
 * The canonical state of a payment, whatever system reported it. {@link #UNKNOWN} is what an
 * unrecognised source value becomes: it is never a success, and every caller must decide what to
 * do with it (usually: look the transaction up again, or hold it for a person).
 */
public enum PaymentStatus {
    /** The bank authorised the amount; money will move. */
    AUTHORISED(true, true),
    /** The bank declined the card (Opayo NotAuthed). */
    DECLINED(false, true),
    /** The merchant's own fraud rules rejected it (Opayo Rejected). */
    REJECTED(false, true),
    /** 3-D Secure authentication is required before the outcome is known (Opayo 3DAuth). */
    CHALLENGE_REQUIRED(false, false),
    /** Authenticated but not yet authorised (Opayo Authenticate then Authorise). */
    AUTHENTICATED(false, false),
    /** Registered without successful authentication (Opayo Authenticate). */
    REGISTERED(false, false),
    /** The outcome is not known yet (Opayo classic PENDING). */
    PENDING(false, false),
    /**
     * A deferred transaction was released (captured): the held amount will move (Opayo Ok/2004). A
     * success, like {@link #AUTHORISED}, but reported by an instruction rather than a payment.
     */
    RELEASED(true, true),
    /** A deferred or unfinished transaction was aborted; no money moved. */
    ABORTED(false, true),
    /** A successful transaction was voided the same day; no money moves. */
    VOIDED(false, true),
    /** The request was malformed or invalid and was not processed. */
    INVALID(false, true),
    /** The gateway failed to process the request. */
    ERROR(false, true),
    /** The source value was not recognised. Never treated as success. */
    UNKNOWN(false, false);

    private final boolean success;
    private final boolean terminal;

    PaymentStatus(boolean success, boolean terminal) {
        this.success = success;
        this.terminal = terminal;
    }

    /**
     * True for {@link #AUTHORISED} and {@link #RELEASED}: money will move.
     *
     * @return true when money will move
     */
    public boolean isSuccess() {
        return success;
    }

    /**
     * True when the status can no longer change by itself (a further action would be a new transaction).
     *
     * @return true when the status is final
     */
    public boolean isTerminal() {
        return terminal;
    }
}
