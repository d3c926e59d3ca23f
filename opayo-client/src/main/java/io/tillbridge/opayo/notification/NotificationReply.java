package io.tillbridge.opayo.notification;

import io.tillbridge.client.ValidationException;

/**
 * The answer to a Server notification: CRLF-separated {@code Status=}, {@code RedirectURL=} and an
 * optional {@code StatusDetail=} (reference: opayo.md §3.2). A reply without RedirectURL makes
 * Opayo fail the transaction (5006), so the URL is required.
 *
 * @param status       OK when the notification was accepted, INVALID when its signature or data is wrong, ERROR otherwise
 * @param redirectUrl  where Opayo sends the shopper next
 * @param statusDetail optional words for Opayo's logs
 */
public record NotificationReply(Status status, String redirectUrl, String statusDetail) {

    /** The three answers Opayo accepts. */
    public enum Status {
        /** The notification was recorded. */
        OK,
        /** The notification failed its checks. */
        INVALID,
        /** The host could not process the notification. */
        ERROR
    }

    /**
     * Requires a status and a redirect URL.
     *
     * @param status       OK when the notification was accepted, INVALID when its signature or data is wrong,
     *     ERROR otherwise
     * @param redirectUrl  where Opayo sends the shopper next
     * @param statusDetail optional words for Opayo's logs
     * @throws ValidationException naming a missing status or redirect URL, or a value with a line break
     */
    public NotificationReply {
        ValidationException.required(status, "status");
        if (redirectUrl == null || redirectUrl.isBlank()) {
            throw new ValidationException("redirectUrl", "is not set: a notification reply needs a RedirectURL (Opayo error 5006 otherwise)");
        }
        // A line break would let a value add its own Status= line to the reply.
        if (redirectUrl.contains("\r") || redirectUrl.contains("\n")) {
            throw new ValidationException("redirectUrl", "must not contain line breaks");
        }
        if (statusDetail != null && (statusDetail.contains("\r") || statusDetail.contains("\n"))) {
            throw new ValidationException("statusDetail", "must not contain line breaks");
        }
    }

    /**
     * The reply to a notification that was recorded.
     *
     * @param redirectUrl where Opayo sends the shopper next
     * @return the reply
     */
    public static NotificationReply ok(String redirectUrl) {
        return new NotificationReply(Status.OK, redirectUrl, null);
    }

    /**
     * The reply to a notification that failed its checks (a bad signature, an unknown transaction).
     *
     * @param redirectUrl where Opayo sends the shopper next
     * @param detail      why, for Opayo's logs; may be null
     * @return the reply
     */
    public static NotificationReply invalid(String redirectUrl, String detail) {
        return new NotificationReply(Status.INVALID, redirectUrl, detail);
    }

    /**
     * The response body to send back.
     *
     * @return the body
     */
    public String body() {
        return "Status=" + status + "\r\nRedirectURL=" + redirectUrl + (statusDetail == null ? "" : "\r\nStatusDetail=" + statusDetail);
    }
}
