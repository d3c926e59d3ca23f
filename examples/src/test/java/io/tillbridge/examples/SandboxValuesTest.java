package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.zoho.SeedAddress;
import org.junit.jupiter.api.Test;

/** The sandbox's documented addresses pass the rules the flows apply, where the bare Opayo values do not. */
class SandboxValuesTest {

    @Test
    void theAvsMatchingAddressPassesTheUkPostcodeRuleAndKeepsItsNumbers() {
        var fitted = AddressProfile.opayo().fit(address(SandboxValues.AVS_MATCHING_UK_ADDRESS), "billingAddress");

        assertThat(fitted.country()).isEqualTo("GB");
        assertThat(fitted.postalCode()).isEqualTo("G41 2AA");
        assertThat(fitted.address1()).isEqualTo("88 High Street");
    }

    @Test
    void theOtherDocumentedUkAddressPassesToo() {
        assertThat(AddressProfile.opayo().fit(address(SandboxValues.UK_ADDRESS), "billingAddress").postalCode()).isEqualTo("SW1A 2AA");
    }

    @Test
    void opayosBarePostcodeIsNotAUkPostcode() {
        // Why SandboxValues documents G41 2AA: "412" in the UK is refused, and the order would be dead-lettered.
        assertThatThrownBy(() -> AddressProfile.opayo().fit(Address.of("88", null, "London", null, "412", "GB"), "billingAddress"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("billingAddress.postalCode");
    }

    private static Address address(SeedAddress seed) {
        return Address.of(seed.street(), null, seed.city(), null, seed.zip(), seed.country());
    }
}
