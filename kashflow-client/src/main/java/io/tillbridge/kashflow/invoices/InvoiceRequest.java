package io.tillbridge.kashflow.invoices;

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
 * An invoice to create with {@code POST /invoices} (reference: kashflow.md §3): {@code Number}
 * (used when unique; else KashFlow numbers it), {@code CustomerCode}, {@code CustomerReference},
 * {@code IssuedDate}, {@code DueDate}, {@code Currency.Code} and {@code LineItems} with
 * {@code Description}, {@code Quantity}, {@code Rate} (net unit price), {@code NominalCode} and
 * {@code VATLevel}. Rates and quantities are exact; a rate with more decimals than the currency
 * allows is refused. Immutable.
 */
public final class InvoiceRequest {

    /**
     * One line.
     *
     * @param description required
     * @param quantity    positive
     * @param rate        net unit price, in the invoice's currency, not negative
     * @param nominalCode the sales nominal code
     * @param vatLevel    VAT rate in percent, 0..100
     */
    public record Line(String description, BigDecimal quantity, BigDecimal rate, int nominalCode, BigDecimal vatLevel) {
    }

    private final Integer number;
    private final String customerCode;
    private final String customerReference;
    private final LocalDate issuedDate;
    private final LocalDate dueDate;
    private final Currency currency;
    private final List<Line> lines;

    private InvoiceRequest(Builder b) {
        this.number = b.number;
        this.customerCode = b.customerCode;
        this.customerReference = b.customerReference;
        this.issuedDate = b.issuedDate;
        this.dueDate = b.dueDate;
        this.currency = b.currency;
        this.lines = List.copyOf(b.lines);
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
        Builder b = new Builder();
        b.number = number;
        b.customerCode = customerCode;
        b.customerReference = customerReference;
        b.issuedDate = issuedDate;
        b.dueDate = dueDate;
        b.currency = currency;
        b.lines.addAll(lines);
        return b;
    }

    /**
     * The invoice's currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The invoice lines.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return lines;
    }

    void validate() {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (number != null && number <= 0) {
            errors.add(new ValidationException.FieldError("number", "must be positive"));
        }
        if (customerCode == null || customerCode.isBlank()) {
            errors.add(new ValidationException.FieldError("customerCode", "is required"));
        }
        if (issuedDate == null) {
            errors.add(new ValidationException.FieldError("issuedDate", "is required"));
        }
        if (dueDate != null && issuedDate != null && dueDate.isBefore(issuedDate)) {
            errors.add(new ValidationException.FieldError("dueDate", "is before issuedDate"));
        }
        if (currency == null) {
            errors.add(new ValidationException.FieldError("currency", "is required"));
        }
        if (lines.isEmpty()) {
            errors.add(new ValidationException.FieldError("lines", "at least one line is required"));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line.description() == null || line.description().isBlank()) {
                errors.add(new ValidationException.FieldError(at + "description", "is required"));
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                errors.add(new ValidationException.FieldError(at + "quantity", "must be positive"));
            }
            if (line.rate() == null || line.rate().signum() < 0) {
                errors.add(new ValidationException.FieldError(at + "rate", "is required and must not be negative"));
            } else if (currency != null && line.rate().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                errors.add(new ValidationException.FieldError(at + "rate", line.rate().toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")"));
            }
            if (line.nominalCode() <= 0) {
                errors.add(new ValidationException.FieldError(at + "nominalCode", "must be positive"));
            }
            if (line.vatLevel() == null || line.vatLevel().signum() < 0 || line.vatLevel().compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new ValidationException.FieldError(at + "vatLevel", "is required, 0 to 100"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    ObjectNode json() {
        ObjectNode body = KashFlowJson.mapper().createObjectNode();
        if (number != null) {
            body.put("Number", number);
        }
        body.put("CustomerCode", customerCode);
        if (customerReference != null) {
            body.put("CustomerReference", customerReference);
        }
        body.put("IssuedDate", KashFlowJson.wireDate(issuedDate));
        body.put("DueDate", KashFlowJson.wireDate(dueDate == null ? issuedDate : dueDate));
        body.putObject("Currency").put("Code", currency.getCurrencyCode());
        ArrayNode items = body.putArray("LineItems");
        for (Line line : lines) {
            ObjectNode item = items.addObject().put("Description", line.description());
            item.set("Quantity", KashFlowJson.decimal(line.quantity()));
            item.set("Rate", KashFlowJson.decimal(line.rate()));
            item.put("NominalCode", line.nominalCode());
            item.set("VATLevel", KashFlowJson.decimal(line.vatLevel()));
        }
        return body;
    }

    /** Builds an {@link InvoiceRequest}. */
    public static final class Builder {
        private Integer number;
        private String customerCode;
        private String customerReference;
        private LocalDate issuedDate;
        private LocalDate dueDate;
        private Currency currency;
        private final List<Line> lines = new ArrayList<>();

        private Builder() {
        }

        /**
         * The invoice number; unset lets KashFlow choose, set lets an ambiguous create be looked up.
         *
         * @param number the number
         * @return this builder
         */
        public Builder number(int number) {
            this.number = number;
            return this;
        }

        /**
         * The customer's code. Required.
         *
         * @param customerCode the code
         * @return this builder
         */
        public Builder customerCode(String customerCode) {
            this.customerCode = customerCode;
            return this;
        }

        /**
         * KashFlow's one free invoice field: an order number, for example.
         *
         * @param customerReference the value
         * @return this builder
         */
        public Builder customerReference(String customerReference) {
            this.customerReference = customerReference;
            return this;
        }

        /**
         * The issue date.
         *
         * @param issuedDate the date
         * @return this builder
         */
        public Builder issuedDate(LocalDate issuedDate) {
            this.issuedDate = issuedDate;
            return this;
        }

        /**
         * The due date.
         *
         * @param dueDate the date
         * @return this builder
         */
        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        /**
         * The invoice's currency.
         *
         * @param isoCode the ISO 4217 code
         * @return this builder
         * @throws IllegalArgumentException when the code is unknown
         */
        public Builder currency(String isoCode) {
            this.currency = Currency.getInstance(isoCode);
            return this;
        }

        /**
         * Adds a line.
         *
         * @param description the line's text
         * @param quantity    the quantity
         * @param rate        the unit price
         * @param nominalCode the nominal code the line posts to
         * @param vatLevel    the VAT rate, in percent
         * @return this builder
         */
        public Builder line(String description, BigDecimal quantity, BigDecimal rate, int nominalCode, BigDecimal vatLevel) {
            lines.add(new Line(description, quantity, rate, nominalCode, vatLevel));
            return this;
        }

        /**
         * Builds the request, checking every field.
         *
         * @return the request
         * @throws ValidationException listing every problem
         */
        public InvoiceRequest build() {
            InvoiceRequest request = new InvoiceRequest(this);
            request.validate();
            return request;
        }
    }
}
