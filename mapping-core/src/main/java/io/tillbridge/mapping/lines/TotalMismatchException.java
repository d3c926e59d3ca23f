package io.tillbridge.mapping.lines;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.money.Money;

/** The lines of a document do not add up to the total it states. Shows both figures. */
public final class TotalMismatchException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final Money stated;
    private final Money computed;

    TotalMismatchException(Money stated, Money computed) {
        super("total", "the document states " + stated + " but its lines add up to " + computed);
        this.stated = stated;
        this.computed = computed;
    }

    public Money stated() {
        return stated;
    }

    public Money computed() {
        return computed;
    }
}
