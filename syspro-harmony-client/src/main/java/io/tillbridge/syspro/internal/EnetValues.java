package io.tillbridge.syspro.internal;

import io.tillbridge.syspro.UnreadableAnswerException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SYSPRO's value formats, both ways (reference: syspro.md "Values"): numbers arrive space-padded on
 * both sides and sometimes with grouping commas ({@code 1,554.530}); dates arrive as
 * {@code 2017/08/02} or {@code 2006-03-21}, with {@code 0000-00-00} for "no date"; flags are
 * {@code Y}/{@code N}. Outgoing decimals are plain ({@code toPlainString}), because SYSPRO rejected
 * exponent and long float forms as "not numeric".
 */
public final class EnetValues {

    /** What SYSPRO's documents take: ISO local dates. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?|[-+]?\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern TRAILING_MINUS = Pattern.compile("\\d+(\\.\\d+)?-");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private EnetValues() {
    }

    /** Reads a decimal exactly; empty for a blank value. */
    public static Optional<BigDecimal> decimal(String element, String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (PLAIN.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text));
        }
        if (GROUPED.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(",", "")));
        }
        if (TRAILING_MINUS.matcher(text).matches()) { // some SYSPRO reports print credits as 12.50-
            return Optional.of(new BigDecimal(text.substring(0, text.length() - 1)).negate());
        }
        throw new UnreadableAnswerException("element " + element + " is not a number: '" + EnetValues.shorten(text) + "'");
    }

    /** Reads a date; empty for blank or {@code 0000-00-00}. */
    public static Optional<LocalDate> date(String element, String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty() || text.matches("0{4}[-/]0{2}[-/]0{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.indexOf('/') > 0 ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            throw new UnreadableAnswerException("element " + element + " is not a SYSPRO date: '" + shorten(text) + "'");
        }
    }

    /** The text SYSPRO expects for a Java value: plain decimals, ISO dates, Y/N flags. */
    public static String format(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Boolean flag) {
            return flag ? "Y" : "N";
        }
        return String.valueOf(value);
    }

    /** Y/N (also true/false) as a boolean; empty when blank or anything else. */
    public static Optional<Boolean> flag(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.equalsIgnoreCase("Y") || text.equalsIgnoreCase("true")) {
            return Optional.of(true);
        }
        if (text.equalsIgnoreCase("N") || text.equalsIgnoreCase("false")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
