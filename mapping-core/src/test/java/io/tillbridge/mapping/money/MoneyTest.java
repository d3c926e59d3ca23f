package io.tillbridge.mapping.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest(name = "{0} {1} ↔ {2} minor units")
    @CsvSource({
        "GBP, 12.34,   1234",
        "GBP, 0.01,    1",
        "GBP, 100,     10000",
        "JPY, 1000,    1000",
        "JPY, 1,       1",
        "BHD, 1.234,   1234",
        "KWD, 0.005,   5",
        "EUR, -5.50,   -550",
    })
    void convertsExactlyToAndFromOpayoMinorUnits(String currency, String amount, long minor) {
        Money money = Money.of(amount, currency);
        assertThat(money.toMinorUnits()).isEqualTo(minor);
        assertThat(Money.ofMinor(minor, Currency.getInstance(currency))).isEqualTo(money);
    }

    @ParameterizedTest(name = "{0} has {1} minor units")
    @CsvSource({"JPY, 0", "GBP, 2", "USD, 2", "BHD, 3", "KWD, 3", "CLF, 4"})
    void minorUnitsComeFromIso4217(String currency, int digits) {
        assertThat(Money.minorUnits(Currency.getInstance(currency))).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{1} {0} is too precise")
    @CsvSource({"GBP, 2.345", "JPY, 1.5", "BHD, 0.0001", "EUR, 0.001"})
    void rejectsMoreDecimalsThanTheCurrencyAllows(String currency, String amount) {
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining(amount)
                .hasMessageContaining("more decimals than " + currency);
    }

    @Test
    void acceptsTrailingZerosBeyondTheScale() {
        assertThat(Money.of("12.3400", "GBP").amount()).isEqualByComparingTo("12.34");
        assertThat(Money.of("12.3400", "GBP").amount().scale()).isEqualTo(2);
        assertThat(Money.of("5.0", "JPY").toMinorUnits()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} rounds {1} to {2}")
    @CsvSource({
        "HALF_EVEN, 2.345, 2.34",
        "HALF_EVEN, 2.355, 2.36",
        "HALF_EVEN, 2.3450001, 2.35",
        "HALF_EVEN, -2.345, -2.34",
        "HALF_UP,   2.345, 2.35",
        "DOWN,      2.349, 2.34",
    })
    void roundsOnlyWhenAsked(RoundingMode mode, String amount, String expected) {
        assertThat(Money.ofRounded(new BigDecimal(amount), GBP, mode).amount()).isEqualByComparingTo(expected);
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money a = Money.of("10.05", "GBP");
        Money b = Money.of("0.10", "GBP");
        assertThat(a.plus(b)).isEqualTo(Money.of("10.15", "GBP"));
        assertThat(a.minus(b)).isEqualTo(Money.of("9.95", "GBP"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(b.minus(a).abs()).isEqualTo(Money.of("9.95", "GBP"));
        assertThat(a.negate().negate()).isEqualTo(a);
        assertThat(Money.zero(GBP).isZero()).isTrue();
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(b.isLessThan(a)).isTrue();
        assertThat(a.abs()).isSameAs(a);
    }

    @Test
    void refusesToMixCurrencies() {
        Money pounds = Money.of("1.00", "GBP");
        Money euros = Money.of("1.00", "EUR");
        assertThatThrownBy(() -> pounds.plus(euros))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected GBP but got EUR")
                .satisfies(e -> {
                    CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
                    assertThat(mismatch.expected()).isEqualTo(GBP);
                    assertThat(mismatch.actual()).isEqualTo(EUR);
                });
        assertThatThrownBy(() -> pounds.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> pounds.compareTo(euros)).isInstanceOf(CurrencyMismatchException.class);
    }

    @ParameterizedTest(name = "currency ''{0}'' is refused")
    @CsvSource(value = {"'', is missing", "GB, not a three-letter", "XYZ, not an ISO 4217", "XAU, no ISO 4217 minor units",
        "G1P, not a three-letter"}, emptyValue = "")
    void namesTheFieldOfABadCurrencyCode(String code, String problem) {
        assertThatThrownBy(() -> Money.currency(code, "currency_code"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("currency_code: ")
                .hasMessageContaining(problem);
    }

    @Test
    void acceptsLowerCaseCurrencyCodes() {
        assertThat(Money.currency(" gbp ", "currency")).isEqualTo(GBP);
    }

    @ParameterizedTest(name = "amount ''{0}'' is refused")
    @CsvSource(value = {"''", "1e3", "'1,000.00'", "12.", "abc", "--1"}, emptyValue = "")
    void parsesOnlyPlainDecimals(String text) {
        assertThatThrownBy(() -> Money.parseAmount(text, "total"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("total: ");
    }

    @Test
    void refusesCurrenciesWithoutMinorUnits() {
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XAU")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("XAU has no ISO 4217 minor units");
    }

    @Test
    void printsCodeAndPlainAmount() {
        assertThat(Money.of("1000000", "JPY")).hasToString("JPY 1000000");
        assertThat(Money.ofMinor(5, GBP)).hasToString("GBP 0.05");
    }
}
