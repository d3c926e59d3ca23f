package io.tillbridge.mapping.posting;

import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.model.TransactionType;

/** A transaction type has no posting rule; raised always for {@link TransactionType#UNKNOWN}. */
public final class UnmappedTransactionTypeException extends MappingException {

    private static final long serialVersionUID = 1L;

    /** The type that has no posting rule. */
    private final TransactionType type;

    UnmappedTransactionTypeException(String target, TransactionType type) {
        super("no " + target + " posting rule for transaction type " + type);
        this.type = type;
    }

    /**
     * The type that has no posting rule.
     *
     * @return the type
     */
    public TransactionType type() {
        return type;
    }
}
