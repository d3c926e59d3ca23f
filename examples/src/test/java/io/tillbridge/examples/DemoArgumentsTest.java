package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo's command line and its progress output. */
class DemoArgumentsTest {

    static Stream<Arguments> arguments() {
        return Stream.of(
                Arguments.of(new String[] {}, OptionalInt.of(200), null),
                Arguments.of(new String[] {"50"}, OptionalInt.of(50), null),
                Arguments.of(new String[] {"1"}, OptionalInt.of(1), null),
                Arguments.of(new String[] {"100000"}, OptionalInt.of(100_000), null),
                Arguments.of(new String[] {"abc"}, OptionalInt.empty(), "Demo: 'abc' is not a number of orders from 1 to 100000"),
                Arguments.of(new String[] {"-1"}, OptionalInt.empty(), "Demo: '-1' is not a number of orders from 1 to 100000"),
                Arguments.of(new String[] {"0"}, OptionalInt.empty(), "Demo: '0' is not a number of orders from 1 to 100000"),
                Arguments.of(new String[] {"100001"}, OptionalInt.empty(), "Demo: '100001' is not a number of orders from 1 to 100000"),
                Arguments.of(new String[] {"99999999999"}, OptionalInt.empty(), "Demo: '99999999999' is not a number of orders from 1 to 100000"),
                Arguments.of(new String[] {"2.5"}, OptionalInt.empty(), "Demo: '2.5' is not a number of orders from 1 to 100000"),
                Arguments.of(new String[] {"50", "/tmp/store"}, OptionalInt.of(50), null),
                Arguments.of(new String[] {"50", "/tmp/store", "x"}, OptionalInt.empty(),
                        "Demo: at most two arguments expected (orders, store directory), got 3"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("arguments")
    void theArgumentIsOneWholeNumberOfOrdersInRange(String[] args, OptionalInt orders, String refusal) {
        assertThat(Demo.orders(args)).isEqualTo(orders);
        if (refusal != null) {
            assertThat(Demo.refusal(args)).isEqualTo(refusal);
        }
    }

    @Test
    void theUsageLineShowsTheCommand() {
        assertThat(Demo.USAGE).startsWith("usage: mvn -B -q -pl examples exec:java").contains("1 to 100000");
    }

    @Test
    void offATerminalProgressIsAPlainLineAtEachQuarterWithNoCarriageReturn() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), false);
        for (int i = 1; i <= 10; i++) {
            progress.report("order to cash", i, 10);
        }
        progress.report("refunds", 0, 0);

        assertThat(buffer.toString(StandardCharsets.UTF_8)).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
                "  order to cash  3/10", "  order to cash  5/10", "  order to cash  8/10", "  order to cash  10/10",
                "  refunds        0/0", ""));
    }

    @Test
    void onATerminalProgressIsABarRedrawnInPlace() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), true);
        progress.report("settlement", 1, 2);
        progress.report("settlement", 2, 2);

        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("\r  settlement     [" + "#".repeat(15) + ".".repeat(15) + "] 1/2"
                + "\r  settlement     [" + "#".repeat(30) + "] 2/2" + System.lineSeparator());
    }

    @Test
    void aDemoRunWrittenToABufferHasNoCarriageReturns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path store) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), 4, 3L, store);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).doesNotContain("\r").contains("  order to cash  4/4");
    }
}
