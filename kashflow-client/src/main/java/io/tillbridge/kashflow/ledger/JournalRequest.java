package io.tillbridge.kashflow.ledger;

import io.tillbridge.client.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A journal for SOAP {@code InsertJournal}'s {@code JournalEntry} (reference: kashflow.md §4):
 * {@code JournalDate}, {@code Comment}, and lines of {@code NominalID}, {@code Amount},
 * {@code Comment}. Refunds and chargebacks are posted this way. The lines must balance to zero
 * (debits positive, credits negative — KashFlow's sign convention is unverified; a journal that
 * does not balance is refused here either way). The comment carries the reference it is found by.
 */
public final class JournalRequest {

    /**
     * One line: a nominal id and a signed amount.
     *
     * @param nominalId the nominal's id ({@code NominalID})
     * @param amount    the signed amount
     * @param comment   the line's comment; null for the journal's
     */
    public record Line(int nominalId, BigDecimal amount, String comment) {
    }

    private final LocalDate date;
    private final String comment;
    private final List<Line> lines;
    private final Currency currency;

    private JournalRequest(LocalDate date, String comment, List<Line> lines, Currency currency) {
        this.date = date;
        this.comment = comment;
        this.lines = List.copyOf(lines);
        this.currency = currency;
    }

    /**
     * Starts a journal.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this journal's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().date(date).comment(comment).currency(currency);
        builder.lines.addAll(lines);
        return builder;
    }

    /**
     * A journal, checked before anything is sent: a date, a comment, and at least two non-zero lines that
     * balance to zero.
     *
     * @param date     the journal date
     * @param comment  the comment, carrying the reference the journal is found by
     * @param lines    the lines; they must balance to zero
     * @param currency the currency the amounts are in
     * @return the request
     * @throws ValidationException listing every problem, each with its field
     */
    public static JournalRequest of(LocalDate date, String comment, List<Line> lines, Currency currency) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (currency == null) {
            errors.add(new ValidationException.FieldError("currency", "is required: it bounds the amounts' decimals"));
        }
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", "is required"));
        }
        if (comment == null || comment.isBlank()) {
            errors.add(new ValidationException.FieldError("comment", "is required: it is the journal's reference"));
        }
        if (lines == null || lines.size() < 2) {
            errors.add(new ValidationException.FieldError("lines", "a journal needs at least two lines"));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line == null) {
                    errors.add(new ValidationException.FieldError("lines[" + i + "]", "is required"));
                    continue;
                }
                if (line.nominalId() <= 0) {
                    errors.add(new ValidationException.FieldError("lines[" + i + "].nominalId", "must be positive"));
                }
                if (line.amount() == null || line.amount().signum() == 0) {
                    errors.add(new ValidationException.FieldError("lines[" + i + "].amount", "must be non-zero"));
                    continue;
                }
                if (currency != null && line.amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    errors.add(new ValidationException.FieldError("lines[" + i + "].amount", line.amount().toPlainString()
                            + " has more decimals than " + currency.getCurrencyCode() + " allows"));
                }
                sum = sum.add(line.amount());
            }
            if (sum.signum() != 0) {
                errors.add(new ValidationException.FieldError("lines", "do not balance: they sum to " + sum.toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new JournalRequest(date, comment, lines, currency);
    }

    /**
     * The journal date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The comment, carrying the reference the journal is found by.
     *
     * @return the comment
     */
    public String comment() {
        return comment;
    }

    /**
     * The lines.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return lines;
    }

    /**
     * The currency the amounts are in.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /** Builds a {@link JournalRequest}; {@link #build()} checks it as {@link JournalRequest#of} does. */
    public static final class Builder {
        private LocalDate date;
        private String comment;
        private Currency currency;
        private final List<Line> lines = new ArrayList<>();

        private Builder() {
        }

        /**
         * The journal date. Required.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The comment, carrying the reference the journal is checked by. Required.
         *
         * @param comment the comment
         * @return this builder
         */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /**
         * The currency the amounts are in. Required.
         *
         * @param currency the currency
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        /**
         * The currency by its ISO 4217 code.
         *
         * @param isoCode the code
         * @return this builder
         * @throws ValidationException naming {@code currency} when it is not an ISO 4217 code
         */
        public Builder currency(String isoCode) {
            try {
                this.currency = isoCode == null ? null : Currency.getInstance(isoCode);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("currency", "'" + isoCode + "' is not an ISO 4217 code");
            }
            return this;
        }

        /**
         * Adds a line with the journal's comment.
         *
         * @param nominalId the nominal's id
         * @param amount    the signed amount
         * @return this builder
         */
        public Builder line(int nominalId, BigDecimal amount) {
            return line(new Line(nominalId, amount, null));
        }

        /**
         * Adds a line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(Line line) {
            lines.add(line);
            return this;
        }

        /**
         * Replaces the lines.
         *
         * @param lines the lines
         * @return this builder
         */
        public Builder lines(List<Line> lines) {
            this.lines.clear();
            if (lines != null) {
                this.lines.addAll(lines);
            }
            return this;
        }

        /**
         * Builds the journal.
         *
         * @return the journal
         * @throws ValidationException listing every problem, each with its field
         */
        public JournalRequest build() {
            return of(date, comment, new ArrayList<>(lines), currency);
        }
    }
}
