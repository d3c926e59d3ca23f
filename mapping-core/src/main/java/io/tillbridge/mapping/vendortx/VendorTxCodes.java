package io.tillbridge.mapping.vendortx;

import io.tillbridge.mapping.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Deterministic Opayo {@code vendorTxCode}s: the idempotency key of a payment is derived from the
 * document it pays and the attempt number, so re-running a flow reproduces the same key instead of
 * charging under a new one.
 *
 * <p>Layout: {@code [prefix.]document.attempt}. Letters, digits and {@code -} of the document number
 * are kept; every other character (including {@code .} and {@code _}) becomes {@code _XX} per UTF-8
 * byte. The escaped document therefore never contains {@code .}, which makes the layout
 * unambiguous: distinct (prefix, document, attempt) triples never give the same code, and
 * {@link #parse} recovers all three. The result uses only Opayo's allowed characters (letters,
 * digits, {@code - . _ { }}) and is at most 40 long; what cannot fit is an error, never a truncation.
 */
public final class VendorTxCodes {

    /** Opayo's limit on vendorTxCode length. */
    public static final int MAX_LENGTH = 40;

    /** The characters Opayo allows in a vendorTxCode. */
    public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9\\-._{}]{1," + MAX_LENGTH + "}");

    /** The largest attempt {@link #parse} can read back (nine digits). */
    public static final int MAX_ATTEMPT = 999_999_999;

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-]{1,20}");
    private static final Pattern ATTEMPT = Pattern.compile("[1-9][0-9]{0,8}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String prefix;

    private VendorTxCodes(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Codes without a prefix.
     *
     * @return the codes
     */
    public static VendorTxCodes withoutPrefix() {
        return new VendorTxCodes(null);
    }

    /**
     * Codes that start with a prefix, for example a shop or environment name, so that two
     * installations sharing one Opayo vendor account cannot collide.
     *
     * @param prefix 1–20 letters, digits or hyphens
     * @return the codes
     */
    public static VendorTxCodes withPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidInputException("prefix", "must be 1-20 letters, digits or hyphens, got '" + prefix + "'");
        }
        return new VendorTxCodes(prefix);
    }

    /**
     * True when a string is a syntactically valid vendorTxCode (any layout, ours or not).
     *
     * @param code the string to check
     * @return true when it is a valid vendorTxCode
     */
    public static boolean isValid(String code) {
        return code != null && ALLOWED.matcher(code).matches();
    }

    /**
     * The code for a document's n-th payment attempt.
     *
     * @param documentNumber the sales order or invoice number; not blank
     * @param attempt        1 for the first attempt
     * @return the vendorTxCode
     * @throws InvalidInputException when the inputs are invalid or the code would exceed 40 characters
     */
    public String generate(String documentNumber, int attempt) {
        if (documentNumber == null || documentNumber.isEmpty()) {
            throw new InvalidInputException("documentNumber", "is missing");
        }
        if (attempt < 1 || attempt > MAX_ATTEMPT) {
            // parse reads at most nine digits: a larger attempt would make a code nothing can read back.
            throw new InvalidInputException("attempt", "must be 1 to " + MAX_ATTEMPT + ", got " + attempt);
        }
        int bad = firstUnpairedSurrogate(documentNumber);
        if (bad >= 0) {
            // A lone surrogate has no UTF-8 form: the encoder would replace it with '?', so two different
            // document numbers could share one code, which is the idempotency key of a payment.
            throw new InvalidInputException("documentNumber", "is not valid Unicode: unpaired surrogate at index " + bad);
        }
        String code = (prefix == null ? "" : prefix + ".") + escape(documentNumber) + "." + attempt;
        if (code.length() > MAX_LENGTH) {
            throw new InvalidInputException("documentNumber", "'" + documentNumber + "' encodes to " + code.length()
                    + " characters with attempt " + attempt + (prefix == null ? "" : " and prefix '" + prefix + "'")
                    + "; Opayo allows " + MAX_LENGTH);
        }
        return code;
    }

    /**
     * Recovers prefix, document number and attempt from a code this class generated (with any prefix).
     *
     * @param code a code this class generated
     * @return its parts
     * @throws InvalidInputException when the code is not in this layout
     */
    public static ParsedVendorTxCode parse(String code) {
        if (!isValid(code)) {
            throw new InvalidInputException("vendorTxCode", "is not a valid vendorTxCode");
        }
        String[] parts = code.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidInputException("vendorTxCode", "'" + code + "' is not in the [prefix.]document.attempt layout");
        }
        String prefix = parts.length == 3 ? parts[0] : null;
        if (prefix != null && !PREFIX.matcher(prefix).matches()) {
            throw new InvalidInputException("vendorTxCode", "'" + code + "' has an invalid prefix");
        }
        String attemptText = parts[parts.length - 1];
        if (!ATTEMPT.matcher(attemptText).matches()) {
            throw new InvalidInputException("vendorTxCode", "'" + code + "' does not end in an attempt number");
        }
        String document = unescape(parts[parts.length - 2], code);
        return new ParsedVendorTxCode(prefix, document, Integer.parseInt(attemptText));
    }

    private static int firstUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (kept(c)) {
                out.append(c);
            } else {
                out.append('_').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean kept(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static String unescape(String escaped, String code) {
        if (escaped.isEmpty()) {
            throw new InvalidInputException("vendorTxCode", "'" + code + "' has an empty document number");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '_') {
                int value = i + 2 < escaped.length() ? hexByte(escaped.charAt(i + 1), escaped.charAt(i + 2)) : -1;
                if (value < 0) {
                    throw new InvalidInputException("vendorTxCode", "'" + code + "' has a broken escape at position " + i);
                }
                bytes.write(value);
                i += 2;
            } else if (kept(c)) {
                bytes.write(c);
            } else {
                throw new InvalidInputException("vendorTxCode", "'" + code + "' has an unescaped '" + c + "'");
            }
        }
        String document;
        try {
            document = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("vendorTxCode", "'" + code + "' escapes bytes that are not UTF-8");
        }
        // Only the canonical spelling parses, so one document has exactly one code per attempt.
        if (!escape(document).equals(escaped)) {
            throw new InvalidInputException("vendorTxCode", "'" + code + "' is not in canonical form");
        }
        return document;
    }

    private static int hexByte(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        boolean upper = Character.isDigit(high) || Character.isUpperCase(high);
        upper &= Character.isDigit(low) || Character.isUpperCase(low);
        return h < 0 || l < 0 || !upper ? -1 : (h << 4) | l;
    }

    @Override
    public String toString() {
        return "VendorTxCodes[prefix=" + Objects.requireNonNullElse(prefix, "") + "]";
    }
}
