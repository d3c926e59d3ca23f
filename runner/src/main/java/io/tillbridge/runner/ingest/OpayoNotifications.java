package io.tillbridge.runner.ingest;

import io.tillbridge.client.Secret;
import io.tillbridge.opayo.notification.NotificationReply;
import io.tillbridge.opayo.notification.ServerNotification;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Opayo Server notifications as an {@link EventIngress} source. Opayo reads the reply's body, not its
 * status: every answer is HTTP 200 with {@code Status=OK}, {@code INVALID} (bad signature or data) or
 * {@code ERROR} (we could not take it; Opayo tries again), and a RedirectURL, which Opayo requires.
 *
 * <p>A notification for a transaction that took money (OK, OK REPEATED, AUTHENTICATED, REGISTERED)
 * schedules the host's work {@code kind} for its VPSTxId; one that did not (NOTAUTHED, REJECTED, ABORT,
 * …) is acknowledged and nothing is scheduled. The delivery id is VPSTxId + Status, so Opayo's retry of
 * the same notification is acknowledged without scheduling twice. The work's payload is the
 * notification's VendorTxCode (verified with the rest), which the work needs to read the transaction
 * from Reporting ({@link io.tillbridge.runner.kashflow.KashFlowWork}).
 */
public final class OpayoNotifications {

    private static final Set<String> MONEY_TAKEN = Set.of("OK", "OK REPEATED", "AUTHENTICATED", "REGISTERED");
    private static final Set<String> NO_MONEY = Set.of("PENDING", "NOTAUTHED", "REJECTED", "3DAUTH", "PPREDIRECT",
            "ABORT", "MALFORMED", "INVALID", "ERROR");

    private OpayoNotifications() {
    }

    /**
     * A source for hosts that verify every notification with one SecurityKey.
     *
     * @param vendorName  the vendor name the notifications are signed with
     * @param securityKey the SecurityKey Opayo returned at registration (one per transaction in the Server
     *                    protocol; hosts that keep them per transaction supply a lookup instead, see
     *                    {@link #source(String, KeyLookup, String, String)})
     * @param kind        the runner's work kind to schedule for a payment that took money
     * @param redirectUrl where Opayo sends the shopper next
     * @return the source, to register under a name (e.g. {@code "opayo"}) with {@link EventIngress}
     */
    public static EventIngress.Source source(String vendorName, Secret securityKey, String kind, String redirectUrl) {
        Objects.requireNonNull(securityKey, "securityKey");
        return source(vendorName, vendorTxCode -> securityKey, kind, redirectUrl);
    }

    /** The SecurityKey Opayo returned when the transaction with this VendorTxCode was registered. */
    @FunctionalInterface
    public interface KeyLookup {
        /**
         * Looks up the key a notification must be signed with.
         *
         * @param vendorTxCode the host's own transaction code, as the notification names it
         * @return the key, or null when no such transaction was registered here
         */
        Secret securityKey(String vendorTxCode);
    }

    /**
     * A source that verifies each notification with the SecurityKey of its own transaction, as the Server
     * protocol issues them. A notification for a transaction the lookup does not know is refused as
     * unauthentic.
     *
     * @param vendorName  the vendor name the notifications are signed with
     * @param keys        finds the SecurityKey Opayo returned when the transaction was registered
     * @param kind        the runner's work kind to schedule for a payment that took money
     * @param redirectUrl where Opayo sends the shopper next; checked now, not at the first delivery
     * @return the source, to register under a name (e.g. {@code "opayo"}) with {@link EventIngress}
     */
    public static EventIngress.Source source(String vendorName, KeyLookup keys, String kind, String redirectUrl) {
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(kind, "kind");
        NotificationReply.ok(redirectUrl); // refuses a missing or multi-line URL now, not at the first delivery
        EventDecoder decoder = event -> decode(event, vendorName, keys, kind);
        return new EventIngress.Source(decoder, replies(redirectUrl));
    }

    private static EventDecoder.Decision decode(InboundEvent event, String vendorName, KeyLookup keys, String kind) {
        ServerNotification notification;
        try {
            notification = ServerNotification.parse(new String(event.body(), StandardCharsets.ISO_8859_1));
        } catch (RuntimeException e) {
            return new EventDecoder.Reject(EventDecoder.Reason.MALFORMED, "unreadable notification");
        }
        Secret key = keys.securityKey(notification.vendorTxCode());
        if (key == null || !notification.verify(vendorName, key)) {
            return new EventDecoder.Reject(EventDecoder.Reason.UNAUTHENTIC, "signature does not match");
        }
        String status = notification.status().toUpperCase(Locale.ROOT);
        String eventId = notification.vpsTxId() + "/" + status;
        if (MONEY_TAKEN.contains(status)) {
            // The verified VendorTxCode rides along: Pi's transaction answer has none, and Reporting's detail is
            // keyed by it (KashFlowWork reads the payment with it).
            return new EventDecoder.Work(eventId, kind, notification.vpsTxId(), notification.vendorTxCode());
        }
        if (NO_MONEY.contains(status)) {
            return new EventDecoder.Ignore(eventId, "status " + status + " took no money");
        }
        return new EventDecoder.Reject(EventDecoder.Reason.UNKNOWN_TYPE, "unknown status");
    }

    private static EventIngress.Replies replies(String redirectUrl) {
        return new EventIngress.Replies() {
            @Override
            public EventIngress.Reply accepted(String detail) {
                return reply(NotificationReply.ok(redirectUrl));
            }

            @Override
            public EventIngress.Reply duplicate(String detail) {
                return reply(NotificationReply.ok(redirectUrl));
            }

            @Override
            public EventIngress.Reply refused(int status, String detail) {
                // 4xx: the notification itself is wrong (INVALID); 5xx: we could not take it now (ERROR).
                NotificationReply.Status answer = status >= 500 ? NotificationReply.Status.ERROR : NotificationReply.Status.INVALID;
                return reply(new NotificationReply(answer, redirectUrl, detail));
            }
        };
    }

    private static EventIngress.Reply reply(NotificationReply reply) {
        return new EventIngress.Reply(200, "text/plain; charset=ISO-8859-1", reply.body());
    }
}
