package io.tillbridge.opayo.transactions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A Payment, Deferred or Authenticate request (reference: opayo.md §1.5). The service method
 * chooses the transaction type. Amounts are integer minor units of the currency (1000 GBP = £10.00).
 * Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record PaymentRequest(
        @NotNull CardPayment card,
        @NotNull @Pattern(regexp = VendorTxCodeRule.PATTERN, message = VendorTxCodeRule.MESSAGE) String vendorTxCode,
        @Positive long amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @NotBlank @Size(max = 100) String description,
        @NotBlank @Size(max = 20) String customerFirstName,
        @NotBlank @Size(max = 20) String customerLastName,
        @NotNull @Valid BillingAddress billingAddress,
        @Email @Size(max = 80) String customerEmail,
        @Size(max = 19) String customerPhone,
        @Valid ShippingDetails shippingDetails,
        Enums.EntryMethod entryMethod,
        Enums.CheckSetting apply3DSecure,
        Enums.CheckSetting applyAvsCvcCheck,
        boolean giftAid,
        @Valid StrongCustomerAuthentication strongCustomerAuthentication,
        @Valid CredentialType credentialType,
        @Size(max = 40) String referrerId,
        @Size(max = 30) String settlementReferenceText) {

    /**
     * Starts a payment request.
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
        b.card = card;
        b.vendorTxCode = vendorTxCode;
        b.amount = amount;
        b.currency = currency;
        b.description = description;
        b.customerFirstName = customerFirstName;
        b.customerLastName = customerLastName;
        b.billingAddress = billingAddress;
        b.customerEmail = customerEmail;
        b.customerPhone = customerPhone;
        b.shippingDetails = shippingDetails;
        b.entryMethod = entryMethod;
        b.apply3DSecure = apply3DSecure;
        b.applyAvsCvcCheck = applyAvsCvcCheck;
        b.giftAid = giftAid;
        b.strongCustomerAuthentication = strongCustomerAuthentication;
        b.credentialType = credentialType;
        b.referrerId = referrerId;
        b.settlementReferenceText = settlementReferenceText;
        return b;
    }

    /**
     * The Pi JSON this request sends as the given transaction type ({@code Payment}, {@code Deferred},
     * {@code Authenticate}). It carries the card reference: do not log it.
     *
     * @param transactionType the Pi transaction type
     * @return the JSON body
     */
    public String toJson(String transactionType) {
        return PiJson.payment(transactionType, this).toString();
    }

    @Override
    public String toString() {
        // The card reference and customer details stay out of logs.
        return "PaymentRequest[vendorTxCode=" + vendorTxCode + ", amount=" + amount + " " + currency + "]";
    }

    /** Builds a {@link PaymentRequest}. */
    public static final class Builder {
        private CardPayment card;
        private String vendorTxCode;
        private long amount;
        private String currency;
        private String description;
        private String customerFirstName;
        private String customerLastName;
        private BillingAddress billingAddress;
        private String customerEmail;
        private String customerPhone;
        private ShippingDetails shippingDetails;
        private Enums.EntryMethod entryMethod;
        private Enums.CheckSetting apply3DSecure;
        private Enums.CheckSetting applyAvsCvcCheck;
        private boolean giftAid;
        private StrongCustomerAuthentication strongCustomerAuthentication;
        private CredentialType credentialType;
        private String referrerId;
        private String settlementReferenceText;

        private Builder() {
        }

        /**
         * The card to charge, by reference.
         *
         * @param card the card reference
         * @return this builder
         */
        public Builder card(CardPayment card) {
            this.card = card;
            return this;
        }

        /**
         * The merchant's unique code for this payment attempt.
         *
         * @param vendorTxCode the code
         * @return this builder
         */
        public Builder vendorTxCode(String vendorTxCode) {
            this.vendorTxCode = vendorTxCode;
            return this;
        }

        /**
         * The amount in minor units and its ISO 4217 currency.
         *
         * @param minorUnits the amount in minor units
         * @param currency   the ISO 4217 code
         * @return this builder
         */
        public Builder amount(long minorUnits, String currency) {
            this.amount = minorUnits;
            this.currency = currency;
            return this;
        }

        /**
         * The description Opayo records with the payment.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The customer's name.
         *
         * @param firstName the first name
         * @param lastName  the last name
         * @return this builder
         */
        public Builder customer(String firstName, String lastName) {
            this.customerFirstName = firstName;
            this.customerLastName = lastName;
            return this;
        }

        /**
         * The cardholder's billing address.
         *
         * @param billingAddress the address
         * @return this builder
         */
        public Builder billingAddress(BillingAddress billingAddress) {
            this.billingAddress = billingAddress;
            return this;
        }

        /**
         * The customer's email address.
         *
         * @param customerEmail the email address; may be null
         * @return this builder
         */
        public Builder customerEmail(String customerEmail) {
            this.customerEmail = customerEmail;
            return this;
        }

        /**
         * The customer's phone number.
         *
         * @param customerPhone the phone number; may be null
         * @return this builder
         */
        public Builder customerPhone(String customerPhone) {
            this.customerPhone = customerPhone;
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
         * How the card details were taken.
         *
         * @param entryMethod the entry method
         * @return this builder
         */
        public Builder entryMethod(Enums.EntryMethod entryMethod) {
            this.entryMethod = entryMethod;
            return this;
        }

        /**
         * Whether 3-D Secure runs for this payment.
         *
         * @param setting the setting; null for the account's rules
         * @return this builder
         */
        public Builder apply3DSecure(Enums.CheckSetting setting) {
            this.apply3DSecure = setting;
            return this;
        }

        /**
         * Whether the AVS and CVC checks run for this payment.
         *
         * @param setting the setting; null for the account's rules
         * @return this builder
         */
        public Builder applyAvsCvcCheck(Enums.CheckSetting setting) {
            this.applyAvsCvcCheck = setting;
            return this;
        }

        /**
         * Whether the shopper agreed to Gift Aid (UK charities).
         *
         * @param giftAid true to claim Gift Aid
         * @return this builder
         */
        public Builder giftAid(boolean giftAid) {
            this.giftAid = giftAid;
            return this;
        }

        /**
         * The browser data 3-D Secure v2 needs.
         *
         * @param sca the data; may be null
         * @return this builder
         */
        public Builder strongCustomerAuthentication(StrongCustomerAuthentication sca) {
            this.strongCustomerAuthentication = sca;
            return this;
        }

        /**
         * Whether stored credentials are saved or used, and who started the payment.
         *
         * @param credentialType the credential type; null when none are stored or used
         * @return this builder
         */
        public Builder credentialType(CredentialType credentialType) {
            this.credentialType = credentialType;
            return this;
        }

        /**
         * The referrer id of an Opayo partner.
         *
         * @param referrerId the id; may be null
         * @return this builder
         */
        public Builder referrerId(String referrerId) {
            this.referrerId = referrerId;
            return this;
        }

        /**
         * Text for the settlement reference on the merchant's bank statement.
         *
         * @param text the text; may be null
         * @return this builder
         */
        public Builder settlementReferenceText(String text) {
            this.settlementReferenceText = text;
            return this;
        }

        /**
         * Builds the request; it is validated when sent, not here.
         *
         * @return the request
         */
        public PaymentRequest build() {
            return new PaymentRequest(card, vendorTxCode, amount, currency, description, customerFirstName,
                    customerLastName, billingAddress, customerEmail, customerPhone, shippingDetails, entryMethod,
                    apply3DSecure, applyAvsCvcCheck, giftAid, strongCustomerAuthentication, credentialType, referrerId,
                    settlementReferenceText);
        }
    }
}
