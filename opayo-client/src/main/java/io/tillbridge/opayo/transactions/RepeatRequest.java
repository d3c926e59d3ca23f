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
 * Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
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

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.referenceTransactionId = referenceTransactionId;
        b.vendorTxCode = vendorTxCode;
        b.amount = amount;
        b.currency = currency;
        b.description = description;
        b.shippingDetails = shippingDetails;
        b.credentialType = credentialType;
        b.giftAid = giftAid;
        return b;
    }

    /** Builds a {@link RepeatRequest}; the service validates it, every field at once, before anything is sent. */
    public static final class Builder {
        private String referenceTransactionId;
        private String vendorTxCode;
        private long amount;
        private String currency;
        private String description;
        private ShippingDetails shippingDetails;
        private CredentialType credentialType;
        private boolean giftAid;

        private Builder() {
        }

        public Builder referenceTransactionId(String referenceTransactionId) {
            this.referenceTransactionId = referenceTransactionId;
            return this;
        }

        public Builder vendorTxCode(String vendorTxCode) {
            this.vendorTxCode = vendorTxCode;
            return this;
        }

        public Builder amount(long amount) {
            this.amount = amount;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder shippingDetails(ShippingDetails shippingDetails) {
            this.shippingDetails = shippingDetails;
            return this;
        }

        public Builder credentialType(CredentialType credentialType) {
            this.credentialType = credentialType;
            return this;
        }

        /** Whether the shopper agreed to Gift Aid on this Repeat (UK charities). */
        public Builder giftAid(boolean giftAid) {
            this.giftAid = giftAid;
            return this;
        }

        public RepeatRequest build() {
            return new RepeatRequest(referenceTransactionId, vendorTxCode, amount, currency, description, shippingDetails,
                    credentialType, giftAid);
        }
    }
}
