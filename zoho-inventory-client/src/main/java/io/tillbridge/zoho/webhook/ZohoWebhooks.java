package io.tillbridge.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.internal.ZohoJson;
import io.tillbridge.zoho.model.Contact;
import io.tillbridge.zoho.model.Invoice;
import io.tillbridge.zoho.model.Item;
import io.tillbridge.zoho.model.SalesOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and reads Zoho Inventory workflow webhooks. Zoho documents no signature scheme for
 * Inventory (reference: zoho-inventory.md §6), so the merchant configures the webhook to send an
 * HMAC-SHA256 of the raw body, keyed with a shared secret, in a header of their choosing; this
 * class checks it in constant time, accepting hex or Base64. The payload is the entity JSON
 * ({@code {"salesorder": {…}}}); the event name comes from the configured header or query value.
 */
public final class ZohoWebhooks {

    private static final int MAX_BODY = 1024 * 1024;

    private final Secret secret;
    private final String signatureHeader;

    /**
     * @param secret          the shared secret configured in the Zoho workflow webhook
     * @param signatureHeader the header carrying the signature, for example {@code X-Zoho-Webhook-Signature}
     */
    public ZohoWebhooks(Secret secret, String signatureHeader) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.signatureHeader = Objects.requireNonNull(signatureHeader, "signatureHeader");
    }

    public String signatureHeader() {
        return signatureHeader;
    }

    /** True when the signature is the HMAC-SHA256 of exactly these bytes. */
    public boolean verify(byte[] rawBody, String signature) {
        if (signature == null || rawBody == null) {
            return false;
        }
        byte[] expected = hmac(rawBody);
        String presented = signature.trim();
        if (presented.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
            presented = presented.substring(7);
        }
        byte[] decoded = decode(presented);
        return decoded != null && MessageDigest.isEqual(expected, decoded);
    }

    /**
     * Verifies, then parses.
     *
     * @param headers the request headers (names matched ignoring case)
     * @param event   the event name sent with the webhook, for example {@code salesorder.confirmed}; may be null
     * @throws ValidationException when the signature is missing or wrong, or the body is not a Zoho entity
     */
    public WebhookEvent parse(byte[] rawBody, Map<String, String> headers, String event) {
        String signature = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(signatureHeader))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (!verify(rawBody, signature)) {
            throw new ValidationException(signatureHeader, signature == null ? "is missing" : "does not match the body");
        }
        if (rawBody.length > MAX_BODY) {
            throw new ValidationException("body", "is larger than " + MAX_BODY + " bytes");
        }
        JsonNode root;
        try {
            root = ZohoJson.mapper().readTree(rawBody);
        } catch (IOException e) {
            throw new ValidationException("body", "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("body", "is not a JSON object");
        }
        if (root.has("salesorder")) {
            return new WebhookEvent.SalesOrderEvent(event, ZohoConnection.read(root.get("salesorder"), SalesOrder.class));
        }
        if (root.has("item")) {
            return new WebhookEvent.ItemEvent(event, ZohoConnection.read(root.get("item"), Item.class));
        }
        if (root.has("contact")) {
            return new WebhookEvent.ContactEvent(event, ZohoConnection.read(root.get("contact"), Contact.class));
        }
        if (root.has("invoice")) {
            return new WebhookEvent.InvoiceEvent(event, ZohoConnection.read(root.get("invoice"), Invoice.class));
        }
        String key = root.fieldNames().hasNext() ? root.fieldNames().next() : "";
        return new WebhookEvent.OtherEvent(event, key, root);
    }

    /** The signature a sender would compute, hex; for tests and for configuring senders. */
    public String sign(byte[] rawBody) {
        return HexFormat.of().formatHex(hmac(rawBody));
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    private static byte[] decode(String signature) {
        try {
            if (signature.matches("[0-9a-fA-F]{64}")) {
                return HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT));
            }
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
