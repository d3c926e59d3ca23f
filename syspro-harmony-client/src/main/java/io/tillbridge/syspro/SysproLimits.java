package io.tillbridge.syspro;

import io.tillbridge.client.ValidationException;
import java.time.Duration;

/**
 * How large a SYSPRO call may be and how long it may queue for the session.
 *
 * @param maxUrlChars    longest URL sent; the e.net REST endpoint carries every XML document in the URL and
 *                       IIS/http.sys refuse long request lines (16 KB by default), so a larger document is
 *                       refused before sending with a clear error instead of an opaque HTTP 400/414
 * @param maxAnswerBytes largest answer read; a larger one is refused unread (a declared length over it before
 *                       a byte of the body is read, an undeclared one as soon as it passes the limit)
 * @param sessionWait    how long a call waits for the session while another call holds it
 */
public record SysproLimits(int maxUrlChars, int maxAnswerBytes, Duration sessionWait) {

    /** 16 000 URL characters, 10 MB answers, 60 s queueing. */
    public static final SysproLimits DEFAULTS = new SysproLimits(16_000, 10 * 1024 * 1024, Duration.ofSeconds(60));

    /**
     * Checks the limits.
     *
     * @param maxUrlChars    longest URL sent, at least 256
     * @param maxAnswerBytes largest answer read, at least 1024
     * @param sessionWait    how long a call waits for the session, not negative
     * @throws ValidationException naming the limit out of range
     */
    public SysproLimits {
        if (maxUrlChars < 256) {
            throw new ValidationException("maxUrlChars", "must be at least 256, was " + maxUrlChars);
        }
        if (maxAnswerBytes < 1024) {
            throw new ValidationException("maxAnswerBytes", "must be at least 1024, was " + maxAnswerBytes);
        }
        if (sessionWait == null || sessionWait.isNegative()) {
            throw new ValidationException("sessionWait", "must be a duration of zero or more");
        }
    }
}
