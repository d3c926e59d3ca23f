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

    public static Builder builder() {
        return new Builder();
    }

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

        public Builder card(CardPayment card) {
            this.card = card;
            return this;
        }

        public Builder vendorTxCode(String vendorTxCode) {
            this.vendorTxCode = vendorTxCode;
            return this;
        }

        /** The amount in minor units and its ISO 4217 currency. */
        public Builder amount(long minorUnits, String currency) {
            this.amount = minorUnits;
            this.currency = currency;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder customer(String firstName, String lastName) {
            this.customerFirstName = firstName;
            this.customerLastName = lastName;
            return this;
        }

        public Builder billingAddress(BillingAddress billingAddress) {
            this.billingAddress = billingAddress;
            return this;
        }

        public Builder customerEmail(String customerEmail) {
            this.customerEmail = customerEmail;
            return this;
        }

        public Builder customerPhone(String customerPhone) {
            this.customerPhone = customerPhone;
            return this;
        }

        public Builder shippingDetails(ShippingDetails shippingDetails) {
            this.shippingDetails = shippingDetails;
            return this;
        }

        public Builder entryMethod(Enums.EntryMethod entryMethod) {
            this.entryMethod = entryMethod;
            return this;
        }

        public Builder apply3DSecure(Enums.CheckSetting setting) {
            this.apply3DSecure = setting;
            return this;
        }

        public Builder applyAvsCvcCheck(Enums.CheckSetting setting) {
            this.applyAvsCvcCheck = setting;
            return this;
        }

        public Builder giftAid(boolean giftAid) {
            this.giftAid = giftAid;
            return this;
        }

        public Builder strongCustomerAuthentication(StrongCustomerAuthentication sca) {
            this.strongCustomerAuthentication = sca;
            return this;
        }

        public Builder credentialType(CredentialType credentialType) {
            this.credentialType = credentialType;
            return this;
        }

        public Builder referrerId(String referrerId) {
            this.referrerId = referrerId;
            return this;
        }

        public Builder settlementReferenceText(String text) {
            this.settlementReferenceText = text;
            return this;
        }

        public PaymentRequest build() {
            return new PaymentRequest(card, vendorTxCode, amount, currency, description, customerFirstName,
                    customerLastName, billingAddress, customerEmail, customerPhone, shippingDetails, entryMethod,
                    apply3DSecure, applyAvsCvcCheck, giftAid, strongCustomerAuthentication, credentialType, referrerId,
                    settlementReferenceText);
        }
    }
}
