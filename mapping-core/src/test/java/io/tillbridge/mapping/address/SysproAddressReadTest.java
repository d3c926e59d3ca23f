package io.tillbridge.mapping.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.mapping.model.Address;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYSPRO's five free lines read back into a canonical address: the reverse of the SYSPRO profile's fit. */
class SysproAddressReadTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // lines (|-separated); postal code; street lines; city; country
            "1 High Street|Flat 2|Bristol|United Kingdom; BS1 4DJ; 1 High Street|Flat 2; Bristol; GB",
            "1 High Street|Bristol; BS1 4DJ; 1 High Street; Bristol; -",
            "Rue de Rivoli 1|Paris|France||; 75001; Rue de Rivoli 1; Paris; FR",
            "PO Box 7|United States; -; PO Box 7; -; US",
            // a two-letter last line is a region more likely than a country: kept as a line
            "1 Main St|Toronto|CA; M5V; 1 Main St|Toronto; CA; -",
            "Harbour View; -; Harbour View; -; -",
    })
    void readsLinesPostcodeAndCountryDroppingNothing(String lines, String postalCode, String street, String city, String country) {
        Address read = SysproAddressProfile.read(Arrays.asList(lines.split("\\|", -1)), postalCode);
        assertThat(read.lines()).isEqualTo(List.of(street.split("\\|")));
        assertThat(read.city()).isEqualTo(city);
        assertThat(read.postalCode()).isEqualTo(postalCode);
        assertThat(read.country()).isEqualTo(country);
    }

    @Test
    void noLinesAndNoPostcodeIsNoAddress() {
        assertThat(SysproAddressProfile.read(List.of("", " "), " ")).isNull();
    }

    @Test
    void whatTheProfileWritesReadsBackAndFitsTheSame() {
        Address original = new Address(List.of("Flat 4, Harbour View Apartments", "17 Long Quay Road"), "Bristol", null, "BS1 4DJ",
                "GB");
        SysproAddressProfile.SysproAddress fitted = AddressProfile.syspro().fit(original, "a");
        Address read = SysproAddressProfile.read(fitted.lines(), fitted.postalCode());
        assertThat(read).isEqualTo(original);
        assertThat(AddressProfile.syspro().fit(read, "a")).isEqualTo(fitted);
    }
}
