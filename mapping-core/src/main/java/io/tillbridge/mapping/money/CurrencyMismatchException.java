package io.tillbridge.mapping.money;

import io.tillbridge.mapping.MappingException;
import java.util.Currency;

/** Two amounts in different currencies were combined or compared. */
public final class CurrencyMismatchException extends MappingException {

    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
