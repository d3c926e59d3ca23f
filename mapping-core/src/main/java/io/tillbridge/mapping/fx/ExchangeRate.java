package io.tillbridge.mapping.fx;

import io.tillbridge.mapping.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One published rate: one unit of {@code base} buys {@code rate} units of {@code quote}, as of a date.
 *
 * @param base  the currency being priced
 * @param quote the currency the price is in
 * @param rate  units of quote per unit of base; positive
 * @param asOf  the date the rate applies from
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, LocalDate asOf) {

    /**
     * Requires every component, so that a table never holds a half-made rate.
     *
     * @param base  the currency being priced
     * @param quote the currency the price is in
     * @param rate  units of quote per unit of base; positive
     * @param asOf  the date the rate applies from
     */
    public ExchangeRate {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(asOf, "asOf");
        if (base.equals(quote)) {
            throw new InvalidInputException("rate", "a rate needs two different currencies, got "
                    + base.getCurrencyCode() + " twice");
        }
        if (rate.signum() <= 0) {
            throw new InvalidInputException("rate", base.getCurrencyCode() + "/" + quote.getCurrencyCode()
                    + " rate must be positive, got " + rate.toPlainString());
        }
    }

    /**
     * A rate from strings, for configuration and tests.
     *
     * @param base  the base currency code, such as {@code "GBP"}
     * @param quote the quote currency code
     * @param rate  units of quote per unit of base, as a decimal string
     * @param asOf  the day the rate was published
     * @return the rate
     * @throws IllegalArgumentException when a currency code is unknown
     * @throws NumberFormatException when the rate is not a decimal
     */
    public static ExchangeRate of(String base, String quote, String rate, LocalDate asOf) {
        return new ExchangeRate(Currency.getInstance(base), Currency.getInstance(quote), new BigDecimal(rate), asOf);
    }

    String pair() {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }
}
