package io.tillbridge.syspro.internal;

import io.tillbridge.client.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a request before anything is sent, then throws them together as one
 * {@link ValidationException}, each with its field. Nothing is truncated or defaulted silently.
 */
public final class Violations {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Violations required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "is required");
        }
        return this;
    }

    /** A text no longer than SYSPRO's field allows; longer text is refused, not truncated. */
    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "is " + value.length() + " characters; SYSPRO takes at most " + max);
        }
        return this;
    }

    /** A decimal with at most {@code scale} places; more would be rounded by SYSPRO, so it is refused here. */
    public Violations scale(String field, BigDecimal value, int scale) {
        if (value != null && value.stripTrailingZeros().scale() > scale) {
            add(field, "has more than " + scale + " decimal places: " + value.toPlainString());
        }
        return this;
    }

    public Violations positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            add(field, "must be greater than zero, was " + value.toPlainString());
        }
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public Violations add(String field, String message) {
        errors.add(new ValidationException.FieldError(field, message));
        return this;
    }

    /** @throws ValidationException listing every problem, when there is one */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
