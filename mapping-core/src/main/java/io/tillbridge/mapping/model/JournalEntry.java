package io.tillbridge.mapping.model;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A general-ledger journal. It cannot exist unbalanced: for every currency, debits equal credits.
 *
 * @param reference identifies the journal (for example the settlement batch id); idempotency key for posting
 * @param date      the journal date
 * @param narrative may be null
 * @param lines     at least two lines
 */
public record JournalEntry(String reference, LocalDate date, String narrative, List<JournalLine> lines) {

    /**
     * Requires a reference, a date and at least two lines, and copies the lines.
     *
     * @param reference identifies the journal (for example the settlement batch id); idempotency key for posting
     * @param date      the journal date
     * @param narrative may be null
     * @param lines     at least two lines
     */
    public JournalEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.size() < 2) {
            throw new InvalidInputException("lines", "a journal needs at least two lines, got " + lines.size());
        }
        Map<Currency, Money> balance = new HashMap<>();
        for (JournalLine line : lines) {
            balance.merge(line.amount().currency(), line.signed(), Money::plus);
        }
        balance.values().stream().filter(net -> !net.isZero()).findFirst().ifPresent(net -> {
            throw new InvalidInputException("lines", "journal " + reference + " does not balance: debits exceed credits by " + net);
        });
    }
}
