package io.tillbridge.flows.refund;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Failures;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.LeaseLostException;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.flows.lookup.ExactMatch;
import io.tillbridge.flows.lookup.OpayoResult;
import io.tillbridge.flows.lookup.OpayoTransactions;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.refund.RefundCheck;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CreditNote;
import io.tillbridge.zoho.model.CreditNoteRefund;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Invoice;
import io.tillbridge.zoho.model.LineItem;
import io.tillbridge.zoho.model.InventoryAdjustment;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Refunds a Zoho credit note through Opayo: finds the original payment of the order it credits in
 * Opayo (by the order's vendorTxCodes), checks the refund against what is left of that payment
 * (mapping-core's refund rules), refunds through Opayo with a vendorTxCode derived from the credit
 * note, records the refund on the credit note in Zoho, and puts the credited items back into stock.
 * Each of the three is an {@link Effect} run by the {@link EffectEngine}, so a re-run — after a crash,
 * on another runner, over an emptied store — has no second effect. An over-refund is not sent: it goes
 * to the dead-letter queue for a person. {@link #run} never throws.
 */
public final class RefundFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "refund";
    /** How many order-to-cash attempts (declined, then tried again) are searched for the original payment. */
    private static final int MAX_PAYMENT_ATTEMPTS = 20;

    private final ZohoInventoryClient zoho;
    private final OpayoClient opayo;
    private final OpayoTransactions transactions;
    private final EffectEngine engine;
    private final VendorTxCodes codes;
    private final Clock clock;
    private final ZoneId businessZone;

    /**
     * Creates the flow.
     *
     * @param zoho   the Zoho Inventory client
     * @param opayo  the Opayo client
     * @param engine the effect engine
     * @param codes        the vendorTxCodes of order to cash (to find the original payment) and of refunds
     * @param clock  the clock
     * @param businessZone the business's time zone, for the date of the refund in Zoho
     */
    public RefundFlow(ZohoInventoryClient zoho, OpayoClient opayo, EffectEngine engine, VendorTxCodes codes, Clock clock,
                      ZoneId businessZone) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.transactions = new OpayoTransactions(opayo);
        this.engine = Objects.requireNonNull(engine, "engine");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
    }

    /**
     * Runs (or resumes, or replays) the refund of one credit note. Never throws.
     *
     * @param creditNoteId the Zoho credit note's id
     * @return the outcome
     */
    public RefundOutcome run(String creditNoteId) {
        Optional<EffectEngine.Run> started;
        try {
            started = engine.start(NAME, creditNoteId);
        } catch (Throwable e) {
            return new RefundOutcome.DeadLettered(creditNoteId, "the flow store failed before the refund was touched: " + Failures.reasonOf(e));
        }
        if (started.isEmpty()) {
            return new RefundOutcome.Busy(creditNoteId, "another runner holds this credit note");
        }
        Refund refund = new Refund(creditNoteId);
        try (EffectEngine.Run run = started.get()) {
            RefundOutcome outcome = process(run, refund);
            if (outcome instanceof RefundOutcome.Refunded) {
                engine.settleDeadLetter(NAME, creditNoteId, "run again: refunded");
            }
            return outcome;
        } catch (LeaseLostException e) {
            return new RefundOutcome.Busy(creditNoteId, e.getMessage());
        } catch (io.tillbridge.zoho.ZohoDailyLimitException | io.tillbridge.client.PermitRefusedException spent) {
            // Not sent: the budget is spent; the refund waits for the reset rather than failing.
            return new RefundOutcome.Busy(creditNoteId, "waits for Zoho's request budget: " + spent.getMessage());
        } catch (Throwable e) {
            // Clients and mapping rules end here, checked exceptions thrown past the compiler included.
            return deadLetter(refund, Failures.reasonOf(e));
        }
    }


    /** What one run knows, for the dead letter when it stops. */
    private static final class Refund {
        final String creditNoteId;
        final EffectKey opayoKey;
        Money amount;

        Refund(String creditNoteId) {
            this.creditNoteId = creditNoteId;
            this.opayoKey = new EffectKey(NAME, "opayo-refund", creditNoteId, 1);
        }
    }

    private RefundOutcome process(EffectEngine.Run run, Refund r) {
        String creditNoteId = r.creditNoteId;
        CreditNote note = zoho.creditNotes().get(creditNoteId);
        Currency currency = Money.currency(note.currencyCode(), "currency_code");
        Money requested = Money.of(note.total(), currency);
        r.amount = requested;
        String vendorTxCode = codes.generate(note.creditnoteNumber(), 1);

        Optional<EffectRecord> recorded = engine.recorded(r.opayoKey);
        boolean done = recorded.isPresent() && recorded.get().state() == EffectRecord.State.DONE;
        String original = done ? recorded.get().intent().get("original") : originalPayment(note, requested);
        String refunded = "refunded/" + original;
        if (!done) {
            // Checked against Opayo's captured amount and what this store has counted refunded of it; Opayo itself
            // refuses a refund beyond the original (1018) when the count was lost with an emptied store.
            RefundCheck.check(captured(original, currency), Money.ofMinor(engine.counter(refunded), currency), requested);
        }
        EffectOutcome<OpayoResult> sent = run.effect(new Effect<>(r.opayoKey,
                Intent.of(requested, Map.of("vendorTxCode", vendorTxCode, "original", original)),
                situation -> transactions.find(vendorTxCode, situation),
                () -> transactions.send(() -> opayo.transactions().refund(new RefundRequest(original, vendorTxCode,
                        requested.toMinorUnits(), "Refund " + note.creditnoteNumber()))), OpayoResult.CODEC), Map.of(refunded, requested.toMinorUnits()));
        if (!(sent instanceof EffectOutcome.Done<OpayoResult> opayoRefund)) {
            return deadLetter(r, EffectOutcome.whyNotDone(sent, "the Opayo refund " + vendorTxCode));
        }
        if (!opayoRefund.result().authorised()) {
            return deadLetter(r, "Opayo did not authorise refund " + vendorTxCode + " (" + opayoRefund.result().status() + "): "
                    + opayoRefund.result().statusDetail());
        }
        String refundId = opayoRefund.result().transactionId();
        // Each step below follows the one before it: when that one was performed by this very run, the next
        // cannot exist in Zoho yet (its reference did not exist before), so a fresh one is not looked for.
        boolean refundedNow = !opayoRefund.adopted();

        EffectOutcome<String> inZoho = run.effect(new Effect<>(new EffectKey(NAME, "zoho-refund", creditNoteId, 1),
                Intent.of(requested, Map.of("reference", refundId)),
                situation -> refundedNow && situation == Lookup.Situation.NO_RECORD ? Lookup.absent() : ExactMatch.one("the refund with reference " + refundId + " on credit note " + note.creditnoteNumber(),
                        () -> zoho.creditNotes().refunds(creditNoteId).stream(),
                        (CreditNoteRefund x) -> refundId.equals(x.referenceNumber()), CreditNoteRefund::creditnoteRefundId),
                () -> zoho.creditNotes().refund(creditNoteId, new Inputs.CreditNoteRefundInput(LocalDate.now(clock.withZone(businessZone)),
                        "creditcard", refundId, note.total(), "Opayo refund of " + original, null)).creditnoteRefundId(),
                ResultCodec.text("creditnoteRefundId")));
        if (!(inZoho instanceof EffectOutcome.Done<String> recordedInZoho)) {
            return deadLetter(r, EffectOutcome.whyNotDone(inZoho, "recording the refund in Zoho"));
        }
        boolean recordedNow = !recordedInZoho.adopted();

        List<Inputs.AdjustmentLineInput> lines = new ArrayList<>();
        for (LineItem line : note.lineItems()) {
            // A line Zoho already put back into stock (is_returned_to_stock) must not be added twice.
            if (line.itemId() != null && line.quantity() != null && line.quantity().signum() > 0 && !line.alreadyReturnedToStock()) {
                lines.add(new Inputs.AdjustmentLineInput(line.itemId(), line.quantity()));
            }
        }
        if (!lines.isEmpty()) {
            String reference = note.creditnoteNumber();
            String reason = "Returned: " + reference;
            // The adjustment list documents no filters: every page is read and matched exactly on reference and reason.
            EffectOutcome<String> restocked = run.effect(new Effect<>(new EffectKey(NAME, "zoho-restock", creditNoteId, 1),
                    Intent.of(Map.of("reference", reference, "lines", lines.toString())),
                    situation -> recordedNow && situation == Lookup.Situation.NO_RECORD ? Lookup.absent()
                            : ExactMatch.one("the stock adjustment with reference " + reference,
                            () -> zoho.inventoryAdjustments().list(ListQuery.ALL),
                            (InventoryAdjustment a) -> reference.equals(a.referenceNumber()) && reason.equals(a.reason()),
                            InventoryAdjustment::inventoryAdjustmentId),
                    () -> zoho.inventoryAdjustments().create(new Inputs.InventoryAdjustmentInput(LocalDate.now(clock.withZone(businessZone)),
                            reason, "quantity", "Items returned with credit note " + reference, reference, lines)).inventoryAdjustmentId(),
                    ResultCodec.text("inventoryAdjustmentId")));
            if (!(restocked instanceof EffectOutcome.Done)) {
                return deadLetter(r, EffectOutcome.whyNotDone(restocked, "putting the returned items back in stock"));
            }
        }
        return new RefundOutcome.Refunded(creditNoteId, refundId);
    }

    /**
     * The Opayo payment of the order the credit note's invoice bills, found in the target systems: the
     * invoice (Zoho) names its sales order by reference, and Opayo is asked for that order's vendorTxCodes,
     * attempt by attempt, until one it has not got. Exactly one must be authorised.
     */
    private String originalPayment(CreditNote note, Money requested) {
        Object invoiceId = note.other().get("invoice_id");
        if (invoiceId == null) {
            throw new RefundNotAuthorised("credit note " + note.creditnoteNumber() + " is not linked to an invoice");
        }
        Invoice invoice = zoho.invoices().get(invoiceId.toString());
        String order = invoice.referenceNumber();
        if (order == null || order.isBlank()) {
            throw new RefundNotAuthorised("invoice " + invoice.invoiceNumber() + " names no sales order in its reference");
        }
        List<String> authorised = new ArrayList<>();
        for (int attempt = 1; attempt <= MAX_PAYMENT_ATTEMPTS; attempt++) {
            // One lookup each: a payment being refunded was taken long enough ago for the Reporting API to have it.
            Lookup<OpayoResult> found = transactions.find(codes.generate(order, attempt), Lookup.Situation.NO_RECORD);
            if (found instanceof Lookup.Unknown<OpayoResult> unknown) {
                throw new RefundNotAuthorised("the payment of " + order + " could not be looked up: " + unknown.reason());
            }
            if (!(found instanceof Lookup.Found<OpayoResult> payment)) {
                break;
            }
            if (payment.result().authorised()) {
                authorised.add(payment.result().transactionId());
            }
        }
        if (authorised.size() != 1) {
            throw new RefundNotAuthorised(authorised.isEmpty() ? "Opayo has no authorised payment for " + order + " (invoice "
                    + invoice.invoiceNumber() + ")" : "Opayo has " + authorised.size() + " authorised payments for " + order
                    + " " + authorised + "; a person has to say which one to refund");
        }
        return authorised.get(0);
    }

    private Money captured(String transactionId, Currency currency) {
        OpayoResult payment = OpayoResult.of(opayo.transactions().outcomeOf(transactionId));
        if (payment.amount() == null) {
            throw new RefundNotAuthorised("Opayo does not say how much " + transactionId + " captured");
        }
        if (payment.currency() != null && !payment.currency().equals(currency.getCurrencyCode())) {
            throw new RefundNotAuthorised("payment " + transactionId + " was in " + payment.currency() + ", the credit note is in "
                    + currency.getCurrencyCode());
        }
        return Money.ofMinor(payment.amount(), currency);
    }

    private RefundOutcome deadLetter(Refund r, String reason) {
        return new RefundOutcome.DeadLettered(r.creditNoteId, engine.park(NAME, r.creditNoteId, reason, moneyMoved(r)));
    }

    private MoneyMoved moneyMoved(Refund r) {
        try {
            Optional<EffectRecord> refund = engine.recorded(r.opayoKey);
            // Stopped before the credit note was read: the amount is the one the refund began with.
            Money amount = r.amount != null ? r.amount : refund.flatMap(EffectRecord::intendedAmount).orElse(null);
            return OpayoResult.moneyMoved(refund, amount, MoneyMoved.Movement.REFUNDED);
        } catch (Exception storeFailed) {
            return MoneyMoved.unknown(r.amount, null);
        }
    }

    /** A refund that cannot go ahead without a person. */
    private static final class RefundNotAuthorised extends MappingException {
        private static final long serialVersionUID = 1L;

        RefundNotAuthorised(String message) {
            super(message);
        }
    }
}
