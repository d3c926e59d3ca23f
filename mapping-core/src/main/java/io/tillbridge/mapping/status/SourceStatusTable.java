package io.tillbridge.mapping.status;

import io.tillbridge.mapping.model.PaymentStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a source system's payment status — a status word, optionally qualified by a status code —
 * to the canonical {@link PaymentStatus}. An exact (status, code) rule wins over a status-only
 * rule. Anything the table does not know becomes {@link PaymentStatus#UNKNOWN}, never success.
 * Matching ignores case and surrounding spaces.
 *
 * <p>Immutable. Hosts extend or replace rules through {@link #toBuilder()}.
 */
public final class SourceStatusTable {

    private static final String ANY_CODE = "*";

    private final Map<String, PaymentStatus> rules;
    private final java.util.Set<String> duplicates;

    private SourceStatusTable(Map<String, PaymentStatus> rules, java.util.Set<String> duplicates) {
        this.rules = Map.copyOf(rules);
        this.duplicates = java.util.Set.copyOf(duplicates);
    }

    /**
     * Starts an empty table.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>(), new java.util.LinkedHashSet<>());
    }

    /**
     * A builder holding this table's rules, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(rules), new java.util.LinkedHashSet<>(duplicates));
    }

    /**
     * True when the status says the request repeated one already processed (Opayo classic
     * {@code OK REPEATED}): the outcome is the first one's, and nothing new happened.
     *
     * @param status the source's status word
     * @return true for a duplicate answer
     */
    public boolean isDuplicate(String status) {
        return status != null && duplicates.contains(normal(status));
    }

    /**
     * Maps a status with its code; a null code matches only status-only rules.
     *
     * @param status the source's status word
     * @param code   the source's status code; may be null
     * @return the canonical status, {@code UNKNOWN} when no rule matches
     */
    public PaymentStatus map(String status, String code) {
        if (status == null) {
            return PaymentStatus.UNKNOWN;
        }
        if (code != null) {
            PaymentStatus exact = rules.get(key(status, code));
            if (exact != null) {
                return exact;
            }
        }
        return rules.getOrDefault(key(status, ANY_CODE), PaymentStatus.UNKNOWN);
    }

    /**
     * Maps a status that has no code (Opayo classic, notification {@code Status}).
     *
     * @param status the source's status word
     * @return the canonical status, {@code UNKNOWN} when no rule matches
     */
    public PaymentStatus map(String status) {
        return map(status, null);
    }

    /**
     * The rules, as "status/code" → canonical; "*" stands for any code. For inspection and export.
     *
     * @return the rules
     */
    public Map<String, PaymentStatus> rules() {
        return rules;
    }

    private static String key(String status, String code) {
        return normal(status) + "/" + normal(code);
    }

    private static String normal(String text) {
        return text.trim().toUpperCase(Locale.ROOT);
    }

    /** Collects rules; a later rule for the same key replaces the earlier one. */
    public static final class Builder {
        private final Map<String, PaymentStatus> rules;
        private final java.util.Set<String> duplicates;

        private Builder(Map<String, PaymentStatus> rules, java.util.Set<String> duplicates) {
            this.rules = rules;
            this.duplicates = duplicates;
        }

        /**
         * Marks a status as the answer to a repeated request (see {@link SourceStatusTable#isDuplicate}).
         *
         * @param status the status word
         * @return this builder
         */
        public Builder duplicate(String status) {
            duplicates.add(normal(requireText(status, "status")));
            return this;
        }

        /**
         * A rule for one status with one code.
         *
         * @param status the status word
         * @param code   the status code
         * @param to     the canonical status
         * @return this builder
         */
        public Builder map(String status, String code, PaymentStatus to) {
            rules.put(key(requireText(status, "status"), requireText(code, "code")), Objects.requireNonNull(to, "to"));
            return this;
        }

        /**
         * A rule for a status whatever its code.
         *
         * @param status the status word
         * @param to     the canonical status
         * @return this builder
         */
        public Builder map(String status, PaymentStatus to) {
            return map(status, ANY_CODE, to);
        }

        /**
         * Removes a rule so that the value maps to UNKNOWN again.
         *
         * @param status the status word
         * @param code   the status code, or null for the status-only rule
         * @return this builder
         */
        public Builder remove(String status, String code) {
            rules.remove(key(status, code == null ? ANY_CODE : code));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         */
        public SourceStatusTable build() {
            return new SourceStatusTable(rules, duplicates);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
