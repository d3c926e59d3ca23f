package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.PostingParameters;
import io.tillbridge.syspro.internal.XmlNode;
import java.time.LocalDate;

/**
 * A sales-order credit note, posted with Transaction/Post (reference: syspro.md §4 "Credit notes").
 *
 * <ul>
 *   <li>{@link Kind#HEADER} is SORTCH, a credit-note header not from an existing invoice:
 *       document {@code SOCreditNoteHeader>Item>{Customer, CreditNoteNumber, CustomerPoNumber,
 *       CreditNoteDate, InvoiceNumber, Branch, Salesperson}}, parameters {@code {DocumentDate,
 *       IgnoreWarnings, ApplyIfEntireDocumentValid, ValidateOnly}}.</li>
 *   <li>{@link Kind#FROM_INVOICE} is SORTCI, a credit note from an existing invoice. UNVERIFIED: the
 *       reference names the business object but not its XML; this client sends the SORTCH shape under
 *       the root {@link #FROM_INVOICE_ROOT} with {@code InvoiceNumber} required. The generated classes the
 *       reference cites show another shape ({@code PostCreditFromInvoice>Item>{CreditNoteNumber,
 *       InvoiceNumber, Customer, SalesOrder, CreditReason, Lines*}}, no CustomerPoNumber and no value):
 *       check the site's SORTCI.XSD before relying on it.</li>
 * </ul>
 * A SORTCH header carries no value; {@link CreditNoteLine} (SORTCL) adds the lines that give it one.
 *
 * @param kind             SORTCH or SORTCI
 * @param customer         {@code Customer}
 * @param customerPoNumber this client's key for the credit note: the lookup before any repeat searches for it
 * @param creditNoteDate   {@code CreditNoteDate}, also the {@code DocumentDate} parameter
 * @param invoiceNumber    {@code InvoiceNumber}, the invoice credited; required for SORTCI
 * @param creditNoteNumber {@code CreditNoteNumber}, or null for SYSPRO to number it
 * @param branch           {@code Branch}
 * @param salesperson      {@code Salesperson}
 * @param options          how SYSPRO posts it: validate only, all or nothing, warnings
 */
