package io.tillbridge.client.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration every client uses. APIs add fields and enum values without notice
 * (Opayo says so explicitly), so unknown properties are ignored and unknown enum values fall back to
 * the enum's {@code @JsonEnumDefaultValue} (by convention {@code UNKNOWN}) instead of failing.
 * Decimals are read as {@code BigDecimal}, never {@code double}; dates are {@code java.time}.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Keep the offset the system sent (Opayo answers in UK time): it is part of the fact.
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it; copy it if a client needs something else. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
