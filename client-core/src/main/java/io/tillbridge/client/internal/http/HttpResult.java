package io.tillbridge.client.internal.http;

import io.tillbridge.client.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What came back: any HTTP status, for the client to interpret.
 *
 * @param status    the HTTP status
 * @param headers   response headers, names as sent
 * @param body      the body bytes, possibly empty
 * @param attempts  how many attempts the call took
 * @param requestId the system's request id, when it sent one
 * @param redactor  the transport's redactor, which knows the client's own secrets
 */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body, int attempts, String requestId,
                         Redactor redactor) {

    public HttpResult {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        redactor = redactor == null ? Redactor.standard() : redactor;
    }

    /** A result redacted with the standard rules only. */
    public HttpResult(int status, Map<String, List<String>> headers, byte[] body, int attempts, String requestId) {
        this(status, headers, body, attempts, requestId, null);
    }

    /**
     * Server text made safe for an exception message: the client's own secrets, sensitive fields,
     * card numbers and security codes masked. Every message that quotes the server goes through here.
     */
    public String redact(String serverText) {
        return redactor.text(serverText);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, matched ignoring case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst();
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "HttpResult[status=" + status + ", attempts=" + attempts + ", requestId=" + requestId + "]";
    }
}
