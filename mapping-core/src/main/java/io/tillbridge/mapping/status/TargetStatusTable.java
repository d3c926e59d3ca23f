package io.tillbridge.mapping.status;

import io.tillbridge.mapping.model.PaymentStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the canonical {@link PaymentStatus} to the value a target system shows. A table must give a
 * value for every status except {@code UNKNOWN} — building one with a gap fails — and
 * {@link #map(PaymentStatus)} refuses {@code UNKNOWN}, so an unresolved outcome can never be
 * written to a target as if it were known.
 *
 * <p>Immutable. Hosts replace values through {@link #toBuilder()}.
 */
public final class TargetStatusTable {

    private final String name;
    private final Map<PaymentStatus, String> values;

    private TargetStatusTable(String name, Map<PaymentStatus, String> values) {
        this.name = name;
        this.values = Map.copyOf(values);
    }

    /**
     * Starts a table for a target.
     *
     * @param name the target, named in errors (for example "Zoho payment status")
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name, new EnumMap<>(PaymentStatus.class));
    }

    /**
     * A builder holding this table's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        EnumMap<PaymentStatus, String> copy = new EnumMap<>(PaymentStatus.class);
        copy.putAll(values);
        return new Builder(name, copy);
    }

    /**
     * The target's name, as errors cite it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The target's value for a canonical status.
     *
     * @param status the canonical status
     * @return the target's value
     * @throws UnmappedStatusException for {@code UNKNOWN}
     */
    public String map(PaymentStatus status) {
        Objects.requireNonNull(status, "status");
        String value = values.get(status);
        if (value == null) {
            throw new UnmappedStatusException(name, status);
        }
        return value;
    }

    /**
     * Every canonical status with its target value.
     *
     * @return the values, by status
     */
    public Map<PaymentStatus, String> values() {
        return values;
    }

    /** Collects values; building checks that every known status has one. */
    public static final class Builder {
        private final String name;
        private final EnumMap<PaymentStatus, String> values;

        private Builder(String name, EnumMap<PaymentStatus, String> values) {
            this.name = Objects.requireNonNull(name, "name");
            this.values = values;
        }

        /**
         * Maps one canonical status to the target's value.
         *
         * @param status the canonical status; not {@code UNKNOWN}
         * @param value  the target's value
         * @return this builder
         */
        public Builder map(PaymentStatus status, String value) {
            Objects.requireNonNull(status, "status");
            if (status == PaymentStatus.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN cannot be mapped: callers must resolve it first");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("value for " + status + " must not be blank");
            }
            values.put(status, value);
            return this;
        }

        /**
         * Maps several statuses to the same value.
         *
         * @param value    the target's value
         * @param statuses the canonical statuses that map to it
         * @return this builder
         */
        public Builder map(String value, PaymentStatus... statuses) {
            for (PaymentStatus status : statuses) {
                map(status, value);
            }
            return this;
        }

        /**
         * Builds the table; every canonical status but {@code UNKNOWN} must have a value.
         *
         * @return the table
         * @throws IllegalStateException naming the statuses that have no value
         */
        public TargetStatusTable build() {
            var missing = java.util.EnumSet.allOf(PaymentStatus.class);
            missing.remove(PaymentStatus.UNKNOWN);
            missing.removeAll(values.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException(name + " table has no value for " + missing);
            }
            return new TargetStatusTable(name, values);
        }
    }
}
