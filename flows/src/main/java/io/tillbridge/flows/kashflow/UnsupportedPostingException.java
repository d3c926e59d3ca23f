package io.tillbridge.flows.kashflow;

import io.tillbridge.TillbridgeException;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.posting.KashFlowIntent;

/**
 * The posting table ({@link KashFlowSettings#postings}) names a KashFlow form a flow cannot post, found
 * when the flow is built rather than on the first transaction of that type. The message names the table
 * entry and the forms the flow does post.
 */
public final class UnsupportedPostingException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /** The transaction type whose entry is refused. */
    private final TransactionType type;
    /** The form the entry names. */
    private final KashFlowIntent intent;

    UnsupportedPostingException(String flow, TransactionType type, KashFlowIntent intent, String why) {
        super("postings: the entry " + type + " → " + intent + " cannot be posted by " + flow + ": " + why);
        this.type = type;
        this.intent = intent;
    }

    /**
     * The transaction type whose entry is refused.
     *
     * @return the type
     */
    public TransactionType type() {
        return type;
    }

    /**
     * The KashFlow form the refused entry names.
     *
     * @return the form
     */
    public KashFlowIntent intent() {
        return intent;
    }
}
