package io.tillbridge.flows.effect;

import io.tillbridge.mapping.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an effect means to do: how much money in which currency (none for effects that move no
 * money, such as writing custom fields), and the references that identify it in the target system.
 * The fingerprint is recorded when the effect begins; if the intent differs on a later run, the
 * input changed under a half-done effect and a person has to decide.
 *
 * @param amount     the amount, or null when no money is involved
 * @param references what the target system is told (vendorTxCode, invoice, reference number …), in a
 *                   fixed order
 */
public record Intent(Money amount, Map<String, String> references) {

    /**
     * Requires the references, with no null names or values, and copies them.
     *
     * @param amount     the amount, or null when no money is involved
     * @param references what the target system is told (vendorTxCode, invoice, reference number …), in a
     *                   fixed order
     */
    public Intent {
        Objects.requireNonNull(references, "references");
        references.forEach((k, v) -> {
            Objects.requireNonNull(k, "reference name");
            Objects.requireNonNull(v, () -> "reference " + k);
        });
        references = java.util.Collections.unmodifiableMap(new TreeMap<>(references));
    }

    /**
     * An intent that moves money.
     *
     * @param amount     the money
     * @param references the references that identify what is done, by name
     * @return the intent
     */
    public static Intent of(Money amount, Map<String, String> references) {
        return new Intent(Objects.requireNonNull(amount, "amount"), references);
    }

    /**
     * An intent that moves no money.
     *
     * @param references the references that identify what is done, by name
     * @return the intent
     */
    public static Intent of(Map<String, String> references) {
        return new Intent(null, references);
    }

    /**
     * The intent as flat text fields, as stores keep it for people to read.
     *
     * @return the fields
     */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        if (amount != null) {
            out.put("amount", amount.amount().toPlainString());
            out.put("currency", amount.currency().getCurrencyCode());
        }
        out.putAll(references);
        return out;
    }

    /**
     * A SHA-256 over the amount, currency and references; equal intents have equal fingerprints.
     *
     * @return the fingerprint, hex
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        describe().forEach((k, v) -> canonical.append(k.length()).append(':').append(k).append('=')
                .append(v.length()).append(':').append(v).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
