package io.tillbridge.syspro.receivables;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.PostingParameters;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An ARSTPY AR payment (reference: syspro.md §4 ARSTPY): parameters
 * {@code PostArPayment>Parameters>{PostingPeriod, IgnoreWarnings, ApplyIfEntireDocumentValid, ValidateOnly,
 * AutoCorrectPaymentValue}}; document {@code PostArPayment>Item>Payment>{Customer, PaymentValue, Reference,
 * PaymentDate, JournalNotation, PaymentNarration, Bank, PaymentType, InvoiceToPay*>{TransactionType,
 * Invoice, GrossPaymentValue, DiscountValue}, UnappliedPayment>{GrossPaymentValue}}}.
 * UNVERIFIED: these names come from classes generated from the XSD, not the XSD itself, and the
 * meanings of PaymentType C, S and O are not known; a competing {@code Payments/CheckAmount} shape was
 * never run. Names live in this class only.
 *
 * <p>The amounts must add up exactly: the invoices paid plus the unapplied remainder equal the payment,
 * in the currency's own scale. {@code AutoCorrectPaymentValue=N} is always sent, so SYSPRO never
 * changes the amount either.
 *
 * @param customer      {@code Customer}
 * @param currency      the payment's currency, whose scale the amounts must have
 * @param paymentValue  {@code PaymentValue}
 * @param reference the payment's reference, this client's key for the "already posted?" lookup
 * @param paymentDate   {@code PaymentDate}
 * @param bank          {@code Bank}
 * @param paymentType   {@code PaymentType}
 * @param narration     {@code PaymentNarration}
 * @param invoices      the {@code InvoiceToPay} entries
 * @param unapplied     the {@code UnappliedPayment} remainder, or null
 * @param postingPeriod the {@code PostingPeriod} parameter
 * @param options       how SYSPRO posts it: validate only, all or nothing, warnings
 */
