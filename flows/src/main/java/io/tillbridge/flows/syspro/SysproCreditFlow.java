package io.tillbridge.flows.syspro;

import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.refund.RefundCheck;
import io.tillbridge.mapping.refund.RefundRejectedException;
import io.tillbridge.syspro.orders.CreditNoteLine;
import io.tillbridge.syspro.orders.CreditNoteRequest;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableRows;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Refunds and chargebacks into SYSPRO: a credit note for the credit's value, once, and for no more than
 * the payment captured less what was credited of it before. {@link #run} never throws.
 *
 * <p><b>The refund check is atomic across instances.</b> Before anything is posted, the credit's amount
 * is <em>reserved</em> against its payment under a lease on the payment itself (flow
 * {@value #PAYMENTS}, subject the payment's vendorTxCode): the check of mapping-core's refund rule
 * against the payment's reserved-so-far counter and the reservation are one effect whose record and
 * counter move in the same write, fenced by that lease. Two credits of one payment — in two threads or
 * two runners on one store — therefore check one after the other; the second sees the first's
 * reservation. A reservation is never given back: it stands for money already returned in Opayo, so a
 * credit note that SYSPRO then refuses leaves it reserved (and dead-lettered saying so) rather than
 * letting another credit pass the check on the same money.
 *
 * <p><b>SYSPRO's amount agrees with ours.</b> The credit note is a SORTCH header (with the invoice's
 * number when the credit is of an invoice; the credit's id, in its {@link SysproKeys} form, as its
 * CustomerPoNumber) and a SORTCL
 * non-stocked line of quantity 1 priced at the credit's amount. Each is an effect looked up first: the
 * header by CustomerPoNumber, the line by the credit note's lines (SorDetail), whose value must equal
 * the amount — a note holding another value is held for a person, never topped up. The payment's
 * credited-so-far counter ({@link #credited}) moves in the write that records the valued line.
 */
public final class SysproCreditFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "syspro-credit";
    /** The flow whose lease, per payment (vendorTxCode), serialises the refund check of every credit of that payment. */
    public static final String PAYMENTS = "syspro-credit-payment";
    private static final String REFUNDED = NAME + "/refunded/";
    private static final String RESERVED = PAYMENTS + "/reserved/";

    /**
     * What a host tunes about the credit notes.
     *
     * @param lineCode        the non-stocked code of a credit note's value line (SORTCL {@code StockCode})
     * @param lineDescription its description, followed by the credit's kind and id
     */
    public record Settings(String lineCode, String lineDescription) {
        /**
         * Requires both settings.
         *
         * @param lineCode        the non-stocked code of a credit note's value line (SORTCL {@code StockCode})
         * @param lineDescription its description, followed by the credit's kind and id
         */
        public Settings {
            Objects.requireNonNull(lineCode, "lineCode");
            Objects.requireNonNull(lineDescription, "lineDescription");
        }

        /**
         * Value lines coded {@code OPAYO-CREDIT}.
         *
         * @return the defaults
         */
        public static Settings defaults() {
            return new Settings("OPAYO-CREDIT", "Opayo");
        }
    }

    private final SysproTarget syspro;
    private final EffectEngine engine;
    private final Function<String, CreditRequest> credits;
    private final Clock clock;
    private final ZoneId zone;
    private final Settings settings;

    /**
     * @param credits the host's credits by id; an exception there ends the run as a dead letter
     *
     * @param syspro the SYSPRO target
     * @param engine the effect engine
     * @param clock  the clock
     * @param zone   the zone whose calendar dates the credit notes
     */
    public SysproCreditFlow(SysproTarget syspro, EffectEngine engine, Function<String, CreditRequest> credits, Clock clock,
                            ZoneId zone) {
        this(syspro, engine, credits, clock, zone, Settings.defaults());
    }

    /**
     * A credit flow with its own settings for the credit notes' value lines.
     *
     * @param syspro   the SYSPRO client, as the flows see it
     * @param engine   the effect engine
     * @param credits  the host's credits by id; an exception there ends the run as a dead letter
     * @param clock    for credit note dates
     * @param zone     the zone whose calendar dates the credit notes
     * @param settings how the credit notes' value lines are coded
     */
    public SysproCreditFlow(SysproTarget syspro, EffectEngine engine, Function<String, CreditRequest> credits, Clock clock,
                            ZoneId zone, Settings settings) {
        this.syspro = Objects.requireNonNull(syspro, "syspro");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * What has been credited in SYSPRO (valued credit notes) of a payment, by its vendorTxCode.
     *
     * @param originalVendorTxCode the payment's vendorTxCode
     * @param currency             the payment's currency
     * @return the amount credited so far
     */
    public Money credited(String originalVendorTxCode, Currency currency) {
        return Money.ofMinor(engine.store().counter(REFUNDED + originalVendorTxCode), currency);
    }

    /**
     * What has been reserved against a payment by credits that passed the refund check, by its vendorTxCode.
     *
     * @param originalVendorTxCode the payment's vendorTxCode
     * @param currency             the payment's currency
     * @return the amount reserved so far (never given back: it stands for money refunded in Opayo)
     */
    public Money reserved(String originalVendorTxCode, Currency currency) {
        return Money.ofMinor(engine.store().counter(RESERVED + originalVendorTxCode), currency);
    }

    /**
     * Runs, resumes or replays one credit. Never throws.
     *
     * @param creditId the credit's id
     * @return the outcome
     */
    public SysproOutcome run(String creditId) {
        AtomicReference<CreditRequest> seen = new AtomicReference<>();
        return LeasedRun.run(engine, NAME, creditId, () -> seen.get() == null ? MoneyMoved.unknown(null, null)
                : MoneyMoved.refunded(seen.get().amount(), seen.get().refundTransactionId()), run -> {
            CreditRequest credit = credits.apply(creditId);
            seen.set(credit);
            if (!credit.id().equals(creditId)) {
                throw new LeasedRun.Refused("the host returned credit " + credit.id() + " when asked for " + creditId);
            }
            Effect<String> value = creditValue(credit, null);
            boolean valued = engine.store().effect(value.key()).map(r -> r.state() == EffectRecord.State.DONE).orElse(false);
            if (!valued) {
                reserve(credit);
            }
            Map<String, String> results = new LinkedHashMap<>();
            String note = LeasedRun.done(run.effect(creditNote(credit)), "credit note " + creditId);
            results.put("creditNote", note);
            results.put("creditValue", LeasedRun.done(run.effect(creditValue(credit, note),
                    Map.of(REFUNDED + credit.originalVendorTxCode(), credit.amount().toMinorUnits())), "SORTCL value of credit note " + note));
            return new SysproOutcome.Done(creditId, results);
        });
    }

    /**
     * Checks the credit against what is reserved of its payment and reserves it, under the payment's lease:
     * one effect, recorded with the counter in one fenced write. Already reserved: nothing to do.
     */
    private void reserve(CreditRequest credit) {
        String payment = credit.originalVendorTxCode();
        Effect<String> reservation = reservation(credit);
        if (engine.store().effect(reservation.key()).map(r -> r.state() == EffectRecord.State.DONE).orElse(false)) {
            return;
        }
        Optional<EffectEngine.Run> started = engine.start(PAYMENTS, payment);
        if (started.isEmpty()) {
            // Held, not Busy: this credit is on the queue for a replay, so nothing is dropped while the other one is checked.
            throw new LeasedRun.NotDone("another credit of payment " + payment + " is being checked against it; run again", true);
        }
        try (EffectEngine.Run onPayment = started.get()) {
            if (engine.store().effect(reservation.key()).map(r -> r.state() == EffectRecord.State.DONE).orElse(false)) {
                return;
            }
            try {
                RefundCheck.check(credit.captured(), reserved(payment, credit.captured().currency()), credit.amount());
            } catch (RefundRejectedException e) {
                throw new LeasedRun.Refused("no credit note posted: " + credit.kind().name().toLowerCase(Locale.ROOT) + " "
                        + credit.amount() + " of " + payment + " is refused (" + e.reason() + "): " + e.getMessage());
            }
            EffectOutcome<String> reserved = onPayment.effect(reservation, Map.of(RESERVED + payment, credit.amount().toMinorUnits()));
            LeasedRun.done(reserved, "reservation of " + credit.amount() + " against payment " + payment);
        }
    }

    /** The reservation: nothing leaves this process, so nothing is to be found elsewhere — the record is the truth. */
    private Effect<String> reservation(CreditRequest credit) {
        Map<String, String> refs = Map.of("credit", credit.id(), "kind", credit.kind().name(), "payment", credit.originalVendorTxCode());
        return new Effect<>(new EffectKey(PAYMENTS, "reserve-" + digest(credit.id()), credit.originalVendorTxCode(), 1),
                Intent.of(credit.amount(), refs), situation -> Lookup.absent(), () -> credit.id(), ResultCodec.text("credit"));
    }

    private Effect<String> creditNote(CreditRequest credit) {
        String po = SysproKeys.of(credit.id());
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put("customerPoNumber", po);
        refs.put("kind", credit.kind().name());
        refs.put("customer", credit.customer());
        refs.put("invoice", credit.invoice() == null ? "" : credit.invoice());
        refs.put("original", credit.originalVendorTxCode());
        if (SysproKeys.shortened(credit.id())) {
            refs.put("credit", credit.id());
        }
        return new Effect<>(new EffectKey(NAME, "credit-note", credit.id(), 1), Intent.of(credit.amount(), refs),
                situation -> syspro.salesOrderByPo(po),
                () -> {
                    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
                    CreditNoteRequest header = CreditNoteRequest.header(credit.customer(), po, today);
                    CreditNoteRequest request = credit.invoice() == null ? header : header.againstInvoice(credit.invoice());
                    return SysproTarget.post("SORTCH", () -> syspro.client().salesOrders().creditNote(request)).creditNoteNumber()
                            .orElseThrow(() -> new IllegalStateException("SORTCH answered without a credit note number"));
                }, ResultCodec.text("creditNote"));
    }

    /** @param note the credit note's number; null only to name the effect's key */
    private Effect<String> creditValue(CreditRequest credit, String note) {
        BigDecimal amount = credit.amount().amount();
        Map<String, String> refs = Map.of("creditNote", note == null ? "" : note, "code", settings.lineCode());
        return new Effect<>(new EffectKey(NAME, "credit-value", credit.id(), 1), Intent.of(credit.amount(), refs),
                situation -> valueOf(note, amount),
                () -> {
                    String description = settings.lineDescription() + " " + credit.kind().name().toLowerCase(Locale.ROOT) + " "
                            + SysproKeys.of(credit.id());
                    CreditNoteLine line = CreditNoteLine.value(note, settings.lineCode(), description, amount);
                    SysproTarget.post("SORTCL", () -> syspro.client().salesOrders().addCreditNoteLine(line));
                    return amount.toPlainString();
                }, ResultCodec.text("value"));
    }

    /** The credit note's value in SYSPRO: no lines is absent, exactly the amount is found, anything else is for a person. */
    private Lookup<String> valueOf(String note, BigDecimal amount) {
        List<Map<String, String>> rows;
        try {
            rows = syspro.rows(SysproTables.SALES_ORDER_LINES, Map.of(SysproTables.SALES_ORDER, note), SysproTables.SALES_ORDER,
                    SysproTables.LINE_QUANTITY, SysproTables.LINE_PRICE);
        } catch (TillbridgeException | SysproTarget.InexactAnswer e) {
            return Lookup.unknown("looking up the lines of credit note " + note + " failed: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            return Lookup.absent();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, String> row : rows) {
            try {
                total = total.add(new BigDecimal(TableRows.value(row, SysproTables.LINE_QUANTITY).orElse(""))
                        .multiply(new BigDecimal(TableRows.value(row, SysproTables.LINE_PRICE).orElse(""))));
            } catch (NumberFormatException e) {
                return Lookup.unknown("credit note " + note + " has a line SYSPRO did not value plainly: " + row);
            }
        }
        if (total.compareTo(amount) == 0) {
            return Lookup.found(amount.toPlainString());
        }
        return Lookup.unknown("credit note " + note + " holds " + total.toPlainString() + " in " + rows.size()
                + " line(s), not the credit's " + amount.toPlainString() + "; a person has to settle it");
    }

    /** A lower-case, fixed-length name for a credit id in an effect key (ids may hold upper case and other characters). */
    private static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
