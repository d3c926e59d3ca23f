package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.address.SysproAddressProfile;
import io.tillbridge.mapping.gl.GlContext;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.model.FraudIndicator;
import io.tillbridge.mapping.model.RiskDecision;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.risk.RiskAssessment;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.syspro.BusinessObjectException;
import io.tillbridge.syspro.BusinessObjectNotLicensedException;
import io.tillbridge.syspro.inventory.StockItem;
import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.orders.OrderStatusChange;
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.receivables.ArPayment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A paid web order into SYSPRO: the customer (ARSQRY) and every stock code in its warehouse (INVQRY)
 * checked, the risk policy's decision applied, then a SORTOI sales order whose CustomerPoNumber is the
 * vendorTxCode (all or nothing: {@code ApplyIfEntireDocumentValid}), and an ARSTPY AR payment with the
 * vendorTxCode as reference and the Opayo transaction id (36 characters, more than the Reference's 30) in
 * its narration — on payment, or when the host reports the shipment ({@link PaymentPosting#ON_SHIPMENT}).
 * A vendorTxCode longer than 30 characters is sent in its {@link SysproKeys} form, never cut short.
 *
 * <p>Both postings are {@link Effect}s run by the {@link EffectEngine}: an order already in SYSPRO under
 * the same CustomerPoNumber, or a payment under the same reference, is found and adopted, never posted
 * twice. An unknown customer or stock code is dead-lettered naming it. {@link #run} never throws.
 *
 * <p>Fraud indicator → conditional processing: a REVIEW or HOLD decision of the risk policy imports the
 * order <em>in suspense</em> (SORTOI {@code OrderStatus=S}) with the decision, score and every reason as
 * its comment lines, so SYSPRO holds it where people work; no AR payment is posted and the subject waits
 * on the dead-letter queue (held) with the same reasons. {@link #release} is the explicit release: an
 * effect that changes the order's status to open with SORTOS and the host's credit authority (looked up
 * first, so an order someone already released in SYSPRO is adopted), and then the run goes on. With
 * {@link RiskHandling#KEEP_OUT_ON_HOLD} a HOLD decision keeps the order out of SYSPRO instead, until
 * released.
 */
public final class SysproOrderFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "syspro-order";
    private static final String RELEASED = NAME + "/released/";
    /** SORTOI's and SORTOS's code for an order in suspense. */
    private static final String SUSPENSE = SalesOrderImport.Status.IN_SUSPENSE.code();
    /** A SORTOI comment line holds 100 characters; longer reasons go on more lines, never cut. */
    private static final int COMMENT_MAX = 100;
    /** How many orders were imported with an Opayo transaction id: moved in the same write that records the import. */
    private static final String TRANSACTION = NAME + "/transaction/";

    /** When the AR payment is posted. */
    public enum PaymentPosting {
        /** As soon as the order is in SYSPRO: against the order's invoice when given, unapplied otherwise. */
        ON_PAYMENT,
        /** When the host reports the shipment with its invoice ({@link #shipped}). */
        ON_SHIPMENT
    }

    /** What a REVIEW or HOLD decision of the risk policy does with the order. */
    public enum RiskHandling {
        /** REVIEW and HOLD: imported in suspense in SYSPRO with the reasons, until released. */
        SUSPEND_IN_SYSPRO,
        /** REVIEW: imported in suspense; HOLD: kept out of SYSPRO (on the dead-letter queue with the reasons) until released. */
        KEEP_OUT_ON_HOLD
    }

    /**
     * What a host tunes.
     *
     * @param risk            the risk policy
     * @param glRules         GL rules: the bank account of a payment's context is the ARSTPY bank
     * @param posting         when the AR payment is posted
     * @param clock           for payment dates
     * @param zone            the business's time zone
     * @param riskHandling    what a risky order becomes
     * @param creditAuthority SORTOS's {@code CreditAuthority} of a release made through {@link #release(String)}
     */
    public record Settings(RiskPolicy risk, GlRuleTable glRules, PaymentPosting posting, Clock clock, ZoneId zone,
                           RiskHandling riskHandling, String creditAuthority) {
        /**
         * Requires every setting.
         *
         * @param risk            the risk policy
         * @param glRules         GL rules: the bank account of a payment's context is the ARSTPY bank
         * @param posting         when the AR payment is posted
         * @param clock           for payment dates
         * @param zone            the business's time zone
         * @param riskHandling    what a risky order becomes
         * @param creditAuthority SORTOS's {@code CreditAuthority} of a release made through {@link #release(String)}
         */
        public Settings {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(glRules, "glRules");
            Objects.requireNonNull(posting, "posting");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(riskHandling, "riskHandling");
            Objects.requireNonNull(creditAuthority, "creditAuthority");
        }

        /**
         * Risky orders suspended in SYSPRO; releases on the authority {@code TILLBRIDGE}.
         *
         * @param risk    the risk policy
         * @param glRules GL rules: the bank account of a payment's context is the ARSTPY bank
         * @param posting when the AR payment is posted
         * @param clock   for payment dates
         * @param zone    the business's time zone
         */
        public Settings(RiskPolicy risk, GlRuleTable glRules, PaymentPosting posting, Clock clock, ZoneId zone) {
            this(risk, glRules, posting, clock, zone, RiskHandling.SUSPEND_IN_SYSPRO, "TILLBRIDGE");
        }
    }

    private final SysproTarget syspro;
    private final EffectEngine engine;
    private final OrderSource orders;
    private final Settings settings;
    private final io.tillbridge.mapping.address.AddressProfile<SysproAddressProfile.SysproAddress> addresses =
            io.tillbridge.mapping.address.AddressProfile.syspro();

    /**
     * Creates the flow.
     *
     * @param syspro   the SYSPRO target
     * @param engine   the effect engine
     * @param orders   the host's paid orders
     * @param settings risk policy, GL rules and when the payment is posted
     */
    public SysproOrderFlow(SysproTarget syspro, EffectEngine engine, OrderSource orders, Settings settings) {
        this.syspro = Objects.requireNonNull(syspro, "syspro");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs, resumes or replays one paid order. Never throws.
     *
     * @param vendorTxCode the order's vendorTxCode
     * @return the outcome
     */
    public SysproOutcome run(String vendorTxCode) {
        return process(vendorTxCode, null, null);
    }

    /**
     * Releases an order held by the risk policy, explicitly, on the settings' credit authority: an order
     * in suspense in SYSPRO is changed to open (SORTOS), an order kept out is imported; then the run goes on.
     *
     * @param vendorTxCode the order's vendorTxCode
     * @return the outcome
     */
    public SysproOutcome release(String vendorTxCode) {
        return release(vendorTxCode, settings.creditAuthority());
    }

    /**
     * {@link #release(String)} on a named credit authority.
     *
     * @param vendorTxCode    the order's vendorTxCode
     * @param creditAuthority who decided (SORTOS's {@code CreditAuthority})
     * @return the outcome
     */
    public SysproOutcome release(String vendorTxCode, String creditAuthority) {
        Objects.requireNonNull(creditAuthority, "creditAuthority");
        return process(vendorTxCode, creditAuthority, null);
    }

    /**
     * With {@link PaymentPosting#ON_SHIPMENT}: the order shipped and was invoiced; posts its AR payment against
     * the invoice.
     *
     * @param vendorTxCode the order's vendorTxCode
     * @param invoice      the SYSPRO invoice raised at shipment
     * @return the outcome
     */
    public SysproOutcome shipped(String vendorTxCode, String invoice) {
        Objects.requireNonNull(invoice, "invoice");
        return process(vendorTxCode, null, invoice);
    }

    /** @param releasedBy the credit authority of an explicit release; null for a plain run */
    private SysproOutcome process(String vendorTxCode, String releasedBy, String shippedInvoice) {
        AtomicReference<WebOrder> seen = new AtomicReference<>();
        return LeasedRun.run(engine, NAME, vendorTxCode, () -> seen.get() == null ? MoneyMoved.unknown(null, null)
                : MoneyMoved.charged(seen.get().paid(), seen.get().transactionId()), run -> {
            WebOrder order = orders.order(vendorTxCode);
            seen.set(order);
            if (!order.vendorTxCode().equals(vendorTxCode)) {
                throw new LeasedRun.Refused("the host returned order " + order.vendorTxCode() + " when asked for " + vendorTxCode);
            }
            if (releasedBy != null) {
                run.add(RELEASED + vendorTxCode, 1);
            }
            boolean released = engine.store().counter(RELEASED + vendorTxCode) > 0;
            EffectKey orderKey = salesOrderKey(vendorTxCode);
            Optional<EffectRecord> recorded = engine.store().effect(orderKey);
            boolean imported = recorded.map(r -> r.state() == EffectRecord.State.DONE).orElse(false);
            Suspense suspense;
            if (recorded.isPresent()) {
                // Begun or done: import it as it was begun, whatever the policy says today, so the intent stays the same.
                suspense = Suspense.of(recorded.get().intent());
            } else {
                suspense = null;
            }
            if (!imported) {
                if (engine.store().counter(TRANSACTION + order.transactionId()) > 0) {
                    throw new LeasedRun.Refused("Opayo transaction " + order.transactionId() + " already paid another imported order;"
                            + " this order is not imported against it");
                }
                validate(order);
                if (recorded.isEmpty()) {
                    suspense = risk(order, released);
                }
            }
            Map<String, String> results = new LinkedHashMap<>();
            String number = LeasedRun.done(run.effect(salesOrder(order, suspense), Map.of(TRANSACTION + order.transactionId(), 1L)),
                    "SORTOI sales order " + vendorTxCode);
            results.put("salesOrder", number);
            results.put("transactionId", order.transactionId());
            if (suspense != null) {
                if (!released) {
                    throw new LeasedRun.NotDone("on hold in SYSPRO: sales order " + number + " is in suspense until released; "
                            + suspense.reasons(), true);
                }
                results.put("released", LeasedRun.done(run.effect(releaseFromSuspense(vendorTxCode, number,
                        releasedBy == null ? settings.creditAuthority() : releasedBy)), "SORTOS release of sales order " + number));
            }
            String invoice = settings.posting() == PaymentPosting.ON_PAYMENT ? order.invoice() : shippedInvoice;
            if (settings.posting() == PaymentPosting.ON_PAYMENT || shippedInvoice != null) {
                results.put("arJournal", LeasedRun.done(run.effect(arPayment(order, invoice)), "ARSTPY payment " + vendorTxCode));
            }
            return new SysproOutcome.Done(vendorTxCode, results);
        });
    }

    /** ARSQRY the customer and INVQRY every stock code in the order's warehouse; what SYSPRO does not know is refused by name. */
    private void validate(WebOrder order) {
        if (order.lines().isEmpty()) {
            throw new LeasedRun.Refused("the order has no lines");
        }
        try {
            syspro.client().customers().get(order.customer());
        } catch (BusinessObjectNotLicensedException e) {
            throw e;
        } catch (BusinessObjectException e) {
            throw new LeasedRun.Refused("customer " + order.customer() + " is not known to SYSPRO (ARSQRY: " + e.getMessage() + ")");
        }
        for (WebOrder.Line line : order.lines()) {
            StockItem item;
            try {
                item = syspro.client().inventory().stock(line.stockCode(), order.warehouse());
            } catch (BusinessObjectNotLicensedException e) {
                throw e;
            } catch (BusinessObjectException e) {
                throw new LeasedRun.Refused("stock code " + line.stockCode() + " is not known to SYSPRO (INVQRY: " + e.getMessage() + ")");
            }
            if (item.warehouse(order.warehouse()).isEmpty()) {
                throw new LeasedRun.Refused("stock code " + line.stockCode() + " is not stocked in warehouse " + order.warehouse());
            }
        }
    }

    /** Why an order is imported in suspense: the risk policy's decision, score and reasons, as SYSPRO's comment lines say. */
    private record Suspense(String reasons) {
        static Suspense of(Map<String, String> intent) {
            return SUSPENSE.equals(intent.get("orderStatus")) ? new Suspense(intent.getOrDefault("risk", "")) : null;
        }
    }

    /** The suspense a risky order is imported in; null to import it open. A HOLD kept out of SYSPRO stops the run here. */
    private Suspense risk(WebOrder order, boolean released) {
        if (order.risk() == null || released) {
            return null;
        }
        RiskAssessment assessment = settings.risk().assess(order.risk());
        if (assessment.decision() == RiskDecision.PASS) {
            return null;
        }
        FraudIndicator indicator = assessment.toFraudIndicator();
        String reasons = "risk " + indicator.decision() + " at score " + indicator.score() + " (" + String.join("; ", indicator.reasons())
                + ")";
        if (indicator.decision() == RiskDecision.HOLD && settings.riskHandling() == RiskHandling.KEEP_OUT_ON_HOLD) {
            throw new LeasedRun.NotDone("on hold, kept out of SYSPRO until released: " + reasons, true);
        }
        return new Suspense(reasons);
    }

    private static EffectKey salesOrderKey(String vendorTxCode) {
        return new EffectKey(NAME, "sales-order", vendorTxCode, 1);
    }

    /** @param suspense why it is imported in suspense, or null to import it open */
    private Effect<String> salesOrder(WebOrder order, Suspense suspense) {
        String po = SysproKeys.of(order.vendorTxCode());
        boolean shortened = SysproKeys.shortened(order.vendorTxCode());
        Map<String, String> refs = new LinkedHashMap<>(Map.of("customerPoNumber", po, "customer", order.customer(),
                "transactionId", order.transactionId(), "warehouse", order.warehouse()));
        if (shortened) {
            refs.put("vendorTxCode", order.vendorTxCode());
        }
        if (suspense != null) {
            refs.put("orderStatus", SUSPENSE);
            refs.put("risk", suspense.reasons());
        }
        return new Effect<>(salesOrderKey(order.vendorTxCode()), Intent.of(order.paid(), refs),
                situation -> syspro.salesOrderByPo(po),
                () -> {
                    SalesOrderImport.Builder request = SalesOrderImport.builder(po, order.customer()).warehouse(order.warehouse())
                            .orderDate(today()).email(order.email())
                            .specialInstructions("Opayo " + order.transactionId());
                    if (order.shipTo() != null) {
                        SysproAddressProfile.SysproAddress ship = addresses.fit(order.shipTo(), "shipTo");
                        request.shipTo(null, ship.lines(), ship.postalCode());
                    }
                    order.lines().forEach(l -> request.stockLine(l.stockCode(), l.quantity(), l.price()));
                    if (shortened) {
                        // The CustomerPoNumber is the key's 30-character form; the order carries the whole of it too.
                        commentLines("Opayo vendorTxCode " + order.vendorTxCode()).forEach(request::commentLine);
                    }
                    if (suspense != null) {
                        request.orderStatus(SalesOrderImport.Status.IN_SUSPENSE);
                        commentLines("Held by Tillbridge: " + suspense.reasons()).forEach(request::commentLine);
                    }
                    return SysproTarget.post("SORTOI", () -> syspro.client().salesOrders().importOrder(request.build()))
                            .salesOrderNumber().orElseThrow(() -> new IllegalStateException(
                                    "SORTOI answered without an order number and the lookup did not find it"));
                }, ResultCodec.text("salesOrder"));
    }

    /**
     * The explicit release: the order's status changed from suspense to open (SORTOS). Looked up first —
     * an order no longer in suspense (released by someone in SYSPRO, or by an earlier attempt) is adopted.
     */
    private Effect<String> releaseFromSuspense(String vendorTxCode, String salesOrder, String creditAuthority) {
        Map<String, String> refs = Map.of("salesOrder", salesOrder, "from", SUSPENSE,
                "to", OrderStatusChange.Code.OPEN.code());
        return new Effect<>(new EffectKey(NAME, "release", vendorTxCode, 1), Intent.of(refs),
                situation -> {
                    LookupResult<String> status;
                    try {
                        status = syspro.client().salesOrders().findStatus(salesOrder);
                    } catch (io.tillbridge.TillbridgeException e) {
                        return Lookup.unknown("looking up the status of sales order " + salesOrder + " failed: " + e.getMessage());
                    }
                    if (status instanceof LookupResult.Found<String> found) {
                        return SUSPENSE.equals(found.value()) ? Lookup.absent() : Lookup.found(found.value());
                    }
                    return Lookup.unknown(status instanceof LookupResult.Unknown<String> u ? u.reason()
                            : "SYSPRO has no sales order " + salesOrder + " to release");
                },
                () -> {
                    SysproTarget.post("SORTOS", () -> syspro.client().salesOrders()
                            .changeStatus(OrderStatusChange.releaseFromSuspense(salesOrder, creditAuthority)));
                    return OrderStatusChange.Code.OPEN.code();
                }, ResultCodec.text("status"));
    }

    /** Text as SYSPRO comment lines of at most 100 characters, split between words where it can be: nothing is cut off. */
    static List<String> commentLines(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > COMMENT_MAX) {
            int cut = rest.lastIndexOf(' ', COMMENT_MAX);
            if (cut <= 0) {
                cut = COMMENT_MAX;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    private Effect<String> arPayment(WebOrder order, String invoice) {
        String reference = SysproKeys.of(order.vendorTxCode());
        String bank = settings.glRules().derive(new GlContext(TransactionType.PAYMENT, order.cardType(), order.paid().currency(),
                order.channel(), 1)).bank();
        Map<String, String> refs = Map.of("reference", reference, "customer", order.customer(), "invoice", invoice == null ? "" : invoice,
                "bank", bank, "transactionId", order.transactionId());
        return new Effect<>(new EffectKey(NAME, "ar-payment", order.vendorTxCode(), 1), Intent.of(order.paid(), refs),
                situation -> syspro.arPayment(order.customer(), reference),
                () -> {
                    ArPayment.Builder payment = ArPayment.builder(order.customer(), order.paid().currency(), order.paid().amount(),
                            reference).bank(bank).paymentDate(today()).narration(narration(order));
                    if (invoice == null) {
                        payment.unapplied(order.paid().amount());
                    } else {
                        payment.payInvoice(invoice, order.paid().amount());
                    }
                    return SysproTarget.post("ARSTPY", () -> syspro.client().arPayments().post(payment.build())).journalNumber()
                            .orElse("(SYSPRO gave no journal number)");
                }, ResultCodec.text("journal"));
    }

    /**
     * The payment's narration: the Opayo transaction id (36 characters, more than the Reference's 30), and
     * the whole vendorTxCode when the Reference holds its short form.
     */
    static String narration(WebOrder order) {
        return "Opayo " + order.transactionId() + (SysproKeys.shortened(order.vendorTxCode()) ? " " + order.vendorTxCode() : "");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(settings.clock().instant(), settings.zone());
    }
}
