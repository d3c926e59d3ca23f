package io.tillbridge.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JsonTest {

    enum Colour { RED, @JsonEnumDefaultValue UNKNOWN }

    record Thing(String id, Colour colour, BigDecimal amount, Object any, OffsetDateTime at, String absent) {
    }

    @Test
    void toleratesNewFieldsAndEnumValuesAndKeepsDecimalsExact() throws JsonProcessingException {
        Thing thing = Json.mapper().readValue(
                "{\"id\":\"1\",\"colour\":\"TEAL\",\"amount\":0.1,\"any\":2.345,\"at\":\"2016-09-08T11:27:34.728+01:00\",\"extra\":true}",
                Thing.class);
        assertThat(thing.colour()).isEqualTo(Colour.UNKNOWN);
        assertThat(thing.amount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(thing.any()).isEqualTo(new BigDecimal("2.345"));
        assertThat(thing.at().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(Json.mapper().writeValueAsString(thing)).doesNotContain("absent").contains("\"at\":\"2016-09-08T11:27:34.728+01:00\"");
    }
}
