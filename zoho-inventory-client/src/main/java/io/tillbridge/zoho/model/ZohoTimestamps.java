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

    /** Parses any of Zoho's spellings; null for blank. */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() == 10) {
            return LocalDate.parse(trimmed).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        var parsed = FLEXIBLE.parse(trimmed);
        var local = java.time.LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(java.time.temporal.ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
        return local.atOffset(offset);
    }

    /** Formats a filter value the way Zoho's {@code last_modified_time} expects: {@code yyyy-MM-ddTHH:mm:ssZ}. */
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
