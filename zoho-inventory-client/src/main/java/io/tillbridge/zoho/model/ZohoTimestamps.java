package io.tillbridge.zoho.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Zoho writes timestamps several ways across modules: {@code 2015-05-28 00:00:00+00:00},
 * {@code 2016-06-05T02:30:08-0700}, {@code 2024-10-19T17:25:44+0530}, or a bare date
 * {@code 2013-11-18} (reference: zoho-inventory.md §4, §8). A bare date is read as midnight UTC.
 */
public final class ZohoTimestamps {

    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private ZohoTimestamps() {
    }

    /**
     * Parses any of Zoho's spellings; null for blank.
     *
     * @param text the timestamp as Zoho sent it
     * @return the time, or null
     */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() == 10) {
            return LocalDate.parse(trimmed).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        OffsetDateTime common = common(trimmed);
        if (common != null) {
            return common;
        }
        var parsed = FLEXIBLE.parse(trimmed);
        var local = java.time.LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(java.time.temporal.ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
        return local.atOffset(offset);
    }

    /**
     * The two spellings nearly every answer uses — {@code yyyy-MM-ddTHH:mm:ss+HHMM} and
     * {@code yyyy-MM-dd HH:mm:ss+HH:MM} — read by hand, which is many times cheaper than the general
     * formatter; anything else returns null and takes the general path.
     */
    private static OffsetDateTime common(String t) {
        int length = t.length();
        if ((length != 24 && length != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != ' ')
                || t.charAt(13) != ':' || t.charAt(16) != ':' || (t.charAt(19) != '+' && t.charAt(19) != '-')) {
            return null;
        }
        boolean colon = length == 25;
        if (colon && t.charAt(22) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offsetHours = digits(t, 20, 2);
        int offsetMinutes = digits(t, colon ? 23 : 22, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        int sign = t.charAt(19) == '-' ? -1 : 1;
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0,
                    ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Formats a filter value the way Zoho's {@code last_modified_time} expects: {@code yyyy-MM-ddTHH:mm:ssZ}.
     *
     * @param time the time
     * @return the filter value
     */
    public static String format(OffsetDateTime time) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").format(time);
    }

    /** Jackson glue. */
    public static final class Deserializer extends JsonDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return parse(parser.getValueAsString());
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, parser.getValueAsString(),
                        "not a Zoho timestamp");
            }
        }
    }
}
