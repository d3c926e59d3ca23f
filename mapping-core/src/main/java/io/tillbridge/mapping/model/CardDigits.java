package io.tillbridge.mapping.model;

import io.tillbridge.mapping.InvalidInputException;

/** Keeps card numbers out of the model: only ever the last four digits. */
final class CardDigits {

    private CardDigits() {
    }

    static String lastFour(String value, String field) {
        if (value != null && !value.matches("\\d{4}")) {
            // Do not echo the value: if it is a whole card number it must not reach a log line.
            throw new InvalidInputException(field, "must be exactly four digits (" + value.length() + " characters given)");
        }
        return value;
    }
}
