package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;

/**
 * One line of a SORTOI {@code OrderDetails} (reference: syspro.md §4 SORTOI): a stock line, a comment,
 * a miscellaneous charge or freight. Each carries the caller's own line number ({@code CustomerPoLine}).
 */
public sealed interface OrderLine {

    /**
     * The caller's own line number, {@code CustomerPoLine}.
     *
     * @return the line number
     */
    int customerPoLine();

    /**
     * The line as SORTOI's {@code OrderDetails} XML.
     *
     * @return the XML
     */
    XmlNode toXml();

    /**
     * {@code StockLine>{CustomerPoLine, LineActionType, StockCode, Warehouse, OrderQty, OrderUom, Price,
     * PriceUom, AlwaysUsePriceEntered, LineDiscPercent1}}.
     *
     * @param warehouse      null for the order's or customer's default
     * @param price          plain decimal; SYSPRO refused long floats as "not numeric"
     * @param discountPercent line discount 1, or null
     */
    record StockLine(int customerPoLine, String stockCode, String warehouse, BigDecimal orderQty, String orderUom,
                     BigDecimal price, String priceUom, BigDecimal discountPercent, String taxCode) implements OrderLine {
        @Override
        public XmlNode toXml() {
            return XmlNode.element("StockLine").leaf("CustomerPoLine", customerPoLine).leaf("LineActionType", "A")
                    .leaf("StockCode", stockCode).leaf("Warehouse", warehouse).leaf("OrderQty", orderQty)
                    .leaf("OrderUom", orderUom).leaf("Price", price).leaf("PriceUom", priceUom)
                    .leaf("AlwaysUsePriceEntered", price == null ? null : "Y")
                    .leaf("LineDiscPercent1", discountPercent).leaf("StockTaxCode", taxCode).build();
        }
    }

    /** {@code CommentLine>{CustomerPoLine, LineActionType, Comment}}. */
    record CommentLine(int customerPoLine, String comment) implements OrderLine {
        @Override
        public XmlNode toXml() {
            return XmlNode.element("CommentLine").leaf("CustomerPoLine", customerPoLine).leaf("LineActionType", "A")
                    .leaf("Comment", comment).build();
        }
    }

    /** {@code MiscChargeLine>{CustomerPoLine, LineActionType, MiscChargeValue, MiscDescription, MiscTaxCode}}. */
    record MiscChargeLine(int customerPoLine, BigDecimal value, String description, String taxCode) implements OrderLine {
        @Override
        public XmlNode toXml() {
            return XmlNode.element("MiscChargeLine").leaf("CustomerPoLine", customerPoLine).leaf("LineActionType", "A")
                    .leaf("MiscChargeValue", value).leaf("MiscDescription", description).leaf("MiscTaxCode", taxCode).build();
        }
    }

    /** {@code FreightLine>{CustomerPoLine, LineActionType, FreightValue, FreightTaxCode}}. */
    record FreightLine(int customerPoLine, BigDecimal value, String taxCode) implements OrderLine {
        @Override
        public XmlNode toXml() {
            return XmlNode.element("FreightLine").leaf("CustomerPoLine", customerPoLine).leaf("LineActionType", "A")
                    .leaf("FreightValue", value).leaf("FreightTaxCode", taxCode).build();
        }
    }
}
