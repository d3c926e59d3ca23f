package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.PostingParameters;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;

/**
 * A SORTOS change of a sales order's status (reference: syspro.md §4 "Other real BOs seen": SORTOS,
 * change SO status) — how an order imported {@link SalesOrderImport.Status#IN_SUSPENSE in suspense} is
 * released.
 *
 * <p>The reference names the business object but not its XML. These names come from the same source the
 * reference cites for element names (Zindaar/SYSPROIntegration@c03d75d, classes generated from
 * SORTOS.XSD / SORTOSDOC.XSD): parameters {@code PostSorOrderStatus>Parameters>{ValidateOnly,
 * IgnoreWarnings, ApplyIfEntireDocumentValid}} — {@code ValidateOnly} defaults to {@code Y} there, so it is
 * always sent — and document {@code PostSorOrderStatus>Item>{SalesOrder, OrderStatus?, NewOrderStatus,
 * CreditAuthority}}, where {@code OrderStatus}, when given, must be the order's current status and
 * {@code CreditAuthority} must be given when the order leaves suspense. UNVERIFIED against a live SYSPRO;
 * check the site's SORTOS.XSD.
 *
 * @param salesOrder      the order
 * @param currentStatus   the status the caller expects the order to be in (SYSPRO refuses the change otherwise); may be null
 * @param newStatus       the status wanted
 * @param creditAuthority who authorised a release from suspense (required then)
 * @param options         how SYSPRO posts it: validate only, all or nothing, warnings
 */
public record OrderStatusChange(String salesOrder, Code currentStatus, Code newStatus, String creditAuthority, PostingOptions options) {

    /** The business object and its document and parameter root. */
    static final String BUSINESS_OBJECT = "SORTOS";
    static final String ROOT = "PostSorOrderStatus";

    /** The status codes SORTOS accepts as {@code NewOrderStatus} (and {@code F} for a forward order's current status). */
    public enum Code {
        /** 1: open. */
        OPEN("1"),
        /** 2: open back order. */
        OPEN_BACK_ORDER("2"),
        /** 3: released back order. */
        RELEASED_BACK_ORDER("3"),
        /** 4: in warehouse. */
        IN_WAREHOUSE("4"),
        /** 8: ready to invoice. */
        READY_TO_INVOICE("8"),
        /** 9: complete. */
        COMPLETE("9"),
        /** F: a forward order (a current status only). */
        FORWARD("F"),
        /** S: in suspense, held until released. */
        IN_SUSPENSE("S");

        private final String code;

        Code(String code) {
            this.code = code;
        }

        /**
         * The code on the wire.
         *
         * @return the code
         */
        public String code() {
            return code;
        }
    }

    /**
     * Checks the change before it is sent: leaving suspense needs a credit authority.
     *
     * @param salesOrder      the order
     * @param currentStatus   the status the caller expects the order to be in (SYSPRO refuses the change otherwise); may be null
     * @param newStatus       the status wanted
     * @param creditAuthority who authorised a release from suspense (required then)
     * @param options         how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public OrderStatusChange {
        Violations v = new Violations();
        v.required("salesOrder", salesOrder).maxLength("salesOrder", salesOrder, 20).required("newStatus", newStatus)
                .check(newStatus != Code.FORWARD, "newStatus", "F is not a status an order can be changed to")
                .maxLength("creditAuthority", creditAuthority, 30).required("options", options);
        if (currentStatus == Code.IN_SUSPENSE && newStatus != Code.IN_SUSPENSE) {
            v.required("creditAuthority", creditAuthority == null || creditAuthority.isBlank() ? null : creditAuthority);
        }
        v.throwIfAny();
    }

    /**
     * Releases an order held in suspense to an open order, on someone's authority.
     *
     * @param salesOrder      the sales order
     * @param creditAuthority who released it (SORTOS's {@code CreditAuthority})
     * @return the change, with default posting options
     */
    public static OrderStatusChange releaseFromSuspense(String salesOrder, String creditAuthority) {
        return new OrderStatusChange(salesOrder, Code.IN_SUSPENSE, Code.OPEN, creditAuthority, PostingOptions.DEFAULTS);
    }

    /**
     * The same change with other posting options.
     *
     * @param newOptions the options
     * @return the change
     */
    public OrderStatusChange withOptions(PostingOptions newOptions) {
        return new OrderStatusChange(salesOrder, currentStatus, newStatus, creditAuthority, newOptions);
    }

    /**
     * Starts a change of an order's status, with the default posting options.
     *
     * @param salesOrder the order
     * @param newStatus  the status wanted
     * @return a new builder
     */
    public static Builder builder(String salesOrder, Code newStatus) {
        return new Builder(salesOrder, newStatus);
    }

    /**
     * A builder holding this change's fields, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(salesOrder, newStatus).currentStatus(currentStatus).creditAuthority(creditAuthority).options(options);
    }

    /** Builds an {@link OrderStatusChange}; every field is checked by {@link #build()}. */
    public static final class Builder {
        private String salesOrder;
        private Code newStatus;
        private Code currentStatus;
        private String creditAuthority;
        private PostingOptions options = PostingOptions.DEFAULTS;

        private Builder(String salesOrder, Code newStatus) {
            this.salesOrder = salesOrder;
            this.newStatus = newStatus;
        }

        /**
         * The order.
         *
         * @param value the sales order
         * @return this builder
         */
        public Builder salesOrder(String value) {
            this.salesOrder = value;
            return this;
        }

        /**
         * The status wanted.
         *
         * @param value the new status
         * @return this builder
         */
        public Builder newStatus(Code value) {
            this.newStatus = value;
            return this;
        }

        /**
         * The status the caller expects the order to be in; SYSPRO refuses the change otherwise.
         *
         * @param value the current status, or null
         * @return this builder
         */
        public Builder currentStatus(Code value) {
            this.currentStatus = value;
            return this;
        }

        /**
         * Who authorised a release from suspense.
         *
         * @param value the credit authority, or null
         * @return this builder
         */
        public Builder creditAuthority(String value) {
            this.creditAuthority = value;
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
         * Checks and builds the change.
         *
         * @return the change
         * @throws io.tillbridge.client.ValidationException naming every field that is missing or wrong
         */
        public OrderStatusChange build() {
            return new OrderStatusChange(salesOrder, currentStatus, newStatus, creditAuthority, options);
        }
    }

    XmlNode parameters() {
        return XmlNode.of(ROOT, PostingParameters.add(options, XmlNode.element("Parameters")).build());
    }

    XmlNode document() {
        return XmlNode.of(ROOT, XmlNode.element("Item").leaf("SalesOrder", salesOrder)
                .leaf("OrderStatus", currentStatus == null ? null : currentStatus.code()).leaf("NewOrderStatus", newStatus.code())
                .leaf("CreditAuthority", creditAuthority).build());
    }
}
