package io.tillbridge.kashflow.payments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.ValidationException;
import io.tillbridge.kashflow.internal.KashFlowJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Several invoices paid in one receipt, REST {@code POST /invoices/bulk/payments} (reference:
 * kashflow.md §3): {@code Date}, {@code Comment}, {@code AccountId}, {@code Method},
 * {@code PaymentItems[]} of {@code ObjectNumber} (invoice number) and {@code Amount}. All items are
 * in one currency, which must be each invoice's.
 */
public final class BulkPaymentRequest {

    /**
     * One invoice's share.
     *
     * @param invoiceNumber the invoice ({@code ObjectNumber})
     * @param amount        the amount paid on it
     */
    public record Item(int invoiceNumber, BigDecimal amount) {
    }

    private final LocalDate date;
    private final String comment;
    private final int accountId;
    private final int method;
    private final Currency currency;
    private final List<Item> items;

    private BulkPaymentRequest(LocalDate date, String comment, int accountId, int method, Currency currency, List<Item> items) {
        this.date = date;
        this.comment = comment;
        this.accountId = accountId;
        this.method = method;
        this.currency = currency;
        this.items = List.copyOf(items);
    }

    /**
     * A bulk payment, checked before anything is sent.
     *
     * @param date         the receipt date
     * @param comment      the receipt's comment
     * @param accountId    the bank account id
     * @param method       the payment method id
     * @param currencyCode the ISO 4217 code of every item
     * @param items        the invoices and amounts
     * @return the request
     * @throws ValidationException listing every problem, each with its field
     */
    public static BulkPaymentRequest of(LocalDate date, String comment, int accountId, int method, String currencyCode,
                                        List<Item> items) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        Currency currency = null;
        try {
            currency = currencyCode == null ? null : Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            errors.add(new ValidationException.FieldError("currency", "'" + currencyCode + "' is not an ISO 4217 code"));
        }
        if (currencyCode == null) {
            errors.add(new ValidationException.FieldError("currency", "is required"));
        }
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", "is required"));
        }
        if (accountId <= 0) {
            errors.add(new ValidationException.FieldError("accountId", "a bank account id is required"));
        }
        if (method <= 0) {
            errors.add(new ValidationException.FieldError("method", "a payment method id is required"));
        }
        if (items == null || items.isEmpty()) {
            errors.add(new ValidationException.FieldError("items", "at least one invoice is required"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item == null) {
                    errors.add(new ValidationException.FieldError("items[" + i + "]", "is required"));
                    continue;
                }
                if (item.invoiceNumber() <= 0) {
                    errors.add(new ValidationException.FieldError("items[" + i + "].invoiceNumber", "must be positive"));
                }
                if (item.amount() == null || item.amount().signum() <= 0) {
                    errors.add(new ValidationException.FieldError("items[" + i + "].amount", "must be positive"));
                } else if (currency != null && item.amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    errors.add(new ValidationException.FieldError("items[" + i + "].amount", item.amount().toPlainString()
                            + " has more decimals than " + currency.getCurrencyCode() + " allows"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new BulkPaymentRequest(date, comment, accountId, method, currency, items);
    }

    /**
     * Starts a bulk payment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this bulk payment's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().date(date).comment(comment).accountId(accountId).method(method).currency(currency.getCurrencyCode())
                .items(items);
    }

    /**
     * The receipt date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The receipt's comment.
     *
     * @return the comment, or null
     */
    public String comment() {
        return comment;
    }

    /**
     * The bank account id ({@code AccountId}).
     *
     * @return the account id
     */
    public int accountId() {
        return accountId;
    }

    /**
     * The payment method id ({@code Method}).
     *
     * @return the method id
     */
    public int method() {
        return method;
    }

    /**
     * The currency every item is in.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The invoices and amounts.
     *
     * @return the items
     */
    public List<Item> items() {
        return items;
    }

    ObjectNode json() {
        ObjectNode body = KashFlowJson.mapper().createObjectNode().put("Date", KashFlowJson.wireDate(date));
        if (comment != null) {
            body.put("Comment", comment);
        }
        body.put("AccountId", accountId).put("Method", method);
        ArrayNode lines = body.putArray("PaymentItems");
        for (Item item : items) {
            ObjectNode line = lines.addObject().put("ObjectNumber", item.invoiceNumber());
            line.set("Amount", KashFlowJson.decimal(item.amount()));
        }
        return body;
    }

    /** Builds a {@link BulkPaymentRequest}; {@link #build()} checks it as {@link BulkPaymentRequest#of} does. */
    public static final class Builder {
        private LocalDate date;
        private String comment;
        private int accountId;
        private int method;
        private String currencyCode;
        private final List<Item> items = new ArrayList<>();

        private Builder() {
        }

        /**
         * The receipt date. Required.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The receipt's comment.
         *
         * @param comment the comment
         * @return this builder
         */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /**
         * The bank account id. Required.
         *
         * @param accountId the id
         * @return this builder
         */
        public Builder accountId(int accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The payment method id. Required.
         *
         * @param method the id
         * @return this builder
         */
        public Builder method(int method) {
            this.method = method;
            return this;
        }

        /**
         * The ISO 4217 code every item is in. Required.
         *
         * @param currencyCode the code
         * @return this builder
         */
        public Builder currency(String currencyCode) {
            this.currencyCode = currencyCode;
            return this;
        }

        /**
         * Adds an invoice's share.
         *
         * @param invoiceNumber the invoice number
         * @param amount        the amount
         * @return this builder
         */
        public Builder item(int invoiceNumber, BigDecimal amount) {
            items.add(new Item(invoiceNumber, amount));
            return this;
        }

        /**
         * Replaces the items.
         *
         * @param items the items
         * @return this builder
         */
        public Builder items(List<Item> items) {
            this.items.clear();
            if (items != null) {
                this.items.addAll(items);
            }
            return this;
        }

        /**
         * Builds the bulk payment.
         *
         * @return the request
         * @throws ValidationException listing every problem, each with its field
         */
        public BulkPaymentRequest build() {
            return of(date, comment, accountId, method, currencyCode, new ArrayList<>(items));
        }
    }
}
