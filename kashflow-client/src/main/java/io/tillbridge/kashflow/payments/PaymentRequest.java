package io.tillbridge.kashflow.payments;

import io.tillbridge.client.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A payment to record against one invoice (SOAP {@code InsertInvoicePayment}'s {@code Payment},
 * reference: kashflow.md §4): the invoice number, the exact amount in the invoice's currency, the
 * date, the payment method ({@code PayMethod}, an id from {@code GetInvPayMethods}), the bank
 * account ({@code PayAccount}) and the payment's reference — for an Opayo payment its
 * vendorTxCode — which goes into {@code PayNote} and is how the payment is found again. Immutable.
 */
public final class PaymentRequest {

    /** KashFlow documents no width for {@code PayNote}; 100 is an assumption that keeps references exact. */
    public static final int MAX_REFERENCE = 100;

    private final int invoiceNumber;
    private final BigDecimal amount;
    private final Currency currency;
    private final LocalDate date;
    private final int method;
    private final int bankAccount;
    private final String reference;

    private PaymentRequest(Builder b) {
        this.invoiceNumber = b.invoiceNumber;
        this.amount = b.amount;
        this.currency = b.currency;
        this.date = b.date;
        this.method = b.method;
        this.bankAccount = b.bankAccount;
        this.reference = b.reference;
    }

    /**
     * Starts a request.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to change one.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().invoiceNumber(invoiceNumber).amount(amount, currency.getCurrencyCode()).date(date).method(method)
                .bankAccount(bankAccount).reference(reference);
    }

    /**
     * The invoice paid.
     *
     * @return the invoice number
     */
    public int invoiceNumber() {
        return invoiceNumber;
    }

    /**
     * The amount paid.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The amount's currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The payment date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * {@code PayMethod}: the payment method id.
     *
     * @return the method id
     */
    public int method() {
        return method;
    }

    /**
     * {@code PayAccount}: the bank account id.
     *
     * @return the bank account id
     */
    public int bankAccount() {
        return bankAccount;
    }

    /**
     * The reference the payment is found by.
     *
     * @return the reference
     */
    public String reference() {
        return reference;
    }

    @Override
    public String toString() {
        return "PaymentRequest[invoice=" + invoiceNumber + ", " + amount + " " + currency + ", reference=" + reference + "]";
    }

    /** Builds a {@link PaymentRequest}. */
    public static final class Builder {
        private int invoiceNumber;
        private BigDecimal amount;
        private Currency currency;
        private LocalDate date;
        private int method;
        private int bankAccount;
        private String reference;
        private String currencyCode;

        private Builder() {
        }

        /**
         * The invoice paid. Required.
         *
         * @param invoiceNumber the invoice number
         * @return this builder
         */
        public Builder invoiceNumber(int invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /**
         * The amount and its ISO 4217 currency, which must be the invoice's.
         *
         * @param amount       the amount
         * @param currencyCode the ISO 4217 code
         * @return this builder
         */
        public Builder amount(BigDecimal amount, String currencyCode) {
            this.amount = amount;
            this.currencyCode = currencyCode;
            return this;
        }

        /**
         * The payment date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * {@code PayMethod}: an id from {@link InvoicePayments#methods()}.
         *
         * @param method the method id
         * @return this builder
         */
        public Builder method(int method) {
            this.method = method;
            return this;
        }

        /**
         * {@code PayAccount}: a bank account id.
         *
         * @param bankAccount the bank account id
         * @return this builder
         */
        public Builder bankAccount(int bankAccount) {
            this.bankAccount = bankAccount;
            return this;
        }

        /**
         * The key the payment is found by afterwards; unique per payment (an Opayo vendorTxCode).
         *
         * @param reference the reference
         * @return this builder
         */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /**
         * Builds the request, checking every field.
         *
         * @return the request
         * @throws ValidationException listing every problem, each with its field
         */
        public PaymentRequest build() {
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (invoiceNumber <= 0) {
                errors.add(new ValidationException.FieldError("invoiceNumber", "must be positive"));
            }
            currency = null;
            if (currencyCode == null) {
                errors.add(new ValidationException.FieldError("currency", "is required"));
            } else {
                try {
                    currency = Currency.getInstance(currencyCode);
                } catch (IllegalArgumentException e) {
                    errors.add(new ValidationException.FieldError("currency", "'" + currencyCode + "' is not an ISO 4217 code"));
                }
            }
            if (amount == null) {
                errors.add(new ValidationException.FieldError("amount", "is required"));
            } else if (amount.signum() <= 0) {
                errors.add(new ValidationException.FieldError("amount", "must be positive; reverse a payment with delete, "
                        + "refund with a journal"));
            } else if (currency != null && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                errors.add(new ValidationException.FieldError("amount", amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")"));
            }
            if (date == null) {
                errors.add(new ValidationException.FieldError("date", "is required"));
            }
            if (method <= 0) {
                errors.add(new ValidationException.FieldError("method", "a PayMethod id from GetInvPayMethods is required"));
            }
            if (bankAccount <= 0) {
                errors.add(new ValidationException.FieldError("bankAccount", "a bank account id is required"));
            }
            if (reference == null || reference.isBlank()) {
                errors.add(new ValidationException.FieldError("reference", "is required: it is how the payment is found again"));
            } else if (reference.length() > MAX_REFERENCE) {
                errors.add(new ValidationException.FieldError("reference", "longer than " + MAX_REFERENCE + " characters"));
            } else if (!reference.equals(reference.trim())) {
                errors.add(new ValidationException.FieldError("reference", "must not start or end with spaces"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return new PaymentRequest(this);
        }
    }
}
