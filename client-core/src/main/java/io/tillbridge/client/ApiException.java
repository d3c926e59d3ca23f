package io.tillbridge.client;

import io.tillbridge.client.redact.Redactor;

import io.tillbridge.TillbridgeException;
import java.util.List;
import java.util.Optional;

/**
 * The system answered with an error. Carries the HTTP status, the system's own error codes and the
 * request id, when the system gives one, for a support ticket.
 */
public class ApiException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status of the answer. */
    private final int status;
    /** The system's error codes. */
    private final List<String> codes;
    /** The system's request id; may be null. */
    private final String requestId;

    /**
     * Creates the exception; the message is passed through the standard redactor, as it may echo what was sent.
     *
     * @param system    the downstream's name, for the message
     * @param status    the HTTP status of the answer
     * @param codes     the system's own error codes; empty when it gave none
     * @param message   the system's error text
     * @param requestId the system's request id, or null when it gave none
     */
    public ApiException(String system, int status, List<String> codes, String message, String requestId) {
        // The message often echoes the server's own words, which can echo what was sent: card numbers,
        // security codes, tokens. Clients redact with their own secrets first; this is the last guard.
        super(Redactor.standard().text(system + " answered HTTP " + status + (codes.isEmpty() ? "" : " " + codes) + ": "
                + message + (requestId == null ? "" : " (request id " + requestId + ")")));
        this.status = status;
        this.codes = List.copyOf(codes);
        this.requestId = requestId;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The system's error codes, as strings; empty when it gave none.
     *
     * @return the codes
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * The system's id for the request, to quote in a support ticket.
     *
     * @return the request id, or empty when the system gave none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * True when any of the system's codes equals this one.
     *
     * @param code a code from the system's documentation
     * @return true when the answer carried it
     */
    public boolean hasCode(String code) {
        return codes.contains(code);
    }
}
