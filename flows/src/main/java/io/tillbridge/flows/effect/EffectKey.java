package io.tillbridge.flows.effect;

import java.util.Objects;

/**
 * Names one external side effect deterministically: the same flow, effect, subject and attempt
 * always give the same key, on any machine and after any restart, so a rerun finds what an earlier
 * run began instead of doing it again.
 *
 * @param flow    the flow, for example {@code order-to-cash}
 * @param effect  the effect within it, for example {@code opayo-payment}
 * @param subject what the run is about, for example a Zoho sales order id
 * @param attempt 1 for the first try; a new attempt is only ever an explicit decision (a declined
 *                order retried), never implicit
 */
public record EffectKey(String flow, String effect, String subject, int attempt) {

    /**
     * Requires plain names for the flow and effect, a subject and an attempt number.
     *
     * @param flow    the flow, for example {@code order-to-cash}
     * @param effect  the effect within it, for example {@code opayo-payment}
     * @param subject what the run is about, for example a Zoho sales order id
     * @param attempt 1 for the first try; a new attempt is only ever an explicit decision (a declined
     *                order retried), never implicit
     */
    public EffectKey {
        requireName(flow, "flow");
        requireName(effect, "effect");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
        }
    }

    /**
     * The key as one string, {@code flow/effect/subject/attempt}: how stores index it.
     *
     * @return the key as one string
     */
    public String id() {
        return flow + "/" + effect + "/" + subject + "/" + attempt;
    }

    private static void requireName(String value, String field) {
        Objects.requireNonNull(value, field);
        if (!value.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException(field + " must be lower-case letters, digits and '-', was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
