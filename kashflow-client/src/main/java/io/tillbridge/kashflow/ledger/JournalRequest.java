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

    /** One line: a nominal id and a signed amount. */
    public record Line(int nominalId, BigDecimal amount, String comment) {
    }

    private final LocalDate date;
    private final String comment;
    private final List<Line> lines;

    private JournalRequest(LocalDate date, String comment, List<Line> lines) {
        this.date = date;
        this.comment = comment;
        this.lines = List.copyOf(lines);
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
                if (line.nominalId() <= 0) {
                    errors.add(new ValidationException.FieldError("lines[" + i + "].nominalId", "must be positive"));
                }
                if (line.amount() == null || line.amount().signum() == 0) {
                    errors.add(new ValidationException.FieldError("lines[" + i + "].amount", "must be non-zero"));
                    continue;
                }
                if (line.amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
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
        return new JournalRequest(date, comment, lines);
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
}
