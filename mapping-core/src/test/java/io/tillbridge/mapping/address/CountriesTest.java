package io.tillbridge.mapping.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({
        "GB, GB", "gb, GB", "GBR, GB", "United Kingdom, GB", "UK, GB", "england, GB", "Great Britain, GB",
        "US, US", "USA, US", "U.S.A., US", "United States, US", "united states of america, US",
        "DEU, DE", "Germany, DE", "FRA, FR", "France, FR", "JPN, JP", "Japan, JP",
        "GRC, GR", "Greece, GR", "EL, GR", "IRL, IE", "Ireland, IE", "Eire, IE",
        "Côte d’Ivoire, CI", "Cote d'Ivoire, CI", "Bosnia & Herzegovina, BA", "  new   zealand , NZ",
        "Holland, NL", "Czech Republic, CZ", "Bahrain, BH", "BHR, BH",
    })
    void resolvesCodesNamesAndAliases(String input, String alpha2) {
        assertThat(Countries.toAlpha2(input)).contains(alpha2);
    }

    @ParameterizedTest(name = "''{0}'' is not a country")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Atlantis", "XX", "ZZZ", "Englandshire"})
    void unknownCountriesResolveToNothing(String input) {
        assertThat(Countries.toAlpha2(input)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is called {1}")
    @CsvSource({"GB, United Kingdom", "GR, Greece", "US, United States"})
    void givesEnglishNames(String alpha2, String name) {
        assertThat(Countries.englishName(alpha2)).isEqualTo(name);
    }
}
