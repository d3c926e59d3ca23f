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

    /**
     * A Repeat without Gift Aid.
     *
     * @param referenceTransactionId Opayo's id of the earlier transaction
     * @param vendorTxCode           a new, unique code
     * @param amount                 the amount in minor units
     * @param currency               the ISO 4217 code
     * @param description            the description
     * @param shippingDetails        where the goods are sent; may be null
     * @param credentialType         the stored-credential use; may be null
     */
    public RepeatRequest(String referenceTransactionId, String vendorTxCode, long amount, String currency, String description,
                         ShippingDetails shippingDetails, CredentialType credentialType) {
        this(referenceTransactionId, vendorTxCode, amount, currency, description, shippingDetails, credentialType, false);
    }

    /**
     * Starts a Repeat of an earlier transaction.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to send a changed copy.
     *
     * @return a new builder
     */
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

        /**
         * Opayo's id of the transaction to repeat.
         *
         * @param referenceTransactionId the id
         * @return this builder
         */
        public Builder referenceTransactionId(String referenceTransactionId) {
            this.referenceTransactionId = referenceTransactionId;
            return this;
        }

        /**
         * A new, unique code for this Repeat.
         *
         * @param vendorTxCode the code
         * @return this builder
         */
        public Builder vendorTxCode(String vendorTxCode) {
            this.vendorTxCode = vendorTxCode;
            return this;
        }

        /**
         * The amount in minor units.
         *
         * @param amount the amount
         * @return this builder
         */
        public Builder amount(long amount) {
            this.amount = amount;
            return this;
        }

        /**
         * The ISO 4217 currency code.
         *
         * @param currency the code
         * @return this builder
         */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /**
         * The description Opayo records.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Where the goods are sent.
         *
         * @param shippingDetails the shipping details; may be null
         * @return this builder
         */
        public Builder shippingDetails(ShippingDetails shippingDetails) {
            this.shippingDetails = shippingDetails;
            return this;
        }

        /**
         * The stored-credential use, for a merchant-initiated Repeat.
         *
         * @param credentialType the credential type
         * @return this builder
         */
        public Builder credentialType(CredentialType credentialType) {
            this.credentialType = credentialType;
            return this;
        }

        /**
         * Whether the shopper agreed to Gift Aid on this Repeat (UK charities).
         *
         * @param giftAid true to claim Gift Aid
         * @return this builder
         */
        public Builder giftAid(boolean giftAid) {
            this.giftAid = giftAid;
            return this;
        }

        /**
         * Builds the request; it is validated when sent, not here.
         *
         * @return the request
         */
        public RepeatRequest build() {
            return new RepeatRequest(referenceTransactionId, vendorTxCode, amount, currency, description, shippingDetails,
                    credentialType, giftAid);
        }
    }
}
