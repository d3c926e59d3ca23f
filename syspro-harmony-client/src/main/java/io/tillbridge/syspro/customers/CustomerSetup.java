package io.tillbridge.syspro.customers;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.PostingParameters;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An ARSSCS customer add or update (reference: syspro.md §4 ARSSCS): parameters
 * {@code SetupArCustomer>Parameters>{IgnoreWarnings, ApplyIfEntireDocumentValid, ValidateOnly}},
 * document {@code SetupArCustomer>Item>{Key>Customer, Name, ShortName, Currency, CreditLimit, Email,
 * Telephone, Contact, SoldToAddr1..5, SoldPostalCode, ShipToAddr1..5, ShipPostalCode, …}}.
 * On add, a null customer code lets SYSPRO assign the number. Only fields that are set are sent, so an
 * update changes only those.
 *
 * @param customer       {@code Customer}, the customer code; null on add lets SYSPRO number it
 * @param name           {@code Name}
 * @param shortName      {@code ShortName}
 * @param currency       {@code Currency}
 * @param creditLimit    {@code CreditLimit}
 * @param email          {@code Email}
 * @param telephone      {@code Telephone}
 * @param contact        {@code Contact}
 * @param soldToAddress  {@code SoldToAddr1..5}, the sold-to address lines
 * @param soldPostalCode {@code SoldPostalCode}
 * @param shipToAddress  {@code ShipToAddr1..5}, the ship-to address lines
 * @param shipPostalCode {@code ShipPostalCode}
 * @param termsCode      {@code TermsCode}
 * @param taxStatus      {@code TaxStatus}
 * @param branch         {@code Branch}
 * @param salesperson    {@code Salesperson}
 * @param customerClass  {@code CustomerClass}
 * @param options        how SYSPRO posts it: validate only, all or nothing, warnings
 */
