package io.tillbridge.flows.kashflow;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.customers.CustomFields;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.payments.PaymentRequest;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.customfields.CustomFieldTemplate;
import io.tillbridge.mapping.customfields.TargetField;
import io.tillbridge.mapping.fx.RateUnavailableException;
import io.tillbridge.mapping.posting.KashFlowIntent;
import io.tillbridge.mapping.money.Money;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Posts an Opayo payment to its KashFlow invoice: the invoice number read from the vendorTxCode
 * ({@link KashFlowSettings#invoiceNumbers}), an invoice payment for the authorised amount on the
 * configured bank account and method with the Opayo transaction id as its reference — so it is found
 * again, never posted twice — and the payment's metadata in the invoice's and customer's custom fields
 * through the custom-field template. Each is an {@link Effect} run by the {@link EffectEngine}; the
 * subject is the Opayo transaction id. A payment in another currency than the invoice is converted at the
 * host's rates (rounded once) or dead-lettered. {@link #run} never throws.
 */
public final class KashFlowPaymentFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "kashflow-payment";

    private final KashFlowClient kashflow;
    private final EffectEngine engine;
    private final KashFlowSettings settings;
    private final InKashFlow find;

    /**
     * Creates the flow.
     *
     * @param kashflow the KashFlow client
     * @param engine   the effect engine
     * @param settings the KashFlow settings
     */
    public KashFlowPaymentFlow(KashFlowClient kashflow, EffectEngine engine, KashFlowSettings settings) {
        this.kashflow = Objects.requireNonNull(kashflow, "kashflow");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.find = new InKashFlow(kashflow);
    }

    /**
     * Posts the payment a runner knows by its Opayo transaction id (kind {@code kashflow-payment}, subject
     * the VPSTxId), taking it from the host's source. Never throws: an unknown id or a failing source is a
     * dead letter.
     *
     * @param transactionId Opayo's transaction id
     * @param source        where the runner reads the payment from
     * @return the outcome
     */
    public KashFlowOutcome run(String transactionId, PaymentSource source) {
        if (transactionId == null || transactionId.isBlank()) {
            return new KashFlowOutcome.DeadLettered("?", "transactionId: missing");
        }
        String id = transactionId.replace("{", "").replace("}", "");
        Optional<OpayoPayment> payment;
        try {
            payment = source.payment(id);
        } catch (RuntimeException e) {
            return FlowRuns.park(engine, NAME, id, "the payment source failed for " + id + ": " + e.getMessage(),
                    MoneyMoved.unknown(null, id));
        }
        if (payment.isEmpty()) {
            return FlowRuns.park(engine, NAME, id, "transactionId: the payment source has no Opayo transaction " + id
                    + " (nothing posted in KashFlow)", MoneyMoved.unknown(null, id));
        }
        if (!payment.get().transactionId().equals(id)) {
            return FlowRuns.park(engine, NAME, id, "transactionId: the payment source answered " + payment.get().transactionId()
                    + " for " + id + " (nothing posted in KashFlow)", MoneyMoved.unknown(null, id));
        }
        return run(payment.get());
    }

    /**
     * Posts (or resumes, or confirms) one Opayo payment. Never throws.
     *
     * @param payment the payment
     * @return the outcome
     */
    public KashFlowOutcome run(OpayoPayment payment) {
        if (payment == null) {
            return new KashFlowOutcome.DeadLettered("?", "no payment was given");
        }
        // Opayo has taken the money; whatever stops here, KashFlow may lack it — a dead letter says so.
        MoneyMoved money = payment.amount() == null ? MoneyMoved.unknown(null, payment.transactionId())
                : MoneyMoved.charged(payment.amount(), payment.transactionId());
        return FlowRuns.run(engine, NAME, payment.transactionId(), money, run -> post(run, payment));
    }

    private KashFlowOutcome post(EffectEngine.Run run, OpayoPayment payment) {
        String txId = payment.transactionId();
        KashFlowIntent form;
        try {
            form = settings.postings().kashFlow(payment.type());
        } catch (MappingException e) {
            throw new FlowRuns.Stop("type: " + e.getMessage() + " (Opayo transaction " + txId + "; nothing posted in KashFlow)");
        }
        if (form == KashFlowIntent.NONE) {
            return new KashFlowOutcome.NothingToPost(txId, payment.type() + " moves no money; the posting table posts nothing");
        }
        if (form != KashFlowIntent.INVOICE_PAYMENT) {
            throw new FlowRuns.Stop("type: " + payment.type() + " posts as " + form + ", which the payment flow does not post "
                    + "(nothing posted in KashFlow)");
        }
        if (payment.amount() == null || !payment.amount().isPositive()) {
            throw new FlowRuns.Stop("amount: missing or not positive for Opayo transaction " + txId + " (nothing posted in KashFlow)");
        }
        if (payment.date() == null) {
            throw new FlowRuns.Stop("date: missing for Opayo transaction " + txId + " (nothing posted in KashFlow)");
        }
        int invoiceNumber;
        try {
            invoiceNumber = settings.invoiceNumbers().invoiceNumber(payment.vendorTxCode());
        } catch (MappingException e) {
            throw new FlowRuns.Stop(e.getMessage() + " (Opayo transaction " + txId + "; nothing posted in KashFlow)");
        }
        Invoice invoice;
        try {
            invoice = kashflow.invoices().get(invoiceNumber);
        } catch (KashFlowNotFoundException e) {
            throw new FlowRuns.Stop("vendorTxCode: '" + payment.vendorTxCode() + "' names invoice " + invoiceNumber
                    + ", which KashFlow does not have (nothing posted in KashFlow)");
        }
        Currency invoiceCurrency = invoice.currencyCode().orElse(settings.homeCurrency());
        Money amount = inInvoiceCurrency(payment, invoiceCurrency, invoiceNumber);
        boolean ours = !InKashFlow.linesWith(invoice, txId).isEmpty();
        if (!ours && invoice.paid()) {
            throw new FlowRuns.Stop("invoice: " + invoiceNumber + " is already fully paid and does not carry Opayo payment " + txId
                    + " (nothing posted in KashFlow; the customer may have paid twice)");
        }
        if (!ours && invoice.grossAmount() != null) {
            // More than is owed would leave KashFlow showing an overpaid invoice; a person decides (refund, or credit).
            java.math.BigDecimal owed = invoice.grossAmount()
                    .subtract(invoice.totalPaidAmount() == null ? java.math.BigDecimal.ZERO : invoice.totalPaidAmount());
            if (amount.amount().compareTo(owed) > 0) {
                throw new FlowRuns.Stop("amount: payment " + txId + " of " + amount + " is more than the "
                        + Money.ofRounded(owed, amount.currency(), java.math.RoundingMode.HALF_EVEN) + " owed on invoice " + invoiceNumber
                        + " (Opayo has taken the money; nothing posted in KashFlow)");
            }
        }

        Map<String, String> refs = new TreeMap<>(Map.of("invoice", Integer.toString(invoiceNumber), "reference", txId,
                "bankAccount", Integer.toString(settings.bankAccount()), "method", Integer.toString(settings.paymentMethod())));
        if (!amount.currency().equals(payment.amount().currency())) {
            refs.put("opayoAmount", payment.amount().toString());
        }
        EffectOutcome<String> posted = run.effect(new Effect<>(new EffectKey(NAME, "invoice-payment", txId, 1),
                Intent.of(amount, refs),
                situation -> find.payment(invoiceNumber, txId),
                () -> Long.toString(kashflow.payments().record(PaymentRequest.builder().invoiceNumber(invoiceNumber)
                        .amount(amount.amount(), amount.currency().getCurrencyCode()).date(payment.date())
                        .method(settings.paymentMethod()).bankAccount(settings.bankAccount()).reference(txId).build()).paymentId()),
                ResultCodec.text("paymentId")));
        String why = EffectOutcome.whyNotDone(posted, "the KashFlow payment " + txId + " on invoice " + invoiceNumber);
        if (why != null) {
            throw new FlowRuns.Stop(why);
        }

        CustomFieldTemplate.Result fields = settings.fields().apply(payment.canonicalValues());
        Map<String, String> customerFields = new LinkedHashMap<>();
        String invoiceReference = null;
        for (CustomFieldTemplate.FieldValue value : fields.values()) {
            if (value.target() instanceof TargetField.KashFlow k && k.entity() == TargetField.KashFlowEntity.CUSTOMER) {
                customerFields.put(canonicalName(k.name()), value.value());
            } else if (value.target() instanceof TargetField.KashFlow k && k.name().equalsIgnoreCase("CustomerReference")) {
                invoiceReference = value.value();
            }
        }
        String customerCode = invoice.customerCode();
        if (!customerFields.isEmpty() && customerCode != null && !customerCode.isBlank()) {
            EffectOutcome<String> written = run.effect(new Effect<>(new EffectKey(NAME, "customer-fields", txId, 1),
                    Intent.of(withCode(customerFields, customerCode)),
                    situation -> find.customerHolds(customerCode, customerFields),
                    () -> {
                        kashflow.customers().setCustomFields(customerCode, customFields(customerFields));
                        return customerCode;
                    }, ResultCodec.text("customer")));
            String notWritten = EffectOutcome.whyNotDone(written, "writing payment metadata to customer " + customerCode);
            if (notWritten != null) {
                throw new FlowRuns.Stop(notWritten + " (the payment is posted in KashFlow)");
            }
        }
        if (invoiceReference != null) {
            String reference = invoiceReference;
            EffectOutcome<String> written = run.effect(new Effect<>(new EffectKey(NAME, "invoice-fields", txId, 1),
                    Intent.of(Map.of("invoice", Integer.toString(invoiceNumber), "CustomerReference", reference)),
                    situation -> find.invoiceReference(invoiceNumber, reference),
                    () -> {
                        kashflow.invoices().setCustomerReference(invoiceNumber, reference);
                        return reference;
                    }, ResultCodec.text("customerReference")));
            String notWritten = EffectOutcome.whyNotDone(written, "writing payment metadata to invoice " + invoiceNumber);
            if (notWritten != null) {
                throw new FlowRuns.Stop(notWritten + " (the payment is posted in KashFlow)");
            }
        }
        return new KashFlowOutcome.Posted(txId, "invoice " + invoiceNumber + " paid " + amount);
    }

    private Money inInvoiceCurrency(OpayoPayment payment, Currency invoiceCurrency, int invoiceNumber) {
        if (payment.amount().hasCurrency(invoiceCurrency)) {
            return payment.amount();
        }
        if (settings.rates() == null) {
            throw new FlowRuns.Stop("currency: payment " + payment.transactionId() + " is in "
                    + payment.amount().currency().getCurrencyCode() + ", invoice " + invoiceNumber + " in "
                    + invoiceCurrency.getCurrencyCode() + ", and no rate table is configured (nothing posted in KashFlow)");
        }
        try {
            return settings.rates().convert(payment.amount(), invoiceCurrency, payment.date());
        } catch (RateUnavailableException e) {
            throw new FlowRuns.Stop("currency: " + e.getMessage() + " (payment " + payment.transactionId() + " for invoice "
                    + invoiceNumber + "; nothing posted in KashFlow)");
        }
    }

    private static Map<String, String> withCode(Map<String, String> fields, String code) {
        Map<String, String> refs = new TreeMap<>(fields);
        refs.put("customer", code);
        return refs;
    }

    /** {@code extratext3} → {@code ExtraText3}, as KashFlow's record spells it. */
    static String canonicalName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("extratext") ? "ExtraText" + lower.substring(9) : "CheckBox" + lower.substring(8);
    }

    static CustomFields customFields(Map<String, String> values) {
        CustomFields.Builder builder = CustomFields.builder();
        values.forEach((name, value) -> {
            if (name.startsWith("ExtraText")) {
                builder.text(Integer.parseInt(name.substring(9)), value);
            } else {
                builder.checkBox(Integer.parseInt(name.substring(8)), "1".equals(value));
            }
        });
        return builder.build();
    }

}
