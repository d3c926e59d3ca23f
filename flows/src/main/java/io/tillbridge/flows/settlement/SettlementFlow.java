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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settlement reconciliation: the day's Opayo batches (Reporting API) against what Zoho Inventory
 * recorded that day — customer payments whose reference is the Opayo transaction id, and credit-note
 * refunds likewise — through mapping-core's reconciler. Customer payments are asked for by the day,
 * with the payment list's documented {@code date} filter. The credit-note refund list documents no
 * filter and no order (reference §3.7), so it is read whole, page by page, and the day picked here; only
 * the credit notes refunded that day are read, once each, for their currency. The day is the business's, in its time zone (the same setting the flows
 * date their Zoho records with), so a payment taken at 23:30 is reconciled on the day it was dated.
 * Read-only: it changes nothing, so it can run as often as wanted.
 */
public final class SettlementFlow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SettlementFlow.class);

    /** Opayo's reports are in UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss[.SSS]");

    private final ZohoInventoryClient zoho;
    private final OpayoClient opayo;
    private final Reconciler reconciler;
    private final ZoneId businessZone;

    /**
     * Creates the flow.
     *
     * @param zoho       the Zoho Inventory client
     * @param opayo      the Opayo client
     * @param reconciler the reconciler
     * @param businessZone the business's time zone: which instants a day covers
     */
    public SettlementFlow(ZohoInventoryClient zoho, OpayoClient opayo, Reconciler reconciler, ZoneId businessZone) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
    }

    /**
     * Reconciles the batches that closed on a business day against Zoho's records dated that day.
     *
     * @param day the business day
     * @return the report
     */
    public ReconciliationReport run(LocalDate day) {
        Instant from = day.atStartOfDay(businessZone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(businessZone).toInstant();
        List<SettlementLine> settlement = new ArrayList<>();
        for (Batch batch : opayo.reporting().batches(from, to)) {
            opayo.reporting().batchTransactions(batch.batchId(), batch.authProcessorName())
                    .forEach(row -> settlement.add(line(batch.batchId(), row, day)));
        }
        List<LedgerRecord> ledger = new ArrayList<>();
        // Customer payments: the documented exact 'date' filter. Refunds: every credit note's refunds in one paged
        // list. Zoho documents no filter for it (an undocumented one may be ignored, and the day would silently be
        // wrong) and no sort order (so paging cannot stop at the first older refund): the day is picked here. Each
        // refund's currency is its credit note's.
        zoho.customerPayments().list(ListQuery.builder().parameter("date", day.toString()).build())
                .filter(p -> day.equals(p.date())).forEach(p -> ledger.add(payment(p)));
        Map<String, Currency> currencies = new HashMap<>();
        zoho.creditNotes().allRefunds(ListQuery.ALL)
                .filter(refund -> day.equals(refund.date()))
                .forEach(refund -> {
                    if (refund.amountInNoteCurrency().isEmpty()) {
                        // One unreadable refund must not stop the day's reconciliation; it is named here.
                        LOG.warn("Zoho credit-note refund {} of credit note {} has no amount in the note's currency; left out of reconciliation",
                                refund.creditnoteRefundId(), refund.creditnoteId());
                        return;
                    }
                    Currency currency = refund.creditnoteId() == null ? null
                            : currencies.computeIfAbsent(refund.creditnoteId(), this::currencyOf);
                    if (currency == null) {
                        LOG.warn("Zoho credit-note refund {} names no credit note with a known currency ({}); left out of reconciliation",
                                refund.creditnoteRefundId(), refund.creditnoteId());
                        return;
                    }
                    ledger.add(refund(currency, refund));
                });
        return reconciler.reconcile(settlement, ledger);
    }

    /** The credit note's currency; null (not cached, as computeIfAbsent keeps no null) when Zoho names none it knows. */
    private Currency currencyOf(String creditNoteId) {
        String code = zoho.creditNotes().get(creditNoteId).currencyCode();
        try {
            return code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private SettlementLine line(String batchId, ReportedTransaction row, LocalDate day) {
        Currency currency = Currency.getInstance(row.currency());
        TransactionType type = TransactionType.fromOpayo(row.transactionType());
        LocalDate date = row.started() == null ? day
                : LocalDateTime.parse(row.started(), STARTED).atZone(UK).withZoneSameInstant(businessZone).toLocalDate();
        return new SettlementLine(batchId, row.transactionId(), row.vendorTxCode(), type, Money.of(row.amount(), currency), null,
                row.fields().get("cardtype"), row.fields().get("bankauthcode"), date);
    }

    private static LedgerRecord payment(CustomerPayment payment) {
        return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, payment.paymentId(), payment.referenceNumber(), null,
                TransactionType.PAYMENT, Money.of(payment.amount(), Currency.getInstance(payment.currencyCode())), payment.date());
    }

    private static LedgerRecord refund(Currency currency, CreditNoteRefund refund) {
        return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, refund.creditnoteRefundId(), refund.referenceNumber(), null,
                TransactionType.REFUND, Money.of(refund.amountInNoteCurrency().orElseThrow(), currency), refund.date());
    }
}
