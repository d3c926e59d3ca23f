package io.tillbridge.flows.refund;

import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.store.DeadLetterQueue;
import io.tillbridge.flows.store.IdempotencyStore;
import io.tillbridge.flows.store.StepRecord;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.refund.RefundCheck;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CreditNote;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Invoice;
import io.tillbridge.zoho.model.LineItem;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds a Zoho credit note through Opayo: finds the payment of the order it credits, checks the
 * refund against what is left of that payment (mapping-core's refund rules), refunds through Opayo
 * with a vendorTxCode derived from the credit note, records the refund on the credit note in Zoho,
 * and puts the credited items back into stock. An over-refund is not sent: it goes to the
 * dead-letter queue for a person. Every step is recorded, so a re-run has no second effect.
 */
public final class RefundFlow {

    public static final String NAME = "refund";
    private static final Logger LOG = LoggerFactory.getLogger(RefundFlow.class);

    private final ZohoInventoryClient zoho;
    private final OpayoClient opayo;
    private final IdempotencyStore store;
    private final DeadLetterQueue deadLetters;
    private final VendorTxCodes codes;
    private final Clock clock;

    public RefundFlow(ZohoInventoryClient zoho, OpayoClient opayo, IdempotencyStore store, DeadLetterQueue deadLetters,
                      VendorTxCodes codes, Clock clock) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.store = Objects.requireNonNull(store, "store");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs (or resumes, or replays) the refund of one credit note. */
    public RefundOutcome run(String creditNoteId) {
        try {
            RefundOutcome outcome = process(creditNoteId);
            deadLetters.remove(NAME + ":" + creditNoteId);
            return outcome;
        } catch (TillbridgeException e) {
            LOG.warn("refund {} dead-lettered: {}", creditNoteId, e.getMessage());
            deadLetters.add(NAME + ":" + creditNoteId, NAME, creditNoteId, e.getMessage(), clock.instant());
            return new RefundOutcome.DeadLettered(creditNoteId, e.getMessage());
        }
    }

    private RefundOutcome process(String creditNoteId) {
        String key = "refund:" + creditNoteId;
        CreditNote note = zoho.creditNotes().get(creditNoteId);
        Currency currency = Money.currency(note.currencyCode(), "currency_code");
        Money requested = Money.of(note.total(), currency);

        Optional<StepRecord> refunded = store.get(key + ":opayo");
        String refundId;
        String original;
        if (refunded.isPresent() && refunded.get().state() == StepRecord.State.DONE) {
            refundId = refunded.get().get("transactionId");
            original = refunded.get().get("original");
        } else {
            StepRecord payment = originalPayment(note);
            original = payment.get("transactionId");
            Money captured = Money.ofMinor(Long.parseLong(payment.get("amount")), Currency.getInstance(payment.get("currency")));
            String totalKey = "refunds-of:" + original;
            long already = store.get(totalKey).map(r -> Long.parseLong(r.get("minor"))).orElse(0L);
            RefundCheck.check(captured, Money.ofMinor(already, captured.currency()), requested);
            String vendorTxCode = codes.generate(note.creditnoteNumber(), 1);
            Optional<String> earlier = refunded.isPresent() ? opayo.reporting().transactionIdFor(vendorTxCode) : Optional.empty();
            store.put(new StepRecord(key + ":opayo", StepRecord.State.STARTED, 1, Map.of("vendorTxCode", vendorTxCode), clock.instant()));
            TransactionOutcome outcome = earlier.isPresent() ? opayo.transactions().outcomeOf(earlier.get())
                    : opayo.transactions().refund(new RefundRequest(original, vendorTxCode, requested.toMinorUnits(),
                    "Refund " + note.creditnoteNumber()));
            if (!(outcome instanceof TransactionOutcome.Authorised)) {
                throw new RefundNotAuthorised("Opayo did not authorise refund " + vendorTxCode + ": " + outcome.getClass().getSimpleName());
            }
            refundId = outcome.transactionId();
            store.put(new StepRecord(key + ":opayo", StepRecord.State.DONE, 1,
                    Map.of("vendorTxCode", vendorTxCode, "transactionId", refundId, "original", original), clock.instant()));
            store.put(new StepRecord(totalKey, StepRecord.State.DONE, 1,
                    Map.of("minor", Long.toString(already + requested.toMinorUnits())), clock.instant()));
        }
        // Zoho has no idempotency key: each step is marked STARTED before it is sent, and a STARTED step is
        // looked up (by the reference it was sent with) before it is sent again.
        String opayoRefund = refundId;
        Optional<StepRecord> recorded = store.get(key + ":zoho");
        if (recorded.isEmpty() || recorded.get().state() != StepRecord.State.DONE) {
            boolean alreadyThere = recorded.isPresent() && zoho.creditNotes().refunds(creditNoteId).stream()
                    .anyMatch(r -> opayoRefund.equals(r.referenceNumber()));
            if (!alreadyThere) {
                store.put(new StepRecord(key + ":zoho", StepRecord.State.STARTED, 1, Map.of(), clock.instant()));
                zoho.creditNotes().refund(creditNoteId, new Inputs.CreditNoteRefundInput(LocalDate.now(clock), "creditcard", refundId,
                        note.total(), "Opayo refund of " + original, null));
            }
            store.put(new StepRecord(key + ":zoho", StepRecord.State.DONE, 1, Map.of(), clock.instant()));
        }
        Optional<StepRecord> restocked = store.get(key + ":stock");
        if (restocked.isEmpty() || restocked.get().state() != StepRecord.State.DONE) {
            List<Inputs.AdjustmentLineInput> lines = new ArrayList<>();
            for (LineItem line : note.lineItems()) {
                if (line.itemId() != null && line.quantity() != null && line.quantity().signum() > 0) {
                    lines.add(new Inputs.AdjustmentLineInput(line.itemId(), line.quantity()));
                }
            }
            String reference = note.creditnoteNumber();
            boolean alreadyThere = restocked.isPresent() && zoho.inventoryAdjustments()
                    .list(ListQuery.builder().parameter("reference_number", reference).build())
                    .anyMatch(a -> reference.equals(a.referenceNumber()));
            if (!lines.isEmpty() && !alreadyThere) {
                store.put(new StepRecord(key + ":stock", StepRecord.State.STARTED, 1, Map.of(), clock.instant()));
                zoho.inventoryAdjustments().create(new Inputs.InventoryAdjustmentInput(LocalDate.now(clock),
                        "Returned: " + reference, "quantity", "Items returned with credit note " + reference, reference, lines));
            }
            store.put(new StepRecord(key + ":stock", StepRecord.State.DONE, 1, Map.of(), clock.instant()));
        }
        return new RefundOutcome.Refunded(creditNoteId, refundId);
    }

    /** The order-to-cash payment step of the order the credit note's invoice bills. */
    private StepRecord originalPayment(CreditNote note) {
        Object invoiceId = note.other().get("invoice_id");
        if (invoiceId == null) {
            throw new RefundNotAuthorised("credit note " + note.creditnoteNumber() + " is not linked to an invoice");
        }
        Invoice invoice = zoho.invoices().get(invoiceId.toString());
        Object salesOrderId = invoice.other().get("salesorder_id");
        StepRecord payment = salesOrderId == null ? null : store.get("o2c:" + salesOrderId + ":payment").orElse(null);
        if (payment == null || payment.state() != StepRecord.State.DONE) {
            throw new RefundNotAuthorised("no Opayo payment is recorded for invoice " + invoice.invoiceNumber());
        }
        return payment;
    }

    /** A refund that cannot go ahead without a person. */
    private static final class RefundNotAuthorised extends MappingException {
        private static final long serialVersionUID = 1L;

        RefundNotAuthorised(String message) {
            super(message);
        }
    }
}
