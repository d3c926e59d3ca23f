package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.EnetValues;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sales order as SORQRY answers it (reference: syspro.md §4 SORQRY): root {@code SorDetail} with the
 * header fields, and {@code SalesOrderLine>Merchandise*} for stocked lines.
 * Elements this record does not map are kept in {@link #other()}.
 *
 * @param salesOrder       the order number
 * @param customer         the customer code
 * @param customerName     {@code CustomerName}
 * @param customerPoNumber the caller's reference
 * @param orderStatus      {@code OrderStatus} code (for example {@code 9} complete, {@code *} cancelled during entry)
 * @param orderStatusDesc  SYSPRO's description of the status
 * @param orderDate        {@code OrderDate}
 * @param requestedShipDate {@code ReqShipDate}
 * @param currency         {@code Currency}
 * @param lastInvoice      {@code LastInvoice}, or empty
 * @param lines            stocked lines
 * @param other            header elements not mapped above, trimmed
 */
public record SalesOrder(String salesOrder, String customer, String customerName, String customerPoNumber, String orderStatus,
                         String orderStatusDesc, LocalDate orderDate, LocalDate requestedShipDate, String currency,
                         String lastInvoice, List<Line> lines, Map<String, String> other) {

    private static final Set<String> MAPPED = Set.of("SalesOrder", "Customer", "CustomerName", "CustomerPoNumber", "OrderStatus",
            "OrderStatusDesc", "OrderDate", "ReqShipDate", "Currency", "LastInvoice");

    /**
     * A stocked line, {@code Merchandise>{MStockCode, MWarehouse, MOrderQty, MPrice, …}}.
     * UNVERIFIED: only {@code Merchandise} and {@code MOrderQty} are seen in the reference's sources;
     * the other M-prefixed names follow SYSPRO's SorDetail columns. {@code MOrderQty} may carry a unit
     * after the number ({@code 5.000 EA}); the number is read and the rest kept in {@link #other()}.
     */
    public record Line(String stockCode, String warehouse, BigDecimal orderQty, BigDecimal price, Map<String, String> other) {

        static final String ELEMENT = "Merchandise";
        static final String STOCK_CODE = "MStockCode";
        static final String WAREHOUSE = "MWarehouse";
        static final String ORDER_QTY = "MOrderQty";
        static final String PRICE = "MPrice";

        static Line from(XmlNode node) {
            String qty = node.text(ORDER_QTY).orElse("");
            String number = qty.split("\\s+")[0];
            return new Line(node.text(STOCK_CODE).orElse(""), node.text(WAREHOUSE).orElse(""),
                    EnetValues.decimal(ORDER_QTY, number).orElse(BigDecimal.ZERO), node.decimal(PRICE).orElse(null),
                    node.leavesExcept(Set.of(STOCK_CODE, WAREHOUSE, PRICE)));
        }
    }

    /**
     * Copies the lines and other fields.
     *
     * @param salesOrder       the order number
     * @param customer         the customer code
     * @param customerName     {@code CustomerName}
     * @param customerPoNumber the caller's reference
     * @param orderStatus      {@code OrderStatus} code (for example {@code 9} complete, {@code *} cancelled during
     *     entry)
     * @param orderStatusDesc  SYSPRO's description of the status
     * @param orderDate        {@code OrderDate}
     * @param requestedShipDate {@code ReqShipDate}
     * @param currency         {@code Currency}
     * @param lastInvoice      {@code LastInvoice}, or empty
     * @param lines            stocked lines
     * @param other            header elements not mapped above, trimmed
     */
    public SalesOrder {
        lines = List.copyOf(lines);
        other = Map.copyOf(other);
    }

    /**
     * The last invoice raised for the order.
     *
     * @return the invoice number, or empty when none was raised
     */
    public Optional<String> lastInvoiceNumber() {
        return lastInvoice.isEmpty() ? Optional.empty() : Optional.of(lastInvoice);
    }

    static SalesOrder from(XmlNode root) {
        List<Line> lines = root.all("SalesOrderLine").stream().flatMap(l -> l.all(Line.ELEMENT).stream()).map(Line::from).toList();
        return new SalesOrder(root.text("SalesOrder").orElse(""), root.text("Customer").orElse(""),
                root.text("CustomerName").orElse(""), root.text("CustomerPoNumber").orElse(""), root.text("OrderStatus").orElse(""),
                root.text("OrderStatusDesc").orElse(""), root.date("OrderDate").orElse(null),
                root.date("ReqShipDate").orElse(null), root.text("Currency").orElse(""), root.text("LastInvoice").orElse(""),
                lines, root.leavesExcept(MAPPED));
    }
}
