package io.tillbridge.kashflow.customers;

import io.tillbridge.client.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer to create or update, in the SOAP {@code Customer}'s fields (reference: kashflow.md §4):
 * {@code Code}, {@code Name}, contact, {@code Email}, {@code Telephone}, {@code Address1..4},
 * {@code Postcode}, {@code CountryCode}/{@code CountryName}, the delivery address, {@code VATNumber},
 * {@code EC}/{@code OutsideEC}, and custom fields. Immutable; {@link #validate()} lists every problem.
 * KashFlow documents no field widths, so none are enforced beyond the code's (an assumption: codes
 * in KashFlow's examples are short upper-case keys such as {@code SHA01}; 1–20 letters and digits).
 */
public final class CustomerRequest {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String code;
    private final String name;
    private final String contactFirstName;
    private final String contactLastName;
    private final String email;
    private final String telephone;
    private final CustomerAddress address;
    private final CustomerAddress deliveryAddress;
    private final String vatNumber;
    private final Boolean inEc;
    private final Boolean outsideEc;
    private final CustomFields customFields;

    private CustomerRequest(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.contactFirstName = b.contactFirstName;
        this.contactLastName = b.contactLastName;
        this.email = b.email;
        this.telephone = b.telephone;
        this.address = b.address;
        this.deliveryAddress = b.deliveryAddress;
        this.vatNumber = b.vatNumber;
        this.inEc = b.inEc;
        this.outsideEc = b.outsideEc;
        this.customFields = b.customFields;
    }

    /**
     * Starts a request.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to change one.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.contactFirstName = contactFirstName;
        b.contactLastName = contactLastName;
        b.email = email;
        b.telephone = telephone;
        b.address = address;
        b.deliveryAddress = deliveryAddress;
        b.vatNumber = vatNumber;
        b.inEc = inEc;
        b.outsideEc = outsideEc;
        b.customFields = customFields;
        return b;
    }

    /**
     * The customer's key.
     *
     * @return the code, or null when KashFlow chooses
     */
    public String code() {
        return code;
    }

    /**
     * The customer's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The postal address.
     *
     * @return the address, or null when not set
     */
    public CustomerAddress address() {
        return address;
    }

    /**
     * The custom fields to set.
     *
     * @return the custom fields, or null when not set
     */
    public CustomFields customFields() {
        return customFields;
    }

    /** @throws ValidationException listing every problem, each with its field */
    public void validate() {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(new ValidationException.FieldError("code", "1 to 20 letters, digits, '_' or '-'; got '" + code + "'"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new ValidationException.FieldError("name", "is required"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new ValidationException.FieldError("email", "is not an email address"));
        }
        if (address != null) {
            errors.addAll(address.problems("address"));
        }
        if (deliveryAddress != null) {
            errors.addAll(deliveryAddress.problems("deliveryAddress"));
        }
        if (Boolean.TRUE.equals(inEc) && Boolean.TRUE.equals(outsideEc)) {
            errors.add(new ValidationException.FieldError("outsideEc", "a customer cannot be both in and outside the EC"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The SOAP {@code Customer} fields this request sets, by name, over {@code base} (an existing record's, or empty). */
    java.util.Map<String, String> soapFields(java.util.Map<String, String> base) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>(base);
        put(out, "Code", code);
        put(out, "Name", name);
        put(out, "ContactFirstName", contactFirstName);
        put(out, "ContactLastName", contactLastName);
        if (contactFirstName != null || contactLastName != null) {
            put(out, "Contact", (Objects.toString(contactFirstName, "") + " " + Objects.toString(contactLastName, "")).trim());
        }
        put(out, "Email", email);
        put(out, "Telephone", telephone);
        if (address != null) {
            for (int i = 0; i < 4; i++) {
                out.put("Address" + (i + 1), i < address.lines().size() ? address.lines().get(i) : "");
            }
            out.put("Postcode", Objects.toString(address.postcode(), ""));
            out.put("CountryCode", Objects.toString(address.countryCode(), ""));
            out.put("CountryName", Objects.toString(address.countryName(), ""));
        }
        if (deliveryAddress != null) {
            out.put("CustHasDeliveryAddress", "1");
            for (int i = 0; i < 4; i++) {
                out.put("DeliveryAddress" + (i + 1), i < deliveryAddress.lines().size() ? deliveryAddress.lines().get(i) : "");
            }
            out.put("DeliveryPostcode", Objects.toString(deliveryAddress.postcode(), ""));
            out.put("DeliveryCountryCode", Objects.toString(deliveryAddress.countryCode(), ""));
            out.put("DeliveryCountryName", Objects.toString(deliveryAddress.countryName(), ""));
        }
        put(out, "VATNumber", vatNumber);
        if (inEc != null) {
            out.put("EC", inEc ? "1" : "0");
        }
        if (outsideEc != null) {
            out.put("OutsideEC", outsideEc ? "1" : "0");
        }
        if (customFields != null) {
            out.putAll(customFields.values());
        }
        return out;
    }

    private static void put(java.util.Map<String, String> out, String name, String value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    @Override
    public String toString() {
        return "CustomerRequest[code=" + code + ", name=" + name + "]"; // no contact details in logs
    }

    /** Builds a {@link CustomerRequest}. */
    public static final class Builder {
        private String code;
        private String name;
        private String contactFirstName;
        private String contactLastName;
        private String email;
        private String telephone;
        private CustomerAddress address;
        private CustomerAddress deliveryAddress;
        private String vatNumber;
        private Boolean inEc;
        private Boolean outsideEc;
        private CustomFields customFields;

        private Builder() {
        }

        /**
         * The customer's key; leave unset on create to let KashFlow choose.
         *
         * @param code the code
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * The customer's name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The contact's name.
         *
         * @param firstName the first name
         * @param lastName  the last name
         * @return this builder
         */
        public Builder contact(String firstName, String lastName) {
            this.contactFirstName = firstName;
            this.contactLastName = lastName;
            return this;
        }

        /**
         * The email address.
         *
         * @param email the address
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The telephone number.
         *
         * @param telephone the number
         * @return this builder
         */
        public Builder telephone(String telephone) {
            this.telephone = telephone;
            return this;
        }

        /**
         * The postal address.
         *
         * @param address the address
         * @return this builder
         */
        public Builder address(CustomerAddress address) {
            this.address = address;
            return this;
        }

        /**
         * The delivery address.
         *
         * @param deliveryAddress the address
         * @return this builder
         */
        public Builder deliveryAddress(CustomerAddress deliveryAddress) {
            this.deliveryAddress = deliveryAddress;
            return this;
        }

        /**
         * The VAT number.
         *
         * @param vatNumber the number
         * @return this builder
         */
        public Builder vatNumber(String vatNumber) {
            this.vatNumber = vatNumber;
            return this;
        }

        /**
         * KashFlow's {@code EC} and {@code OutsideEC} flags.
         *
         * @param inEc      whether the customer is inside the EC
         * @param outsideEc whether the customer is outside the EC
         * @return this builder
         */
        public Builder vatRegion(boolean inEc, boolean outsideEc) {
            this.inEc = inEc;
            this.outsideEc = outsideEc;
            return this;
        }

        /**
         * The custom fields to set.
         *
         * @param customFields the values
         * @return this builder
         */
        public Builder customFields(CustomFields customFields) {
            this.customFields = customFields;
            return this;
        }

        /**
         * Builds the request, checking every field.
         *
         * @return the request
         * @throws ValidationException listing every problem
         */
        public CustomerRequest build() {
            CustomerRequest request = new CustomerRequest(this);
            request.validate();
            return request;
        }
    }
}
