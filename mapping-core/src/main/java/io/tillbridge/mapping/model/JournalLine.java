package io.tillbridge.mapping.model;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.money.Money;
import java.util.Objects;

/**
 * One line of a general-ledger journal (KashFlow {@code JournalLine}, SYSPRO GENTJL {@code JournalDetails}).
 *
 * @param account the GL account or nominal code
 * @param side    debit or credit
 * @param amount  not negative; the side carries the direction
 * @param comment may be null
 */
public record JournalLine(String account, Side side, Money amount, String comment) {

    /** Which column the amount goes in. */
    public enum Side {
        /** The debit column. */
        DEBIT,
        /** The credit column. */
        CREDIT
    }

    /**
     * Requires an account, a side and an amount.
     *
     * @param account the GL account or nominal code
     * @param side    debit or credit
     * @param amount  not negative; the side carries the direction
     * @param comment may be null
     */
    public JournalLine {
        if (account == null || account.isBlank()) {
            throw new InvalidInputException("account", "is missing");
        }
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new InvalidInputException("amount", "must not be negative on a journal line, got " + amount);
        }
    }

    /**
     * A debit line.
     *
     * @param account the account code
     * @param amount  the amount
     * @param comment a note for the ledger; may be null
     * @return the line
     */
    public static JournalLine debit(String account, Money amount, String comment) {
        return new JournalLine(account, Side.DEBIT, amount, comment);
    }

    /**
     * A credit line.
     *
     * @param account the account code
     * @param amount  the amount
     * @param comment a note for the ledger; may be null
     * @return the line
     */
    public static JournalLine credit(String account, Money amount, String comment) {
        return new JournalLine(account, Side.CREDIT, amount, comment);
    }

    /**
     * The amount signed as a ledger sees it: debits positive, credits negative.
     *
     * @return the signed amount
     */
    public Money signed() {
        return side == Side.DEBIT ? amount : amount.negate();
    }
}
