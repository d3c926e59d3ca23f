package io.tillbridge.flows.syspro;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SYSPRO form of a key that may be longer than SYSPRO's 30-character {@code CustomerPoNumber} and
 * ARSTPY {@code Reference} (reference: syspro.md §4, field limits) — an Opayo vendorTxCode holds up to
 * 40, a credit's id whatever the host chose. Never cut short silently: a key of 30 or fewer characters is
 * itself; a longer one is its first 19 characters, {@code ~}, and 10 hex digits of its SHA-256 —
 * deterministic, so every lookup finds what was posted, exact-matchable, and unable to collide with a
 * real vendorTxCode, which may not contain {@code ~} (letters, digits, {@code - . _ { }} only, reference:
 * opayo.md §1.9). The full key goes with the posting in a field that holds it (a comment line, the
 * payment's narration) and in the effect's intent.
 */
public final class SysproKeys {

    /** SYSPRO's CustomerPoNumber and ARSTPY Reference. */
    public static final int MAX = 30;
    private static final int PREFIX = 19;
    private static final char MARK = '~';

    private SysproKeys() {
    }

    /**
     * The key as SYSPRO holds it.
     *
     * @param key a vendorTxCode or other key (up to 40 characters in Opayo)
     * @return the key itself up to 30 characters; beyond, its deterministic 30-character form
     */
    public static String of(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        if (key.length() <= MAX) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, PREFIX) + MARK + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Whether SYSPRO holds this key in its short form (so the full key travels elsewhere).
     *
     * @param key the key
     * @return true when it is longer than 30 characters
     */
    public static boolean shortened(String key) {
        return key.length() > MAX;
    }
}
