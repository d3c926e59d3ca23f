package io.tillbridge.flows.kashflow;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.bank.BankTransactionRequest;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.fx.RateUnavailableException;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.posting.KashFlowIntent;
import io.tillbridge.mapping.posting.PostingRules;
import io.tillbridge.mapping.refund.RefundCheck;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts an Opayo refund to KashFlow, exactly once and never more than was paid.
 *
 * <p>The form comes from the posting table ({@link KashFlowSettings#postings}; a refund is
 * {@link KashFlowIntent#JOURNAL_ENTRY} by default). KashFlow's {@code InsertJournal} has no lookup
 * (reference: kashflow.md — SOAP offers no journal search), so a journal could not be found again after a
 * lost answer or an emptied store. The money leaving the bank account is therefore posted as the
 * journal's bank side: a bank transaction {@code MoneyOut} whose comment names the refund and its
 * payment ({@code Opayo refund <refund id> of <payment id>}), found again by that exact comment.
 *
 * <p>The other forms the posting table can name for a refund are refused when the flow is built
 * ({@link UnsupportedPostingException}, naming the table entry): {@link KashFlowIntent#REVERSE_INVOICE_PAYMENT}
 * would be a negative invoice payment or {@code DeleteInvoicePayment}, and the reference documents neither
 * a negative {@code PayAmount} for {@code InsertInvoicePayment} nor what {@code DeleteInvoicePayment}
 * takes (kashflow.md lists it by name only); and a partial refund is not the removal of a whole payment.
 * Credit notes are not created either: the reference documents applying one ({@code applyCreditNoteToInvoice})
 * and listing the credits an invoice can take, but no way to create one.
 *
 * <p>Before it is sent, the refund is checked (mapping-core's {@link RefundCheck}) against the payment as
 * posted in KashFlow and the larger of what the store's counter and KashFlow's bank account say has been
 * refunded of it — so an emptied store still cannot refund twice. The subject is the Opayo refund's
 * transaction id. {@link #run} never throws.
 */
public final class KashFlowRefundFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "kashflow-refund";

    private final KashFlowClient kashflow;
    private final EffectEngine engine;
    private final KashFlowSettings settings;
    private final InKashFlow find;

    /**
     * Creates the flow.
     *
     * @param kashflow the KashFlow client
     * @param engine   the effect engine
     * @param settings the KashFlow settings
     * @throws UnsupportedPostingException when the posting table posts a refund or chargeback in a form this
     *                                     flow cannot post (a reversed or a plain invoice payment)
     */
    public KashFlowRefundFlow(KashFlowClient kashflow, EffectEngine engine, KashFlowSettings settings) {
        this.kashflow = Objects.requireNonNull(kashflow, "kashflow");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.find = new InKashFlow(kashflow);
        refuseUnpostableForms(settings.postings());
    }

    /** The money-out types this flow posts: each must be a journal (its bank side) or nothing. */
    private static void refuseUnpostableForms(PostingRules postings) {
        for (TransactionType type : List.of(TransactionType.REFUND, TransactionType.CHARGEBACK)) {
            KashFlowIntent form;
            try {
                form = postings.kashFlow(type);
            } catch (MappingException e) {
                continue; // no entry: each such transaction is dead-lettered naming the missing rule
            }
            if (form == KashFlowIntent.REVERSE_INVOICE_PAYMENT) {
                throw new UnsupportedPostingException(NAME, type, form, "the KashFlow reference documents no negative invoice "
                        + "payment and not what DeleteInvoicePayment takes; post it as JOURNAL_ENTRY (a bank MoneyOut) or NONE");
            }
            if (form == KashFlowIntent.INVOICE_PAYMENT) {
                throw new UnsupportedPostingException(NAME, type, form, "money going back to the payer is not a payment of "
                        + "the invoice; post it as JOURNAL_ENTRY (a bank MoneyOut) or NONE");
            }
        }
    }

    /**
     * Posts the refund a runner knows by its Opayo transaction id (kind {@code kashflow-refund}), taking it
     * from {@code refunds} (which names the payment it refunds in {@code relatedTransactionId}) and that
     * payment from {@code payments}. Never throws: an unknown id or a failing source is a dead letter.
     *
     * @param refundTransactionId the refund's Opayo transaction id (VPSTxId, braces allowed)
     * @param refunds             where the refund is read from
     * @param payments            where the payment it refunds is read from, by its transaction id
     * @return the outcome
     */
    public KashFlowOutcome run(String refundTransactionId, PaymentSource refunds, PaymentSource payments) {
        if (refundTransactionId == null || refundTransactionId.isBlank()) {
            return new KashFlowOutcome.DeadLettered("?", "transactionId: missing");
        }
        String id = refundTransactionId.replace("{", "").replace("}", "");
        Optional<OpayoPayment> refund;
        Optional<OpayoPayment> original;
        try {
            refund = refunds.payment(id);
            String related = refund.map(OpayoPayment::relatedTransactionId).orElse(null);
            original = related == null ? Optional.empty() : payments.payment(related);
        } catch (RuntimeException e) {
            return FlowRuns.park(engine, NAME, id, "the refund source failed for " + id + ": " + e.getMessage(),
                    MoneyMoved.unknown(null, id));
        }
        if (refund.isEmpty() || !refund.get().transactionId().equals(id)) {
            return FlowRuns.park(engine, NAME, id, "transactionId: the refund source has no Opayo refund " + id
                    + " (nothing posted in KashFlow)", MoneyMoved.unknown(null, id));
        }
        return run(refund.get(), original.orElse(null));
    }

    /**
     * Credits one Opayo refund against the KashFlow invoice its payment was posted to, or resumes or confirms
     * it. Never throws.
     *
     * @param refund   the Opayo refund (its {@code relatedTransactionId} is the payment it refunds)
     * @param original that payment, as Opayo has it (its vendorTxCode leads to the invoice)
     * @return the outcome
     */
    public KashFlowOutcome run(OpayoPayment refund, OpayoPayment original) {
        if (refund == null) {
            return new KashFlowOutcome.DeadLettered("?", "no refund was given");
        }
        MoneyMoved money = MoneyMoved.refunded(refund.amount(), refund.transactionId());
        return FlowRuns.run(engine, NAME, refund.transactionId(), money, run -> post(run, refund, original));
    }

    private KashFlowOutcome post(EffectEngine.Run run, OpayoPayment refund, OpayoPayment original) {
        String refundId = refund.transactionId();
        KashFlowIntent form;
        try {
            form = settings.postings().kashFlow(refund.type());
        } catch (MappingException e) {
            throw new FlowRuns.Stop("type: " + e.getMessage() + " (refund " + refundId + "; nothing posted in KashFlow)");
        }
        if (form == KashFlowIntent.NONE) {
            return new KashFlowOutcome.NothingToPost(refundId, refund.type() + ": the posting table posts nothing");
        }
        if (form != KashFlowIntent.JOURNAL_ENTRY) {
            throw new FlowRuns.Stop("type: " + refund.type() + " posts as " + form + ", which the refund flow does not post "
                    + "(nothing posted in KashFlow)");
        }
        if (refund.amount() == null || !refund.amount().isPositive()) {
            throw new FlowRuns.Stop("amount: missing or not positive for refund " + refundId + " (nothing posted in KashFlow)");
        }
        if (refund.date() == null) {
            throw new FlowRuns.Stop("date: missing for refund " + refundId + " (nothing posted in KashFlow)");
        }
        String paymentId = refund.relatedTransactionId();
        if (paymentId == null || original == null || !paymentId.equals(original.transactionId())) {
            throw new FlowRuns.Stop("relatedTransactionId: refund " + refundId + " does not name the payment it refunds"
                    + (original == null ? "" : " as " + original.transactionId()) + " (nothing posted in KashFlow)");
        }
        int invoiceNumber;
        try {
            invoiceNumber = settings.invoiceNumbers().invoiceNumber(original.vendorTxCode());
        } catch (MappingException e) {
            throw new FlowRuns.Stop(e.getMessage() + " (the payment refunded by " + refundId + "; nothing posted in KashFlow)");
        }
        Lookup<String> paid = find.payment(invoiceNumber, paymentId);
        if (paid instanceof Lookup.Unknown<String> unknown) {
            throw new FlowRuns.Stop("the payment " + paymentId + " could not be looked up in KashFlow: " + unknown.reason());
        }
        if (!(paid instanceof Lookup.Found<String>)) {
            throw new FlowRuns.Stop("relatedTransactionId: payment " + paymentId + " is not posted on KashFlow invoice "
                    + invoiceNumber + "; post it before its refund (nothing posted in KashFlow)");
        }
        Money amount = inHomeCurrency(refund.amount(), refund);
        Money captured = inHomeCurrency(original.amount(), original);
        String comment = "Opayo refund " + refundId + " of " + paymentId;
        String counter = NAME + "/" + paymentId;
        boolean done = engine.store().effect(new EffectKey(NAME, "bank-refund", refundId, 1))
                .filter(r -> r.state() == io.tillbridge.flows.store.EffectRecord.State.DONE).isPresent();
        if (!done && find.bankTransaction(settings.bankAccount(), comment) instanceof Lookup.ProvenAbsent<String>) {
            Money already = Money.ofMinor(Math.max(engine.store().counter(counter), refundedInKashFlow(paymentId, amount)),
                    amount.currency());
            try {
                RefundCheck.check(captured, already, amount);
            } catch (MappingException e) {
                throw new FlowRuns.Stop("amount: " + e.getMessage() + " (refund " + refundId + " of " + paymentId
                        + "; nothing posted in KashFlow)");
            }
        }
        EffectOutcome<String> posted = run.effect(new Effect<>(new EffectKey(NAME, "bank-refund", refundId, 1),
                Intent.of(amount, Map.of("bankAccount", Integer.toString(settings.bankAccount()), "comment", comment,
                        "invoice", Integer.toString(invoiceNumber))),
                situation -> find.bankTransaction(settings.bankAccount(), comment),
                () -> String.valueOf(kashflow.bankAccounts().post(settings.bankAccount(),
                        BankTransactionRequest.moneyOut(refund.date(), amount.amount(), comment)).id()),
                ResultCodec.text("bankTransactionId")), Map.of(counter, amount.toMinorUnits()));
        String why = EffectOutcome.whyNotDone(posted, "the KashFlow refund " + refundId);
        if (why != null) {
            throw new FlowRuns.Stop(why);
        }
        return new KashFlowOutcome.Posted(refundId, "refunded " + amount + " of " + paymentId + " (invoice " + invoiceNumber + ")");
    }

    /** What KashFlow's bank account shows refunded of a payment already, in minor units. */
    private long refundedInKashFlow(String paymentId, Money like) {
        String suffix = " of " + paymentId;
        try (var all = kashflow.bankAccounts().transactions(settings.bankAccount())) {
            return all.filter(t -> t.comment() != null && t.comment().startsWith("Opayo refund ") && t.comment().endsWith(suffix)
                            && t.moneyOut() != null)
                    .mapToLong(t -> Money.of(t.moneyOut(), like.currency()).toMinorUnits()).sum();
        }
    }

    private Money inHomeCurrency(Money amount, OpayoPayment of) {
        if (amount == null) {
            throw new FlowRuns.Stop("amount: missing for Opayo transaction " + of.transactionId() + " (nothing posted in KashFlow)");
        }
        if (amount.hasCurrency(settings.homeCurrency())) {
            return amount;
        }
        if (settings.rates() == null) {
            throw new FlowRuns.Stop("currency: " + of.transactionId() + " is in " + amount.currency().getCurrencyCode()
                    + ", the bank account in " + settings.homeCurrency().getCurrencyCode() + ", and no rate table is configured"
                    + " (nothing posted in KashFlow)");
        }
        try {
            return settings.rates().convert(amount, settings.homeCurrency(), of.date());
        } catch (RateUnavailableException e) {
            throw new FlowRuns.Stop("currency: " + e.getMessage() + " (" + of.transactionId() + "; nothing posted in KashFlow)");
        }
    }
}
