package io.tillbridge.kashflow.internal;

import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.AccountLockedException;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.UnreadableAnswerException;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.redact.Redactor;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads KashFlow REST answers: JSON bodies (refusing malformed, HTML and oversized ones) and error
 * answers, {@code {"Error": code, "Message": text}} — documented for 401s only, assumed for the rest
 * with a fallback to the raw body or the status alone (reference: kashflow.md §2). A 400 is a
 * {@link KashFlowApiException} carrying {@code Error} and {@code Message}, not a typed validation error
 * with field errors: the reference documents no 400 shape, so there are no field errors to read.
 * Every server text is redacted before it goes into an exception.
 */
public final class RestErrors {

    /** Larger answers are refused, whatever they are: no KashFlow page comes near this. */
    public static final int MAX_BODY = 16 * 1024 * 1024;

    public static final String INVALID_SESSION_TOKEN = "InvalidSessionToken";
    public static final String ACCOUNT_LOCKED = "AccountLocked";
    private static final String INVALID_TEMPORARY_TOKEN = "InvalidTemporaryToken";

    private RestErrors() {
    }

    /**
     * The body as JSON; null when empty.
     *
     * @throws KashFlowApiException when it is too large, HTML or not JSON
     */
    public static JsonNode json(HttpResult result) {
        byte[] body = result.body();
        if (body.length == 0) {
            return null;
        }
        if (body.length > MAX_BODY) {
            throw new UnreadableAnswerException(result.status(), "answer larger than " + MAX_BODY + " bytes refused",
                    result.requestId());
        }
        try {
            return KashFlowJson.mapper().readTree(body);
        } catch (IOException e) {
            String type = result.header("Content-Type").orElse("no content type");
            throw new UnreadableAnswerException(result.status(), "answer is not JSON (" + type.toLowerCase(Locale.ROOT)
                    + (looksLikeHtml(body) ? ", an HTML page" : "") + ")", result.requestId());
        }
    }

    /** The {@code Error} code of an error answer, or null when it has none. */
    public static String errorCode(HttpResult result) {
        JsonNode node = quietly(result);
        return node == null ? null : text(node, "Error");
    }

    /**
     * The exception for a non-2xx answer.
     *
     * @param duringLogin whether this answered a {@code /sessiontoken} step: 400 and 401 there mean the
     *                    credentials or memorable-word characters were refused
     * @param clock       the client's clock, against which a {@code Retry-After} HTTP date is measured
     */
    public static ApiException failure(HttpResult result, Redactor redactor, boolean duringLogin, java.time.Clock clock) {
        Redactor safe = redactor == null ? Redactor.standard() : redactor;
        JsonNode node = quietly(result);
        String code = node == null ? null : text(node, "Error");
        String message = node == null ? null : text(node, "Message");
        message = message == null ? describe(result, safe) : safe.text(message);
        int status = result.status();
        if (ACCOUNT_LOCKED.equals(code)) {
            return new AccountLockedException(status, message, result.requestId());
        }
        // A temporary token used up (its PUT was processed and the answer lost) or expired refuses no credential:
        // the next call logs in from the first step again, and nothing counts towards a lock-out.
        if (status == 401 && !INVALID_TEMPORARY_TOKEN.equals(code) || duringLogin && status == 400 && !INVALID_TEMPORARY_TOKEN.equals(code)) {
            return new AuthenticationException("KashFlow", status, code == null ? List.of() : List.of(code), message,
                    result.requestId());
        }
        if (status == 404) {
            return new KashFlowNotFoundException(status, code, message, result.requestId());
        }
        if (status == 429) {
            Duration retryAfter = result.header("Retry-After").flatMap(value -> retryAfter(value, clock)).orElse(null);
            return new RateLimitedException("KashFlow", status, code == null ? List.of() : List.of(code), message,
                    result.requestId(), retryAfter);
        }
        return new KashFlowApiException(status, code, message, result.requestId());
    }

    /**
     * {@code Retry-After} as RFC 9110 allows it: delay seconds, or an HTTP date (IMF-fixdate, as
     * RFC 1123 parses it), measured from the clock; a date already past is no wait at all.
     */
    static java.util.Optional<Duration> retryAfter(String value, java.time.Clock clock) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,18}")) {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            java.time.Instant when = java.time.ZonedDateTime.parse(trimmed, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), when);
            return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static JsonNode quietly(HttpResult result) {
        if (result.body().length == 0 || result.body().length > 64 * 1024) {
            return null; // error bodies are small
        }
        try {
            JsonNode node = KashFlowJson.mapper().readTree(result.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            value = node.get(field.toLowerCase(Locale.ROOT));
        }
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /**
     * A message for an error answer without {@code Error}/{@code Message}. KashFlow documents no 400
     * body (reference: kashflow.md §2: "treat it as {Error, Message} with a raw-body fallback"), so
     * there are no field errors to type; a short text body is quoted, redacted, so its detail is not lost.
     */
    private static String describe(HttpResult result, Redactor safe) {
        byte[] body = result.body();
        if (body.length == 0) {
            return "HTTP " + result.status() + " with no body";
        }
        if (looksLikeHtml(body)) {
            return "HTTP " + result.status() + " with an HTML page";
        }
        if (body.length <= RAW_EXCERPT) {
            String raw = new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
            if (!raw.isEmpty() && raw.chars().noneMatch(c -> c < 0x20 || c == 0xFFFD)) {
                return "HTTP " + result.status() + ": " + safe.text(raw);
            }
        }
        return "HTTP " + result.status() + " with an unreadable body";
    }

    /** The longest raw error body quoted in a message. */
    private static final int RAW_EXCERPT = 500;

    private static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 256), java.nio.charset.StandardCharsets.UTF_8)
                .trim().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
