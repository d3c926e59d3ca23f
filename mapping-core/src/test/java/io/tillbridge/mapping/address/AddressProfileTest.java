package io.tillbridge.mapping.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violation;
import io.tillbridge.mapping.address.KashFlowAddressProfile.KashFlowAddress;
import io.tillbridge.mapping.address.OpayoAddressProfile.OpayoAddress;
import io.tillbridge.mapping.address.SysproAddressProfile.SysproAddress;
import io.tillbridge.mapping.model.Address;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressProfileTest {

    private static final String FIFTY = "12345678901234567890123456789012345678901234567890";

    @Test
    void cleansWhitespaceCountryAndPostcode() {
        Address raw = new Address(List.of("  10   Downing\tStreet ", "   "), " London ", null, "sw1a2aa", "united kingdom");
        Address clean = AddressHarmoniser.clean(raw, "billingAddress");
        assertThat(clean).isEqualTo(new Address(List.of("10 Downing Street"), "London", null, "SW1A 2AA", "GB"));
    }

    /** The fast path for already-tidy text must agree with the general one on every kind of untidiness. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", value = {
            "'1 High Street'        | '1 High Street'",
            "'1  High Street'       | '1 High Street'",
            "' 1 High Street'       | '1 High Street'",
            "'1 High Street '       | '1 High Street'",
            "'1\tHigh Street'      | '1 High Street'",
            "'1\u00A0High Street'  | '1 High Street'",
            "'\u00011 High Street' | '1 High Street'",
            "'A'                    | 'A'",
            "'   '                  | ",
            "''                     | "})
    void tidiesWhitespaceTheSameWayOnEitherPath(String raw, String expected) {
        assertThat(AddressHarmoniser.tidy(raw)).isEqualTo(expected);
    }

    @Test
    void keepsTheCaseOfFreeText() {
        Address clean = AddressHarmoniser.clean(
                Address.of("1 McAdam Way", null, "ST IVES", null, "PE27 5JL", "GB"), "a");
        assertThat(clean.lines()).containsExactly("1 McAdam Way");
        assertThat(clean.city()).isEqualTo("ST IVES");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsField() {
        Address raw = new Address(List.of("1 Main St"), "Springfield", null, "XX1", "Atlantis");
        assertThatThrownBy(() -> AddressHarmoniser.clean(raw, "shippingAddress"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("shippingAddress.country"));
        Address uk = new Address(List.of("1 Main St"), "Leeds", null, "NOT A CODE", null);
        assertThatThrownBy(() -> AddressHarmoniser.clean(uk, "billingAddress"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("billingAddress.country: is missing");
        Address badUk = new Address(List.of("1 Main St"), "Leeds", null, "LS1 ZZZ", "GB");
        assertThatThrownBy(() -> AddressHarmoniser.clean(badUk, "billingAddress"))
                .hasMessage("billingAddress.postalCode: 'LS1 ZZZ' is not a valid UK postcode");
    }

    @ParameterizedTest(name = "US state ''{0}'' → {1}")
    @CsvSource({"CA, CA", "ca, CA", "California, CA", "new york, NY", "US-TX, TX", "Washington D.C., DC", "Puerto Rico, PR"})
    void resolvesUsStates(String state, String code) {
        OpayoAddress fitted = AddressProfile.opayo().fit(
                Address.of("1600 Amphitheatre Pkwy", null, "Mountain View", state, "94043", "USA"), "billingAddress");
        assertThat(fitted.state()).isEqualTo(code);
        assertThat(fitted.country()).isEqualTo("US");
    }

    @Test
    void aUsAddressWithoutAStateIsRefused() {
        assertThatThrownBy(() -> AddressProfile.opayo().fit(
                Address.of("1 Main St", null, "Springfield", null, "62701", "US"), "billingAddress"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("billingAddress.region: a US address needs its state");
        assertThatThrownBy(() -> AddressProfile.opayo().fit(
                Address.of("1 Main St", null, "Springfield", "Narnia", "62701", "US"), "billingAddress"))
                .hasMessage("billingAddress.region: 'Narnia' is not a US state or territory");
    }

    @Test
    void opayoKeepsShortAddressesAsTheyAre() {
        OpayoAddress fitted = AddressProfile.opayo().fit(
                Address.of("88", "Flat 2", "London", null, "412", "IE"), "billingAddress");
        assertThat(fitted).isEqualTo(new OpayoAddress("88", "Flat 2", "London", "412", "IE", null));
    }

    @Test
    void opayoWrapsAnOverlongFirstLineOntoTheSecond() {
        String line = "The Old Rectory Cottage Annexe, 123 Long Meadow Lane West"; // 57 characters
        OpayoAddress fitted = AddressProfile.opayo().fit(Address.of(line, null, "Bath", null, "BA1 1AA", "GB"), "billingAddress");
        assertThat(fitted.address1()).isEqualTo("The Old Rectory Cottage Annexe, 123 Long Meadow");
        assertThat(fitted.address2()).isEqualTo("Lane West");
        assertThat(fitted.address1() + " " + fitted.address2()).isEqualTo(line);
    }

    @Test
    void opayoJoinsTheShortestNeighboursUntilTheLinesFit() {
        OpayoAddress fitted = AddressProfile.opayo().fit(
                new Address(List.of("Flat 2", "Rose House", "1 High Street"), "York", "North Yorkshire", "YO1 7HH", "GB"),
                "shippingDetails");
        assertThat(List.of(fitted.address1(), fitted.address2()))
                .containsExactly("Flat 2, Rose House", "1 High Street, North Yorkshire");
    }

    @Test
    void opayoReportsOverflowInsteadOfTruncating() {
        Address tooLong = new Address(List.of(FIFTY, FIFTY, FIFTY), "A city name that is far longer than forty chars",
                null, "BA1 1AA", "GB");
        assertThatThrownBy(() -> AddressProfile.opayo().fit(tooLong, "billingAddress"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).containsExactly(
                        new Violation("billingAddress.address1", "needs 3 lines of at most 50 characters but the target has only 2"),
                        new Violation("billingAddress.city", "47 characters; Opayo allows 40")));
    }

    @Test
    void opayoRefusesAWordThatCannotWrap() {
        assertThatThrownBy(() -> AddressProfile.opayo().fit(
                Address.of(FIFTY + "1", null, "Bath", null, "BA1 1AA", "GB"), "billingAddress"))
                .hasMessageStartingWith("billingAddress.address1: contains a word longer than 50 characters");
    }

    @Test
    void opayoNeedsAddressCityAndPostcodeExceptInIreland() {
        Address empty = new Address(List.of(), null, null, null, "FR");
        assertThatThrownBy(() -> AddressProfile.opayo().fit(empty, "billingAddress"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("billingAddress.address1", "billingAddress.city", "billingAddress.postalCode"));
        OpayoAddress irish = AddressProfile.opayo().fit(Address.of("1 Main St", null, "Cork", null, null, "Ireland"), "b");
        assertThat(irish.postalCode()).isNull();
        assertThatThrownBy(() -> AddressProfile.opayo().fit(
                Address.of("1 Rue X", null, "Paris", null, "75001-12345", "FR"), "billingAddress"))
                .hasMessage("billingAddress.postalCode: 11 characters; Opayo allows 10");
    }

    @Test
    void kashFlowWritesGreeceAsEl() {
        KashFlowAddress fitted = AddressProfile.kashFlow().fit(
                Address.of("Odos Ermou 10", null, "Athens", null, "105 63", "GRC"), "address");
        assertThat(fitted.countryCode()).isEqualTo("EL");
        assertThat(fitted.countryName()).isEqualTo("Greece");
        assertThat(fitted.lines()).containsExactly("Odos Ermou 10", "Athens");
        assertThat(AddressProfile.kashFlow().fit(Address.of("1 Rue X", null, "Paris", null, "75001", "FR"), "a").countryCode())
                .isEqualTo("FR");
    }

    @Test
    void kashFlowFoldsCityAndRegionIntoFourLines() {
        KashFlowAddress fitted = AddressProfile.kashFlow().fit(
                new Address(List.of("Unit 4", "Riverside Park", "Mill Road"), "Cambridge", "Cambridgeshire", "CB1 2AB", "GB"),
                "address");
        assertThat(fitted.lines()).containsExactly("Unit 4", "Riverside Park", "Mill Road, Cambridge", "Cambridgeshire");
        assertThat(fitted.postcode()).isEqualTo("CB1 2AB");
    }

    @Test
    void sysproWrapsToFortyCharactersAndAddsTheCountry() {
        SysproAddress fitted = AddressProfile.syspro().fit(
                new Address(List.of("Building 7, Riverside Business Park Estate"), "Manchester", null, "m11ae", "UK"),
                "shipTo");
        assertThat(fitted.lines()).containsExactly("Building 7, Riverside Business Park", "Estate", "Manchester",
                "United Kingdom");
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(fitted.postalCode()).isEqualTo("M1 1AE");
    }

    @Test
    void sysproReportsTooManyLinesAndLongPostcodes() {
        String forty = FIFTY.substring(0, 40);
        Address tooLong = new Address(List.of(forty, forty, forty, forty, forty), "Town", null, "1234567890123456", "DE");
        assertThatThrownBy(() -> AddressProfile.syspro().fit(tooLong, "shipTo"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("shipTo.shipAddress", "shipTo.shipPostalCode"));
    }
}
