package io.tillbridge.kashflow.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * KashFlow's JSON: PascalCase names ({@code CustomerCode}) read case-insensitively because KashFlow's
 * own examples spell the same field {@code VATNumber} and {@code VatNumber} (reference: kashflow.md,
 * turn 2); unknown fields are kept by each record; decimals are {@code BigDecimal}. Dates stay the
 * raw text KashFlow sent, since its examples mix {@code 2013-06-07 12:00:00}, ISO with and without
 * an offset, and {@code 1900-01-01}/{@code 0001-01-01} for "no date"; {@link #date} reads them.
 */
public final class KashFlowJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private KashFlowJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The calendar date of a KashFlow date text, whatever its form; empty for null, blank, and the
     * "no date" markers {@code 1900-01-01} and {@code 0001-01-01}. Text that starts with no
     * {@code yyyy-MM-dd} is empty too — the raw text stays on the record for a person to read.
     */
    public static Optional<LocalDate> date(String raw) {
        if (raw == null || raw.length() < 10) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(raw.substring(0, 10));
            return date.getYear() <= 1900 ? Optional.empty() : Optional.of(date);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date as KashFlow's examples write it: {@code 2012-06-28 12:00:00} (noon, so no time zone moves the day). */
    public static String wireDate(LocalDate date) {
        return date.atTime(12, 0).format(WIRE_DATE);
    }

    /** Money as a JSON number with its exact scale. */
    public static JsonNode decimal(BigDecimal value) {
        return MAPPER.getNodeFactory().numberNode(value);
    }

    /**
     * Unknown fields as a record keeps them: in order, unmodifiable, JSON nulls included (a null is
     * part of what KashFlow said, so it is not dropped).
     */
    public static java.util.Map<String, Object> kept(java.util.Map<String, Object> other) {
        return other == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(other));
    }

    /** A list that is never null. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