public record CustomerSetup(String customer, String name, String shortName, String currency, BigDecimal creditLimit, String email,
                            String telephone, String contact, List<String> soldToAddress, String soldPostalCode,
                            List<String> shipToAddress, String shipPostalCode, String termsCode, String taxStatus,
                            String branch, String salesperson, String customerClass, PostingOptions options) {

    /**
     * Copies the address lists and checks them before anything is sent: SYSPRO's field lengths (at most five
     * address lines of 40), a credit limit that is not negative, and the options.
     *
     * @param customer       {@code Customer}, the customer code; null on add lets SYSPRO number it
     * @param name           {@code Name}
     * @param shortName      {@code ShortName}
     * @param currency       {@code Currency}
     * @param creditLimit    {@code CreditLimit}
     * @param email          {@code Email}
     * @param telephone      {@code Telephone}
     * @param contact        {@code Contact}
     * @param soldToAddress  {@code SoldToAddr1..5}, the sold-to address lines
     * @param soldPostalCode {@code SoldPostalCode}
     * @param shipToAddress  {@code ShipToAddr1..5}, the ship-to address lines
     * @param shipPostalCode {@code ShipPostalCode}
     * @param termsCode      {@code TermsCode}
     * @param taxStatus      {@code TaxStatus}
     * @param branch         {@code Branch}
     * @param salesperson    {@code Salesperson}
     * @param customerClass  {@code CustomerClass}
     * @param options        how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public CustomerSetup {
        soldToAddress = List.copyOf(soldToAddress);
        shipToAddress = List.copyOf(shipToAddress);
        Violations v = new Violations();
        v.maxLength("customer", customer, 15).maxLength("name", name, 50).maxLength("shortName", shortName, 20)
                .maxLength("currency", currency, 3).maxLength("email", email, 255).maxLength("telephone", telephone, 20)
                .maxLength("contact", contact, 40).maxLength("soldPostalCode", soldPostalCode, 15)
                .maxLength("shipPostalCode", shipPostalCode, 15).scale("creditLimit", creditLimit, 2)
                .check(creditLimit == null || creditLimit.signum() >= 0, "creditLimit", "must not be negative")
                .check(soldToAddress.size() <= 5, "soldToAddress", "SYSPRO has five address lines")
                .check(shipToAddress.size() <= 5, "shipToAddress", "SYSPRO has five address lines")
                .required("options", options);
        for (int i = 0; i < soldToAddress.size(); i++) {
            v.maxLength("soldToAddress[" + i + "]", soldToAddress.get(i), 40);
        }
        for (int i = 0; i < shipToAddress.size(); i++) {
            v.maxLength("shipToAddress[" + i + "]", shipToAddress.get(i), 40);
        }
        v.throwIfAny();
    }

    /**
     * A new customer; {@code customer} null lets SYSPRO number it.
     *
     * @param customer the customer code, or null
     * @param name     the customer's name
     * @return a new builder
     */
    public static Builder add(String customer, String name) {
        return new Builder(customer).name(name);
    }

    /**
     * Changes to an existing customer.
     *
     * @param customer the customer code
     * @return a new builder
     */
    public static Builder update(String customer) {
        new Violations().required("customer", customer).throwIfAny();
        return new Builder(customer);
    }

    /**
     * A builder holding these values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(customer).name(name).shortName(shortName).currency(currency).creditLimit(creditLimit).email(email)
                .telephone(telephone).contact(contact).soldTo(soldToAddress, soldPostalCode).shipTo(shipToAddress, shipPostalCode)
                .termsCode(termsCode).taxStatus(taxStatus).branch(branch).salesperson(salesperson).customerClass(customerClass)
                .options(options);
    }

    XmlNode parameters() {
        return XmlNode.of("SetupArCustomer", PostingParameters.add(options, XmlNode.element("Parameters")).build());
    }

    XmlNode document() {
        XmlNode.Builder item = XmlNode.element("Item").child(XmlNode.element("Key").leaf("Customer", customer == null ? "" : customer)
                .build());
        item.leaf("Name", name).leaf("ShortName", shortName).leaf("CustomerClass", customerClass).leaf("Branch", branch)
                .leaf("Salesperson", salesperson).leaf("CreditLimit", creditLimit).leaf("TermsCode", termsCode)
                .leaf("Currency", currency).leaf("TaxStatus", taxStatus).leaf("Telephone", telephone).leaf("Contact", contact)
                .leaf("Email", email);
        for (int i = 0; i < soldToAddress.size(); i++) {
            item.leaf("SoldToAddr" + (i + 1), soldToAddress.get(i));
        }
        item.leaf("SoldPostalCode", soldPostalCode);
        for (int i = 0; i < shipToAddress.size(); i++) {
            item.leaf("ShipToAddr" + (i + 1), shipToAddress.get(i));
        }
        item.leaf("ShipPostalCode", shipPostalCode);
        return XmlNode.of("SetupArCustomer", item.build());
    }

    /** Builds a {@link CustomerSetup}. */
    public static final class Builder {
        private final String customer;
        private String name;
        private String shortName;
        private String currency;
        private BigDecimal creditLimit;
        private String email;
        private String telephone;
        private String contact;
        private List<String> soldTo = new ArrayList<>();
        private String soldPostalCode;
        private List<String> shipTo = new ArrayList<>();
        private String shipPostalCode;
        private String termsCode;
        private String taxStatus;
        private String branch;
        private String salesperson;
        private String customerClass;
        private PostingOptions options = PostingOptions.DEFAULTS;

        private Builder(String customer) {
            this.customer = customer;
        }

        /**
         * {@code Name}.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * {@code ShortName}.
         *
         * @param value the short name
         * @return this builder
         */
        public Builder shortName(String value) {
            this.shortName = value;
            return this;
        }

        /**
         * {@code Currency}.
         *
         * @param value the currency code
         * @return this builder
         */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * {@code CreditLimit}.
         *
         * @param value the credit limit; not negative
         * @return this builder
         */
        public Builder creditLimit(BigDecimal value) {
            this.creditLimit = value;
            return this;
        }

        /**
         * {@code Email}.
         *
         * @param value the address
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * {@code Telephone}.
         *
         * @param value the number
         * @return this builder
         */
        public Builder telephone(String value) {
            this.telephone = value;
            return this;
        }

        /**
         * {@code Contact}.
         *
         * @param value the contact's name
         * @return this builder
         */
        public Builder contact(String value) {
            this.contact = value;
            return this;
        }

        /**
         * The sold-to address.
         *
         * @param lines      up to five lines
         * @param postalCode the postcode
         * @return this builder
         */
        public Builder soldTo(List<String> lines, String postalCode) {
            this.soldTo = new ArrayList<>(lines);
            this.soldPostalCode = postalCode;
            return this;
        }

        /**
         * The ship-to address.
         *
         * @param lines      up to five lines
         * @param postalCode the postcode
         * @return this builder
         */
        public Builder shipTo(List<String> lines, String postalCode) {
            this.shipTo = new ArrayList<>(lines);
            this.shipPostalCode = postalCode;
            return this;
        }

        /**
         * {@code TermsCode}.
         *
         * @param value the terms code
         * @return this builder
         */
        public Builder termsCode(String value) {
            this.termsCode = value;
            return this;
        }

        /**
         * {@code TaxStatus}.
         *
         * @param value the tax status
         * @return this builder
         */
        public Builder taxStatus(String value) {
            this.taxStatus = value;
            return this;
        }

        /**
         * {@code Branch}.
         *
         * @param value the branch
         * @return this builder
         */
        public Builder branch(String value) {
            this.branch = value;
            return this;
        }

        /**
         * {@code Salesperson}.
         *
         * @param value the salesperson
         * @return this builder
         */
        public Builder salesperson(String value) {
            this.salesperson = value;
            return this;
        }

        /**
         * {@code CustomerClass}.
         *
         * @param value the class
         * @return this builder
         */
        public Builder customerClass(String value) {
            this.customerClass = value;
            return this;
        }

        /**
         * How SYSPRO posts it.
         *
         * @param value the posting options
         * @return this builder
         */
        public Builder options(PostingOptions value) {
            this.options = value;
            return this;
        }

        /**
         * Builds the setup, checking it as the constructor does.
         *
         * @return the setup
         * @throws io.tillbridge.client.ValidationException listing every problem
         */
        public CustomerSetup build() {
            return new CustomerSetup(customer, name, shortName, currency, creditLimit, email, telephone, contact, soldTo,
                    soldPostalCode, shipTo, shipPostalCode, termsCode, taxStatus, branch, salesperson, customerClass, options);
        }
    }
}
