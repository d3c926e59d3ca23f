package io.tillbridge.mapping.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRateTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final ExchangeRateTable table = ExchangeRateTable.builder()
            .baseCurrency(Currency.getInstance("GBP"))
            .maxAge(Period.ofDays(3))
            .rate(ExchangeRate.of("GBP", "EUR", "1.15", DAY.minusDays(1)))
            .rate(ExchangeRate.of("GBP", "EUR", "1.17", DAY))
            .rate(ExchangeRate.of("GBP", "JPY", "190.5", DAY))
            .rate(ExchangeRate.of("GBP", "USD", "1.25", DAY.minusDays(10)))
            .rate(ExchangeRate.of("BHD", "GBP", "2.1", DAY))
            .build();

    @ParameterizedTest(name = "{0} {1} → {2} = {3}")
    @CsvSource({
        // direct
        "GBP, 100.00, EUR, 117.00",
        "GBP, 1.00,   JPY, 190",
        "GBP, 0.01,   JPY, 2",      // 1.905 → 2
        // inverse: 100 EUR / 1.17 = 85.4700854… → 85.47
        "EUR, 100.00, GBP, 85.47",
        // inverse of a 0-decimal currency: 1000 / 190.5 = 5.2493… → 5.25
        "JPY, 1000,   GBP, 5.25",
        // cross through GBP: 100 EUR × 190.5 / 1.17 = 16282.05… → 16282
        "EUR, 100.00, JPY, 16282",
        // cross with a three-decimal currency: 10 EUR / 1.17 / 2.1 = 4.0700040… → 4.070
        "EUR, 10.00,  BHD, 4.070",
        // BHD direct to GBP
        "BHD, 1.000,  GBP, 2.10",
        "GBP, 12.34,  GBP, 12.34",
    })
    void convertsDirectInverseAndCross(String from, String amount, String to, String expected) {
        Money converted = table.convert(Money.of(amount, from), Currency.getInstance(to), DAY);
        assertThat(converted).isEqualTo(Money.of(expected, to));
    }

    @Test
    void roundsHalfEvenOnceAtTheEnd() {
        ExchangeRateTable tie = ExchangeRateTable.builder().baseCurrency(Currency.getInstance("GBP"))
                .rate(ExchangeRate.of("GBP", "EUR", "1.5", DAY))
                .rate(ExchangeRate.of("GBP", "USD", "1.3", DAY))
                .build();
        // 1.23 × 1.5 = 1.845 → HALF_EVEN 1.84 (HALF_UP would give 1.85)
        assertThat(tie.convert(Money.of("1.23", "GBP"), Currency.getInstance("EUR"), DAY)).isEqualTo(Money.of("1.84", "EUR"));
        // Cross EUR → USD: exactly 0.11 × 1.3 / 1.5 = 0.09533… → 0.10. Rounding the GBP leg first
        // (0.11 / 1.5 = 0.0733… → 0.07, × 1.3 = 0.091) would give 0.09.
        assertThat(tie.convert(Money.of("0.11", "EUR"), Currency.getInstance("USD"), DAY)).isEqualTo(Money.of("0.10", "USD"));
    }

    @Test
    void usesTheNewestRateOnOrBeforeTheDate() {
        assertThat(table.convert(Money.of("100.00", "GBP"), Currency.getInstance("EUR"), DAY.minusDays(1)))
                .isEqualTo(Money.of("115.00", "EUR"));
        assertThat(table.convert(Money.of("100.00", "GBP"), Currency.getInstance("EUR"), DAY.plusDays(2)))
                .isEqualTo(Money.of("117.00", "EUR"));
        assertThat(table.effectiveRate(Currency.getInstance("EUR"), Currency.getInstance("JPY"), DAY))
                .isEqualByComparingTo(new BigDecimal("162.8205128205"));
        assertThat(table.effectiveRate(Currency.getInstance("EUR"), Currency.getInstance("EUR"), DAY)).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void aStaleRateIsAnErrorThatSaysHowOld() {
        assertThatThrownBy(() -> table.convert(Money.of("1.00", "GBP"), Currency.getInstance("USD"), DAY))
                .isInstanceOf(RateUnavailableException.class)
                .hasMessage("stale exchange rate GBP->USD on 2026-11-24: newest rate is as of 2026-11-14, older than the limit of P3D")
                .satisfies(e -> {
                    RateUnavailableException error = (RateUnavailableException) e;
                    assertThat(error.reason()).isEqualTo(RateUnavailableException.Reason.STALE);
                    assertThat(error.staleAsOf()).contains(DAY.minusDays(10));
                    assertThat(error.from().getCurrencyCode()).isEqualTo("GBP");
                    assertThat(error.to().getCurrencyCode()).isEqualTo("USD");
                    assertThat(error.on()).isEqualTo(DAY);
                });
    }

    @Test
    void aStaleLegMakesTheCrossRateStale() {
        assertThatThrownBy(() -> table.convert(Money.of("1.00", "EUR"), Currency.getInstance("USD"), DAY))
                .isInstanceOf(RateUnavailableException.class)
                .extracting(e -> ((RateUnavailableException) e).reason())
                .isEqualTo(RateUnavailableException.Reason.STALE);
    }

    @Test
    void aRateIsUsableUpToExactlyTheLimit() {
        assertThat(table.convert(Money.of("1.00", "GBP"), Currency.getInstance("EUR"), DAY.plusDays(3)))
                .isEqualTo(Money.of("1.17", "EUR"));
        assertThatThrownBy(() -> table.convert(Money.of("1.00", "GBP"), Currency.getInstance("EUR"), DAY.plusDays(4)))
                .isInstanceOf(RateUnavailableException.class);
    }

    @ParameterizedTest(name = "{0} → {1} on {2} days offset is missing")
    @CsvSource({
        "GBP, CHF, 0",     // never published
        "CHF, EUR, 0",     // no leg to the base
        "GBP, JPY, -1",    // only published after the date
        "EUR, JPY, -5",    // both legs only later
    })
    void aMissingRateIsAnError(String from, String to, int offset) {
        assertThatThrownBy(() -> table.convert(Money.of("1", from), Currency.getInstance(to), DAY.plusDays(offset)))
                .isInstanceOf(RateUnavailableException.class)
                .hasMessageStartingWith("no exchange rate " + from + "->" + to)
                .extracting(e -> ((RateUnavailableException) e).reason())
                .isEqualTo(RateUnavailableException.Reason.MISSING);
    }

    @Test
    void prefersTheLaterOfADirectAndAnInverseRate() {
        ExchangeRateTable both = ExchangeRateTable.builder().baseCurrency(Currency.getInstance("GBP"))
                .rate(ExchangeRate.of("GBP", "EUR", "1.10", DAY.minusDays(1)))
                .rate(ExchangeRate.of("EUR", "GBP", "0.80", DAY))
                .build();
        assertThat(both.convert(Money.of("8.00", "GBP"), Currency.getInstance("EUR"), DAY)).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(both.convert(Money.of("8.00", "GBP"), Currency.getInstance("EUR"), DAY.minusDays(1))).isEqualTo(Money.of("8.80", "EUR"));
        assertThat(both.rates()).hasSize(2);
        assertThat(both.baseCurrency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(both.maxAge()).isEqualTo(Period.ofDays(1));
    }

    @Test
    void refusesNonsenseRates() {
        assertThatThrownBy(() -> ExchangeRate.of("GBP", "EUR", "0", DAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GBP/EUR rate must be positive");
        assertThatThrownBy(() -> ExchangeRate.of("GBP", "GBP", "1", DAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("two different currencies");
        assertThatThrownBy(() -> ExchangeRateTable.builder().maxAge(Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ExchangeRate.of("GBP", "EUR", "1.1", DAY).pair()).isEqualTo("GBP/EUR");
    }
}
