package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.ValidationException;
import io.tillbridge.kashflow.internal.KashFlowJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A bank transaction to post — a settlement deposit ({@code PaidIn}) or a fee ({@code MoneyOut}) —
 * with the documented fields {@code Date}, {@code PaidIn}/{@code MoneyOut}, {@code Comment},
 * {@code TransactionType} (reference: kashflow.md §3). The comment carries the reference it is
 * found by afterwards. Amounts are in the bank account's currency; KashFlow documents none per
 * account, so the client's home currency bounds their decimals.
 */
public final class BankTransactionRequest {

    private final LocalDate date;
    private final BigDecimal paidIn;
    private final BigDecimal moneyOut;
    private final String comment;
    private final int transactionType;

    private BankTransactionRequest(LocalDate date, BigDecimal paidIn, BigDecimal moneyOut, String comment, int transactionType) {
        this.date = date;
        this.paidIn = paidIn;
        this.moneyOut = moneyOut;
        this.comment = comment;
        this.transactionType = transactionType;
    }

    /**
     * Money in (a settlement deposit).
     *
     * @param date    the transaction date
     * @param amount  the amount, positive
     * @param comment the reference the transaction is found by
     * @return the request
     */
    public static BankTransactionRequest paidIn(LocalDate date, BigDecimal amount, String comment) {
        return new BankTransactionRequest(date, amount, null, comment, 0);
    }

    /**
     * Money out (a fee).
     *
     * @param date    the transaction date
     * @param amount  the amount, positive
     * @param comment the reference the transaction is found by
     * @return the request
     */
    public static BankTransactionRequest moneyOut(LocalDate date, BigDecimal amount, String comment) {
        return new BankTransactionRequest(date, null, amount, comment, 0);
    }

    /**
     * Starts a transaction: set the date, exactly one of {@link Builder#paidIn} and
     * {@link Builder#moneyOut}, and the comment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this transaction's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().date(date).comment(comment).transactionType(transactionType);
        builder.paidIn = paidIn;
        builder.moneyOut = moneyOut;
        return builder;
    }

    /**
     * The reference the transaction is found by.
     *
     * @return the comment
     */
    public String comment() {
        return comment;
    }

    /**
     * The transaction date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Money in ({@code PaidIn}).
     *
     * @return the amount, or null for money out
     */
    public BigDecimal paidIn() {
        return paidIn;
    }

    /**
     * Money out ({@code MoneyOut}).
     *
     * @return the amount, or null for money in
     */
    public BigDecimal moneyOut() {
        return moneyOut;
    }

    /**
     * KashFlow's {@code TransactionType} (0: a sales, purchase or bank-type code, an unallocated advance
     * payment or a transfer; 1: an invoice payment; reference: kashflow.md §3).
     *
     * @return the transaction type
     */
    public int transactionType() {
        return transactionType;
    }

    /** Builds a {@link BankTransactionRequest}; amounts and decimals are checked when it is posted. */
    public static final class Builder {
        private LocalDate date;
        private BigDecimal paidIn;
        private BigDecimal moneyOut;
        private String comment;
        private int transactionType;

        private Builder() {
        }

        /**
         * The transaction date. Required.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Money in (a settlement deposit); clears money out.
         *
         * @param amount the amount, positive
         * @return this builder
         */
        public Builder paidIn(BigDecimal amount) {
            this.paidIn = amount;
            this.moneyOut = null;
            return this;
        }

        /**
         * Money out (a fee); clears money in.
         *
         * @param amount the amount, positive
         * @return this builder
         */
        public Builder moneyOut(BigDecimal amount) {
            this.moneyOut = amount;
            this.paidIn = null;
            return this;
        }

        /**
         * The reference the transaction is found by. Required.
         *
         * @param comment the comment
         * @return this builder
         */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /**
         * KashFlow's {@code TransactionType}; default 0.
         *
         * @param transactionType the type
         * @return this builder
         */
        public Builder transactionType(int transactionType) {
            this.transactionType = transactionType;
            return this;
        }

        /**
         * Builds the transaction.
         *
         * @return the request
         * @throws ValidationException naming {@code paidIn} when neither amount is set, or
         *         {@code transactionType} when it is negative
         */
        public BankTransactionRequest build() {
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (paidIn == null && moneyOut == null) {
                errors.add(new ValidationException.FieldError("paidIn", "set paidIn or moneyOut"));
            }
            if (transactionType < 0) {
                errors.add(new ValidationException.FieldError("transactionType", "must not be negative"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return new BankTransactionRequest(date, paidIn, moneyOut, comment, transactionType);
        }
    }

    void validate(Currency currency) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", "is required"));
        }
        BigDecimal amount = paidIn != null ? paidIn : moneyOut;
        String field = paidIn != null ? "paidIn" : "moneyOut";
        if (amount == null || amount.signum() <= 0) {
            errors.add(new ValidationException.FieldError(field, "must be positive"));
        } else if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            errors.add(new ValidationException.FieldError(field, amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows"));
        }
        if (comment == null || comment.isBlank()) {
            errors.add(new ValidationException.FieldError("comment", "is required: it is how the transaction is found again"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    ObjectNode json() {
        ObjectNode body = KashFlowJson.mapper().createObjectNode().put("Date", KashFlowJson.wireDate(date));
        body.set("PaidIn", KashFlowJson.decimal(paidIn == null ? BigDecimal.ZERO : paidIn));
        body.set("MoneyOut", KashFlowJson.decimal(moneyOut == null ? BigDecimal.ZERO : moneyOut));
        body.put("Comment", comment).put("TransactionType", transactionType);
        return body;
    }
}
