package io.tillbridge.runner.ingest;

import io.tillbridge.client.ValidationException;
import io.tillbridge.zoho.webhook.WebhookEvent;
import io.tillbridge.zoho.webhook.ZohoWebhooks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Zoho Inventory webhooks as an {@link EventIngress} source. Zoho Inventory does not sign webhook
 * bodies; the webhook is configured (Settings → Automation → Workflow Actions → Webhooks) with a
 * shared secret in a custom header or query parameter, which {@link ZohoWebhooks} checks in constant
 * time, and with the event name in the {@code event} query parameter or an {@code X-Zoho-Event} header.
 *
 * <p>A confirmed sales order schedules the runner's {@code order} work for its id, with the verified
 * body as the work's payload (read it back with {@code ZohoWebhooks.readVerified}); other sales-order
 * events, items and contacts are acknowledged and nothing is scheduled; an entity we do not know is
 * refused (422). Zoho sends no delivery id, so the id is a digest of the exact body: the same delivery
 * sent again is acknowledged without scheduling twice.
 */
public final class ZohoWebhooksSource {

    private ZohoWebhooksSource() {
    }

    /**
     * Sales-order webhooks only: a credit-note webhook is refused as an unknown type.
     *
     * @param webhooks the host's verifier (shared secret in a header or query parameter, or HMAC)
     * @param kind     the runner's work kind for a confirmed sales order (normally {@code "order"})
     * @return the source, to register under a name (e.g. {@code "zoho"}) with {@link EventIngress}
     */
    public static EventIngress.Source source(ZohoWebhooks webhooks, String kind) {
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(kind, "kind");
        return new EventIngress.Source(event -> decode(event, webhooks, kind, null), EventIngress.Replies.PLAIN);
    }

    /**
     * As {@link #source(ZohoWebhooks, String)}, and an open credit note (a Zoho workflow webhook on credit
     * notes, payload {@code {"creditnote": {...}}}) schedules the runner's {@code refundKind} work (normally
     * {@code "refund"}) for its id; a credit note in any other state is acknowledged, nothing scheduled.
     *
     * @param webhooks   the host's verifier
     * @param orderKind  the runner's work kind for a confirmed sales order (normally {@code "order"})
     * @param refundKind the runner's work kind for an open credit note (normally {@code "refund"})
     * @return the source, to register under a name (e.g. {@code "zoho"}) with {@link EventIngress}
     */
    public static EventIngress.Source source(ZohoWebhooks webhooks, String orderKind, String refundKind) {
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(orderKind, "orderKind");
        Objects.requireNonNull(refundKind, "refundKind");
        return new EventIngress.Source(event -> decode(event, webhooks, orderKind, refundKind), EventIngress.Replies.PLAIN);
    }

    /**
     * The sales order of a confirmed-order webhook that this source verified and the runner kept as the
     * work's payload — for the work, which runs the order from it instead of reading it from Zoho again.
     *
     * @param payload the payload the runner handed to the work
     * @return the sales order as Zoho sent it
     * @throws io.tillbridge.runner.RunnerException when the payload holds no sales order
     */
    public static io.tillbridge.zoho.model.SalesOrder salesOrderOf(String payload) {
        Objects.requireNonNull(payload, "payload");
        WebhookEvent event;
        try {
            event = ZohoWebhooks.readVerified(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        } catch (ValidationException e) {
            throw new io.tillbridge.runner.RunnerException("the kept webhook body is not a Zoho entity: " + e.getMessage());
        }
        if (event instanceof WebhookEvent.SalesOrderEvent order && order.salesOrder() != null) {
            return order.salesOrder();
        }
        throw new io.tillbridge.runner.RunnerException("the kept webhook body holds no sales order");
    }

    private static EventDecoder.Decision decode(InboundEvent delivery, ZohoWebhooks webhooks, String kind, String refundKind) {
        Map<String, String> headers = new LinkedHashMap<>();
        delivery.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        Map<String, String> query = delivery.queryParameters();
        String eventName = delivery.queryParameter("event").or(() -> delivery.header("X-Zoho-Event")).orElse(null);
        byte[] body = delivery.body();
        WebhookEvent event;
        try {
            event = webhooks.parse(body, headers, query, eventName);
        } catch (ValidationException e) {
            // The proof is checked before anything is read: a failure naming its header or parameter is a bad proof.
            boolean unauthentic = e.errors().stream().anyMatch(error -> !error.field().equals("body"));
            return new EventDecoder.Reject(unauthentic ? EventDecoder.Reason.UNAUTHENTIC : EventDecoder.Reason.MALFORMED,
                    unauthentic ? "shared secret missing or wrong" : "unreadable webhook");
        } catch (RuntimeException e) {
            return new EventDecoder.Reject(EventDecoder.Reason.MALFORMED, "unreadable webhook");
        }
        String deliveryId = "sha256:" + sha256(body);
        if (event instanceof WebhookEvent.SalesOrderEvent order) {
            var salesOrder = order.salesOrder();
            if (salesOrder == null || salesOrder.salesorderId() == null || salesOrder.salesorderId().isBlank()) {
                return new EventDecoder.Reject(EventDecoder.Reason.MALFORMED, "sales order without salesorder_id");
            }
            String status = salesOrder.status() == null ? "" : salesOrder.status().toLowerCase(Locale.ROOT);
            if (status.equals("confirmed")) {
                // The body is the whole order: kept with the work, so that it is not read from Zoho again.
                return new EventDecoder.Work(deliveryId, kind, salesOrder.salesorderId(),
                        new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
            return new EventDecoder.Ignore(deliveryId, "sales order status '" + status + "' needs no payment");
        }
        if (refundKind != null && event instanceof WebhookEvent.OtherEvent other && "creditnote".equals(other.entity())) {
            String id = other.payload().path("creditnote").path("creditnote_id").asText("");
            if (id.isBlank()) {
                return new EventDecoder.Reject(EventDecoder.Reason.MALFORMED, "credit note without creditnote_id");
            }
            String status = other.payload().path("creditnote").path("status").asText("").toLowerCase(Locale.ROOT);
            return status.equals("open") ? new EventDecoder.Work(deliveryId, refundKind, id)
                    : new EventDecoder.Ignore(deliveryId, "credit note status '" + status + "' needs no refund");
        }
        if (event instanceof WebhookEvent.ItemEvent || event instanceof WebhookEvent.ContactEvent
                || event instanceof WebhookEvent.InvoiceEvent) {
            return new EventDecoder.Ignore(deliveryId, "event " + event.event() + " needs no work");
        }
        return new EventDecoder.Reject(EventDecoder.Reason.UNKNOWN_TYPE, "unknown event type");
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
