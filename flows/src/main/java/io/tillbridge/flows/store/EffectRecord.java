package io.tillbridge.flows.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a store knows about one effect.
 *
 * @param key         the effect key ({@code flow/effect/subject/attempt})
 * @param flow        the flow
 * @param subject     the subject
 * @param state       begun or done
 * @param fingerprint the intent's fingerprint when it began
 * @param intent      the intent, readable
 * @param result      the saved result; empty while begun
 * @param token       the fencing token of the last write
 * @param updatedAt   when it was last written
 */
public record EffectRecord(String key, String flow, String subject, State state, String fingerprint,
                           Map<String, String> intent, Map<String, String> result, long token, Instant updatedAt) {

    /** Where an effect got to. */
    public enum State {
        /** Recorded before the send: it may or may not have happened. */
        BEGUN,
        /** It happened; its result is saved. */
        DONE
    }

    /**
     * Requires the key, state and fingerprint.
     *
     * @param key         the effect key ({@code flow/effect/subject/attempt})
     * @param flow        the flow
     * @param subject     the subject
     * @param state       begun or done
     * @param fingerprint the intent's fingerprint when it began
     * @param intent      the intent, readable
     * @param result      the saved result; empty while begun
     * @param token       the fencing token of the last write
     * @param updatedAt   when it was last written
     */
    public EffectRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fingerprint, "fingerprint");
        intent = Map.copyOf(intent);
        result = Map.copyOf(result);
    }

    /**
     * The amount the effect began with, as its intent recorded it ({@code amount} and {@code currency}).
     *
     * @return the amount; empty for an effect that moves no money, or an intent that cannot be read as money
     */
    public java.util.Optional<io.tillbridge.mapping.money.Money> intendedAmount() {
        String value = intent.get("amount");
        String currency = intent.get("currency");
        if (value == null || currency == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(io.tillbridge.mapping.money.Money.of(value, currency));
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
