package io.tillbridge.flows.syspro;

import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.reporting.Batch;
import io.tillbridge.opayo.reporting.ReportedTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A business day's Opayo settlement batches, read through the Reporting API, as mapping-core batches by
 * id — what {@link SysproSettlementFlow} posts and reconciles.
 */
public final class OpayoBatches {

    /** Opayo's reports are in UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final OpayoClient opayo;
    private final ZoneId businessZone;

    /**
     * Creates the source over an Opayo client.
     *
     * @param opayo        the Opayo client, with reporting credentials
     * @param businessZone the zone whose calendar day a batch belongs to
     */
    public OpayoBatches(OpayoClient opayo, ZoneId businessZone) {
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
    }

    /**
     * The batches that closed on a business day, by batch id, in Opayo's order.
     *
     * @param day the business day
     * @return the batches, by id
     */
    public Map<String, SettlementBatch> day(LocalDate day) {
        Map<String, SettlementBatch> out = new LinkedHashMap<>();
        for (Batch batch : opayo.reporting().batches(day.atStartOfDay(businessZone).toInstant(),
                day.plusDays(1).atStartOfDay(businessZone).toInstant())) {
            var completed = batch.completed().atZone(UK).toInstant();
            var lines = opayo.reporting().batchTransactions(batch.batchId(), batch.authProcessorName())
                    .map(row -> line(batch.batchId(), row, day)).toList();
            out.put(batch.batchId(), new SettlementBatch(batch.batchId(), batch.authProcessorName(), completed, lines));
        }
        return out;
    }

    private static SettlementLine line(String batchId, ReportedTransaction row, LocalDate day) {
        Currency currency = Currency.getInstance(row.currency());
        return new SettlementLine(batchId, row.vpsTxId(), row.vendorTxCode(), TransactionType.fromOpayo(row.transactionType()),
                Money.of(row.amount(), currency), null, row.fields().get("cardtype"), row.fields().get("bankauthcode"), day);
    }
}
