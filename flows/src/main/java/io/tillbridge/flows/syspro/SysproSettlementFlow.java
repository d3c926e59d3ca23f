package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.gl.SettlementJournals;
import io.tillbridge.mapping.model.JournalEntry;
import io.tillbridge.mapping.model.JournalLine;
import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.LedgerSystem;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.syspro.ledger.GlJournal;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A day's Opayo settlement batch into SYSPRO's general ledger: one balanced GENTJL journal per currency
 * of the batch (receipts, refunds, chargebacks and fees by card type and currency through mapping-core's
 * GL rules and settlement journals), posted once per batch into the period the host's calendar names;
 * and a read-only reconciliation of the batch against SYSPRO's AR payments (by vendorTxCode, the AR
 * payment's reference), with every discrepancy. A closed period is a dead letter (no money moved).
 * {@link #run} never throws.
 */
public final class SysproSettlementFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "syspro-settlement";
    private static final int REFERENCE_MAX = 30;

    /** A GL period. */
    public record GlPeriod(int year, int period) {
    }

    /**
     * What a host tunes.
     *
     * @param rules    GL rules
     * @param channel  the sales channel the batches come through; may be null
     * @param calendar the GL period a settlement day posts into (month by month unless the site's calendar differs)
     * @param zone     the business's time zone
     */
    public record Settings(GlRuleTable rules, String channel, Function<LocalDate, GlPeriod> calendar, ZoneId zone) {
        /**
         * Requires the rules, the calendar and the zone.
         *
         * @param rules    GL rules
         * @param channel  the sales channel the batches come through; may be null
         * @param calendar the GL period a settlement day posts into (month by month unless the site's calendar
         *     differs)
         * @param zone     the business's time zone
         */
        public Settings {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(zone, "zone");
        }

        /**
         * Calendar months as GL periods.
         *
         * @param rules   the GL rules
         * @param channel the sales channel, for channel rules; may be null
         * @param zone    the zone whose calendar months are the periods
         * @return the settings
         */
        public static Settings monthly(GlRuleTable rules, String channel, ZoneId zone) {
            return new Settings(rules, channel, day -> new GlPeriod(day.getYear(), day.getMonthValue()), zone);
        }
    }

    private final SysproTarget syspro;
    private final EffectEngine engine;
    private final Function<String, SettlementBatch> batches;
    private final Reconciler reconciler;
    private final Settings settings;

    /**
     * @param batches the batch by id (for example from {@link OpayoBatches}); an exception there ends as a dead
     *     letter
     *
     * @param syspro     the SYSPRO target
     * @param engine     the effect engine
     * @param reconciler the reconciler
     * @param settings   the GL rules, channel and calendar
     */
    public SysproSettlementFlow(SysproTarget syspro, EffectEngine engine, Function<String, SettlementBatch> batches,
                                Reconciler reconciler, Settings settings) {
        this.syspro = Objects.requireNonNull(syspro, "syspro");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Posts a batch's journals, once. Never throws.
     *
     * @param batchId the batch's id
     * @return the outcome
     */
    public SysproOutcome run(String batchId) {
        return LeasedRun.run(engine, NAME, batchId, () -> MoneyMoved.NONE, run -> {
            SettlementBatch batch = batches.apply(batchId);
            if (!batch.batchId().equals(batchId)) {
                throw new LeasedRun.Refused("the host returned batch " + batch.batchId() + " when asked for " + batchId);
            }
            LocalDate day = LocalDate.ofInstant(batch.completedAt(), settings.zone());
            Map<String, String> results = new LinkedHashMap<>();
            for (JournalEntry entry : SettlementJournals.build(batch, settings.rules(), settings.channel(), day)) {
                Effect<String> journal = journal(batchId, entry, settings.calendar().apply(day));
                results.put(journal.key().effect(), LeasedRun.done(run.effect(journal), "GENTJL journal " + entry.reference()));
            }
            return new SysproOutcome.Done(batchId, results);
        });
    }

    /**
     * Reconciles a batch against the AR payments SYSPRO holds under its lines' vendorTxCodes. Read-only.
     * Refund and chargeback lines have no AR payment and show as settlement-only discrepancies.
     *
     * @param batchId the batch's id
     * @return the report
     */
    public ReconciliationReport reconcile(String batchId) {
        SettlementBatch batch = batches.apply(batchId);
        LocalDate day = LocalDate.ofInstant(batch.completedAt(), settings.zone());
        List<LedgerRecord> ledger = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (SettlementLine line : batch.lines()) {
            if (line.vendorTxCode() == null || !asked.add(line.vendorTxCode())) {
                continue;
            }
            Map<String, BigDecimal> byJournal = new LinkedHashMap<>();
            // ARSTPY's Reference holds the vendorTxCode's SYSPRO form (itself up to 30 characters).
            String reference = SysproKeys.of(line.vendorTxCode());
            for (Map<String, String> row : syspro.rows(SysproTables.AR_PAYMENTS, Map.of(SysproTables.REFERENCE, reference),
                    SysproTables.REFERENCE, SysproTables.JOURNAL, SysproTables.PAYMENT_VALUE)) {
                byJournal.merge(TableRows.value(row, SysproTables.JOURNAL).orElse(""),
                        new BigDecimal(TableRows.value(row, SysproTables.PAYMENT_VALUE).orElse("0")), BigDecimal::add);
            }
            byJournal.forEach((journal, value) -> ledger.add(new LedgerRecord(LedgerSystem.SYSPRO, "AR journal " + journal, null,
                    line.vendorTxCode(), TransactionType.PAYMENT, Money.of(value, line.amount().currency()), day)));
        }
        return reconciler.reconcile(batch.lines(), ledger);
    }

    private Effect<String> journal(String batchId, JournalEntry entry, GlPeriod period) {
        String currency = entry.lines().get(0).amount().currency().getCurrencyCode();
        String reference = "OPY" + entry.reference();
        if (reference.length() > REFERENCE_MAX) {
            throw new LeasedRun.Refused("journal reference " + reference + " is longer than SYSPRO's " + REFERENCE_MAX
                    + " characters; it is not truncated");
        }
        Money debits = entry.lines().stream().filter(l -> l.side() == JournalLine.Side.DEBIT).map(JournalLine::amount)
                .reduce(Money::plus).orElseThrow(() -> new LeasedRun.Refused("journal " + reference + " has no debit"));
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put("reference", reference);
        refs.put("period", period.year() + "-" + period.period());
        for (int i = 0; i < entry.lines().size(); i++) {
            JournalLine line = entry.lines().get(i);
            refs.put("line" + i, line.side() + " " + line.account() + " " + line.amount().amount().toPlainString());
        }
        return new Effect<>(new EffectKey(NAME, "gl-journal-" + currency.toLowerCase(Locale.ROOT), batchId, 1), Intent.of(debits, refs),
                situation -> syspro.glJournal(reference),
                () -> {
                    GlJournal.Builder journal = GlJournal.builder(entry.date(), reference).notation(entry.narrative())
                            .period(period.year(), period.period());
                    for (JournalLine line : entry.lines()) {
                        if (line.side() == JournalLine.Side.DEBIT) {
                            journal.debit(line.account(), line.amount().amount());
                        } else {
                            journal.credit(line.account(), line.amount().amount());
                        }
                    }
                    return SysproTarget.post("GENTJL", () -> syspro.client().glJournals().post(journal.build())).journalNumber()
                            .orElseThrow(() -> new IllegalStateException("GENTJL answered without a journal number"));
                }, ResultCodec.text("journal"));
    }
}
