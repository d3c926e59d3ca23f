package io.tillbridge.mapping.fx;

import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exchange rates the host supplies, with the rules for using them: a direct rate, else the inverse
 * of the opposite rate, else a cross rate through the base currency. A rate is used on a date only
 * if it is the newest one on or before that date and no older than the staleness limit. Conversions
 * keep the rate as an exact fraction and round once, {@code HALF_EVEN}, to the target currency's
 * minor units — inverse and cross rates never round an intermediate value.
 *
 * <p>Immutable and thread-safe. The table reads no clock: the caller says which date a conversion is for.
 */
public final class ExchangeRateTable {

    private final Currency baseCurrency;
    private final Period maxAge;
    private final Map<String, NavigableMap<LocalDate, ExchangeRate>> byPair;

    private ExchangeRateTable(Builder builder) {
        this.baseCurrency = Objects.requireNonNull(builder.baseCurrency, "baseCurrency");
        this.maxAge = Objects.requireNonNull(builder.maxAge, "maxAge");
        Map<String, NavigableMap<LocalDate, ExchangeRate>> copy = new HashMap<>();
        builder.byPair.forEach((pair, rates) -> copy.put(pair, new TreeMap<>(rates)));
        this.byPair = copy;
    }

    /**
     * Starts a table.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The currency cross rates go through.
     *
     * @return the base currency
     */
    public Currency baseCurrency() {
        return baseCurrency;
    }

    /**
     * How old a rate may be on the date it is used.
     *
     * @return the maximum age
     */
    public Period maxAge() {
        return maxAge;
    }

    /**
     * Every rate in the table, in no particular order.
     *
     * @return the rates
     */
    public List<ExchangeRate> rates() {
        List<ExchangeRate> all = new ArrayList<>();
        byPair.values().forEach(rates -> all.addAll(rates.values()));
        return all;
    }

