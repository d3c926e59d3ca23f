package io.tillbridge.mapping.posting;

import io.tillbridge.mapping.model.TransactionType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which posting each Opayo transaction type becomes in KashFlow and in SYSPRO. The defaults follow
 * the money: captures (Payment, Repeat, Authorise, Release) pay the invoice; a void takes that
 * payment back; refunds and chargebacks move money out; holds, authentications, aborts and cancels
 * move nothing and post nothing.
 *
 * <p>Immutable; hosts change rules through {@link #toBuilder()}.
 */
public final class PostingRules {

    private final Map<TransactionType, KashFlowIntent> kashFlow;
    private final Map<TransactionType, SysproIntent> syspro;

    private PostingRules(Builder builder) {
        this.kashFlow = Map.copyOf(builder.kashFlow);
        this.syspro = Map.copyOf(builder.syspro);
    }

    /**
     * The default rules.
     *
     * @return the default rules
     */
    public static PostingRules defaults() {
        return builder()
                .rule(TransactionType.PAYMENT, KashFlowIntent.INVOICE_PAYMENT, SysproIntent.AR_PAYMENT)
                .rule(TransactionType.REPEAT, KashFlowIntent.INVOICE_PAYMENT, SysproIntent.AR_PAYMENT)
                .rule(TransactionType.AUTHORISE, KashFlowIntent.INVOICE_PAYMENT, SysproIntent.AR_PAYMENT)
                .rule(TransactionType.RELEASE, KashFlowIntent.INVOICE_PAYMENT, SysproIntent.AR_PAYMENT)
                .rule(TransactionType.VOID, KashFlowIntent.REVERSE_INVOICE_PAYMENT, SysproIntent.AR_ADJUSTMENT)
                .rule(TransactionType.REFUND, KashFlowIntent.JOURNAL_ENTRY, SysproIntent.CREDIT_NOTE)
                .rule(TransactionType.CHARGEBACK, KashFlowIntent.JOURNAL_ENTRY, SysproIntent.GL_JOURNAL)
                .rule(TransactionType.DEFERRED, KashFlowIntent.NONE, SysproIntent.NONE)
                .rule(TransactionType.AUTHENTICATE, KashFlowIntent.NONE, SysproIntent.NONE)
                .rule(TransactionType.ABORT, KashFlowIntent.NONE, SysproIntent.NONE)
                .rule(TransactionType.CANCEL, KashFlowIntent.NONE, SysproIntent.NONE)
                .build();
    }

    /**
     * Starts an empty set of rules.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these rules, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.kashFlow.putAll(kashFlow);
        builder.syspro.putAll(syspro);
        return builder;
    }

    /**
     * What a transaction type posts to KashFlow.
     *
     * @param type the transaction type
     * @return what to post to KashFlow
     * @throws UnmappedTransactionTypeException for UNKNOWN or a type without a rule
     */
    public KashFlowIntent kashFlow(TransactionType type) {
        KashFlowIntent intent = kashFlow.get(Objects.requireNonNull(type, "type"));
        if (intent == null) {
            throw new UnmappedTransactionTypeException("KashFlow", type);
        }
        return intent;
    }

    /**
     * What a transaction type posts to SYSPRO.
     *
     * @param type the transaction type
     * @return what to post to SYSPRO
     * @throws UnmappedTransactionTypeException for UNKNOWN or a type without a rule
     */
    public SysproIntent syspro(TransactionType type) {
        SysproIntent intent = syspro.get(Objects.requireNonNull(type, "type"));
        if (intent == null) {
            throw new UnmappedTransactionTypeException("SYSPRO", type);
        }
        return intent;
    }

    /** Collects rules; a later rule for a type replaces the earlier one. */
    public static final class Builder {
        private final Map<TransactionType, KashFlowIntent> kashFlow = new EnumMap<>(TransactionType.class);
        private final Map<TransactionType, SysproIntent> syspro = new EnumMap<>(TransactionType.class);

        private Builder() {
        }

        /**
         * Sets what a transaction type posts to each ledger, replacing any earlier rule for it.
         *
         * @param type           the transaction type; not {@code UNKNOWN}
         * @param kashFlowIntent what to post to KashFlow
         * @param sysproIntent   what to post to SYSPRO
         * @return this builder
         */
        public Builder rule(TransactionType type, KashFlowIntent kashFlowIntent, SysproIntent sysproIntent) {
            Objects.requireNonNull(type, "type");
            if (type == TransactionType.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN cannot have a posting rule");
            }
            kashFlow.put(type, Objects.requireNonNull(kashFlowIntent, "kashFlowIntent"));
            syspro.put(type, Objects.requireNonNull(sysproIntent, "sysproIntent"));
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the rules
         */
        public PostingRules build() {
            return new PostingRules(this);
        }
    }
}
