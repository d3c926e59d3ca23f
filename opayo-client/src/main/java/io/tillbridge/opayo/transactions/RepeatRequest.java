package io.tillbridge.opayo.transactions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A Repeat: charge again the card of an earlier successful transaction (reference: opayo.md §1.5).
 * Not limited by the original amount.
 *
 * @param referenceTransactionId the earlier transaction, ideally the latest successful one
 * @param vendorTxCode           a new, unique code
 * @param amount                 minor units
 * @param currency               ISO 4217
 * @param description            at most 100
 * @param shippingDetails        may be null
 * @param credentialType         MIT data for recurring billing; may be null
 * @param giftAid                whether the shopper agreed to Gift Aid on this donation (UK charities)
 */
public record RepeatRequest(
        @NotBlank String referenceTransactionId,
        @NotNull @Pattern(regexp = VendorTxCodeRule.PATTERN, message = VendorTxCodeRule.MESSAGE) String vendorTxCode,
        @Positive long amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @NotBlank @Size(max = 100) String description,
        @Valid ShippingDetails shippingDetails,
        @Valid CredentialType credentialType,
        boolean giftAid) {

    /** A Repeat without Gift Aid. */
    public RepeatRequest(String referenceTransactionId, String vendorTxCode, long amount, String currency, String description,
                         ShippingDetails shippingDetails, CredentialType credentialType) {
        this(referenceTransactionId, vendorTxCode, amount, currency, description, shippingDetails, credentialType, false);
    }
}
