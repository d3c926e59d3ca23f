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
 */
public record CustomerSetup(String customer, String name, String shortName, String currency, BigDecimal creditLimit, String email,
                            String telephone, String contact, List<String> soldToAddress, String soldPostalCode,
                            List<String> shipToAddress, String shipPostalCode, String termsCode, String taxStatus,
                            String branch, String salesperson, String customerClass, PostingOptions options) {

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

    /** A new customer; {@code customer} null lets SYSPRO number it. */
    public static Builder add(String customer, String name) {
        return new Builder(customer).name(name);
    }

    /** Changes to an existing customer. */
    public static Builder update(String customer) {
        new Violations().required("customer", customer).throwIfAny();
        return new Builder(customer);
    }

    /** A builder holding these values, to change some of them. */
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

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder shortName(String value) {
            this.shortName = value;
            return this;
        }

        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        public Builder creditLimit(BigDecimal value) {
            this.creditLimit = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder telephone(String value) {
            this.telephone = value;
            return this;
        }

        public Builder contact(String value) {
            this.contact = value;
            return this;
        }

        public Builder soldTo(List<String> lines, String postalCode) {
            this.soldTo = new ArrayList<>(lines);
            this.soldPostalCode = postalCode;
            return this;
        }

        public Builder shipTo(List<String> lines, String postalCode) {
            this.shipTo = new ArrayList<>(lines);
            this.shipPostalCode = postalCode;
            return this;
        }

        public Builder termsCode(String value) {
            this.termsCode = value;
            return this;
        }

        public Builder taxStatus(String value) {
            this.taxStatus = value;
            return this;
        }

        public Builder branch(String value) {
            this.branch = value;
            return this;
        }

        public Builder salesperson(String value) {
            this.salesperson = value;
            return this;
        }

        public Builder customerClass(String value) {
            this.customerClass = value;
            return this;
        }

        public Builder options(PostingOptions value) {
            this.options = value;
            return this;
        }

        public CustomerSetup build() {
            return new CustomerSetup(customer, name, shortName, currency, creditLimit, email, telephone, contact, soldTo,
                    soldPostalCode, shipTo, shipPostalCode, termsCode, taxStatus, branch, salesperson, customerClass, options);
        }
    }
}
