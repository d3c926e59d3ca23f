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

    private final Reason reason;
    private final Currency from;
    private final Currency to;
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

    public Reason reason() {
        return reason;
    }

    public Currency from() {
        return from;
    }

    public Currency to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }

    /** For a stale rate, the as-of date of the newest rate that was too old. */
    public Optional<LocalDate> staleAsOf() {
        return Optional.ofNullable(staleAsOf);
    }
}
