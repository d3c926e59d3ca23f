package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A SORTOI sales order import of one order (reference: syspro.md §4 SORTOI).
 * Parameters {@code SalesOrders>Parameters>{Process, IgnoreWarnings, AllowDuplicateOrderNumbers,
 * CheckForCustomerPoNumbers, AlwaysUsePriceEntered, …}}; document
 * {@code SalesOrders>Orders>{OrderHeader, OrderDetails}}.
 *
 * <p>{@code CustomerPoNumber} is this client's idempotency key: {@code CheckForCustomerPoNumbers=Y}
 * makes SYSPRO refuse a second order with the same number, and the lookup before any repeat searches
 * for it. Field limits from the reference: CustomerPoNumber 30, ShipAddress* 40, ShipPostalCode 15,
 * Email 80 — longer values are refused, never truncated.
 * {@code ValidateOnly} is sent as {@code Process=VALIDATE}; {@code ApplyIfEntireDocumentValid} is sent
 * as asked although one production client reports SORTOI ignores it (reference: syspro.md §4).
 *
 * <p>{@link #orderStatus} is SORTOI's {@code OrderStatus} parameter (reference: 1 | 4 | 8 | S): the status
 * the imported order starts in; null sends nothing and SYSPRO uses its own default.
 * {@link Status#IN_SUSPENSE} imports an order held — for example by a risk review — until
 * {@link OrderStatusChange} (SORTOS) releases it.
 *
 * @param customerPoNumber    {@code CustomerPoNumber}, the idempotency key
 * @param customer            {@code Customer}
 * @param orderDate           {@code OrderDate}
 * @param requestedShipDate   {@code RequestedShipDate}
 * @param warehouse           {@code Warehouse}
 * @param customerName        {@code CustomerName}, the ship-to name
 * @param shipAddress         {@code ShipAddress1..5}
 * @param shipPostalCode      {@code ShipPostalCode}
 * @param email               {@code Email}
 * @param specialInstructions {@code SpecialInstrs}
 * @param lines               the {@code OrderDetails} lines
 * @param orderStatus         {@code OrderStatus}: the status the order is imported in; null for SYSPRO's default
 * @param options             how SYSPRO posts it: validate only, all or nothing, warnings
 */
public record SalesOrderImport(String customerPoNumber, String customer, LocalDate orderDate, LocalDate requestedShipDate,
                               String warehouse, String customerName, List<String> shipAddress, String shipPostalCode,
                               String email, String specialInstructions, List<OrderLine> lines, Status orderStatus,
                               PostingOptions options) {

    /** SORTOI's {@code OrderStatus} parameter: the four codes the reference lists. */
    public enum Status {
        /** {@code 1}: open order. */
        OPEN("1"),
        /** {@code 4}: in warehouse. */
        IN_WAREHOUSE("4"),
        /** {@code 8}: released for invoicing. */
        READY_TO_INVOICE("8"),
        /** {@code S}: in suspense — held until its status is changed (SORTOS). */
        IN_SUSPENSE("S");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /**
         * The code SYSPRO reads and answers.
         *
         * @return the code
         */
        public String code() {
            return code;
        }
    }

    /**
     * Copies the lists and checks the order before it is sent: the required fields and SYSPRO's field lengths.
     *
     * @param customerPoNumber    {@code CustomerPoNumber}, the idempotency key
     * @param customer            {@code Customer}
     * @param orderDate           {@code OrderDate}
     * @param requestedShipDate   {@code RequestedShipDate}
     * @param warehouse           {@code Warehouse}
     * @param customerName        {@code CustomerName}, the ship-to name
     * @param shipAddress         {@code ShipAddress1..5}
     * @param shipPostalCode      {@code ShipPostalCode}
     * @param email               {@code Email}
     * @param specialInstructions {@code SpecialInstrs}
     * @param lines               the {@code OrderDetails} lines
     * @param orderStatus         {@code OrderStatus}: the status the order is imported in; null for SYSPRO's default
     * @param options             how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public SalesOrderImport {
        shipAddress = List.copyOf(shipAddress);
        lines = List.copyOf(lines);
        Violations v = new Violations();
        v.required("customerPoNumber", customerPoNumber).maxLength("customerPoNumber", customerPoNumber, 30)
                .required("customer", customer).maxLength("customer", customer, 15)
                .check(shipAddress.size() <= 5, "shipAddress", "SYSPRO has five address lines, got " + shipAddress.size())
                .maxLength("shipPostalCode", shipPostalCode, 15).maxLength("email", email, 80)
                .check(!lines.isEmpty(), "lines", "an order needs at least one line")
                .required("options", options);
        for (int i = 0; i < shipAddress.size(); i++) {
            v.maxLength("shipAddress[" + i + "]", shipAddress.get(i), 40);
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            String at = "lines[" + i + "]";
            v.check(numbers.add(line.customerPoLine()), at + ".customerPoLine", "repeats line number " + line.customerPoLine());
            v.check(line.customerPoLine() > 0, at + ".customerPoLine", "must be positive");
            if (line instanceof OrderLine.StockLine stock) {
                v.required(at + ".stockCode", stock.stockCode()).maxLength(at + ".stockCode", stock.stockCode(), 30)
                        .required(at + ".orderQty", stock.orderQty()).positive(at + ".orderQty", stock.orderQty())
                        .check(stock.price() == null || stock.price().signum() >= 0, at + ".price", "must not be negative")
                        .scale(at + ".price", stock.price(), 5);
            } else if (line instanceof OrderLine.CommentLine comment) {
                v.required(at + ".comment", comment.comment()).maxLength(at + ".comment", comment.comment(), 100);
            } else if (line instanceof OrderLine.MiscChargeLine misc) {
                v.required(at + ".value", misc.value()).scale(at + ".value", misc.value(), 2);
            } else if (line instanceof OrderLine.FreightLine freight) {
                v.required(at + ".value", freight.value()).scale(at + ".value", freight.value(), 2);
            }
        }
        v.throwIfAny();
    }

    /**
     * Starts an order.
     *
     * @param customerPoNumber the order's key, {@code CustomerPoNumber}
     * @param customer         the customer code
     * @return a new builder
     */
    public static Builder builder(String customerPoNumber, String customer) {
        return new Builder(customerPoNumber, customer);
    }

    /**
     * A builder holding this request's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(customerPoNumber, customer).orderDate(orderDate).requestedShipDate(requestedShipDate)
                .warehouse(warehouse).shipTo(customerName, shipAddress, shipPostalCode).email(email)
                .specialInstructions(specialInstructions).orderStatus(orderStatus).options(options);
        lines.forEach(b::line);
        return b;
    }

    /**
     * {@code XmlParameters}.
     *
     * @return the parameters
     */
    public XmlNode parameters() {
        XmlNode.Builder p = XmlNode.element("Parameters")
                .leaf("Process", options.validateOnly() ? "VALIDATE" : "IMPORT")
                .leaf("IgnoreWarnings", options.ignoreWarnings().code())
                .leaf("AllowDuplicateOrderNumbers", "N")
                .leaf("CheckForCustomerPoNumbers", "Y")
                .leaf("ApplyIfEntireDocumentValid", options.applyIfEntireDocumentValid())
                .leaf("AlwaysUsePriceEntered", "Y")
                .leaf("OrderStatus", orderStatus == null ? null : orderStatus.code());
        return XmlNode.of("SalesOrders", p.build());
    }

    /**
     * {@code XmlIn}.
     *
     * @return the document
     */
    public XmlNode document() {
        XmlNode.Builder header = XmlNode.element("OrderHeader")
                .leaf("CustomerPoNumber", customerPoNumber).leaf("OrderActionType", "A").leaf("Customer", customer)
                .leaf("OrderDate", orderDate).leaf("RequestedShipDate", requestedShipDate).leaf("Warehouse", warehouse)
                .leaf("CustomerName", customerName);
        for (int i = 0; i < shipAddress.size(); i++) {
            header.leaf("ShipAddress" + (i + 1), shipAddress.get(i));
        }
        header.leaf("ShipPostalCode", shipPostalCode).leaf("Email", email).leaf("SpecialInstrs", specialInstructions);
        XmlNode.Builder details = XmlNode.element("OrderDetails");
        lines.forEach(l -> details.child(l.toXml()));
        return XmlNode.of("SalesOrders", XmlNode.of("Orders", header.build(), details.build()));
    }

    /** Builds a {@link SalesOrderImport}. */
    public static final class Builder {
        private final String customerPoNumber;
        private final String customer;
        private LocalDate orderDate;
        private LocalDate requestedShipDate;
        private String warehouse;
        private String customerName;
        private final List<String> shipAddress = new ArrayList<>();
        private String shipPostalCode;
        private String email;
        private String specialInstructions;
        private final List<OrderLine> lines = new ArrayList<>();
        private Status orderStatus;
        private PostingOptions options = PostingOptions.DEFAULTS;

        private Builder(String customerPoNumber, String customer) {
            this.customerPoNumber = customerPoNumber;
            this.customer = customer;
        }

        /**
         * {@code OrderDate}.
         *
         * @param date the date
         * @return this builder
         */
        public Builder orderDate(LocalDate date) {
            this.orderDate = date;
            return this;
        }

        /**
         * {@code RequestedShipDate}.
         *
         * @param date the date
         * @return this builder
         */
        public Builder requestedShipDate(LocalDate date) {
            this.requestedShipDate = date;
            return this;
        }

        /**
         * {@code Warehouse}.
         *
         * @param warehouse the warehouse
         * @return this builder
         */
        public Builder warehouse(String warehouse) {
            this.warehouse = warehouse;
            return this;
        }

        /**
         * The ship-to name and up to five address lines; lines over 40 characters are refused.
         *
         * @param name         the ship-to name
         * @param addressLines up to five lines
         * @param postalCode   the postcode
         * @return this builder
         */
        public Builder shipTo(String name, List<String> addressLines, String postalCode) {
            this.customerName = name;
            this.shipAddress.clear();
            this.shipAddress.addAll(addressLines);
            this.shipPostalCode = postalCode;
            return this;
        }

        /**
         * {@code Email}.
         *
         * @param email the address
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * {@code SpecialInstrs}.
         *
         * @param text the instructions
         * @return this builder
         */
        public Builder specialInstructions(String text) {
            this.specialInstructions = text;
            return this;
        }

        /**
         * A stock line numbered after the lines so far.
         *
         * @param stockCode the stock code
         * @param quantity  the quantity
         * @param price     the unit price
         * @return this builder
         */
        public Builder stockLine(String stockCode, BigDecimal quantity, BigDecimal price) {
            return line(new OrderLine.StockLine(lines.size() + 1, stockCode, null, quantity, null, price, null, null, null));
        }

        /**
         * Adds a line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(OrderLine line) {
            lines.add(line);
            return this;
        }

        /**
         * The status the order is imported in; null (the default) leaves it to SYSPRO.
         *
         * @param status the status
         * @return this builder
         */
        public Builder orderStatus(Status status) {
            this.orderStatus = status;
            return this;
        }

        /**
         * A comment line numbered after the lines so far (at most 100 characters).
         *
         * @param comment the comment
         * @return this builder
         */
        public Builder commentLine(String comment) {
            return line(new OrderLine.CommentLine(lines.size() + 1, comment));
        }

        /**
         * How SYSPRO imports it.
         *
         * @param options the posting options
         * @return this builder
         */
        public Builder options(PostingOptions options) {
            this.options = options;
            return this;
        }

        /**
         * Builds the order, checking it as the constructor does.
         *
         * @return the order
         * @throws io.tillbridge.client.ValidationException listing every problem
         */
        public SalesOrderImport build() {
            return new SalesOrderImport(customerPoNumber, customer, orderDate, requestedShipDate, warehouse, customerName,
                    shipAddress, shipPostalCode, email, specialInstructions, lines, orderStatus, options);
        }
    }
}