public record CreditNoteRequest(Kind kind, String customer, String customerPoNumber, LocalDate creditNoteDate,
                                String invoiceNumber, String creditNoteNumber, String branch, String salesperson,
                                PostingOptions options) {

    /** SORTCH's document and parameter root. */
    static final String HEADER_ROOT = "SOCreditNoteHeader";
    /** UNVERIFIED: SORTCI's document and parameter root, kept here only. */
    static final String FROM_INVOICE_ROOT = "SOCreditNoteFromInvoice";

    /** Which business object. */
    public enum Kind {
        /** SORTCH: a credit-note header, not from an invoice. */
        HEADER("SORTCH", HEADER_ROOT),
        /** SORTCI: a credit note from an existing invoice. */
        FROM_INVOICE("SORTCI", FROM_INVOICE_ROOT);

        private final String businessObject;
        private final String root;

        Kind(String businessObject, String root) {
            this.businessObject = businessObject;
            this.root = root;
        }

        /**
         * The business object's name.
         *
         * @return {@code SORTCH} or {@code SORTCI}
         */
        public String businessObject() {
            return businessObject;
        }
    }

    /**
     * Checks the request before it is sent: the required fields and SYSPRO's field lengths.
     *
     * @param kind             SORTCH or SORTCI
     * @param customer         {@code Customer}
     * @param customerPoNumber this client's key for the credit note: the lookup before any repeat searches for it
     * @param creditNoteDate   {@code CreditNoteDate}, also the {@code DocumentDate} parameter
     * @param invoiceNumber    {@code InvoiceNumber}, the invoice credited; required for SORTCI
     * @param creditNoteNumber {@code CreditNoteNumber}, or null for SYSPRO to number it
     * @param branch           {@code Branch}
     * @param salesperson      {@code Salesperson}
     * @param options          how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public CreditNoteRequest {
        Violations v = new Violations();
        v.required("kind", kind).required("customer", customer).maxLength("customer", customer, 15)
                .required("customerPoNumber", customerPoNumber).maxLength("customerPoNumber", customerPoNumber, 30)
                .required("creditNoteDate", creditNoteDate).required("options", options)
                .maxLength("invoiceNumber", invoiceNumber, 20).maxLength("creditNoteNumber", creditNoteNumber, 20);
        if (kind == Kind.FROM_INVOICE) {
            v.required("invoiceNumber", invoiceNumber);
        }
        v.throwIfAny();
    }

    /**
     * A SORTCH credit-note header.
     *
     * @param customer         the customer code
     * @param customerPoNumber the credit note's key
     * @param date             the credit-note date
     * @return the request
     */
    public static CreditNoteRequest header(String customer, String customerPoNumber, LocalDate date) {
        return new CreditNoteRequest(Kind.HEADER, customer, customerPoNumber, date, null, null, null, null, PostingOptions.DEFAULTS);
    }

    /**
     * A SORTCI credit note from an existing invoice.
     *
     * @param customer         the customer code
     * @param customerPoNumber the credit note's key
     * @param date             the credit-note date
     * @param invoice          the invoice credited
     * @return the request
     */
    public static CreditNoteRequest fromInvoice(String customer, String customerPoNumber, LocalDate date, String invoice) {
        return new CreditNoteRequest(Kind.FROM_INVOICE, customer, customerPoNumber, date, invoice, null, null, null,
                PostingOptions.DEFAULTS);
    }

    /**
     * This header credited against an invoice: SORTCH's own {@code InvoiceNumber}. Unlike SORTCI, which
     * copies the invoice's lines, the note then holds only the lines added to it (SORTCL), so its value is
     * the caller's.
     *
     * @param invoice the invoice number credited
     * @return the request
     */
    public CreditNoteRequest againstInvoice(String invoice) {
        return new CreditNoteRequest(kind, customer, customerPoNumber, creditNoteDate, invoice, creditNoteNumber, branch, salesperson,
                options);
    }

    /**
     * The same request with other posting options.
     *
     * @param newOptions the options
     * @return the request
     */
    public CreditNoteRequest withOptions(PostingOptions newOptions) {
        return new CreditNoteRequest(kind, customer, customerPoNumber, creditNoteDate, invoiceNumber, creditNoteNumber, branch,
                salesperson, newOptions);
    }

    /**
     * The same request with a branch and salesperson.
     *
     * @param newBranch      the branch
     * @param newSalesperson the salesperson
     * @return the request
     */
    public CreditNoteRequest withBranchAndSalesperson(String newBranch, String newSalesperson) {
        return new CreditNoteRequest(kind, customer, customerPoNumber, creditNoteDate, invoiceNumber, creditNoteNumber, newBranch,
                newSalesperson, options);
    }

    /**
     * Starts a request with every field empty and the default posting options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's fields, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.customer = customer;
        b.customerPoNumber = customerPoNumber;
        b.creditNoteDate = creditNoteDate;
        b.invoiceNumber = invoiceNumber;
        b.creditNoteNumber = creditNoteNumber;
        b.branch = branch;
        b.salesperson = salesperson;
        b.options = options;
        return b;
    }

    /** Builds a {@link CreditNoteRequest}; every field is checked by {@link #build()}. */
    public static final class Builder {
        private Kind kind = Kind.HEADER;
        private String customer;
        private String customerPoNumber;
        private LocalDate creditNoteDate;
        private String invoiceNumber;
        private String creditNoteNumber;
        private String branch;
        private String salesperson;
        private PostingOptions options = PostingOptions.DEFAULTS;

        private Builder() {
        }

        /**
         * SORTCH (the default) or SORTCI.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(Kind value) {
            this.kind = value;
            return this;
        }

        /**
         * {@code Customer}.
         *
         * @param value the customer code
         * @return this builder
         */
        public Builder customer(String value) {
            this.customer = value;
            return this;
        }

        /**
         * {@code CustomerPoNumber}, this client's key for the credit note.
         *
         * @param value the key
         * @return this builder
         */
        public Builder customerPoNumber(String value) {
            this.customerPoNumber = value;
            return this;
        }

        /**
         * {@code CreditNoteDate}, also the {@code DocumentDate} parameter.
         *
         * @param value the date
         * @return this builder
         */
        public Builder creditNoteDate(LocalDate value) {
            this.creditNoteDate = value;
            return this;
        }

        /**
         * {@code InvoiceNumber}, the invoice credited; required for SORTCI.
         *
         * @param value the invoice number, or null
         * @return this builder
         */
        public Builder invoiceNumber(String value) {
            this.invoiceNumber = value;
            return this;
        }

        /**
         * {@code CreditNoteNumber}, or null for SYSPRO to number it.
         *
         * @param value the number, or null
         * @return this builder
         */
        public Builder creditNoteNumber(String value) {
            this.creditNoteNumber = value;
            return this;
        }

        /**
         * {@code Branch}.
         *
         * @param value the branch, or null
         * @return this builder
         */
        public Builder branch(String value) {
            this.branch = value;
            return this;
        }

        /**
         * {@code Salesperson}.
         *
         * @param value the salesperson, or null
         * @return this builder
         */
        public Builder salesperson(String value) {
            this.salesperson = value;
            return this;
        }

        /**
         * How SYSPRO posts it.
         *
         * @param value the options
         * @return this builder
         */
        public Builder options(PostingOptions value) {
            this.options = value;
            return this;
        }

        /**
         * Checks and builds the request.
         *
         * @return the request
         * @throws io.tillbridge.client.ValidationException naming every field that is missing or too long
         */
        public CreditNoteRequest build() {
            return new CreditNoteRequest(kind, customer, customerPoNumber, creditNoteDate, invoiceNumber, creditNoteNumber, branch,
                    salesperson, options);
        }
    }

    XmlNode parameters() {
        return XmlNode.of(kind.root, PostingParameters.add(options, XmlNode.element("Parameters").leaf("DocumentDate", creditNoteDate)).build());
    }

    XmlNode document() {
        return XmlNode.of(kind.root, XmlNode.element("Item").leaf("Customer", customer).leaf("CreditNoteNumber", creditNoteNumber)
                .leaf("CustomerPoNumber", customerPoNumber).leaf("CreditNoteDate", creditNoteDate)
                .leaf("InvoiceNumber", invoiceNumber).leaf("Branch", branch).leaf("Salesperson", salesperson).build());
    }
}
