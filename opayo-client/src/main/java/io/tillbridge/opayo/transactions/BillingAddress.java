package io.tillbridge.opayo.transactions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opayo Pi {@code billingAddress} (reference: opayo.md §1.5). Limits are checked before sending:
 * nothing is truncated here — fit long addresses with mapping-core's address profile first.
 *
 * @param address1   required, at most 50
 * @param address2   at most 50
 * @param city       required, at most 40
 * @param postalCode at most 10; required except for Ireland
 * @param country    ISO 3166-1 alpha-2
 * @param state      two-letter state, required for the US
 */
public record BillingAddress(
        @NotBlank @Size(max = 50) String address1,
        @Size(max = 50) String address2,
        @NotBlank @Size(max = 40) String city,
        @Size(max = 10) String postalCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state) {
}
