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

    private final int status;
    private final List<String> codes;
    private final String requestId;

    public ApiException(String system, int status, List<String> codes, String message, String requestId) {
        // The message often echoes the server's own words, which can echo what was sent: card numbers,
        // security codes, tokens. Clients redact with their own secrets first; this is the last guard.
        super(Redactor.standard().text(system + " answered HTTP " + status + (codes.isEmpty() ? "" : " " + codes) + ": "
                + message + (requestId == null ? "" : " (request id " + requestId + ")")));
        this.status = status;
        this.codes = List.copyOf(codes);
        this.requestId = requestId;
    }

    public int status() {
        return status;
    }

    /** The system's error codes, as strings; empty when it gave none. */
    public List<String> codes() {
        return codes;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** True when any of the system's codes equals this one. */
    public boolean hasCode(String code) {
        return codes.contains(code);
    }
}
