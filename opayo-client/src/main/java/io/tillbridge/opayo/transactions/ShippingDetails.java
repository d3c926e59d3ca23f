package io.tillbridge.opayo.transactions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opayo Pi {@code shippingDetails}; when absent Opayo uses the billing address.
 *
 * @param recipientFirstName at most 20
 * @param recipientLastName  at most 20
 * @param shippingAddress1   at most 50
 * @param shippingAddress2   at most 50
 * @param shippingCity       at most 40
 * @param shippingPostalCode at most 10
 * @param shippingCountry    ISO 3166-1 alpha-2
 * @param shippingState      two-letter state, required for the US
 */
public record ShippingDetails(
        @NotBlank @Size(max = 20) String recipientFirstName,
        @NotBlank @Size(max = 20) String recipientLastName,
        @NotBlank @Size(max = 50) String shippingAddress1,
        @Size(max = 50) String shippingAddress2,
        @NotBlank @Size(max = 40) String shippingCity,
        @Size(max = 10) String shippingPostalCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String shippingCountry,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String shippingState) {
}
