package io.tillbridge.flows.ordertocash;

import io.tillbridge.TillbridgeException;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.PermitRefusedException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.TransportException;
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
import io.tillbridge.flows.translate.OpayoTranslator;
import io.tillbridge.flows.translate.ZohoTranslator;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.address.Countries;
import io.tillbridge.mapping.address.OpayoAddressProfile.OpayoAddress;
import io.tillbridge.mapping.customfields.CanonicalField;
import io.tillbridge.mapping.customfields.CustomFieldTemplate;
import io.tillbridge.mapping.customfields.TargetField;
import io.tillbridge.mapping.lines.LineAggregation;
import io.tillbridge.mapping.model.FraudIndicator;
import io.tillbridge.mapping.model.Payment;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.RiskDecision;
import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.RiskAssessment;
import io.tillbridge.mapping.risk.RiskInput;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.mapping.status.StatusTables;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.CredentialType;
import io.tillbridge.opayo.transactions.Enums;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.RepeatRequest;
import io.tillbridge.opayo.transactions.Transaction;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.zoho.ZohoDailyLimitException;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CustomFieldValue;
import io.tillbridge.zoho.model.CustomerPayment;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Invoice;
import io.tillbridge.zoho.model.LineItem;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Order to cash: a confirmed Zoho sales order is checked (its lines must add up to its total), scored
 * for risk, charged through Opayo — a Repeat against the customer's stored card, or a payment with a
 * card from the {@link CardSource} — and then, on success, invoiced in Zoho, the payment applied to
 * the invoice and the order's custom fields set. A decline marks the order 'Payment Failed' and tells
 * the customer; a REVIEW or HOLD risk decision holds the order uncharged.
 *
 * <p>Every external step is an {@link Effect} run by the {@link EffectEngine} under the order's
 * lease: recorded before it is sent, looked up in Opayo or Zoho (by an exact, documented key) before
 * it is sent again, never sent again on a guess. Running the flow again — in this process, after a
 * crash, on another machine, or over an emptied store — has no second effect. What cannot be
 * processed goes to the dead-letter queue with its reason and whether money moved; {@link #run} on
 * the same order replays it. {@link #run} never throws: whatever fails, host code included, ends in
 * an {@link OrderOutcome}.
 *
 * <p>Zoho's daily quota, not the hardware, bounds how many orders a shop can take a day, so the flow
 * spends as few Zoho calls as its guarantees allow: a paid order costs two (the invoice, raised with the
 * documented {@code POST /invoices} carrying its reference, and the customer payment, which carries the
 * payment data in its custom fields — the template's sales-order fields are for declined and held orders,
 * which have no payment; Zoho derives the order's paid state from the paid invoice) plus the read of the
 * order unless a webhook delivered it ({@link #run(io.tillbridge.zoho.model.SalesOrder)}). A lookup before a create is skipped only when
 * this very run proved the record cannot exist yet (the payment it follows was made by this run), and
 * an order this store already finished costs no call at all.
 */
public final class OrderToCashFlow {

    /** The flow's name in the effect store: its leases, effects and dead letters are kept under it. */
    public static final String NAME = "order-to-cash";
    private static final String RETRIES = NAME + "/declined-retries/";
    private static final String HELD = "Held for review";
    /** How many times a paid order's Zoho step is tried in one run when Zoho refuses it before processing it. */
    private static final int ZOHO_TRIES = 3;
    private static final ResultCodec<String> INVOICE_ID = ResultCodec.text("invoiceId");
    private static final ResultCodec<String> PAYMENT_ID = ResultCodec.text("paymentId");

    private final ZohoInventoryClient zoho;
    private final OpayoClient opayo;
    private final OpayoTransactions transactions;
    private final EffectEngine engine;
    private final PaymentHistory history;
    private final CardSource cards;
    private final ChallengeHandler challenges;
    private final CustomerNotifier notifier;
    private final Settings settings;

    /**
     * What a host tunes.
     *
     * @param codes        how vendorTxCodes are made
     * @param risk         the risk policy
     * @param lines        how strictly lines must add up
     * @param fields       which Zoho custom fields receive the payment data
     * @param statusField  the Zoho custom field (api name) that carries the order's payment state
     * @param clock        for dates and risk windows
     * @param businessZone the business's time zone: the date of a Zoho payment is the day of the Opayo
     *                     batch it settles in only when both are read in the same zone
     */
    public record Settings(VendorTxCodes codes, RiskPolicy risk, LineAggregation lines, CustomFieldTemplate fields,
                           String statusField, Clock clock, ZoneId businessZone) {

        /** The zone of the default settings: Opayo's UK day. */
        public static final ZoneId UK = ZoneId.of("Europe/London");

        /**
         * Checks that every setting is given; {@link #defaults(Clock)} gives them all.
         *
         * @param codes        how vendorTxCodes are made
         * @param risk         the risk policy
         * @param lines        how strictly lines must add up
         * @param fields       which Zoho custom fields receive the payment data
         * @param statusField  the Zoho custom field (api name) that carries the order's payment state
         * @param clock        for dates and risk windows
         * @param businessZone the business's time zone
         */
        public Settings {
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(lines, "lines");
            Objects.requireNonNull(fields, "fields");
            Objects.requireNonNull(statusField, "statusField");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(businessZone, "businessZone");
        }

        /**
         * Defaults: prefix {@code TB}, default risk policy, strict totals, the fields of {@link #defaultFields()}, UK time.
         *
         * @param clock for dates and risk windows
         * @return the defaults, with {@code cf_payment_status} as the status field
         */
        public static Settings defaults(Clock clock) {
            return new Settings(VendorTxCodes.withPrefix("TB"), RiskPolicy.defaults(), LineAggregation.strict(),
                    defaultFields(), "cf_payment_status", clock, UK);
        }

        /**
         * Today in the business's zone.
         *
         * @return the business date now, by the settings' clock
         */
        public LocalDate today() {
            return LocalDate.now(clock.withZone(businessZone));
        }

        /**
         * Payment data where each outcome leaves it. A paid order: {@code cf_opayo_transaction_id},
         * {@code cf_opayo_auth_code}, {@code cf_risk_score} and {@code cf_risk_decision} on the customer
         * payment, written with the payment itself rather than by a call of their own (Zoho links the
         * order to its invoice and the invoice to the payment). A declined or held order has no payment:
         * {@code cf_opayo_transaction_id}, {@code cf_risk_score} and {@code cf_risk_decision} on the sales
         * order, with the status field.
         *
         * @return the template with those seven mappings
         */
        public static CustomFieldTemplate defaultFields() {
            var payment = TargetField.ZohoEntity.CUSTOMER_PAYMENT;
            var order = TargetField.ZohoEntity.SALES_ORDER;
            var catalogue = io.tillbridge.mapping.customfields.FieldCatalogue.builder()
                    .zoho(payment, null, "cf_opayo_transaction_id").zoho(payment, null, "cf_opayo_auth_code")
                    .zoho(payment, null, "cf_risk_score").zoho(payment, null, "cf_risk_decision")
                    .zoho(order, null, "cf_opayo_transaction_id").zoho(order, null, "cf_risk_score")
                    .zoho(order, null, "cf_risk_decision").build();
            return CustomFieldTemplate.load("order-to-cash", List.of(
                    mapping(CanonicalField.TRANSACTION_ID, payment, "cf_opayo_transaction_id"),
                    mapping(CanonicalField.BANK_AUTHORISATION_CODE, payment, "cf_opayo_auth_code"),
                    mapping(CanonicalField.RISK_SCORE, payment, "cf_risk_score"),
                    mapping(CanonicalField.RISK_DECISION, payment, "cf_risk_decision"),
                    mapping(CanonicalField.TRANSACTION_ID, order, "cf_opayo_transaction_id"),
                    mapping(CanonicalField.RISK_SCORE, order, "cf_risk_score"),
                    mapping(CanonicalField.RISK_DECISION, order, "cf_risk_decision")), catalogue);
        }

        private static io.tillbridge.mapping.customfields.FieldMapping mapping(CanonicalField source, TargetField.ZohoEntity entity,
                                                                              String apiName) {
            return new io.tillbridge.mapping.customfields.FieldMapping(source, new TargetField.Zoho(entity, null, apiName), null);
        }
    }

    /**
     * A flow for one shop. It holds no state of its own between runs: the engine's store keeps it, so any
     * number of flows on any number of machines can share one store.
     *
     * @param zoho       reads the sales order and writes the invoice, payment and custom fields
     * @param opayo      charges, and looks up payments whose outcome was lost
     * @param engine     runs each external step once, under the order's lease
     * @param history    customers' earlier payments and stored cards
     * @param cards      the card for a customer with no stored one
     * @param challenges the shopper's answer to a 3-D Secure challenge
     * @param notifier   tells a customer their payment was declined
     * @param settings   what the host tunes; {@link Settings#defaults(Clock)} for most
     */
    public OrderToCashFlow(ZohoInventoryClient zoho, OpayoClient opayo, EffectEngine engine, PaymentHistory history,
                           CardSource cards, ChallengeHandler challenges, CustomerNotifier notifier, Settings settings) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.transactions = new OpayoTransactions(opayo);
        this.engine = Objects.requireNonNull(engine, "engine");
        this.history = Objects.requireNonNull(history, "history");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs (or resumes, or replays) the flow for one sales order, read from Zoho. Never throws.
     *
     * @param salesOrderId the Zoho sales order id
     * @return how the order ended this time
     */
    public OrderOutcome run(String salesOrderId) {
        return underLease(salesOrderId, false, null);
    }

    /**
     * Runs the flow for a sales order as a verified webhook delivered it, without reading it from Zoho
     * again: the webhook carries the whole order. Its totals are the ones charged; an order changed after
     * its payment began is caught by the payment's recorded intent on a later run. Never throws.
     *
     * @param delivered the sales order from the webhook body
     * @return how the order ended this time
     * @throws IllegalArgumentException when the delivered order has no {@code salesorder_id}
     */
    public OrderOutcome run(io.tillbridge.zoho.model.SalesOrder delivered) {
        Objects.requireNonNull(delivered, "delivered");
        if (delivered.salesorderId() == null || delivered.salesorderId().isBlank()) {
            throw new IllegalArgumentException("delivered.salesorder_id must not be blank");
        }
        return underLease(delivered.salesorderId(), false, delivered);
    }

    /**
     * Tries a declined order again, explicitly: the next attempt, with a new vendorTxCode. An order whose
     * current attempt was not declined is simply run.
     *
     * @param salesOrderId the Zoho sales order id
     * @return how the new attempt ended
     */
    public OrderOutcome retryDeclined(String salesOrderId) {
        return underLease(salesOrderId, true, null);
    }

    private OrderOutcome underLease(String salesOrderId, boolean retry, io.tillbridge.zoho.model.SalesOrder delivered) {
        Optional<EffectEngine.Run> started;
        try {
            started = engine.start(NAME, salesOrderId);
        } catch (Throwable e) {
            return new OrderOutcome.DeadLettered(salesOrderId, "the flow store failed before the order was touched: " + Failures.reasonOf(e));
        }
        if (started.isEmpty()) {
            return new OrderOutcome.Busy(salesOrderId, "another runner holds this order");
        }
        Order order = new Order(salesOrderId, delivered);
        try (EffectEngine.Run run = started.get()) {
            if (retry && declined(salesOrderId, attempt(salesOrderId))) {
                run.add(RETRIES + salesOrderId, 1);
            }
            Optional<OrderOutcome> finished = retry ? Optional.empty() : finished(salesOrderId);
            OrderOutcome outcome = finished.isPresent() ? finished.get() : process(run, order);
            if (!(outcome instanceof OrderOutcome.DeadLettered)) {
                engine.settleDeadLetter(NAME, salesOrderId, "run again: " + outcome.getClass().getSimpleName());
            }
            return outcome;
        } catch (LeaseLostException e) {
            return new OrderOutcome.Busy(salesOrderId, e.getMessage());
        } catch (ZohoDailyLimitException | PermitRefusedException spent) {
            // Not sent: Zoho's daily quota (or the shared budget) is spent. The order waits for the reset — it has
            // not failed, and an effect begun stays begun, to be looked up before anything is sent again.
            return new OrderOutcome.Busy(salesOrderId, "waits for Zoho's request budget: " + spent.getMessage());
        } catch (Throwable e) {
            // Clients, mapping rules and host code (card source, challenge handler, notifier, history) all end here,
            // checked exceptions a host threw past the compiler included.
            return deadLetter(order, Failures.reasonOf(e));
        }
    }

    /** What one run knows about its order, for the dead letter when it stops. */
    private static final class Order {
        final String id;
        final io.tillbridge.zoho.model.SalesOrder delivered;
        Money amount;
        EffectKey payment;

        Order(String id, io.tillbridge.zoho.model.SalesOrder delivered) {
            this.id = id;
            this.delivered = delivered;
        }
    }

    /**
     * The outcome of an order this store already brought to an end — paid and recorded in Zoho, declined
     * and the customer told, or held — read from the store alone: a poll or a webhook that brings a
     * finished order back (our own writes change it in Zoho) costs no Zoho call. Empty when anything is
     * left to do, or the store knows nothing (then the flow looks in Zoho and Opayo as usual).
     */
    private Optional<OrderOutcome> finished(String salesOrderId) {
        int attempt = attempt(salesOrderId);
        EffectKey paymentKey = paymentKey(salesOrderId, attempt);
        Optional<OpayoResult> payment = engine.done(paymentKey, OpayoResult.CODEC);
        if (payment.isEmpty()) {
            boolean held = !engine.begun(paymentKey) && done(new EffectKey(NAME, "zoho-fields-held", salesOrderId, attempt));
            return held ? Optional.of(new OrderOutcome.Held(salesOrderId, null, "held for review by an earlier run")) : Optional.empty();
        }
        OpayoResult result = payment.get();
        if (result.status() == OpayoResult.Status.CHALLENGE) {
            // The payment's own answer asked for 3-D Secure: the outcome is the completed challenge's.
            Optional<OpayoResult> completed = engine.done(challengeKey(salesOrderId, attempt), OpayoResult.CODEC);
            if (completed.isEmpty()) {
                return Optional.empty();
            }
            result = completed.get();
        }
        if (result.status() == OpayoResult.Status.DECLINED || result.status() == OpayoResult.Status.REJECTED) {
            if (!done(new EffectKey(NAME, "decline-notice", salesOrderId, attempt))) {
                return Optional.empty();
            }
            return Optional.of(new OrderOutcome.Declined(salesOrderId, (result.status() == OpayoResult.Status.DECLINED
                    ? "declined by the bank: " : "rejected: ") + result.statusDetail()));
        }
        Optional<String> invoice = engine.done(new EffectKey(NAME, "zoho-invoice", salesOrderId, 1), INVOICE_ID);
        Optional<String> recorded = engine.done(new EffectKey(NAME, "zoho-payment", salesOrderId, 1), PAYMENT_ID);
        if (invoice.isEmpty() || recorded.isEmpty() || !result.authorised()) {
            return Optional.empty();
        }
        return Optional.of(new OrderOutcome.Paid(salesOrderId, result.transactionId(), invoice.get(), recorded.get()));
    }

    private boolean done(EffectKey key) {
        return engine.isDone(key);
    }

    private int attempt(String salesOrderId) {
        return 1 + Math.toIntExact(engine.counter(RETRIES + salesOrderId));
    }

    private boolean declined(String salesOrderId, int attempt) {
        return engine.done(paymentKey(salesOrderId, attempt), OpayoResult.CODEC).map(OpayoResult::status)
                .filter(s -> s == OpayoResult.Status.DECLINED || s == OpayoResult.Status.REJECTED).isPresent();
    }

    private static EffectKey paymentKey(String salesOrderId, int attempt) {
        return new EffectKey(NAME, "opayo-payment", salesOrderId, attempt);
    }

    private static EffectKey challengeKey(String salesOrderId, int attempt) {
        return new EffectKey(NAME, "opayo-3ds", salesOrderId, attempt);
    }

    private OrderOutcome process(EffectEngine.Run run, Order o) {
        String salesOrderId = o.id;
        int attempt = attempt(salesOrderId);
        o.payment = paymentKey(salesOrderId, attempt);
        io.tillbridge.zoho.model.SalesOrder zohoOrder = o.delivered != null ? o.delivered : zoho.salesOrders().get(salesOrderId);
        String status = zohoOrder.orderStatus() != null ? zohoOrder.orderStatus() : zohoOrder.status();
        if (!"confirmed".equals(status)) {
            return deadLetter(o, "sales order " + zohoOrder.salesorderNumber() + " is " + status + ", not confirmed");
        }
        SalesOrder order = ZohoTranslator.salesOrder(zohoOrder);
        long minor = settings.lines().opayoAmount(order);
        Money amount = Money.ofMinor(minor, order.total().currency());
        o.amount = amount;
        if (order.billing() == null) {
            return deadLetter(o, "sales order " + order.number() + " has no billing address");
        }
        if (zohoOrder.lineItems().stream().anyMatch(line -> line.lineItemId() == null || line.lineItemId().isBlank())) {
            // Checked before the charge: the invoice is associated with the order through each line's line_item_id.
            return deadLetter(o, "sales order " + order.number() + " has a line without a line_item_id");
        }
        OpayoAddress billing = AddressProfile.opayo().fit(order.billing(), "billing_address");

        RiskAssessment risk = settings.risk().assess(new RiskInput(order.total(), settings.clock().instant(), null, null,
                billing.country(), order.shipping() == null ? null
                        : Countries.toAlpha2(order.shipping().country()).orElse(order.shipping().country()),
                history.paymentsOf(order.customerId())));
        FraudIndicator indicator = risk.toFraudIndicator();
        boolean begun = engine.begun(o.payment);
        EffectKey heldKey = new EffectKey(NAME, "zoho-fields-held", salesOrderId, attempt);
        boolean heldBefore = engine.begun(heldKey)
                || HELD.equals(zohoOrder.customFieldValues().get(settings.statusField()));
        if (heldBefore && !begun) {
            // A hold is a person's to release: a later run, whose score may differ, must not charge it.
            return new OrderOutcome.Held(salesOrderId, indicator, "held for review by an earlier run");
        }
        if (risk.decision() != RiskDecision.PASS && !begun) {
            String held = HELD;
            EffectOutcome<String> written = run.effect(fieldsEffect(heldKey, zohoOrder, Map.of(), () -> riskValues(indicator), held));
            if (!(written instanceof EffectOutcome.Done)) {
                return notDone(o, written, "writing the hold to Zoho");
            }
            return new OrderOutcome.Held(salesOrderId, indicator, "risk " + risk.score() + " " + risk.decision());
        }

        String vendorTxCode = settings.codes().generate(order.number(), attempt);
        SavedCard saved = new SavedCard();
        EffectOutcome<OpayoResult> paid = run.effect(paymentEffect(salesOrderId, attempt, amount, vendorTxCode,
                () -> transactions.send(() -> charge(order, zohoOrder, vendorTxCode, minor, billing, saved))));
        if (paid instanceof EffectOutcome.IntentChanged<OpayoResult> changed) {
            // Recording the new total against the old charge would misstate the ledger; charging the difference is a person's call.
            return deadLetter(o, "sales order " + order.number() + " changed after its payment " + vendorTxCode + " began: "
                    + changed.reason());
        }
        if (!(paid instanceof EffectOutcome.Done<OpayoResult> charged)) {
            return notDone(o, paid, "the Opayo payment " + vendorTxCode);
        }
        OpayoResult result = charged.result();
        boolean chargedNow = !charged.adopted();
        if (result.status() == OpayoResult.Status.CHALLENGE) {
            EffectOutcome<OpayoResult> completed;
            try {
                completed = run.effect(challengeEffect(salesOrderId, attempt, result, amount));
            } catch (ChallengeStillOpen open) {
                return new OrderOutcome.Held(salesOrderId, null, "3-D Secure challenge not completed");
            }
            if (!(completed instanceof EffectOutcome.Done<OpayoResult> answered)) {
                return notDone(o, completed, "the 3-D Secure challenge on " + result.transactionId());
            }
            result = answered.result();
            chargedNow = !answered.adopted();
            if (result.status() == OpayoResult.Status.CHALLENGE) {
                return new OrderOutcome.Held(salesOrderId, null, "3-D Secure challenge not completed");
            }
        }
        if ((result.status() == OpayoResult.Status.DECLINED || result.status() == OpayoResult.Status.REJECTED) && !begun
                && charged.adopted() && laterAttemptInOpayo(run, o, order, attempt)) {
            // This store never saw the order, and Opayo has a later attempt: a person retried it before the store was
            // lost. Continue from there rather than report the old decline.
            run.add(RETRIES + salesOrderId, 1);
            return process(run, o);
        }
        if (result.status() == OpayoResult.Status.DECLINED || result.status() == OpayoResult.Status.REJECTED) {
            String reason = (result.status() == OpayoResult.Status.DECLINED ? "declined by the bank: " : "rejected: ")
                    + result.statusDetail();
            String failed = StatusTables.zohoOrderStatus().map(PaymentStatus.DECLINED);
            Map<CanonicalField, String> known = Map.of(CanonicalField.TRANSACTION_ID, result.transactionId());
            Map<CanonicalField, String> values = riskValues(indicator);
            values.putAll(known);
            EffectOutcome<String> told = run.effect(new Effect<>(new EffectKey(NAME, "decline-notice", salesOrderId, attempt),
                    Intent.of(Map.of("transactionId", result.transactionId())),
                    situation -> fieldsFound(zohoOrder, known, failed),
                    () -> {
                        // Told first, then marked: a crash in between tells the customer again rather than never.
                        notifier.paymentFailed(order, reason);
                        writeFields(salesOrderId, values, failed);
                        return "notified";
                    }, ResultCodec.text("notice")));
            if (!(told instanceof EffectOutcome.Done)) {
                return notDone(o, told, "telling the customer");
            }
            return new OrderOutcome.Declined(salesOrderId, reason);
        }
        if (!result.authorised()) {
            return deadLetter(o, "Opayo did not authorise " + vendorTxCode + " (" + result.status() + "): " + result.statusDetail());
        }
        if (chargedNow) {
            recordHistory(order, result, saved);
        }

        String transactionId = result.transactionId();
        java.util.function.Supplier<Map<CanonicalField, String>> paymentData = () -> {
            Transaction t = opayo.transactions().retrieve(transactionId);
            Payment canonical = OpayoTranslator.payment(t, vendorTxCode, order.number(), amount.currency(), StatusTables.opayoPi());
            return new HashMap<>(CanonicalField.valuesOf(canonical, indicator));
        };
        // The payment was made by this very run: nothing after it can exist in Zoho yet, so the invoice is not looked for.
        InvoiceSeen seen = new InvoiceSeen();
        EffectOutcome<String> invoiced = afterCharge(run, invoiceEffect(salesOrderId, zohoOrder, amount, chargedNow, seen));
        if (!(invoiced instanceof EffectOutcome.Done<String> invoice)) {
            return notDone(o, invoiced, "the Zoho invoice");
        }
        if (invoice.adopted()) {
            // Raised by a person or an older run, which may have left it without the reference refunds find the order by.
            EffectOutcome<String> referenced = afterCharge(run, referenceEffect(salesOrderId, invoice.result(), zohoOrder, seen));
            if (!(referenced instanceof EffectOutcome.Done)) {
                return notDone(o, referenced, "setting the reference of invoice " + invoice.result());
            }
        }
        EffectOutcome<String> recorded = afterCharge(run, paymentEffect(salesOrderId, order, invoice.result(), !invoice.adopted(),
                transactionId, amount, paymentData));
        if (!(recorded instanceof EffectOutcome.Done<String> payment)) {
            return notDone(o, recorded, "the Zoho customer payment");
        }
        // The template's sales-order fields are for orders without a payment (declined, held): a paid order's
        // data is on its payment, and Zoho derives the order's paid state from the paid invoice.
        return new OrderOutcome.Paid(salesOrderId, transactionId, invoice.result(), payment.result());
    }

    /**
     * Whether Opayo has the next attempt's payment (one lookup: a retry is made long after its decline); found,
     * the engine records it, so the next attempt's run adopts it without looking again. Never sent from here.
     */
    private boolean laterAttemptInOpayo(EffectEngine.Run run, Order o, SalesOrder order, int attempt) {
        String next = settings.codes().generate(order.number(), attempt + 1);
        return run.adoptIfFound(paymentEffect(o.id, attempt + 1, o.amount, next, () -> {
            throw new IllegalStateException("a later attempt is only looked up here, never sent");
        })).isPresent();
    }

    /** The Opayo payment of one attempt, found in Opayo by its vendorTxCode. */
    private Effect<OpayoResult> paymentEffect(String salesOrderId, int attempt, Money amount, String vendorTxCode,
                                              java.util.function.Supplier<OpayoResult> send) {
        return new Effect<>(paymentKey(salesOrderId, attempt), Intent.of(amount, Map.of("vendorTxCode", vendorTxCode)),
                situation -> transactions.find(vendorTxCode, situation), send, OpayoResult.CODEC);
    }

    /** The shopper has not answered the challenge yet. */
    private static final class ChallengeStillOpen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChallengeStillOpen() {
            super("3-D Secure challenge not completed", null, false, false);
        }
    }

    /** A card Opayo made reusable during this run: handed to the history, never stored. */
    private static final class SavedCard {
        Secret identifier;
    }

    private TransactionOutcome charge(SalesOrder order, io.tillbridge.zoho.model.SalesOrder zohoOrder, String vendorTxCode, long minor,
                                      OpayoAddress billing, SavedCard saved) {
        String currency = order.total().currency().getCurrencyCode();
        Optional<PaymentHistory.StoredCard> stored = history.storedCard(order.customerId());
        if (stored.isPresent()) {
            return opayo.transactions().repeat(new RepeatRequest(stored.get().lastTransactionId(), vendorTxCode, minor, currency,
                    description(order), null, CredentialType.merchantInitiated(Enums.MitType.Unscheduled)));
        }
        CardPayment card = cards.cardFor(order);
        TransactionOutcome outcome = opayo.transactions().payment(PaymentRequest.builder()
                .card(card)
                .vendorTxCode(vendorTxCode)
                .amount(minor, currency)
                .description(description(order))
                .customer(firstName(zohoOrder.customerName()), lastName(zohoOrder.customerName()))
                .billingAddress(new BillingAddress(billing.address1(), billing.address2(), billing.city(),
                        billing.postalCode(), billing.country(), billing.state()))
                .credentialType(card.save() ? CredentialType.firstCardholderInitiated() : null)
                .build());
        if (card.save() && outcome instanceof TransactionOutcome.Authorised a && a.transaction().card() != null) {
            saved.identifier = a.transaction().card().cardIdentifier();
        }
        return outcome;
    }

    private void recordHistory(SalesOrder order, OpayoResult result, SavedCard saved) {
        history.recordPayment(order.customerId(), order.total(), settings.clock().instant(), result.transactionId(), saved.identifier);
    }

    /**
     * Completes an open 3-D Secure challenge. Found: Opayo no longer has the transaction waiting on 3-D
     * Secure. The shopper's answer comes from the host's challenge handler; without one yet, the order waits.
     */
    private Effect<OpayoResult> challengeEffect(String salesOrderId, int attempt, OpayoResult open, Money amount) {
        String transactionId = open.transactionId();
        return new Effect<>(challengeKey(salesOrderId, attempt),
                Intent.of(amount, Map.of("transactionId", transactionId)),
                situation -> {
                    OpayoResult now = OpayoResult.of(opayo.transactions().outcomeOf(transactionId));
                    return now.status() == OpayoResult.Status.CHALLENGE ? Lookup.absent() : Lookup.found(now);
                },
                () -> {
                    TransactionOutcome.ChallengeRequired challenge = open.challenge();
                    Optional<String> answer = challenges.complete(challenge);
                    if (answer.isEmpty()) {
                        throw new ChallengeStillOpen(); // stays begun: the next run looks at Opayo, then asks again
                    }
                    return OpayoResult.of(challenge.version() == TransactionOutcome.ChallengeRequired.Version.V1
                            ? opayo.transactions().complete3DSecure(transactionId, answer.get())
                            : opayo.transactions().completeChallenge(transactionId, answer.get(), null));
                }, OpayoResult.CODEC);
    }

    /**
     * A Zoho step of an order whose money has moved. Zoho answering a create with a 5xx, or a request that never
     * reached it, is tried again here, up to {@link #ZOHO_TRIES} times: the client does not repeat a create on its
     * own, but the engine looks for the record before it sends again, so a retry cannot make a second one; and a
     * paid order parked on the dead-letter queue for a passing refusal is a charge Zoho does not show meanwhile.
     */
    private <R> EffectOutcome<R> afterCharge(EffectEngine.Run run, Effect<R> effect) {
        for (int tried = 1; ; tried++) {
            try {
                return run.effect(effect);
            } catch (ApiException | TransportException e) {
                boolean passing = e instanceof ApiException api ? api.status() >= 500
                        : !((TransportException) e).outcomeUnknown();
                if (!passing || tried >= ZOHO_TRIES || e instanceof ZohoDailyLimitException) {
                    throw e;
                }
            }
        }
    }

    /**
     * One invoice per order, raised with the documented create ({@code POST /invoices}, reference §3.5): each
     * line names the order line it bills ({@code salesorder_item_id}), which associates the invoice with the
     * order, and the reference refunds find the order by is set in the same call. Found in two documented
     * places, and the answers joined: the sales order's own {@code invoices[]} (read afresh), which lists an
     * invoice raised from it whatever its reference (one a person or an older run raised without one), and
     * the invoice list's {@code reference_number} and {@code customer_id} filters. One invoice between them
     * is found; several are a person's to sort out, never the first of them.
     *
     * @param paidNow the payment was made by this run, so no invoice can exist: a fresh effect is not looked
     *                for (a begun one, or one after an ambiguous answer, always is)
     */
    private Effect<String> invoiceEffect(String salesOrderId, io.tillbridge.zoho.model.SalesOrder zohoOrder, Money amount,
                                         boolean paidNow, InvoiceSeen seen) {
        String reference = zohoOrder.salesorderNumber();
        String customer = zohoOrder.customerId();
        return new Effect<>(new EffectKey(NAME, "zoho-invoice", salesOrderId, 1),
                Intent.of(amount, Map.of("reference", reference)),
                situation -> paidNow && situation == Lookup.Situation.NO_RECORD ? Lookup.absent()
                        : invoiceOf(salesOrderId, reference, customer, seen),
                () -> zoho.invoices().create(invoiceFor(zohoOrder, reference)).invoiceId(), INVOICE_ID);
    }

    /**
     * The order as an invoice: its customer, and every line as the create schema takes it, with the order line's
     * {@code line_item_id} as {@code salesorder_item_id}; the order's discount, tax, shipping and adjustment, so the
     * invoice's total is the order's (the amount charged and then applied); dated the business day payments are.
     */
    private Inputs.InvoiceInput invoiceFor(io.tillbridge.zoho.model.SalesOrder zohoOrder, String reference) {
        List<Inputs.LineItemInput> lines = new ArrayList<>();
        for (LineItem line : zohoOrder.lineItems()) {
            lines.add(new Inputs.LineItemInput(null, line.itemId(), line.itemId() == null ? line.name() : null, line.description(),
                    line.rate(), line.quantity(), line.discount(), line.taxId(), line.lineItemId(), line.unit(), line.locationId()));
        }
        Object location = zohoOrder.other().get("location_id");
        return new Inputs.InvoiceInput(zohoOrder.customerId(), null, settings.today(), null, reference, lines, null,
                location == null ? null : location.toString(), zohoOrder.discount(), zohoOrder.isDiscountBeforeTax(),
                zohoOrder.isInclusiveTax(), zohoOrder.shippingCharge(), zohoOrder.adjustment());
    }

    private Lookup<String> invoiceOf(String salesOrderId, String reference, String customer, InvoiceSeen seen) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> referenced = new LinkedHashSet<>();
        try {
            Object listed = zoho.salesOrders().get(salesOrderId).other().get("invoices");
            if (listed instanceof List<?> invoices) {
                for (Object invoice : invoices) {
                    if (invoice instanceof Map<?, ?> fields && fields.get("invoice_id") != null) {
                        ids.add(fields.get("invoice_id").toString());
                    }
                }
            }
            try (Stream<Invoice> byReference = zoho.invoices().list(ListQuery.builder().parameter("reference_number", reference)
                    .parameter("customer_id", customer).build())) {
                byReference.filter(i -> reference.equals(i.referenceNumber()) && customer.equals(i.customerId()))
                        .forEach(i -> referenced.add(i.invoiceId()));
                ids.addAll(referenced);
            }
        } catch (TillbridgeException e) {
            return Lookup.unknown("looking up the invoice of sales order " + reference + " failed: " + e.getMessage());
        }
        if (ids.size() > 1) {
            return Lookup.unknown("sales order " + reference + " has " + ids.size() + " invoices " + ids
                    + "; a person has to say which one its payment belongs to");
        }
        if (ids.isEmpty()) {
            return Lookup.absent();
        }
        String found = ids.iterator().next();
        seen.referenced = referenced.contains(found);
        return Lookup.found(found);
    }

    /** What this run's invoice lookup saw: whether the invoice it found carries the order's reference; null when it did not look. */
    private static final class InvoiceSeen {
        Boolean referenced;
    }

    /**
     * The order's number as the reference of an invoice this run adopted rather than raised: one a person raised
     * from the order without a reference, or one an older run raised with the undocumented {@code fromsalesorder},
     * which takes no reference, and died before its second call set it. Refunds find the order by it. Found when
     * the invoice has a reference (this run's lookup saw it, or the invoice is read); one a person gave it is left
     * as it is.
     */
    private Effect<String> referenceEffect(String salesOrderId, String invoiceId, io.tillbridge.zoho.model.SalesOrder zohoOrder,
                                           InvoiceSeen seen) {
        String reference = zohoOrder.salesorderNumber();
        return new Effect<>(new EffectKey(NAME, "zoho-invoice-reference", salesOrderId, 1),
                Intent.of(Map.of("invoice", invoiceId, "reference", reference)),
                situation -> {
                    if (Boolean.TRUE.equals(seen.referenced) && situation == Lookup.Situation.NO_RECORD) {
                        return Lookup.found(reference);
                    }
                    String current;
                    try {
                        current = zoho.invoices().get(invoiceId).referenceNumber();
                    } catch (TillbridgeException e) {
                        return Lookup.unknown("reading invoice " + invoiceId + " failed: " + e.getMessage());
                    }
                    return current == null || current.isBlank() ? Lookup.absent() : Lookup.found(current);
                },
                () -> {
                    zoho.invoices().update(invoiceId, new Inputs.InvoiceInput(zohoOrder.customerId(), null, null, null, reference,
                            null, null));
                    return reference;
                }, ResultCodec.text("reference"));
    }

    /**
     * The customer payment, found by the documented {@code reference_number} filter: the Opayo transaction
     * id. It carries the payment data (the template's customer-payment fields) in its own custom fields,
     * so no separate write is needed.
     *
     * @param invoicedNow the invoice was raised by this run, so it has no payment yet: a fresh effect is not
     *                    looked for
     */
    private Effect<String> paymentEffect(String salesOrderId, SalesOrder order, String invoiceId, boolean invoicedNow,
                                         String transactionId, Money amount,
                                         java.util.function.Supplier<Map<CanonicalField, String>> paymentData) {
        return new Effect<>(new EffectKey(NAME, "zoho-payment", salesOrderId, 1),
                Intent.of(amount, Map.of("reference", transactionId, "invoice", invoiceId)),
                situation -> invoicedNow && situation == Lookup.Situation.NO_RECORD ? Lookup.absent()
                        : ExactMatch.one("the customer payment with reference " + transactionId,
                        () -> zoho.customerPayments().list(ListQuery.builder().parameter("reference_number", transactionId).build()),
                        (CustomerPayment p) -> transactionId.equals(p.referenceNumber()) && order.customerId().equals(p.customerId()),
                        CustomerPayment::paymentId),
                () -> {
                    List<CustomFieldValue> fields = zohoFields(paymentData.get(), TargetField.ZohoEntity.CUSTOMER_PAYMENT);
                    return zoho.customerPayments().create(new Inputs.CustomerPaymentInput(order.customerId(), "creditcard",
                            amount.amount(), settings.today(), transactionId, "Opayo payment " + transactionId,
                            List.of(new Inputs.InvoicePayment(invoiceId, amount.amount())), null, null,
                            fields.isEmpty() ? null : fields)).paymentId();
                },
                PAYMENT_ID);
    }

    /**
     * Custom fields on the sales order. Found when the order already carries the values known up front
     * (stable across runs: the transaction id) and the status; performed with the full values, which may
     * need a call to build and may differ between runs (a risk score moves with the customer's history).
     */
    private Effect<String> fieldsEffect(EffectKey key, io.tillbridge.zoho.model.SalesOrder zohoOrder, Map<CanonicalField, String> known,
                                        java.util.function.Supplier<Map<CanonicalField, String>> full, String status) {
        Map<String, String> references = new LinkedHashMap<>();
        zohoValues(known, status).forEach(v -> references.put(v.apiName() != null ? v.apiName() : v.customfieldId(), v.value()));
        return new Effect<>(key, Intent.of(references), situation -> fieldsFound(zohoOrder, known, status),
                () -> {
                    writeFields(zohoOrder.salesorderId(), full.get(), status);
                    return "written";
                }, ResultCodec.text("fields"));
    }

    private Lookup<String> fieldsFound(io.tillbridge.zoho.model.SalesOrder zohoOrder, Map<CanonicalField, String> known, String status) {
        Map<String, String> current = zohoOrder.customFieldValues();
        for (CustomFieldValue v : zohoValues(known, status)) {
            String name = v.apiName() != null ? v.apiName() : v.customfieldId();
            if (!v.value().equals(current.get(name))) {
                return Lookup.absent();
            }
        }
        return Lookup.found("written");
    }

    private void writeFields(String salesOrderId, Map<CanonicalField, String> values, String status) {
        zoho.salesOrders().setCustomFields(salesOrderId, zohoValues(values, status)); // a PUT: repeating it is harmless
    }

    /** The sales order's fields from these values, and its status field. */
    private List<CustomFieldValue> zohoValues(Map<CanonicalField, String> values, String status) {
        List<CustomFieldValue> fields = new ArrayList<>(salesOrderFields(values));
        fields.add(CustomFieldValue.byApiName(settings.statusField(), status));
        return fields;
    }

    /**
     * The template's fields on the sales order, written for an order without a payment (declined or
     * held). Zoho keeps custom fields per module, so the template names the sales order's fields apart
     * from the customer payment's.
     */
    private List<CustomFieldValue> salesOrderFields(Map<CanonicalField, String> values) {
        return zohoFields(values, TargetField.ZohoEntity.SALES_ORDER);
    }

    private List<CustomFieldValue> zohoFields(Map<CanonicalField, String> values, TargetField.ZohoEntity entity) {
        List<CustomFieldValue> fields = new ArrayList<>();
        for (CustomFieldTemplate.FieldValue value : settings.fields().apply(values).values()) {
            if (value.target() instanceof TargetField.Zoho z && z.entity() == entity) {
                fields.add(z.apiName() != null ? CustomFieldValue.byApiName(z.apiName(), value.value())
                        : CustomFieldValue.byId(z.customFieldId(), value.value()));
            }
        }
        return fields;
    }

    private static Map<CanonicalField, String> riskValues(FraudIndicator risk) {
        Map<CanonicalField, String> values = new HashMap<>();
        values.put(CanonicalField.RISK_SCORE, Integer.toString(risk.score()));
        values.put(CanonicalField.RISK_DECISION, risk.decision().name());
        return values;
    }

    /** An effect that did not finish: held (its outcome is unknown and will be looked up) or stopped for a person. */
    private OrderOutcome notDone(Order o, EffectOutcome<?> outcome, String what) {
        return deadLetter(o, EffectOutcome.whyNotDone(outcome, what));
    }

    private OrderOutcome deadLetter(Order o, String reason) {
        return new OrderOutcome.DeadLettered(o.id, engine.park(NAME, o.id, reason, moneyMoved(o)));
    }

    /**
     * Whether this order's current payment moved money, from what the store recorded. A payment that asked for
     * 3-D Secure moved money as its challenge ended, so the challenge's record decides once there is one. When
     * the run stopped before it read the order's total, the amount is the one the payment began with.
     */
    private MoneyMoved moneyMoved(Order o) {
        Money amount = o.amount;
        try {
            EffectKey key = o.payment != null ? o.payment : paymentKey(o.id, attempt(o.id));
            Optional<EffectRecord> payment = engine.recorded(key);
            if (amount == null) {
                amount = payment.flatMap(EffectRecord::intendedAmount).orElse(null);
            }
            Optional<OpayoResult> asked = engine.done(key, OpayoResult.CODEC)
                    .filter(r -> r.status() == OpayoResult.Status.CHALLENGE);
            if (asked.isPresent()) {
                Optional<EffectRecord> challenge = engine.recorded(challengeKey(o.id, key.attempt()));
                if (challenge.isPresent() && challenge.get().state() == EffectRecord.State.BEGUN) {
                    return MoneyMoved.unknown(amount, asked.get().transactionId());
                }
                if (challenge.isPresent()) {
                    payment = challenge;
                }
            }
            return OpayoResult.moneyMoved(payment, amount, MoneyMoved.Movement.CHARGED);
        } catch (Exception storeFailed) {
            return MoneyMoved.unknown(amount, null);
        }
    }


    private static String description(SalesOrder order) {
        return "Sales order " + order.number();
    }

    /** The first word of the Zoho customer name; a name Opayo cannot take (over 20) is refused by validation, not cut. */
    private static String firstName(String name) {
        String[] parts = name == null ? new String[0] : name.trim().split("\\s+");
        return parts.length == 0 || parts[0].isEmpty() ? null : parts[0];
    }

    /** The last word of the Zoho customer name; a one-word name is used for both, as the cardholder gave it. */
    private static String lastName(String name) {
        String[] parts = name == null ? new String[0] : name.trim().split("\\s+");
        return parts.length == 0 || parts[0].isEmpty() ? null : parts[parts.length - 1];
    }
}
