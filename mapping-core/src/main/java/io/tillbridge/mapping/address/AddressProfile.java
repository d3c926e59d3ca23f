package io.tillbridge.mapping.address;

import io.tillbridge.mapping.model.Address;

/**
 * Fits a canonical address to one target system's address fields. Every profile first cleans the
 * address with {@link AddressHarmoniser}, then wraps or reports overflow — it never truncates.
 *
 * @param <T> the target's address shape
 */
public sealed interface AddressProfile<T> permits OpayoAddressProfile, KashFlowAddressProfile, SysproAddressProfile {

    /**
     * Opayo Pi {@code billingAddress}/{@code shippingDetails}: address1/2 ≤ 50, city ≤ 40, postcode ≤ 10, US
     * state.
     *
     * @return the Opayo profile
     */
    static AddressProfile<OpayoAddressProfile.OpayoAddress> opayo() {
        return OpayoAddressProfile.INSTANCE;
    }

    /**
     * KashFlow customer address: Address1..4, Postcode, CountryCode (Greece is {@code EL}), CountryName.
     *
     * @return the KashFlow profile
     */
    static AddressProfile<KashFlowAddressProfile.KashFlowAddress> kashFlow() {
        return KashFlowAddressProfile.INSTANCE;
    }

    /**
     * SYSPRO sales order ship address: ShipAddress1..5 ≤ 40, ShipPostalCode ≤ 15.
     *
     * @return the SYSPRO profile
     */
    static AddressProfile<SysproAddressProfile.SysproAddress> syspro() {
        return SysproAddressProfile.INSTANCE;
    }

    /**
     * Fits a harmonised address to the target's fields, refusing what does not fit rather than truncating it.
     *
     * @param address a harmonised address
     * @param field prefix for violations, for example {@code billingAddress}
     * @return the address in the target's fields
     * @throws io.tillbridge.mapping.InvalidInputException listing every problem found
     */
    T fit(Address address, String field);
}
