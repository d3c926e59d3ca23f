package io.tillbridge.client.internal.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP call as a client describes it: method, path relative to the base URL, headers, body and
 * whether it is safe to repeat. Immutable.
 *
 * @param method    GET, POST, PUT, DELETE
 * @param path      path and query, relative to the transport's base URL (starts with {@code /})
 * @param headers   extra headers; sensitive ones are redacted in logs
 * @param body      the body bytes; null for none
 * @param retry     whether a failed attempt may be repeated
 * @param deadline  bounds the whole call, retries included; null for the transport's default
 * @param operation a short name for logs and metrics, for example {@code transactions.create}
 * @param logPath   what logs and listeners show instead of the path, when the path itself holds a
 *                  credential (a session key in the URL); null to show the redacted path
 */
public record Call(String method, String path, Map<String, String> headers, byte[] body, RetryMode retry,
                   Duration deadline, String operation, String logPath) {

    /** Whether repeating an attempt could cause a second effect. */
    public enum RetryMode {
        /**
         * The call has no side effect or an idempotency handle (GET, PUT, DELETE, keyed POST): retried on
         * transport errors, 408, 429 and 5xx.
         */
        SAFE,
        /**
         * Repeating it could do it twice (a payment): retried only when the request certainly did not
         * reach the server (connection refused, circuit open) or was refused unprocessed (429).
         */
        UNSAFE
    }

    public Call {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /");
        }
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        Objects.requireNonNull(retry, "retry");
        operation = operation == null ? method + " " + path : operation;
    }

    /** A call with any method. */
    public static Builder builder(String method, String path, RetryMode retry) {
        return new Builder(method, path, retry);
    }

    public static Builder get(String path) {
        return new Builder("GET", path, RetryMode.SAFE);
    }

    public static Builder post(String path, RetryMode retry) {
        return new Builder("POST", path, retry);
    }

    public static Builder put(String path) {
        return new Builder("PUT", path, RetryMode.SAFE);
    }

    public static Builder delete(String path) {
        return new Builder("DELETE", path, RetryMode.SAFE);
    }

    public Optional<Duration> deadlineIfAny() {
        return Optional.ofNullable(deadline);
    }

    @Override
    public String toString() {
        return "Call[" + method + " " + operation + "]"; // never the body or headers: they may carry secrets
    }

    /** Builds a call. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final RetryMode retry;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private Duration deadline;
        private String operation;
        private String logPath;

        private Builder(String method, String path, RetryMode retry) {
            this.method = method;
            this.path = path;
            this.retry = retry;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder body(byte[] bytes, String contentType) {
            this.body = bytes;
            return header("Content-Type", contentType);
        }

        public Builder jsonBody(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        public Builder formBody(String form) {
            return body(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded; charset=UTF-8");
        }

        public Builder deadline(Duration deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /** Shows this in logs instead of the path, which holds a credential. */
        public Builder logPath(String logPath) {
            this.logPath = logPath;
            return this;
        }

        public Call build() {
            return new Call(method, path, headers, body, retry, deadline, operation, logPath);
        }
    }
}
