package io.tillbridge.mapping.money;

import io.tillbridge.mapping.MappingException;
import java.util.Currency;

/** Two amounts in different currencies were combined or compared. */
public final class CurrencyMismatchException extends MappingException {

    private static final long serialVersionUID = 1L;

    /** The currency the operation works in. */
    private final Currency expected;
    /** The currency the operation was given. */
    private final Currency actual;

    /**
     * Creates the exception for an operation that needed {@code expected} and was given {@code actual}.
     *
     * @param expected the currency the operation works in
     * @param actual   the currency it was given
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * The currency the operation works in.
     *
     * @return the first operand's currency
     */
    public Currency expected() {
        return expected;
    }

    /**
     * The currency the operation was given.
     *
     * @return the other operand's currency
     */
    public Currency actual() {
        return actual;
    }
}
