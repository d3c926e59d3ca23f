package io.tillbridge.opayo.form;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opayo Form integration's {@code Crypt} field (reference: opayo.md §3.3): {@code Name=Value&…} in
 * ISO-8859-1, AES-128-CBC with PKCS#5 padding, key and IV both the 16-character encryption password,
 * upper-case hex, prefixed {@code @}. Decryption accepts either hex case.
 */
public final class FormCrypt {

    private FormCrypt() {
    }

    /**
     * Encrypts a {@code Name=Value&…} string.
     *
     * @param plain    the fields as {@code Name=Value&…}
     * @param password the vendor's Form encryption password
     * @return the crypt string, {@code @} followed by hex
     */
    public static String encrypt(String plain, Secret password) {
        byte[] cipherText = cipher(Cipher.ENCRYPT_MODE, password).doFinal(plain.getBytes(StandardCharsets.ISO_8859_1));
        return "@" + HexFormat.of().withUpperCase().formatHex(cipherText);
    }

    /**
     * Encrypts fields in the given order, without URL-encoding (the protocol wants none).
     *
     * @param fields   the fields, in the order to send
     * @param password the vendor's Form encryption password
     * @return the crypt string, {@code @} followed by hex
     */
    public static String encrypt(Map<String, String> fields, Secret password) {
        StringBuilder plain = new StringBuilder();
        fields.forEach((name, value) -> {
            if (plain.length() > 0) {
                plain.append('&');
            }
            plain.append(name).append('=').append(value);
        });
        return encrypt(plain.toString(), password);
    }

    /**
     * Decrypts a crypt string as returned to the success or failure URL.
     *
     * @param crypt    the crypt string
     * @param password the vendor's Form encryption password
     * @return the plain {@code Name=Value&…} string
     * @throws ValidationException when it is not {@code @} + hex or does not decrypt with this password
     */
    public static String decrypt(String crypt, Secret password) {
        if (crypt == null || !crypt.startsWith("@") || !crypt.substring(1).matches("([0-9A-Fa-f]{32})+")) {
            throw new ValidationException("crypt", "must be @ followed by hex in 16-byte blocks");
        }
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, password).doFinal(HexFormat.of().parseHex(crypt.substring(1).toLowerCase(Locale.ROOT)));
            return new String(plain, StandardCharsets.ISO_8859_1);
        } catch (BadPadding e) {
            throw new ValidationException("crypt", "does not decrypt with this password");
        }
    }

    /**
     * Decrypts and splits into fields at the first {@code =} of each {@code &}-separated pair.
     *
     * @param crypt    the crypt string
     * @param password the vendor's Form encryption password
     * @return the fields, in their order
     */
    public static Map<String, String> decryptFields(String crypt, Secret password) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : decrypt(crypt, password).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fields;
    }

    /**
     * Decrypts and checks that the crypt is about the transaction the host expects: a crypt that
     * decrypts with the right password but carries another VendorTxCode (a shopper replaying an
     * earlier success URL against a new order) is refused.
     *
     * @param crypt                the crypt string
     * @param password             the vendor's Form encryption password
     * @param expectedVendorTxCode the VendorTxCode of the transaction the host sent
     * @return the fields, in their order
     * @throws ValidationException when the crypt is malformed, or its VendorTxCode is missing or different
     */
    public static Map<String, String> decryptFields(String crypt, Secret password, String expectedVendorTxCode) {
        if (expectedVendorTxCode == null || expectedVendorTxCode.isBlank()) {
            throw new ValidationException("expectedVendorTxCode", "must not be blank");
        }
        Map<String, String> fields = decryptFields(crypt, password);
        String actual = fields.get("VendorTxCode");
        if (actual == null) {
            throw new ValidationException("crypt.VendorTxCode", "is missing");
        }
        if (!actual.equals(expectedVendorTxCode)) {
            throw new ValidationException("crypt.VendorTxCode", "is '" + actual + "', not the expected '" + expectedVendorTxCode + "'");
        }
        return fields;
    }

    private static Crypto cipher(int mode, Secret password) {
        byte[] key = password.reveal().getBytes(StandardCharsets.ISO_8859_1);
        if (key.length != 16) {
            throw new ValidationException("password", "must be the 16-character Form encryption password");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key));
            return new Crypto(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/PKCS5Padding is required of every JVM", e);
        }
    }

    /** Thrown inside decryption when padding or key is wrong. */
    private static final class BadPadding extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private record Crypto(Cipher cipher) {
        byte[] doFinal(byte[] input) {
            try {
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new BadPadding();
            }
        }
    }
}
