package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.refund.RefundCheck;
import io.tillbridge.mapping.refund.RefundRejectedException;
import io.tillbridge.syspro.orders.CreditNoteRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Refunds and chargebacks into SYSPRO: a credit note — SORTCI from the invoice when there is one, SORTCH
 * otherwise — with the credit's id as its CustomerPoNumber, once, and for no more than the payment
 * captured less what was credited before (mapping-core's refund check against the store's
 * refunded-so-far counter of the payment, which moves in the same write that records the credit note).
 * A credit above that is dead-lettered: the money has already gone back in Opayo, and the reason says
 * so. {@link #run} never throws.
 *
 * <p>UNVERIFIED with a real SYSPRO: SORTCH/SORTCI as this client sends them carry no lines or value, so
 * the amount is checked and recorded here (in the effect's intent) but SYSPRO credits by its own rules.
 */
public final class SysproCreditFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "syspro-credit";
    private static final String REFUNDED = NAME + "/refunded/";
    private static final int CUSTOMER_PO_MAX = 30;

    private final SysproTarget syspro;
    private final EffectEngine engine;
    private final Function<String, CreditRequest> credits;
    private final Clock clock;
    private final ZoneId zone;

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
        this.syspro = Objects.requireNonNull(syspro, "syspro");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * What has been credited in SYSPRO of a payment, by its vendorTxCode.
     *
     * @param originalVendorTxCode the payment's vendorTxCode
     * @param currency             the payment's currency
     * @return the amount credited so far
     */
    public Money credited(String originalVendorTxCode, java.util.Currency currency) {
        return Money.ofMinor(engine.store().counter(REFUNDED + originalVendorTxCode), currency);
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
            Effect<String> note = creditNote(credit);
            boolean posted = engine.store().effect(note.key()).map(r -> r.state() == EffectRecord.State.DONE).orElse(false);
            if (!posted) {
                check(credit);
            }
            Map<String, String> results = new LinkedHashMap<>();
            results.put("creditNote", LeasedRun.done(run.effect(note, Map.of(REFUNDED + credit.originalVendorTxCode(),
                    credit.amount().toMinorUnits())), "credit note " + creditId));
            return new SysproOutcome.Done(creditId, results);
        });
    }

    private void check(CreditRequest credit) {
        if (credit.id().length() > CUSTOMER_PO_MAX) {
            throw new LeasedRun.Refused("credit id " + credit.id() + " is longer than SYSPRO's " + CUSTOMER_PO_MAX
                    + "-character CustomerPoNumber; it is not truncated");
        }
        try {
            RefundCheck.check(credit.captured(), credited(credit.originalVendorTxCode(), credit.captured().currency()),
                    credit.amount());
        } catch (RefundRejectedException e) {
            throw new LeasedRun.Refused("no credit note posted: " + credit.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + credit.amount() + " of " + credit.originalVendorTxCode() + " is refused (" + e.reason() + "): " + e.getMessage());
        }
    }

    private Effect<String> creditNote(CreditRequest credit) {
        String po = credit.id();
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put("customerPoNumber", po);
        refs.put("kind", credit.kind().name());
        refs.put("customer", credit.customer());
        refs.put("invoice", credit.invoice() == null ? "" : credit.invoice());
        refs.put("original", credit.originalVendorTxCode());
        return new Effect<>(new EffectKey(NAME, "credit-note", po, 1), Intent.of(credit.amount(), refs),
                situation -> syspro.salesOrderByPo(po),
                () -> {
                    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
                    CreditNoteRequest request = credit.invoice() == null ? CreditNoteRequest.header(credit.customer(), po, today)
                            : CreditNoteRequest.fromInvoice(credit.customer(), po, today, credit.invoice());
                    String kind = request.kind().businessObject();
                    return SysproTarget.post(kind, () -> syspro.client().salesOrders().creditNote(request)).creditNoteNumber()
                            .orElseThrow(() -> new IllegalStateException(kind + " answered without a credit note number"));
                }, ResultCodec.text("creditNote"));
    }
}
