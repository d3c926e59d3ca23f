package io.tillbridge.flows.ordertocash;

import io.tillbridge.client.Secret;
import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.store.DeadLetterQueue;
import io.tillbridge.flows.store.IdempotencyStore;
import io.tillbridge.flows.store.StepRecord;
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
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CustomFieldValue;
import io.tillbridge.zoho.model.CustomerPayment;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Invoice;
import io.tillbridge.zoho.resources.ListQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order to cash: a confirmed Zoho sales order is checked (its lines must add up to its total), scored
 * for risk, charged through Opayo — a Repeat against the customer's stored card, or a payment with a
 * card from the {@link CardSource} — and then, on success, invoiced in Zoho, the payment applied to
 * the invoice and the order's custom fields set. A decline marks the order 'Payment Failed' and tells
 * the customer; a REVIEW or HOLD risk decision holds the order uncharged.
 *
 * <p>Every step is recorded in the {@link IdempotencyStore}: running the flow again for the same
 * order has no second effect, and a flow that stopped half-way resumes, resolving an unfinished
 * payment by looking its vendorTxCode up rather than charging again. What cannot be processed goes to
 * the {@link DeadLetterQueue} with its reason; {@link #run} on the same order replays it.
 */
public final class OrderToCashFlow {

    public static final String NAME = "order-to-cash";
    private static final Logger LOG = LoggerFactory.getLogger(OrderToCashFlow.class);

    private final ZohoInventoryClient zoho;
    private final OpayoClient opayo;
    private final IdempotencyStore store;
    private final DeadLetterQueue deadLetters;
    private final PaymentHistory history;
    private final CardSource cards;
    private final ChallengeHandler challenges;
    private final CustomerNotifier notifier;
    private final Settings settings;

    /**
     * What a host tunes.
     *
     * @param codes          how vendorTxCodes are made
     * @param risk           the risk policy
     * @param lines          how strictly lines must add up
     * @param fields         which Zoho custom fields receive the payment data
     * @param statusField    the Zoho custom field (api name) that carries the order's payment state
     * @param clock          for dates and risk windows
     */
    public record Settings(VendorTxCodes codes, RiskPolicy risk, LineAggregation lines, CustomFieldTemplate fields,
                           String statusField, Clock clock) {

        public Settings {
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(lines, "lines");
            Objects.requireNonNull(fields, "fields");
            Objects.requireNonNull(statusField, "statusField");
            Objects.requireNonNull(clock, "clock");
        }

        /** Defaults: prefix {@code TB}, default risk policy, strict totals, the fields of {@link #defaultFields()}. */
        public static Settings defaults(Clock clock) {
            return new Settings(VendorTxCodes.withPrefix("TB"), RiskPolicy.defaults(), LineAggregation.strict(),
                    defaultFields(), "cf_payment_status", clock);
        }

        /**
         * {@code cf_opayo_transaction_id}, {@code cf_opayo_auth_code}, {@code cf_risk_score} and
         * {@code cf_risk_decision} on the sales order.
         */
        public static CustomFieldTemplate defaultFields() {
            var entity = TargetField.ZohoEntity.SALES_ORDER;
            var catalogue = io.tillbridge.mapping.customfields.FieldCatalogue.builder()
                    .zoho(entity, null, "cf_opayo_transaction_id").zoho(entity, null, "cf_opayo_auth_code")
                    .zoho(entity, null, "cf_risk_score").zoho(entity, null, "cf_risk_decision").build();
            return CustomFieldTemplate.load("order-to-cash", List.of(
                    new io.tillbridge.mapping.customfields.FieldMapping(CanonicalField.TRANSACTION_ID,
                            new TargetField.Zoho(entity, null, "cf_opayo_transaction_id"), null),
                    new io.tillbridge.mapping.customfields.FieldMapping(CanonicalField.BANK_AUTHORISATION_CODE,
                            new TargetField.Zoho(entity, null, "cf_opayo_auth_code"), null),
                    new io.tillbridge.mapping.customfields.FieldMapping(CanonicalField.RISK_SCORE,
                            new TargetField.Zoho(entity, null, "cf_risk_score"), null),
                    new io.tillbridge.mapping.customfields.FieldMapping(CanonicalField.RISK_DECISION,
                            new TargetField.Zoho(entity, null, "cf_risk_decision"), null)), catalogue);
        }
    }

    public OrderToCashFlow(ZohoInventoryClient zoho, OpayoClient opayo, IdempotencyStore store, DeadLetterQueue deadLetters,
                           PaymentHistory history, CardSource cards, ChallengeHandler challenges, CustomerNotifier notifier,
                           Settings settings) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.store = Objects.requireNonNull(store, "store");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.history = Objects.requireNonNull(history, "history");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs (or resumes, or replays) the flow for one sales order. Never throws for a business or data problem. */
    public OrderOutcome run(String salesOrderId) {
        String key = "o2c:" + salesOrderId;
        try {
            OrderOutcome outcome = process(salesOrderId, key);
            if (!(outcome instanceof OrderOutcome.DeadLettered)) {
                deadLetters.remove(NAME + ":" + salesOrderId);
            }
            return outcome;
        } catch (TillbridgeException e) {
            return deadLetter(salesOrderId, e.getMessage());
        }
    }

    private OrderOutcome process(String salesOrderId, String key) {
        Optional<StepRecord> finished = store.get(key + ":outcome");
        if (finished.isPresent()) {
            return recorded(salesOrderId, finished.get());
        }
        io.tillbridge.zoho.model.SalesOrder zohoOrder = zoho.salesOrders().get(salesOrderId);
        if (!"confirmed".equals(zohoOrder.orderStatus())) {
            return deadLetter(salesOrderId, "sales order " + zohoOrder.salesorderNumber() + " is " + zohoOrder.orderStatus()
                    + ", not confirmed");
        }
        SalesOrder order = ZohoTranslator.salesOrder(zohoOrder);
        long amount = settings.lines().opayoAmount(order);
        Money money = order.total();
        if (order.billing() == null) {
            return deadLetter(salesOrderId, "sales order " + order.number() + " has no billing address");
        }
        OpayoAddress billing = AddressProfile.opayo().fit(order.billing(), "billing_address");

        RiskAssessment risk = settings.risk().assess(new RiskInput(money, settings.clock().instant(), null, null,
                billing.country(), order.shipping() == null ? null
                        : Countries.toAlpha2(order.shipping().country()).orElse(order.shipping().country()),
                history.paymentsOf(order.customerId())));
        FraudIndicator indicator = risk.toFraudIndicator();
        if (risk.decision() != RiskDecision.PASS && store.get(key + ":payment").isEmpty()) {
            writeFields(order, null, indicator, "Held for review");
            return finish(key, new OrderOutcome.Held(salesOrderId, indicator, "risk " + risk.score() + " " + risk.decision()));
        }

        Optional<StepRecord> begun = store.get(key + ":payment");
        String currency = money.currency().getCurrencyCode();
        if (begun.isPresent() && !(Long.toString(amount).equals(begun.get().get("amount")) && currency.equals(begun.get().get("currency")))) {
            // The order changed after its payment began: recording the new total against the old charge would
            // misstate the ledger, and charging the difference is a person's decision.
            return deadLetter(salesOrderId, "sales order " + order.number() + " now totals " + amount + " " + currency
                    + " (minor units) but its payment " + begun.get().get("vendorTxCode") + " was begun for "
                    + begun.get().get("amount") + " " + begun.get().get("currency"));
        }
        Optional<Transaction> charged = pay(order, key, amount, billing, zohoOrder);
        if (charged.isEmpty()) {
            StepRecord payment = store.get(key + ":payment").orElseThrow();
            if (payment.state() == StepRecord.State.STARTED) {
                return new OrderOutcome.Held(salesOrderId, indicator, "3-D Secure challenge not completed");
            }
            String reason = payment.get("reason");
            writeFields(order, null, indicator, StatusTables.zohoOrderStatus().map(PaymentStatus.DECLINED));
            notifier.paymentFailed(order, reason);
            return finish(key, new OrderOutcome.Declined(salesOrderId, reason));
        }
        Transaction transaction = charged.get();
        String invoiceId = invoice(key, salesOrderId);
        String paymentId = recordPayment(key, order, invoiceId, transaction, money);
        Payment canonical = OpayoTranslator.payment(transaction, store.get(key + ":payment").orElseThrow().get("vendorTxCode"),
                order.number(), money.currency(), StatusTables.opayoPi());
        writeFields(order, canonical, indicator, StatusTables.zohoOrderStatus().map(PaymentStatus.AUTHORISED));
        return finish(key, new OrderOutcome.Paid(salesOrderId, transaction.transactionId(), invoiceId, paymentId));
    }

    /** The payment step: charged transaction, or empty for a refusal or an open challenge. */
    private Optional<Transaction> pay(SalesOrder order, String key, long amount, OpayoAddress billing,
                                      io.tillbridge.zoho.model.SalesOrder zohoOrder) {
        String stepKey = key + ":payment";
        Optional<StepRecord> step = store.get(stepKey);
        if (step.isPresent() && step.get().state() == StepRecord.State.DONE) {
            return Optional.of(opayo.transactions().retrieve(step.get().get("transactionId")));
        }
        if (step.isPresent() && step.get().state() == StepRecord.State.REFUSED) {
            return Optional.empty();
        }
        int attempt = step.map(StepRecord::attempt).orElse(1);
        String vendorTxCode = settings.codes().generate(order.number(), attempt);
        if (step.isPresent()) {
            // A payment was begun and never recorded as finished: ask Opayo before anything else.
            Optional<String> recorded = opayo.reporting().transactionIdFor(vendorTxCode);
            if (recorded.isPresent()) {
                LOG.info("order {}: payment {} was already taken as {}", order.number(), vendorTxCode, recorded.get());
                return settle(order, stepKey, attempt, vendorTxCode, opayo.transactions().outcomeOf(recorded.get()), null, amount);
            }
            if (step.get().get("transactionId") != null) {
                // A challenge is open on a recorded transaction: complete it.
                return settle(order, stepKey, attempt, vendorTxCode,
                        opayo.transactions().outcomeOf(step.get().get("transactionId")), null, amount);
            }
        }
        Map<String, String> data = Map.of("vendorTxCode", vendorTxCode, "amount", Long.toString(amount),
                "currency", order.total().currency().getCurrencyCode());
        store.put(new StepRecord(stepKey, StepRecord.State.STARTED, attempt, data, settings.clock().instant()));
        Optional<PaymentHistory.StoredCard> stored = history.storedCard(order.customerId());
        TransactionOutcome outcome;
        CardPayment card = null;
        // An OutcomeUnknownException leaves the step STARTED: the next run looks the vendorTxCode up first.
        if (stored.isPresent()) {
            outcome = opayo.transactions().repeat(new RepeatRequest(stored.get().lastTransactionId(), vendorTxCode, amount,
                    order.total().currency().getCurrencyCode(), description(order), null,
                    CredentialType.merchantInitiated(Enums.MitType.Unscheduled)));
        } else {
            card = cards.cardFor(order);
            outcome = opayo.transactions().payment(PaymentRequest.builder()
                    .card(card)
                    .vendorTxCode(vendorTxCode)
                    .amount(amount, order.total().currency().getCurrencyCode())
                    .description(description(order))
                    .customer(firstName(zohoOrder.customerName()), lastName(zohoOrder.customerName()))
                    .billingAddress(new BillingAddress(billing.address1(), billing.address2(), billing.city(),
                            billing.postalCode(), billing.country(), billing.state()))
                    .credentialType(card.save() ? CredentialType.firstCardholderInitiated() : null)
                    .build());
        }
        return settle(order, stepKey, attempt, vendorTxCode, outcome, card, amount);
    }

    private Optional<Transaction> settle(SalesOrder order, String stepKey, int attempt, String vendorTxCode,
                                         TransactionOutcome outcome, CardPayment card, long amount) {
        Map<String, String> data = new HashMap<>(Map.of("vendorTxCode", vendorTxCode, "amount", Long.toString(amount),
                "currency", order.total().currency().getCurrencyCode()));
        if (outcome instanceof TransactionOutcome.ChallengeRequired challenge) {
            data.put("transactionId", challenge.transactionId());
            store.put(new StepRecord(stepKey, StepRecord.State.STARTED, attempt, data, settings.clock().instant()));
            Optional<String> answer = challenges.complete(challenge);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            TransactionOutcome completed = challenge.version() == TransactionOutcome.ChallengeRequired.Version.V1
                    ? opayo.transactions().complete3DSecure(challenge.transactionId(), answer.get())
                    : opayo.transactions().completeChallenge(challenge.transactionId(), answer.get(), null);
            return settle(order, stepKey, attempt, vendorTxCode, completed, card, amount);
        }
        if (outcome instanceof TransactionOutcome.Authorised authorised) {
            Transaction t = authorised.transaction();
            data.put("transactionId", t.transactionId());
            store.put(new StepRecord(stepKey, StepRecord.State.DONE, attempt, data, settings.clock().instant()));
            Secret saved = card != null && card.save() && t.card() != null ? t.card().cardIdentifier() : null;
            history.recordPayment(order.customerId(), order.total(), settings.clock().instant(), t.transactionId(), saved);
            return Optional.of(t);
        }
        String reason;
        if (outcome instanceof TransactionOutcome.Declined d) {
            reason = "declined by the bank: " + d.transaction().statusDetail();
        } else if (outcome instanceof TransactionOutcome.Rejected r) {
            reason = "rejected: " + r.transaction().statusDetail();
        } else {
            reason = "payment not authorised: " + outcome.getClass().getSimpleName();
        }
        data.put("reason", reason);
        if (outcome.transactionId() != null) {
            data.put("transactionId", outcome.transactionId());
        }
        store.put(new StepRecord(stepKey, StepRecord.State.REFUSED, attempt, data, settings.clock().instant()));
        return Optional.empty();
    }

    /** The invoice step: one invoice per order, found again rather than raised twice. */
    private String invoice(String key, String salesOrderId) {
        String stepKey = key + ":invoice";
        Optional<StepRecord> step = store.get(stepKey);
        if (step.isPresent() && step.get().state() == StepRecord.State.DONE) {
            return step.get().get("invoiceId");
        }
        if (step.isPresent()) {
            Optional<Invoice> existing = zoho.invoices().list(ListQuery.builder().parameter("salesorder_id", salesOrderId).build())
                    .findFirst();
            if (existing.isPresent()) {
                return done(stepKey, "invoiceId", existing.get().invoiceId());
            }
        }
        store.put(new StepRecord(stepKey, StepRecord.State.STARTED, 1, Map.of(), settings.clock().instant()));
        Invoice invoice = zoho.invoices().fromSalesOrder(salesOrderId);
        return done(stepKey, "invoiceId", invoice.invoiceId());
    }

    /** Records the customer payment against the invoice, keyed by the Opayo transaction id as its reference. */
    private String recordPayment(String key, SalesOrder order, String invoiceId, Transaction transaction, Money money) {
        String stepKey = key + ":zoho-payment";
        Optional<StepRecord> step = store.get(stepKey);
        if (step.isPresent() && step.get().state() == StepRecord.State.DONE) {
            return step.get().get("paymentId");
        }
        if (step.isPresent()) {
            Optional<CustomerPayment> existing = zoho.customerPayments().list(ListQuery.builder()
                    .parameter("reference_number", transaction.transactionId()).build()).findFirst();
            if (existing.isPresent()) {
                return done(stepKey, "paymentId", existing.get().paymentId());
            }
        }
        store.put(new StepRecord(stepKey, StepRecord.State.STARTED, 1, Map.of(), settings.clock().instant()));
        BigDecimal amount = money.amount();
        CustomerPayment payment = zoho.customerPayments().create(new Inputs.CustomerPaymentInput(order.customerId(), "creditcard",
                amount, LocalDate.now(settings.clock()), transaction.transactionId(), "Opayo " + transaction.transactionType(),
                List.of(new Inputs.InvoicePayment(invoiceId, amount)), null, null, null));
        return done(stepKey, "paymentId", payment.paymentId());
    }

    private void writeFields(SalesOrder order, Payment payment, FraudIndicator risk, String status) {
        Map<CanonicalField, String> values = new HashMap<>();
        if (payment != null) {
            values.putAll(CanonicalField.valuesOf(payment, risk));
        } else {
            values.put(CanonicalField.RISK_SCORE, Integer.toString(risk.score()));
            values.put(CanonicalField.RISK_DECISION, risk.decision().name());
        }
        List<CustomFieldValue> fields = new ArrayList<>();
        for (CustomFieldTemplate.FieldValue value : settings.fields().apply(values).values()) {
            if (value.target() instanceof TargetField.Zoho z) {
                fields.add(z.apiName() != null ? CustomFieldValue.byApiName(z.apiName(), value.value())
                        : CustomFieldValue.byId(z.customFieldId(), value.value()));
            }
        }
        fields.add(CustomFieldValue.byApiName(settings.statusField(), status));
        zoho.salesOrders().setCustomFields(order.id(), fields); // a PUT: repeating it is harmless
    }

    private String done(String stepKey, String name, String value) {
        store.put(new StepRecord(stepKey, StepRecord.State.DONE, 1, Map.of(name, value), settings.clock().instant()));
        return value;
    }

    private OrderOutcome finish(String key, OrderOutcome outcome) {
        Map<String, String> data = new HashMap<>();
        data.put("type", outcome.getClass().getSimpleName());
        if (outcome instanceof OrderOutcome.Paid p) {
            data.put("transactionId", p.transactionId());
            data.put("invoiceId", p.invoiceId());
            data.put("paymentId", p.paymentId());
        } else if (outcome instanceof OrderOutcome.Declined d) {
            data.put("reason", d.reason());
        } else if (outcome instanceof OrderOutcome.Held h) {
            data.put("reason", h.reason());
            data.put("score", Integer.toString(h.risk().score()));
            data.put("decision", h.risk().decision().name());
            data.put("reasons", String.join("\n", h.risk().reasons()));
        }
        store.put(new StepRecord(key + ":outcome", StepRecord.State.DONE, 1, data, settings.clock().instant()));
        return outcome;
    }

    private static OrderOutcome recorded(String salesOrderId, StepRecord record) {
        return switch (record.get("type")) {
            case "Paid" -> new OrderOutcome.Paid(salesOrderId, record.get("transactionId"), record.get("invoiceId"), record.get("paymentId"));
            case "Declined" -> new OrderOutcome.Declined(salesOrderId, record.get("reason"));
            default -> new OrderOutcome.Held(salesOrderId, new FraudIndicator(Integer.parseInt(record.get("score")),
                    RiskDecision.valueOf(record.get("decision")),
                    record.get("reasons").isEmpty() ? List.of() : List.of(record.get("reasons").split("\n"))), record.get("reason"));
        };
    }

    private OrderOutcome deadLetter(String salesOrderId, String reason) {
        LOG.warn("order-to-cash {} dead-lettered: {}", salesOrderId, reason);
        deadLetters.add(NAME + ":" + salesOrderId, NAME, salesOrderId, reason, settings.clock().instant());
        return new OrderOutcome.DeadLettered(salesOrderId, reason);
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
