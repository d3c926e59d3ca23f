package io.tillbridge.mapping.fx;

import io.tillbridge.mapping.MappingException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** No usable rate converts between two currencies on a date: none is known, or the newest is too old. */
public final class RateUnavailableException extends MappingException {

    private static final long serialVersionUID = 1L;

    /** Why no rate could be used. */
    public enum Reason {
        /** The table has no rate, direct, inverse or through the base currency, on or before the date. */
        MISSING,
        /** A rate exists but its as-of date is older than the table's staleness limit allows. */
        STALE
    }

    /** Why no rate could be used. */
    private final Reason reason;
    /** The currency converted from. */
    private final Currency from;
    /** The currency converted to. */
    private final Currency to;
    /** The date the rate was wanted for. */
    private final LocalDate on;
    private final transient LocalDate staleAsOf;

    RateUnavailableException(Reason reason, Currency from, Currency to, LocalDate on, LocalDate staleAsOf, String detail) {
        super((reason == Reason.MISSING ? "no exchange rate " : "stale exchange rate ")
                + from.getCurrencyCode() + "->" + to.getCurrencyCode() + " on " + on + ": " + detail);
        this.reason = reason;
        this.from = from;
        this.to = to;
        this.on = on;
        this.staleAsOf = staleAsOf;
    }

    /**
     * Why no rate could be used.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The currency converted from.
     *
     * @return the source currency
     */
    public Currency from() {
        return from;
    }

    /**
     * The currency converted to.
     *
     * @return the target currency
     */
    public Currency to() {
        return to;
    }

    /**
     * The date the rate was wanted for.
     *
     * @return the date
     */
    public LocalDate on() {
        return on;
    }

    /**
     * For a stale rate, the as-of date of the newest rate that was too old.
     *
     * @return the newest stale rate's date, or empty when no rate existed at all
     */
    public Optional<LocalDate> staleAsOf() {
        return Optional.ofNullable(staleAsOf);
    }
}
