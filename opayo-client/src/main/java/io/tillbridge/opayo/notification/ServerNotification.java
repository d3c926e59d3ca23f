package io.tillbridge.opayo.notification;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The notification Opayo Server integration POSTs to the merchant's NotificationURL (reference:
 * opayo.md §3.2). Parse it, {@link #verify} its VPSSignature in constant time, then answer with a
 * {@link NotificationReply} for every status — an unanswered transaction is aborted by Opayo.
 * {@link #toString()} shows no signature, security key or card data.
 */
public final class ServerNotification {

    /** The fields VPSSignature covers, in order; the vendor name and security key are not in the POST. */
    private static final List<String> SIGNED = List.of("VPSTxId", "VendorTxCode", "Status", "TxAuthNo", "\u0000vendor",
            "AVSCV2", "\u0000securityKey", "AddressResult", "PostCodeResult", "CV2Result", "GiftAid", "3DSecureStatus",
            "CAVV", "AddressStatus", "PayerStatus", "CardType", "Last4Digits", "DeclineCode", "ExpiryDate",
            "FraudResponse", "BankAuthCode", "ACSTransID", "DSTransID", "SchemeTraceID");
    /**
     * TOKEN registrations sign a shorter list: the VPSTxId without its braces, no card or check
     * results, and the Token in the slot before the security key.
     */
    private static final List<String> SIGNED_TOKEN = List.of("\u0000vpsTxIdBare", "VendorTxCode", "Status", "\u0000vendor",
            "Token", "\u0000securityKey");
    /** The TxTypes a Server notification reports; all but TOKEN sign {@link #SIGNED}. */
    public static final List<String> TX_TYPES = List.of("PAYMENT", "DEFERRED", "AUTHENTICATE", "TOKEN");
    private static final int MAX_BODY = 64 * 1024;

    private final Map<String, String> fields;

    private ServerNotification(Map<String, String> fields) {
        this.fields = Map.copyOf(fields);
    }

    /**
     * Parses the form-encoded body.
     *
     * @param body the POST body
     * @param charset as the POST declared it; Opayo classic protocols use ISO-8859-1
     * @return the notification
     * @throws ValidationException when the body is too large or lacks VPSTxId, VendorTxCode, Status or VPSSignature
     */
    public static ServerNotification parse(String body, Charset charset) {
        if (charset == null) {
            throw new ValidationException("charset", "is missing");
        }
        if (body == null || body.length() > MAX_BODY) {
            throw new ValidationException("body", body == null ? "is missing" : "is larger than " + MAX_BODY + " characters");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
            } catch (IllegalArgumentException malformed) {
                throw new ValidationException("body", "is not form-encoded: a broken %-escape in '"
                        + (eq < 0 ? "" : pair.substring(0, Math.min(eq, 40))) + "'");
            }
            if (fields.containsKey(name)) {
                // A second value could differ from the one signed: refuse rather than pick one.
                throw new ValidationException(name, "is sent more than once");
            }
            fields.put(name, value);
        }
        List<ValidationException.FieldError> missing = new java.util.ArrayList<>();
        for (String required : List.of("VPSTxId", "VendorTxCode", "Status", "VPSSignature")) {
            if (!fields.containsKey(required) || fields.get(required).isEmpty()) {
                missing.add(new ValidationException.FieldError(required, "is missing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        return new ServerNotification(fields);
    }

    /**
     * Parses a body in ISO-8859-1, the classic protocols' charset.
     *
     * @param body the POST body
     * @return the notification
     */
    public static ServerNotification parse(String body) {
        return parse(body, StandardCharsets.ISO_8859_1);
    }

    /**
     * True when VPSSignature matches: MD5 over the signed fields with the vendor name lower-cased and
     * the 10-character security key from registration, compared in constant time and ignoring case.
     *
     * @param vendorName  the Opayo vendor name
     * @param securityKey the transaction's security key
     * @return true when the signature matches
     */
    public boolean verify(String vendorName, Secret securityKey) {
        if (securityKey == null) {
            throw new ValidationException("securityKey", "is missing: the key stored at registration is needed to verify");
        }
        StringBuilder signed = new StringBuilder();
        for (String field : "TOKEN".equalsIgnoreCase(txType()) ? SIGNED_TOKEN : SIGNED) {
            switch (field) {
                case "\u0000vendor" -> signed.append(vendorName == null ? "" : vendorName.toLowerCase(Locale.ROOT));
                case "\u0000securityKey" -> signed.append(securityKey.reveal());
                case "\u0000vpsTxIdBare" -> signed.append(vpsTxId().replace("{", "").replace("}", ""));
                default -> signed.append(fields.getOrDefault(field, ""));
            }
        }
        byte[] expected = md5Hex(signed.toString()).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = fields.get("VPSSignature").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented);
    }

    /**
     * A field's value; empty when the POST did not carry it.
     *
     * @param name the field's name, as Opayo spells it
     * @return the value, or empty
     */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * Opayo's id for the transaction.
     *
     * @return the VPSTxId, or null when absent
     */
    public String vpsTxId() {
        return fields.get("VPSTxId");
    }

    /**
     * The merchant's code for the transaction.
     *
     * @return the VendorTxCode, or null when absent
     */
    public String vendorTxCode() {
        return fields.get("VendorTxCode");
    }

    /**
     * PAYMENT, DEFERRED, AUTHENTICATE or TOKEN; PAYMENT when the POST left it out (protocols before 3.00).
     *
     * @return the transaction type
     */
    public String txType() {
        String txType = fields.get("TxType");
        return txType == null || txType.isBlank() ? "PAYMENT" : txType;
    }

    /**
     * True for {@code OK REPEATED}: the VendorTxCode was used before and the first transaction's
     * outcome is reported again. Record it once, not as a second payment.
     *
     * @return true for a repeated notification
     */
    public boolean isRepeated() {
        return "OK REPEATED".equalsIgnoreCase(status() == null ? "" : status().trim());
    }

    /**
     * OK, OK REPEATED, PENDING, NOTAUTHED, REJECTED, AUTHENTICATED, REGISTERED, 3DAUTH, ABORT, MALFORMED, INVALID,
     * ERROR.
     *
     * @return the status
     */
    public String status() {
        return fields.get("Status");
    }

    static String md5Hex(String text) {
        try {
            // The classic protocols sign ISO-8859-1 text.
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ServerNotification[VendorTxCode=" + vendorTxCode() + ", Status=" + status() + "]";
    }
}
