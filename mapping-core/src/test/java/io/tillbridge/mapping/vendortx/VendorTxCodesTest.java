package io.tillbridge.mapping.vendortx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VendorTxCodesTest {

    @ParameterizedTest(name = "[{0}] {1} #{2} → {3}")
    @CsvSource(value = {
        "NULL, SO-00012,      1,  SO-00012.1",
        "NULL, SO-00012,      12, SO-00012.12",
        "SHOP, SO-00012,      1,  SHOP.SO-00012.1",
        "NULL, INV/2026/7,    2,  INV_2F2026_2F7.2",
        "NULL, A.B,           1,  A_2EB.1",
        "NULL, a_b,           1,  a_5Fb.1",
        "NULL, 'SO 1',        1,  SO_201.1",
        "NULL, Zoë,           1,  Zo_C3_AB.1",
        "live-uk, 12345,      3,  live-uk.12345.3",
    }, nullValues = "NULL")
    void generatesReadableCodesAndParsesThemBack(String prefix, String document, int attempt, String expected) {
        VendorTxCodes codes = prefix == null ? VendorTxCodes.withoutPrefix() : VendorTxCodes.withPrefix(prefix);
        String code = codes.generate(document, attempt);
        assertThat(code).isEqualTo(expected);
        assertThat(VendorTxCodes.isValid(code)).isTrue();
        assertThat(VendorTxCodes.parse(code)).isEqualTo(new ParsedVendorTxCode(prefix, document, attempt));
    }

    @Test
    void isDeterministic() {
        VendorTxCodes codes = VendorTxCodes.withPrefix("TB");
        assertThat(codes.generate("SO-1", 1)).isEqualTo(codes.generate("SO-1", 1));
        assertThat(codes.generate("SO-1", 1)).isNotEqualTo(codes.generate("SO-1", 2));
    }

    @Test
    void distinctInputsNeverShareACode() {
        Random random = new Random(42);
        String alphabet = "Ab9-._{} /é";
        Map<String, List<Object>> seen = new HashMap<>();
        List<String> prefixes = java.util.Arrays.asList(null, "A", "SO", "A-B");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder document = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                document.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String prefix = prefixes.get(random.nextInt(prefixes.size()));
            int attempt = 1 + random.nextInt(12);
            VendorTxCodes codes = prefix == null ? VendorTxCodes.withoutPrefix() : VendorTxCodes.withPrefix(prefix);
            String code = codes.generate(document.toString(), attempt);
            List<Object> input = java.util.Arrays.asList(prefix, document.toString(), attempt);
            List<Object> previous = seen.putIfAbsent(code, input);
            assertThat(previous == null || previous.equals(input)).as("%s from %s and %s", code, previous, input).isTrue();
            assertThat(VendorTxCodes.parse(code)).isEqualTo(new ParsedVendorTxCode(prefix, document.toString(), attempt));
        }
    }

    @Test
    void fortyCharactersFitAndFortyOneDoNot() {
        String document38 = "X".repeat(38);
        assertThat(VendorTxCodes.withoutPrefix().generate(document38, 1)).hasSize(40);
        assertThatThrownBy(() -> VendorTxCodes.withoutPrefix().generate(document38, 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("documentNumber: '" + document38 + "' encodes to 41 characters with attempt 10; Opayo allows 40");
        assertThatThrownBy(() -> VendorTxCodes.withPrefix("P").generate("X".repeat(37), 1))
                .hasMessageContaining("41 characters with attempt 1 and prefix 'P'");
        assertThat(VendorTxCodes.isValid("A".repeat(41))).isFalse();
        assertThat(VendorTxCodes.isValid("A".repeat(40))).isTrue();
    }

    @Test
    void refusesInputThatCannotBeEncoded() {
        VendorTxCodes codes = VendorTxCodes.withoutPrefix();
        assertThatThrownBy(() -> codes.generate("", 1)).hasMessage("documentNumber: is missing");
        assertThatThrownBy(() -> codes.generate(null, 1)).hasMessage("documentNumber: is missing");
        assertThatThrownBy(() -> codes.generate("SO-1", 0)).hasMessage("attempt: must be 1 to 999999999, got 0");
        assertThatThrownBy(() -> VendorTxCodes.withPrefix("has.dot")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("prefix: ");
        assertThatThrownBy(() -> VendorTxCodes.withPrefix(null)).isInstanceOf(InvalidInputException.class);
        assertThat(VendorTxCodes.withPrefix("P")).hasToString("VendorTxCodes[prefix=P]");
    }

    @Test
    void everyGeneratedAttemptParsesBackAndLargerOnesAreRefused() {
        VendorTxCodes codes = VendorTxCodes.withoutPrefix();
        for (int attempt : new int[] {1, 9, 10, 99_999_999, VendorTxCodes.MAX_ATTEMPT}) {
            assertThat(VendorTxCodes.parse(codes.generate("SO-1", attempt)).attempt()).isEqualTo(attempt);
        }
        for (int attempt : new int[] {1_000_000_000, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> codes.generate("SO-1", attempt)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("attempt: must be 1 to 999999999, got " + attempt);
        }
    }

    @Test
    void textThatIsNotValidUnicodeIsRefusedSoNoTwoOrdersShareAKey() {
        VendorTxCodes codes = VendorTxCodes.withoutPrefix();
        // Before, both lone surrogates became '?' and so the same code.
        for (String broken : new String[] {"SO-\uD800", "SO-\uDC00", "\uDBFFSO", "SO-\uDC00\uD800"}) {
            assertThatThrownBy(() -> codes.generate(broken, 1)).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("documentNumber: is not valid Unicode");
        }
        String paired = "SO-\uD83D\uDE00"; // an emoji: a valid surrogate pair
        assertThat(VendorTxCodes.parse(codes.generate(paired, 1)).documentNumber()).isEqualTo(paired);
    }

    @ParameterizedTest(name = "''{0}'' does not parse")
    @ValueSource(strings = {"", "SO-1", "A.B.C.1", "SO-1.0", "SO-1.01", "SO-1.x", ".1", "SO_2.1", "SO_ZZ.1",
        "SO_2f.1", "SO{1}.1", "SO_41.1", "SO_C3.1", "P_.SO.1", "way-too-long-code-that-exceeds-forty-chars.1", "SO 1.1"})
    void refusesCodesNotInTheLayout(String code) {
        assertThatThrownBy(() -> VendorTxCodes.parse(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("vendorTxCode: ");
    }

    @Test
    void exposesThePrefixAsOptional() {
        assertThat(VendorTxCodes.parse("P.D.1").prefixIfAny()).contains("P");
        assertThat(VendorTxCodes.parse("D.1").prefixIfAny()).isEmpty();
    }
}
