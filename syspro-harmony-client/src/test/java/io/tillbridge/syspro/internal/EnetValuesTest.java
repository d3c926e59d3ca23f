package io.tillbridge.syspro.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.syspro.UnreadableAnswerException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYSPRO's value formats, as tables (reference: syspro.md "Values"). */
class EnetValuesTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "       1|1",
            "     2.204620|2.204620",
            "  1,554.530 |1554.530",
            "-12.50|-12.50",
            "12.50-|-12.50",
            "000001|1",
            "0.10|0.10",
            "1,000,000.00|1000000.00"})
    void decimalsAreReadExactlyWhateverThePadding(String raw, String expected) {
        BigDecimal value = EnetValues.decimal("X", raw).orElseThrow();
        assertThat(value).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void blankDecimalsAreAbsentAndGarbageIsRefusedNamingTheElement() {
        assertThat(EnetValues.decimal("X", "   ")).isEmpty();
        for (String bad : List.of("1.2.3", "12,34", "1e5", "NaN", "£12")) {
            assertThatThrownBy(() -> EnetValues.decimal("QtyOnHand", bad)).isInstanceOf(UnreadableAnswerException.class)
                    .hasMessageContaining("QtyOnHand");
        }
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {"2017/08/02|2017-08-02", "2006-03-21|2006-03-21", " 2026/12/31 |2026-12-31"})
    void bothDateFormatsAreRead(String raw, String expected) {
        assertThat(EnetValues.date("D", raw)).contains(LocalDate.parse(expected));
    }

    @Test
    void noDateIsEmptyAndABadDateIsRefused() {
        assertThat(EnetValues.date("D", "0000-00-00")).isEmpty();
        assertThat(EnetValues.date("D", "0000/00/00")).isEmpty();
        assertThat(EnetValues.date("D", "")).isEmpty();
        assertThatThrownBy(() -> EnetValues.date("OrderDate", "2017/13/40")).isInstanceOf(UnreadableAnswerException.class)
                .hasMessageContaining("OrderDate");
    }

    @Test
    void outgoingValuesArePlainDecimalsIsoDatesAndFlags() {
        Map<Object, String> table = Map.of(new BigDecimal("1E+3"), "1000", new BigDecimal("0.000001"), "0.000001",
                LocalDate.of(2026, 3, 2), "2026-03-02", true, "Y", false, "N", 7, "7");
        table.forEach((value, text) -> assertThat(EnetValues.format(value)).isEqualTo(text));
    }

    @Test
    void flagsReadYAndN() {
        assertThat(EnetValues.flag(" Y ")).contains(true);
        assertThat(EnetValues.flag("n")).contains(false);
        assertThat(EnetValues.flag("?")).isEmpty();
    }
}
