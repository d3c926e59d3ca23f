package io.tillbridge.mapping.model;

import io.tillbridge.mapping.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/** A discount on a line or a document: a fixed amount off, or a percentage off. */
public sealed interface Discount permits Discount.AmountOff, Discount.PercentOff {

    /**
     * No discount.
     *
     * @return the empty discount
     */
    static Discount none() {
        return new AmountOff(BigDecimal.ZERO);
    }

    /**
     * Reads Zoho's two spellings: a number ({@code 5.00}, an amount) or a percentage string ({@code "20.00%"}).
     *
     * @param text Zoho's discount value; blank or null means no discount
     * @param field named in the error when the text is neither
     * @return the discount
     */
    static Discount parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return none();
        }
        String trimmed = text.trim();
        boolean percent = trimmed.endsWith("%");
        String number = percent ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
        if (!number.matches("\\d+(\\.\\d+)?")) {
            throw new InvalidInputException(field, "'" + text + "' is neither an amount nor a percentage");
        }
        BigDecimal value = new BigDecimal(number);
        return percent ? new PercentOff(value) : new AmountOff(value);
    }

    /** A fixed amount off, in the document's currency; not negative. */
    record AmountOff(BigDecimal amount) implements Discount {
        /**
         * Rejects a missing or negative amount.
         *
         * @param amount the amount off
         */
        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new InvalidInputException("discount", "must not be negative, got " + amount.toPlainString());
            }
        }
    }

    /** A percentage off, from 0 to 100. */
    record PercentOff(BigDecimal percent) implements Discount {
        /**
         * Rejects a missing percentage or one outside 0 to 100.
         *
         * @param percent the percentage off
         */
        public PercentOff {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("discount", "percentage must be between 0 and 100, got "
                        + percent.toPlainString());
            }
        }
    }
}
