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

    /** An exact amount; more decimals than the currency allows is an {@link InvalidInputException}. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An exact amount from a decimal string such as {@code "12.30"} and a currency code such as {@code "GBP"}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount, "amount"), currency(currencyCode, "currency"));
    }

    /** An amount rounded to the currency's minor units with the rounding the caller chose. */
    public static Money ofRounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(minorUnits(currency), rounding), currency);
    }

    /** An amount from integer minor units, the way Opayo's wire carries it (1000 GBP = £10.00, 1000 JPY = ¥1000). */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, minorUnits(currency)), currency);
    }

    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * The ISO 4217 minor units of a currency. Currencies without minor units (gold, SDRs, the
     * "no currency" code) cannot carry a payment and are rejected.
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
     * @param field the field the code came from, named in the error
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

    /** Parses a plain decimal amount; exponents, grouping and blanks are rejected. */
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

    /** This amount in integer minor units, exactly (Opayo's {@code amount}). */
    public long toMinorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    /** Orders amounts of the same currency; comparing different currencies is an error. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Throws {@link CurrencyMismatchException} unless {@code other} is in this currency. */
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
