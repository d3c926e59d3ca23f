package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
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
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.receivables.ArPayment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A paid web order into SYSPRO: the customer (ARSQRY) and every stock code in its warehouse (INVQRY)
 * checked, the risk policy's decision applied, then a SORTOI sales order whose CustomerPoNumber is the
 * vendorTxCode (all or nothing: {@code ApplyIfEntireDocumentValid}), and an ARSTPY AR payment with the
 * vendorTxCode as reference and the Opayo transaction id in its narration — on payment, or when the host
 * reports the shipment ({@link PaymentPosting#ON_SHIPMENT}).
 *
 * <p>Both postings are {@link Effect}s run by the {@link EffectEngine}: an order already in SYSPRO under
 * the same CustomerPoNumber, or a payment under the same reference, is found and adopted, never posted
 * twice. A REVIEW or HOLD decision keeps the order out of SYSPRO, on the dead-letter queue with the
 * reasons, until {@link #release} is called. An unknown customer or stock code is dead-lettered naming
 * it. {@link #run} never throws.
 */
public final class SysproOrderFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "syspro-order";
    private static final String RELEASED = NAME + "/released/";
    /** How many orders were imported with an Opayo transaction id: moved in the same write that records the import. */
    private static final String TRANSACTION = NAME + "/transaction/";
    private static final int CUSTOMER_PO_MAX = 30;

    /** When the AR payment is posted. */
    public enum PaymentPosting {
        /** As soon as the order is in SYSPRO: against the order's invoice when given, unapplied otherwise. */
        ON_PAYMENT,
        /** When the host reports the shipment with its invoice ({@link #shipped}). */
        ON_SHIPMENT
    }

    /**
     * What a host tunes.
     *
     * @param risk    the risk policy
     * @param glRules GL rules: the bank account of a payment's context is the ARSTPY bank
     * @param posting when the AR payment is posted
     * @param clock   for payment dates
     * @param zone    the business's time zone
     */
    public record Settings(RiskPolicy risk, GlRuleTable glRules, PaymentPosting posting, Clock clock, ZoneId zone) {
        /**
         * Requires every setting.
         *
         * @param risk    the risk policy
         * @param glRules GL rules: the bank account of a payment's context is the ARSTPY bank
         * @param posting when the AR payment is posted
         * @param clock   for payment dates
         * @param zone    the business's time zone
         */
        public Settings {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(glRules, "glRules");
            Objects.requireNonNull(posting, "posting");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(zone, "zone");
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
        return process(vendorTxCode, false, null);
    }

    /**
     * Releases an order held by the risk policy, explicitly, and runs it.
     *
     * @param vendorTxCode the order's vendorTxCode
     * @return the outcome
     */
    public SysproOutcome release(String vendorTxCode) {
        return process(vendorTxCode, true, null);
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
        return process(vendorTxCode, false, invoice);
    }

    private SysproOutcome process(String vendorTxCode, boolean release, String shippedInvoice) {
        AtomicReference<WebOrder> seen = new AtomicReference<>();
        return LeasedRun.run(engine, NAME, vendorTxCode, () -> seen.get() == null ? MoneyMoved.unknown(null, null)
                : MoneyMoved.charged(seen.get().paid(), seen.get().transactionId()), run -> {
            WebOrder order = orders.order(vendorTxCode);
            seen.set(order);
            if (!order.vendorTxCode().equals(vendorTxCode)) {
                throw new LeasedRun.Refused("the host returned order " + order.vendorTxCode() + " when asked for " + vendorTxCode);
            }
            if (release) {
                run.add(RELEASED + vendorTxCode, 1);
            }
            Effect<String> salesOrder = salesOrder(order);
            boolean imported = engine.store().effect(salesOrder.key()).map(r -> r.state() == EffectRecord.State.DONE).orElse(false);
            if (!imported) {
                if (engine.store().counter(TRANSACTION + order.transactionId()) > 0) {
                    throw new LeasedRun.Refused("Opayo transaction " + order.transactionId() + " already paid another imported order;"
                            + " this order is not imported against it");
                }
                validate(order);
                holdIfRisky(order);
            }
            Map<String, String> results = new LinkedHashMap<>();
            results.put("salesOrder", LeasedRun.done(run.effect(salesOrder, Map.of(TRANSACTION + order.transactionId(), 1L)),
                    "SORTOI sales order " + vendorTxCode));
            results.put("transactionId", order.transactionId());
            String invoice = settings.posting() == PaymentPosting.ON_PAYMENT ? order.invoice() : shippedInvoice;
            if (settings.posting() == PaymentPosting.ON_PAYMENT || shippedInvoice != null) {
                results.put("arJournal", LeasedRun.done(run.effect(arPayment(order, invoice)), "ARSTPY payment " + vendorTxCode));
            }
            return new SysproOutcome.Done(vendorTxCode, results);
        });
    }

    /** ARSQRY the customer and INVQRY every stock code in the order's warehouse; what SYSPRO does not know is refused by name. */
    private void validate(WebOrder order) {
        if (order.vendorTxCode().length() > CUSTOMER_PO_MAX) {
            throw new LeasedRun.Refused("vendorTxCode " + order.vendorTxCode() + " is longer than SYSPRO's " + CUSTOMER_PO_MAX
                    + "-character CustomerPoNumber; it is not truncated");
        }
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

    private void holdIfRisky(WebOrder order) {
        if (order.risk() == null) {
            return;
        }
        RiskAssessment assessment = settings.risk().assess(order.risk());
        if (assessment.decision() == RiskDecision.PASS || engine.store().counter(RELEASED + order.vendorTxCode()) > 0) {
            return;
        }
        FraudIndicator indicator = assessment.toFraudIndicator();
        throw new LeasedRun.NotDone("on hold, kept out of SYSPRO until released: risk " + indicator.decision() + " at score "
                + indicator.score() + " (" + String.join("; ", indicator.reasons()) + ")", true);
    }

    private Effect<String> salesOrder(WebOrder order) {
        String po = order.vendorTxCode();
        Map<String, String> refs = Map.of("customerPoNumber", po, "customer", order.customer(),
                "transactionId", order.transactionId(), "warehouse", order.warehouse());
        return new Effect<>(new EffectKey(NAME, "sales-order", po, 1), Intent.of(order.paid(), refs),
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
                    return SysproTarget.post("SORTOI", () -> syspro.client().salesOrders().importOrder(request.build()))
                            .salesOrderNumber().orElseThrow(() -> new IllegalStateException(
                                    "SORTOI answered without an order number and the lookup did not find it"));
                }, ResultCodec.text("salesOrder"));
    }

    private Effect<String> arPayment(WebOrder order, String invoice) {
        String reference = order.vendorTxCode();
        String bank = settings.glRules().derive(new GlContext(TransactionType.PAYMENT, order.cardType(), order.paid().currency(),
                order.channel(), 1)).bank();
        Map<String, String> refs = Map.of("reference", reference, "customer", order.customer(), "invoice", invoice == null ? "" : invoice,
                "bank", bank, "transactionId", order.transactionId());
        return new Effect<>(new EffectKey(NAME, "ar-payment", reference, 1), Intent.of(order.paid(), refs),
                situation -> syspro.arPayment(order.customer(), reference),
                () -> {
                    ArPayment.Builder payment = ArPayment.builder(order.customer(), order.paid().currency(), order.paid().amount(),
                            reference).bank(bank).paymentDate(today()).narration("Opayo " + order.transactionId());
                    if (invoice == null) {
                        payment.unapplied(order.paid().amount());
                    } else {
                        payment.payInvoice(invoice, order.paid().amount());
                    }
                    return SysproTarget.post("ARSTPY", () -> syspro.client().arPayments().post(payment.build())).journalNumber()
                            .orElse("(SYSPRO gave no journal number)");
                }, ResultCodec.text("journal"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(settings.clock().instant(), settings.zone());
    }
}
