package io.tillbridge.flows.kashflow;

import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.bank.BankTransaction;
import io.tillbridge.kashflow.bank.BankTransactionRequest;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.invoices.PaymentLine;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.gl.GlContext;
import io.tillbridge.mapping.gl.SettlementJournals;
import io.tillbridge.mapping.model.JournalEntry;
import io.tillbridge.mapping.model.JournalLine;
import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.LedgerSystem;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Posts a day's Opayo settlement batch to KashFlow once, and reconciles it.
 *
 * <p>The amounts come from mapping-core's {@link SettlementJournals} over the host's GL rules, so they
 * balance by construction: receipts and refunds per line, the fees, and the net to the bank. In KashFlow
 * they are bank transactions, each found again by its exact comment: the fees out of the Opayo clearing
 * account ({@link KashFlowSettings#bankAccount}, where the payments and refunds were posted), the net out of
 * the clearing account, and the same net into the deposit account — so the clearing account holds
 * nothing of a settled batch, and the deposit account shows what the acquirer paid. Comments carry the
 * GL codes the rules gave. Then the batch's lines are reconciled ({@link Reconciler}) against KashFlow's
 * invoice payments and refunds, and the report lists the discrepancies. The subject is the batch id.
 */
public final class KashFlowSettlementFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "kashflow-settlement";

    private final KashFlowClient kashflow;
    private final EffectEngine engine;
    private final KashFlowSettings settings;
    private final InKashFlow find;
    private final Reconciler reconciler;

    /** What a settlement run came to: its outcome and, once posted, the reconciliation. */
    public record Result(KashFlowOutcome outcome, ReconciliationReport reconciliation) {
    }

    /**
     * Creates the flow.
     *
     * @param kashflow   the KashFlow client
     * @param engine     the effect engine
     * @param settings   the KashFlow settings
     * @param reconciler the reconciler run after posting
     */
    public KashFlowSettlementFlow(KashFlowClient kashflow, EffectEngine engine, KashFlowSettings settings, Reconciler reconciler) {
        this.kashflow = Objects.requireNonNull(kashflow, "kashflow");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
        this.find = new InKashFlow(kashflow);
    }

    /**
     * Posts (or confirms) one batch and reconciles it. Never throws.
     *
     * @param batch the settlement batch
     * @param date  the posting date
     * @return the result
     */
    public Result run(SettlementBatch batch, LocalDate date) {
        if (batch == null) {
            return new Result(new KashFlowOutcome.DeadLettered("?", "no batch was given"), null);
        }
        ReconciliationReport[] report = new ReconciliationReport[1];
        KashFlowOutcome outcome = FlowRuns.run(engine, NAME, batch.batchId(), MoneyMoved.NONE, run -> {
            KashFlowOutcome posted = post(run, batch, date);
            report[0] = reconcile(batch);
            return posted;
        });
        return new Result(outcome, report[0]);
    }

    private KashFlowOutcome post(EffectEngine.Run run, SettlementBatch batch, LocalDate date) {
        String home = settings.homeCurrency().getCurrencyCode();
        for (int i = 0; i < batch.lines().size(); i++) {
            if (!batch.lines().get(i).amount().hasCurrency(settings.homeCurrency())) {
                throw new FlowRuns.Stop("lines[" + i + "].amount: batch " + batch.batchId() + " has " + batch.lines().get(i).amount()
                        + "; the KashFlow bank accounts are in " + home + " (nothing posted in KashFlow)");
            }
        }
        List<JournalEntry> journals;
        try {
            journals = SettlementJournals.build(batch, settings.glRules(), null, date);
        } catch (MappingException e) {
            throw new FlowRuns.Stop(e.getMessage() + " (batch " + batch.batchId() + "; nothing posted in KashFlow)");
        }
        if (journals.isEmpty()) {
            return new KashFlowOutcome.NothingToPost(batch.batchId(), "the batch has no lines");
        }
        // One journal per currency, balanced by construction; the home currency's is the only one here.
        JournalEntry journal = journals.get(0);
        Money fees = Money.zero(settings.homeCurrency());
        Money net = Money.zero(settings.homeCurrency());
        String feeAccount = "";
        String bankAccount = "";
        for (JournalLine line : journal.lines()) {
            if ("net settlement".equals(line.comment())) {
                net = net.plus(line.signed());
                bankAccount = line.account();
            }
        }
        for (SettlementLine line : batch.lines()) {
            if (line.fee() != null && !line.fee().isZero()) {
                fees = fees.plus(line.fee());
                feeAccount = settings.glRules().derive(GlContext.of(line, null)).fees();
            }
        }
        String id = batch.batchId();
        if (fees.isPositive()) {
            bankTransaction(run, "settlement-fees", settings.bankAccount(), fees, false,
                    "Opayo batch " + id + " fees (GL " + feeAccount + ")", date);
        }
        if (net.isPositive()) {
            bankTransaction(run, "settlement-out", settings.bankAccount(), net, false,
                    "Opayo batch " + id + " deposit out (GL " + bankAccount + ")", date);
            bankTransaction(run, "settlement-in", settings.depositAccount(), net, true,
                    "Opayo batch " + id + " deposit (GL " + bankAccount + ")", date);
        } else if (net.isNegative()) {
            bankTransaction(run, "settlement-in", settings.depositAccount(), net.negate(), false,
                    "Opayo batch " + id + " debit (GL " + bankAccount + ")", date);
            bankTransaction(run, "settlement-out", settings.bankAccount(), net.negate(), true,
                    "Opayo batch " + id + " debit in (GL " + bankAccount + ")", date);
        }
        return new KashFlowOutcome.Posted(id, "batch " + id + ": deposit " + net + ", fees " + fees);
    }

    private void bankTransaction(EffectEngine.Run run, String effect, int account, Money amount, boolean in, String comment,
                                 LocalDate date) {
        EffectOutcome<String> posted = run.effect(new Effect<>(new EffectKey(NAME, effect, run.lease().subject(), 1),
                Intent.of(amount, Map.of("account", Integer.toString(account), "comment", comment, "direction", in ? "in" : "out")),
                situation -> find.bankTransaction(account, comment),
                () -> String.valueOf(kashflow.bankAccounts().post(account, in
                        ? BankTransactionRequest.paidIn(date, amount.amount(), comment)
                        : BankTransactionRequest.moneyOut(date, amount.amount(), comment)).id()),
                ResultCodec.text("bankTransactionId")));
        String why = EffectOutcome.whyNotDone(posted, "the KashFlow bank transaction '" + comment + "'");
        if (why != null) {
            throw new FlowRuns.Stop(why);
        }
    }

    /**
     * The batch against what KashFlow holds: each payment line's invoice (read from its vendorTxCode) is
     * read for the payment whose note is the Opayo transaction id, and refunds are read from the clearing
     * account's refund transactions.
     */
    private ReconciliationReport reconcile(SettlementBatch batch) {
        List<LedgerRecord> ledger = new ArrayList<>();
        Set<Integer> invoices = new TreeSet<>();
        for (SettlementLine line : batch.lines()) {
            if (line.type() != TransactionType.REFUND && line.vendorTxCode() != null) {
                try {
                    invoices.add(settings.invoiceNumbers().invoiceNumber(line.vendorTxCode()));
                } catch (MappingException unreadable) {
                    // its line stays unmatched and is reported as missing in KashFlow
                }
            }
        }
        for (int number : invoices) {
            Invoice invoice;
            try {
                invoice = kashflow.invoices().get(number);
            } catch (KashFlowNotFoundException e) {
                continue;
            }
            for (PaymentLine line : invoice.paymentLines()) {
                String note = line.note() == null ? null : line.note().trim();
                if (note != null && line.amount() != null) {
                    ledger.add(new LedgerRecord(LedgerSystem.KASHFLOW, String.valueOf(line.id()), note, null, TransactionType.PAYMENT,
                            Money.of(line.amount(), invoice.currencyCode().orElse(settings.homeCurrency())),
                            batch.lines().get(0).date()));
                }
            }
        }
        try (var all = kashflow.bankAccounts().transactions(settings.bankAccount())) {
            for (BankTransaction t : all.toList()) {
                String comment = t.comment() == null ? "" : t.comment();
                if (comment.startsWith("Opayo refund ") && t.moneyOut() != null) {
                    String refundId = comment.substring("Opayo refund ".length()).split(" ")[0];
                    ledger.add(new LedgerRecord(LedgerSystem.KASHFLOW, String.valueOf(t.id()), refundId, null, TransactionType.REFUND,
                            Money.of(t.moneyOut(), settings.homeCurrency()), t.on().orElse(batch.lines().get(0).date())));
                }
            }
        } catch (TillbridgeException e) {
            throw new FlowRuns.Stop("reconciling batch " + batch.batchId() + ": reading the clearing account failed: " + e.getMessage()
                    + " (the batch is posted)");
        }
        Set<String> inBatch = new TreeSet<>();
        batch.lines().forEach(l -> inBatch.add(l.transactionId()));
        // Only this batch's transactions: payments of other days on the same invoices are not this batch's business.
        return reconciler.reconcile(batch.lines(), ledger.stream().filter(r -> inBatch.contains(r.transactionId())).toList());
    }
}