    /**
     * Converts an amount to another currency at the rates usable on {@code on}, rounding once.
     *
     * @param amount the amount to convert
     * @param target the currency wanted
     * @param on     the date the conversion is for; rates older than {@link #maxAge()} are not used
     * @return the converted amount, in {@code target}'s minor units
     * @throws RateUnavailableException when no usable rate exists or the newest one is stale
     */
    public Money convert(Money amount, Currency target, LocalDate on) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(on, "on");
        if (amount.currency().equals(target)) {
            return amount;
        }
        Fraction rate = fraction(amount.currency(), target, on);
        BigDecimal converted = amount.amount().multiply(rate.numerator)
                .divide(rate.denominator, Money.minorUnits(target), RoundingMode.HALF_EVEN);
        return Money.of(converted, target);
    }

    /**
     * The effective rate from one currency to another on a date, for display and audit. The value is
     * rounded to 10 significant decimals for reading; {@link #convert} never uses it.
     *
     * @param from the currency converted from
     * @param to   the currency converted to
     * @param on   the date the rate is wanted for
     * @return the effective rate
     */
    public BigDecimal effectiveRate(Currency from, Currency to, LocalDate on) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        Fraction rate = fraction(from, to, on);
        return rate.numerator.divide(rate.denominator, 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private Fraction fraction(Currency from, Currency to, LocalDate on) {
        Lookup direct = leg(from, to, on);
        if (direct.fraction != null) {
            return direct.fraction;
        }
        if (!from.equals(baseCurrency) && !to.equals(baseCurrency)) {
            Lookup toBase = leg(from, baseCurrency, on);
            Lookup fromBase = leg(baseCurrency, to, on);
            if (toBase.fraction != null && fromBase.fraction != null) {
                return toBase.fraction.times(fromBase.fraction);
            }
            LocalDate stale = firstNonNull(direct.staleAsOf, toBase.staleAsOf, fromBase.staleAsOf);
            if (stale != null) {
                throw staleError(from, to, on, stale);
            }
            throw new RateUnavailableException(RateUnavailableException.Reason.MISSING, from, to, on, null,
                    "no direct or inverse rate, and no cross rate through " + baseCurrency.getCurrencyCode());
        }
        if (direct.staleAsOf != null) {
            throw staleError(from, to, on, direct.staleAsOf);
        }
        throw new RateUnavailableException(RateUnavailableException.Reason.MISSING, from, to, on, null,
                "no direct or inverse rate on or before that date");
    }

    private RateUnavailableException staleError(Currency from, Currency to, LocalDate on, LocalDate asOf) {
        return new RateUnavailableException(RateUnavailableException.Reason.STALE, from, to, on, asOf,
                "newest rate is as of " + asOf + ", older than the limit of " + maxAge);
    }

    /** A direct or inverse rate between two currencies; a stale one is remembered for the error. */
    private Lookup leg(Currency from, Currency to, LocalDate on) {
        ExchangeRate direct = newestOnOrBefore(key(from, to), on);
        ExchangeRate inverse = newestOnOrBefore(key(to, from), on);
        // Prefer whichever was published later; on a tie the direct rate wins.
        ExchangeRate chosen = direct;
        boolean inverted = false;
        if (inverse != null && (direct == null || inverse.asOf().isAfter(direct.asOf()))) {
            chosen = inverse;
            inverted = true;
        }
        if (chosen == null) {
            return new Lookup(null, null);
        }
        if (chosen.asOf().plus(maxAge).isBefore(on)) {
            return new Lookup(null, chosen.asOf());
        }
        Fraction fraction = inverted ? new Fraction(BigDecimal.ONE, chosen.rate()) : new Fraction(chosen.rate(), BigDecimal.ONE);
        return new Lookup(fraction, null);
    }

    private ExchangeRate newestOnOrBefore(String pair, LocalDate on) {
        NavigableMap<LocalDate, ExchangeRate> rates = byPair.get(pair);
        if (rates == null) {
            return null;
        }
        Map.Entry<LocalDate, ExchangeRate> entry = rates.floorEntry(on);
        return entry == null ? null : entry.getValue();
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String key(Currency base, Currency quote) {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }

    private record Lookup(Fraction fraction, LocalDate staleAsOf) {
    }

    /** A rate kept as numerator/denominator so that inverses and crosses stay exact until the one rounding. */
    private record Fraction(BigDecimal numerator, BigDecimal denominator) {
        Fraction times(Fraction other) {
            return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }
    }

    /** Collects rates and the rules for using them. */
    public static final class Builder {
        private Currency baseCurrency;
        private Period maxAge = Period.ofDays(1);
        private final Map<String, NavigableMap<LocalDate, ExchangeRate>> byPair = new HashMap<>();

        private Builder() {
        }

        /**
         * The currency cross rates go through, usually the ledger's home currency. Required.
         *
         * @param baseCurrency the ledger's home currency, usually
         * @return this builder
         */
        public Builder baseCurrency(Currency baseCurrency) {
            this.baseCurrency = Objects.requireNonNull(baseCurrency, "baseCurrency");
            return this;
        }

        /**
         * How old a rate may be on the date it is used; default one day.
         *
         * @param maxAge the maximum age; a rate published longer ago than this before the conversion date is stale
         * @return this builder
         */
        public Builder maxAge(Period maxAge) {
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative()) {
                throw new IllegalArgumentException("maxAge must not be negative");
            }
            this.maxAge = maxAge;
            return this;
        }

        /**
         * Adds a rate; a second rate for the same pair and date replaces the first.
         *
         * @param rate the rate to add
         * @return this builder
         */
        public Builder rate(ExchangeRate rate) {
            Objects.requireNonNull(rate, "rate");
            byPair.computeIfAbsent(key(rate.base(), rate.quote()), k -> new TreeMap<>()).put(rate.asOf(), rate);
            return this;
        }

        /**
         * Adds several rates, as {@link #rate} does one by one.
         *
         * @param rates the rates to add
         * @return this builder
         */
        public Builder rates(Iterable<ExchangeRate> rates) {
            rates.forEach(this::rate);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws NullPointerException when no base currency was given
         */
        public ExchangeRateTable build() {
            return new ExchangeRateTable(this);
        }
    }
}
