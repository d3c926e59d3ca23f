package io.tillbridge.mapping.money;

import io.tillbridge.mapping.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, held at exactly the currency's ISO 4217 minor-unit scale (JPY 0,
 * GBP 2, BHD 3). Arithmetic refuses to mix currencies. An amount with more decimals than the
 * currency allows is rejected unless the caller asks for a rounding with {@link #ofRounded}:
 * silently rounding a payment amount is how pennies go missing.
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * Requires an amount and a currency and sets the amount's scale to the currency's minor units, so that equal
     * amounts are equal records; more decimals than the currency allows is an {@link
     * io.tillbridge.mapping.InvalidInputException}.
     *
     * @param amount   the amount, at the currency's scale
     * @param currency the ISO 4217 currency
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = minorUnits(currency);
        if (amount.scale() != scale) {
            try {
                amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException tooPrecise) {
                throw new InvalidInputException("amount", amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + scale + ")");
            }
        }
    }

    /**
     * An exact amount; more decimals than the currency allows is an {@link InvalidInputException}.
     *
     * @param amount   the amount
     * @param currency its currency
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * An exact amount from a decimal string such as {@code "12.30"} and a currency code such as {@code "GBP"}.
     *
     * @param amount       the amount as a plain decimal string
     * @param currencyCode the ISO 4217 code
     * @return the money
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount, "amount"), currency(currencyCode, "currency"));
    }

    /**
     * An amount rounded to the currency's minor units with the rounding the caller chose.
     *
     * @param amount   the amount, at any scale
     * @param currency its currency
     * @param rounding how to round to the currency's minor units
     * @return the money
     */
    public static Money ofRounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(minorUnits(currency), rounding), currency);
    }

    /**
     * An amount from integer minor units, the way Opayo's wire carries it (1000 GBP = £10.00, 1000 JPY = ¥1000).
     *
     * @param minorUnits the amount in minor units
     * @param currency   its currency
     * @return the money
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, minorUnits(currency)), currency);
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency
     * @return zero, at the currency's scale
     */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * The ISO 4217 minor units of a currency. Currencies without minor units (gold, SDRs, the
     * "no currency" code) cannot carry a payment and are rejected.
     *
     * @param currency the currency
     * @return its number of minor-unit digits (2 for GBP, 0 for JPY)
     */
    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidInputException("currency", currency.getCurrencyCode()
                    + " has no ISO 4217 minor units and cannot carry a payment amount");
        }
        return digits;
    }

    /**
     * Looks up an ISO 4217 currency by its alphabetic code.
     *
     * @param code the alphabetic code, such as {@code GBP}
     * @param field the field the code came from, named in the error
     * @return the currency
     */
    public static Currency currency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "is missing; an ISO 4217 currency code is required");
        }
        String trimmed = code.trim();
        if (!trimmed.matches("[A-Za-z]{3}")) {
            throw new InvalidInputException(field, "'" + code + "' is not a three-letter ISO 4217 code");
        }
        try {
            Currency found = Currency.getInstance(trimmed.toUpperCase(java.util.Locale.ROOT));
            minorUnitsFor(found, field);
            return found;
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(field, "'" + code + "' is not an ISO 4217 currency");
        }
    }

    private static void minorUnitsFor(Currency currency, String field) {
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidInputException(field, currency.getCurrencyCode()
                    + " has no ISO 4217 minor units and cannot carry a payment amount");
        }
    }

    /**
     * Parses a plain decimal amount; exponents, grouping and blanks are rejected.
     *
     * @param text  the amount, such as {@code "12.30"}
     * @param field the field the text came from, named in the error
     * @return the amount, at the scale it was written with
     */
    public static BigDecimal parseAmount(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        String trimmed = text.trim();
        if (!trimmed.matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new InvalidInputException(field, "'" + text + "' is not a plain decimal number");
        }
        return new BigDecimal(trimmed);
    }

    /**
     * This amount in integer minor units, exactly (Opayo's {@code amount}).
     *
     * @return the amount in minor units
     */
    public long toMinorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    /**
     * The sum of two amounts in the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * The difference of two amounts in the same currency.
     *
     * @param other the amount to subtract
     * @return this amount minus {@code other}
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * The amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * The amount without its sign.
     *
     * @return the absolute amount
     */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is above zero.
     *
     * @return true above zero
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true below zero
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Whether this amount is more than another in the same currency.
     *
     * @param other the amount to compare with
     * @return true when this amount is greater
     * @throws CurrencyMismatchException when the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this amount is less than another in the same currency.
     *
     * @param other the amount to compare with
     * @return true when this amount is less
     * @throws CurrencyMismatchException when the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether the amount is in a currency.
     *
     * @param other the currency to compare with
     * @return true when it is this amount's currency
     */
    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    /** Orders amounts of the same currency; comparing different currencies is an error. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Throws {@link CurrencyMismatchException} unless {@code other} is in this currency.
     *
     * @param other the amount to check
     */
    public void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
