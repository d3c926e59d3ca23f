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
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and reads Zoho Inventory workflow webhooks. Zoho Inventory does not sign webhook bodies
 * (reference: zoho-inventory.md §6); what its webhook settings do offer is custom headers and query
 * parameters. So the default check is a shared secret the merchant puts in a header
 * ({@link #sharedSecretInHeader}) or a query parameter ({@link #sharedSecretInQuery}) of the webhook,
 * compared in constant time. A sender that can sign (a proxy, Deluge) may use {@link #hmacInHeader}:
 * an HMAC-SHA256 of the raw body, hex or Base64. The size is checked before anything is hashed or
 * parsed. The payload is the entity JSON ({@code {"salesorder": {…}}}); the event name comes from the
 * configured header or query value.
 */
public final class ZohoWebhooks {

    private static final int MAX_BODY = 1024 * 1024;

    /** Where the proof travels. */
    enum Mode { HEADER_SECRET, QUERY_SECRET, HMAC_HEADER }

    /**
     * Read only when a proof is checked, never before the size is: a test gives a source that fails when
     * touched to prove that an oversized body is refused before anything is hashed.
     */
    private final Supplier<Secret> secret;
    private final String name;
    private final Mode mode;

    private ZohoWebhooks(Secret secret, String name, Mode mode) {
        this(present(secret), name, mode);
    }

    /**
     * A verifier reading its secret from {@code secret} each time a proof is checked; package-private, for tests.
     *
     * @param secret where the secret is read
     * @param name   the header or query parameter carrying the proof
     * @param mode   where the proof travels
     */
    ZohoWebhooks(Supplier<Secret> secret, String name, Mode mode) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(mode == Mode.QUERY_SECRET ? "parameter" : "header", "is missing");
        }
        this.secret = secret;
        this.name = name;
        this.mode = mode;
    }

    private static Supplier<Secret> present(Secret secret) {
        if (secret == null) {
            throw new ValidationException("secret", "is missing");
        }
        return () -> secret;
    }

    /**
     * HMAC-SHA256 of the raw body in a header; kept for senders that can sign.
     *
     * @param secret          the shared HMAC key
     * @param signatureHeader the header carrying the signature, for example {@code X-Zoho-Webhook-Signature}
     */
    public ZohoWebhooks(Secret secret, String signatureHeader) {
        this(secret, signatureHeader, Mode.HMAC_HEADER);
    }

    /**
     * HMAC-SHA256 of the raw body in {@code header}, hex or Base64, optionally prefixed {@code sha256=}.
     *
     * @param secret the webhook's signing secret
     * @param header the header carrying the signature
     * @return the verifier
     */
    public static ZohoWebhooks hmacInHeader(Secret secret, String header) {
        return new ZohoWebhooks(secret, header, Mode.HMAC_HEADER);
    }

    /**
     * The shared secret itself in a custom header the merchant added to the Zoho webhook, for example {@code
     * X-Tillbridge-Token}.
     *
     * @param secret the shared secret
     * @param header the header carrying it
     * @return the verifier
     */
    public static ZohoWebhooks sharedSecretInHeader(Secret secret, String header) {
        return new ZohoWebhooks(secret, header, Mode.HEADER_SECRET);
    }

    /**
     * The shared secret itself in a custom query parameter of the webhook URL, for example {@code token}.
     *
     * @param secret    the shared secret
     * @param parameter the query parameter carrying it
     * @return the verifier
     */
    public static ZohoWebhooks sharedSecretInQuery(Secret secret, String parameter) {
        return new ZohoWebhooks(secret, parameter, Mode.QUERY_SECRET);
    }

    /**
     * The header (or, for {@link #sharedSecretInQuery}, the query parameter) that carries the proof.
     *
     * @return the header or parameter name
     */
    public String signatureHeader() {
        return name;
    }

    /**
     * True when the signature is the HMAC-SHA256 of exactly these bytes (HMAC mode), or the shared secret (secret
     * modes).
     *
     * @param rawBody   the request body, exactly as received
     * @param signature the proof the request carried
     * @return true when it matches
     */
    public boolean verify(byte[] rawBody, String signature) {
        if (signature == null || rawBody == null || rawBody.length > MAX_BODY) {
            return false;
        }
        if (mode != Mode.HMAC_HEADER) {
            return sameSecret(signature);
        }
        byte[] expected = hmac(rawBody);
        String presented = signature.trim();
        if (presented.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
            presented = presented.substring(7);
        }
        byte[] decoded = decode(presented);
        return decoded != null && MessageDigest.isEqual(expected, decoded);
    }

    /** Constant time and independent of length: both sides are hashed before they are compared. */
    private boolean sameSecret(String presented) {
        return MessageDigest.isEqual(sha256(secret.get().reveal()), sha256(presented));
    }

    /**
     * Verifies, then parses, taking the proof from a header or a query parameter as configured.
     *
     * @param rawBody the request body, exactly as received
     * @param headers the request headers (names matched ignoring case)
     * @param query   the request's query parameters (names matched exactly); may be empty
     * @param event   the event name sent with the webhook; may be null
     * @return the event
     * @throws ValidationException when the body is too large, the proof is missing or wrong, or the body is not a Zoho entity
     */
    public WebhookEvent parse(byte[] rawBody, Map<String, String> headers, Map<String, String> query, String event) {
        if (rawBody == null) {
            throw new ValidationException("body", "is missing");
        }
        if (rawBody.length > MAX_BODY) {
            throw new ValidationException("body", "is larger than " + MAX_BODY + " bytes");
        }
        Map<String, String> source = mode == Mode.QUERY_SECRET ? (query == null ? Map.of() : query) : (headers == null ? Map.of() : headers);
        String proof = source.entrySet().stream()
                .filter(e -> mode == Mode.QUERY_SECRET ? e.getKey().equals(name) : e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (!verify(rawBody, proof)) {
            throw new ValidationException(name, proof == null ? "is missing" : "does not match");
        }
        return read(rawBody, event);
    }

    /**
     * Verifies, then parses; for proofs carried in a header.
     *
     * @param rawBody the request body, exactly as received
     * @param headers the request headers (names matched ignoring case)
     * @param event   the event name sent with the webhook, for example {@code salesorder.confirmed}; may be null
     * @return the event
     * @throws ValidationException when the proof is missing or wrong, or the body is not a Zoho entity
     */
    public WebhookEvent parse(byte[] rawBody, Map<String, String> headers, String event) {
        return parse(rawBody, headers, Map.of(), event);
    }

    /**
     * Reads a webhook body that was verified when it arrived — one the host kept with the work it
     * scheduled (the runner keeps a confirmed sales order's body, so that the order is not read from Zoho
     * again). Never call it on a body that was not verified first: it checks no proof.
     *
     * @param verifiedBody the exact bytes that passed {@link #parse}
     * @param event        the event name sent with the webhook; may be null
     * @return the entity the body carries
     * @throws ValidationException when the body is not a Zoho entity
     */
    public static WebhookEvent readVerified(byte[] verifiedBody, String event) {
        if (verifiedBody == null) {
            throw new ValidationException("body", "is missing");
        }
        if (verifiedBody.length > MAX_BODY) {
            throw new ValidationException("body", "is larger than " + MAX_BODY + " bytes");
        }
        return read(verifiedBody, event);
    }

    private static WebhookEvent read(byte[] rawBody, String event) {
        JsonNode root;
        try {
            root = ZohoJson.mapper().readTree(rawBody);
        } catch (IOException e) {
            throw new ValidationException("body", "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("body", "is not a JSON object");
        }
        try {
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
        } catch (io.tillbridge.client.ApiException wrongShape) {
            throw new ValidationException("body", "is not a Zoho entity of the kind it names: " + wrongShape.getMessage());
        }
        String key = root.fieldNames().hasNext() ? root.fieldNames().next() : "";
        return new WebhookEvent.OtherEvent(event, key, root);
    }

    /**
     * The HMAC signature a sender would compute, hex; for tests and for configuring senders.
     *
     * @param rawBody the request body
     * @return the signature
     */
    public String sign(byte[] rawBody) {
        return HexFormat.of().formatHex(hmac(rawBody));
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get().reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
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
