package io.tillbridge.flows.settlement;

import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.LedgerSystem;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.reporting.Batch;
import io.tillbridge.opayo.reporting.ReportedTransaction;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CreditNote;
import io.tillbridge.zoho.model.CreditNoteRefund;
import io.tillbridge.zoho.model.CustomerPayment;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Settlement reconciliation: the day's Opayo batches (Reporting API) against what Zoho Inventory
 * recorded — customer payments whose reference is the Opayo transaction id, and credit-note refunds
 * likewise — through mapping-core's reconciler. Read-only: it changes nothing, so it can run as often
 * as wanted.
 */
public final class SettlementFlow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SettlementFlow.class);

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss[.SSS]");

    private final ZohoInventoryClient zoho;
    private final OpayoClient opayo;
    private final Reconciler reconciler;

    public SettlementFlow(ZohoInventoryClient zoho, OpayoClient opayo, Reconciler reconciler) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    /** Reconciles the batches that closed on a day (UK time) against Zoho's records for that day. */
    public ReconciliationReport run(LocalDate day) {
        Instant from = day.atStartOfDay(UK).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(UK).toInstant();
        List<SettlementLine> settlement = new ArrayList<>();
        for (Batch batch : opayo.reporting().batches(from, to)) {
            opayo.reporting().batchTransactions(batch.batchId(), batch.authProcessorName())
                    .forEach(row -> settlement.add(line(batch.batchId(), row, day)));
        }
        List<LedgerRecord> ledger = new ArrayList<>();
        zoho.customerPayments().list(ListQuery.ALL).filter(p -> day.equals(p.date())).forEach(p -> ledger.add(payment(p)));
        zoho.creditNotes().list(ListQuery.ALL).forEach(note -> {
            for (CreditNoteRefund refund : zoho.creditNotes().refunds(note.creditnoteId())) {
                if (day.equals(refund.date())) {
                    if (refund.amountInNoteCurrency().isPresent()) {
                        ledger.add(refund(note, refund));
                    } else {
                        // One unreadable refund must not stop the day's reconciliation; it is named here.
                        LOG.warn("Zoho credit-note refund {} on {} has no amount in the note's currency; left out of reconciliation",
                                refund.creditnoteRefundId(), note.creditnoteNumber());
                    }
                }
            }
        });
        return reconciler.reconcile(settlement, ledger);
    }

    private static SettlementLine line(String batchId, ReportedTransaction row, LocalDate day) {
        Currency currency = Currency.getInstance(row.currency());
        TransactionType type = TransactionType.fromOpayo(row.transactionType());
        LocalDate date = row.started() == null ? day : LocalDateTime.parse(row.started(), STARTED).toLocalDate();
        return new SettlementLine(batchId, row.transactionId(), row.vendorTxCode(), type, Money.of(row.amount(), currency), null,
                row.fields().get("cardtype"), row.fields().get("bankauthcode"), date);
    }

    private static LedgerRecord payment(CustomerPayment payment) {
        return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, payment.paymentId(), payment.referenceNumber(), null,
                TransactionType.PAYMENT, Money.of(payment.amount(), Currency.getInstance(payment.currencyCode())), payment.date());
    }

    private static LedgerRecord refund(CreditNote note, CreditNoteRefund refund) {
        return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, refund.creditnoteRefundId(), refund.referenceNumber(), null,
                TransactionType.REFUND, Money.of(refund.amountInNoteCurrency().orElseThrow(), Currency.getInstance(note.currencyCode())), refund.date());
    }
}
