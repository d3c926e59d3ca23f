package io.tillbridge.mapping.lines;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.money.Money;

/** The lines of a document do not add up to the total it states. Shows both figures. */
public final class TotalMismatchException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** The total the document states. */
    private final Money stated;
    /** The total computed from the lines. */
    private final Money computed;

    TotalMismatchException(Money stated, Money computed) {
        super("total", "the document states " + stated + " but its lines add up to " + computed);
        this.stated = stated;
        this.computed = computed;
    }

    /**
     * The total the document states.
     *
     * @return the stated total
     */
    public Money stated() {
        return stated;
    }

    /**
     * The total computed from the lines.
     *
     * @return the computed total
     */
    public Money computed() {
        return computed;
    }
}
