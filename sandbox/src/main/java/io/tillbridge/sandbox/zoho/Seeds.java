package io.tillbridge.sandbox.zoho;

import java.math.BigDecimal;
import java.util.Currency;

/** The checks the seed records share: a bad seed fails where it is written, naming the field. */
final class Seeds {

    private Seeds() {
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is missing");
        }
    }

    static void notNegative(BigDecimal value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is missing");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, was " + value.toPlainString());
        }
    }

    static BigDecimal decimal(String text, String field) {
        require(text, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number", e);
        }
    }

    static void currency(String code, String field) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + code + "' is not an ISO 4217 code", e);
        }
    }
}
