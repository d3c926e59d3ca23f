package io.tillbridge.mapping.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource({
        "sw1a1aa, SW1A 1AA",       // AA9A 9AA
        "SW1A 1AA, SW1A 1AA",
        "  ec1a   1bb , EC1A 1BB",
        "w1a0ax, W1A 0AX",         // A9A 9AA
        "m11ae, M1 1AE",           // A9 9AA
        "B338TH, B33 8TH",         // A99 9AA
        "cr26xh, CR2 6XH",         // AA9 9AA
        "DN551PT, DN55 1PT",       // AA99 9AA
        "gir0aa, GIR 0AA",         // Girobank
        "JE2 3AB, JE2 3AB",
    })
    void normalisesValidPostcodes(String raw, String expected) {
        assertThat(UkPostcode.normalise(raw)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' is invalid")
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "SW1A", "SW1A 1A", "SW1A 1AAA", "QW1 1AA", "SW1A 1CA", "V1 1AA", "90210", "AB1 CDE"})
    void rejectsInvalidPostcodes(String raw) {
        assertThat(UkPostcode.normalise(raw)).isEmpty();
    }
}
