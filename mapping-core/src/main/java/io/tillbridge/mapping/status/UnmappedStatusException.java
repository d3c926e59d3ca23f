package io.tillbridge.mapping.status;

import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.model.PaymentStatus;

/**
 * A canonical status has no value in a target table. Raised for {@link PaymentStatus#UNKNOWN}
 * always: an unknown outcome must be resolved (looked up again, or held for a person) before
 * anything is written to another system.
 */
public final class UnmappedStatusException extends MappingException {

    private static final long serialVersionUID = 1L;

    /** The status that has no value. */
    private final PaymentStatus status;
    /** The table that has no value for it. */
    private final String table;

    UnmappedStatusException(String table, PaymentStatus status) {
        super(status == PaymentStatus.UNKNOWN
                ? "payment status is UNKNOWN; resolve the outcome before writing it to " + table
                : "no " + table + " value for payment status " + status);
        this.table = table;
        this.status = status;
    }

    /**
     * The status that has no value.
     *
     * @return the status
     */
    public PaymentStatus status() {
        return status;
    }

    /**
     * The table that has no value for it.
     *
     * @return the table's name
     */
    public String table() {
        return table;
    }
}