public record ArPayment(String customer, Currency currency, BigDecimal paymentValue, String reference, LocalDate paymentDate,
                        String bank, PaymentType paymentType, String narration, List<InvoicePayment> invoices,
                        BigDecimal unapplied, PostingPeriod postingPeriod, PostingOptions options) {

    static final String ROOT = "PostArPayment";

    /** {@code PaymentType}: the three codes the generated classes list. */
    public enum PaymentType {
        /** {@code C}; meaning not known (see the class comment). */
        C,
        /** {@code S}; meaning not known (see the class comment). */
        S,
        /** {@code O}; meaning not known (see the class comment). */
        O
    }

    /** {@code PostingPeriod}: C current, B, P (from the generated classes). */
    public enum PostingPeriod {
        /** The current period. */
        C,
        /** {@code B}; meaning not documented in the reference. */
        B,
        /** {@code P}; meaning not documented in the reference. */
        P
    }

    /**
     * {@code InvoiceToPay}.
     *
     * @param transactionType {@code I} for an invoice
     * @param invoice           {@code Invoice}, the invoice number
     * @param grossPaymentValue {@code GrossPaymentValue}
     * @param discountValue     {@code DiscountValue}, or null
     */
    public record InvoicePayment(String transactionType, String invoice, BigDecimal grossPaymentValue, BigDecimal discountValue) {
        /**
         * Requires a transaction type.
         *
         * @param transactionType   {@code I} for an invoice
         * @param invoice           {@code Invoice}, the invoice number
         * @param grossPaymentValue {@code GrossPaymentValue}
         * @param discountValue     {@code DiscountValue}, or null
         */
        public InvoicePayment {
            Objects.requireNonNull(transactionType, "transactionType");
        }

        /**
         * An invoice paid in part or whole, without discount.
         *
         * @param invoice the invoice number
         * @param amount  the amount paid against it
         * @return the invoice payment
         */
        public static InvoicePayment invoice(String invoice, BigDecimal amount) {
            return new InvoicePayment("I", invoice, amount, null);
        }
    }

    /**
     * Copies the invoices and checks the payment before it is sent: the required fields, and invoices plus
     * unapplied remainder adding up to the payment.
     *
     * @param customer      {@code Customer}
     * @param currency      the payment's currency, whose scale the amounts must have
     * @param paymentValue  {@code PaymentValue}
     * @param reference     the payment's reference, this client's key for the "already posted?" lookup
     * @param paymentDate   {@code PaymentDate}
     * @param bank          {@code Bank}
     * @param paymentType   {@code PaymentType}
     * @param narration     {@code PaymentNarration}
     * @param invoices      the {@code InvoiceToPay} entries
     * @param unapplied     the {@code UnappliedPayment} remainder, or null
     * @param postingPeriod the {@code PostingPeriod} parameter
     * @param options       how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public ArPayment {
        invoices = List.copyOf(invoices);
        Violations v = new Violations();
        v.required("customer", customer).maxLength("customer", customer, 15).required("currency", currency)
                .required("paymentValue", paymentValue).positive("paymentValue", paymentValue)
                .required("reference", reference).maxLength("reference", reference, 30).required("paymentDate", paymentDate)
                .required("bank", bank).maxLength("bank", bank, 15).required("paymentType", paymentType)
                .maxLength("narration", narration, 100).required("postingPeriod", postingPeriod).required("options", options);
        int scale = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        v.scale("paymentValue", paymentValue, scale).scale("unapplied", unapplied, scale);
        v.check(unapplied == null || unapplied.signum() >= 0, "unapplied", "must not be negative");
        BigDecimal applied = BigDecimal.ZERO;
        for (int i = 0; i < invoices.size(); i++) {
            InvoicePayment p = invoices.get(i);
            String at = "invoices[" + i + "]";
            v.required(at + ".invoice", p.invoice()).maxLength(at + ".invoice", p.invoice(), 20)
                    .required(at + ".grossPaymentValue", p.grossPaymentValue()).positive(at + ".grossPaymentValue", p.grossPaymentValue())
                    .scale(at + ".grossPaymentValue", p.grossPaymentValue(), scale).scale(at + ".discountValue", p.discountValue(), scale);
            if (p.grossPaymentValue() != null) {
                applied = applied.add(p.grossPaymentValue());
            }
        }
        v.check(!invoices.isEmpty() || unapplied != null, "invoices", "pay at least one invoice or leave the payment unapplied");
        BigDecimal total = applied.add(unapplied == null ? BigDecimal.ZERO : unapplied);
        v.check(paymentValue == null || total.compareTo(paymentValue) == 0, "paymentValue",
                "is " + (paymentValue == null ? "missing" : paymentValue.toPlainString()) + " but the invoices paid and the unapplied amount add up to "
                        + total.toPlainString());
        v.throwIfAny();
    }

    /**
     * Starts a payment.
     *
     * @param customer     the customer code
     * @param currency     the payment's currency
     * @param paymentValue the amount paid
     * @param reference    the payment's reference, the key of the "already posted?" lookup
     * @return a new builder
     */
    public static Builder builder(String customer, Currency currency, BigDecimal paymentValue, String reference) {
        return new Builder(customer, currency, paymentValue, reference);
    }

    /**
     * A builder holding this payment's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(customer, currency, paymentValue, reference).paymentDate(paymentDate).bank(bank)
                .paymentType(paymentType).narration(narration).unapplied(unapplied).postingPeriod(postingPeriod).options(options);
        b.invoices.addAll(invoices);
        return b;
    }

    XmlNode parameters() {
        return XmlNode.of(ROOT, PostingParameters.add(options, XmlNode.element("Parameters").leaf("PostingPeriod", postingPeriod.name()))
                .leaf("AutoCorrectPaymentValue", "N").build());
    }

    XmlNode document() {
        XmlNode.Builder payment = XmlNode.element("Payment").leaf("Customer", customer).leaf("PaymentValue", paymentValue)
                .leaf("Reference", reference).leaf("PaymentDate", paymentDate).leaf("PaymentNarration", narration)
                .leaf("Bank", bank).leaf("PaymentType", paymentType.name());
        for (InvoicePayment p : invoices) {
            payment.child(XmlNode.element("InvoiceToPay").leaf("TransactionType", p.transactionType()).leaf("Invoice", p.invoice())
                    .leaf("GrossPaymentValue", p.grossPaymentValue()).leaf("DiscountValue", p.discountValue()).build());
        }
        if (unapplied != null && unapplied.signum() > 0) {
            payment.child(XmlNode.element("UnappliedPayment").leaf("GrossPaymentValue", unapplied).build());
        }
        return XmlNode.of(ROOT, XmlNode.of("Item", payment.build()));
    }

    /** Builds an {@link ArPayment}. */
    public static final class Builder {
        private final String customer;
        private final Currency currency;
        private final BigDecimal paymentValue;
        private final String reference;
        private LocalDate paymentDate;
        private String bank;
        private PaymentType paymentType = PaymentType.C;
        private String narration;
        private final List<InvoicePayment> invoices = new ArrayList<>();
        private BigDecimal unapplied;
        private PostingPeriod postingPeriod = PostingPeriod.C;
        private PostingOptions options = PostingOptions.DEFAULTS;

        private Builder(String customer, Currency currency, BigDecimal paymentValue, String reference) {
            this.customer = customer;
            this.currency = currency;
            this.paymentValue = paymentValue;
            this.reference = reference;
        }

        /**
         * {@code PaymentDate}.
         *
         * @param date the date
         * @return this builder
         */
        public Builder paymentDate(LocalDate date) {
            this.paymentDate = date;
            return this;
        }

        /**
         * {@code Bank}, the bank code the money goes to.
         *
         * @param code the bank code
         * @return this builder
         */
        public Builder bank(String code) {
            this.bank = code;
            return this;
        }

        /**
         * {@code PaymentType}.
         *
         * @param type the type
         * @return this builder
         */
        public Builder paymentType(PaymentType type) {
            this.paymentType = type;
            return this;
        }

        /**
         * {@code PaymentNarration}.
         *
         * @param text the narration
         * @return this builder
         */
        public Builder narration(String text) {
            this.narration = text;
            return this;
        }

        /**
         * Pays an invoice, in whole or part.
         *
         * @param invoice the invoice number
         * @param amount  the amount paid against it
         * @return this builder
         */
        public Builder payInvoice(String invoice, BigDecimal amount) {
            invoices.add(InvoicePayment.invoice(invoice, amount));
            return this;
        }

        /**
         * What is left unapplied ({@code UnappliedPayment}).
         *
         * @param amount the unapplied amount
         * @return this builder
         */
        public Builder unapplied(BigDecimal amount) {
            this.unapplied = amount;
            return this;
        }

        /**
         * The {@code PostingPeriod} parameter.
         *
         * @param period the period
         * @return this builder
         */
        public Builder postingPeriod(PostingPeriod period) {
            this.postingPeriod = period;
            return this;
        }

        /**
         * How SYSPRO posts it.
         *
         * @param value the posting options
         * @return this builder
         */
        public Builder options(PostingOptions value) {
            this.options = value;
            return this;
        }

        /**
         * Builds the payment, checking it as the constructor does.
         *
         * @return the payment
         * @throws io.tillbridge.client.ValidationException listing every problem
         */
        public ArPayment build() {
            return new ArPayment(customer, currency, paymentValue, reference, paymentDate, bank, paymentType, narration, invoices,
                    unapplied, postingPeriod, options);
        }
    }
}
