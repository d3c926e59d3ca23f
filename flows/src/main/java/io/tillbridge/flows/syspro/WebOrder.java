package io.tillbridge.flows.syspro;

import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.RiskInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A paid web order as the host hands it over: the Opayo payment and the order's data.
 *
 * @param vendorTxCode  the Opayo vendorTxCode: the order's key, SYSPRO's CustomerPoNumber and the AR payment's reference
 * @param transactionId the Opayo transaction id, kept on the order and the payment for traceability
 * @param paid          what Opayo captured
 * @param customer      the SYSPRO customer code
 * @param warehouse     the SYSPRO warehouse every line ships from
 * @param lines         the stock lines
 * @param shipTo        the ship-to address; may be null (the customer's own)
 * @param email         may be null
 * @param cardType      Opayo's card type (for GL rules); may be null
 * @param channel       the sales channel (for GL rules); may be null
 * @param risk          what the risk policy scores; null when the host scores nothing
 * @param invoice       the SYSPRO invoice to pay when it exists at payment time; may be null
 */
public record WebOrder(String vendorTxCode, String transactionId, Money paid, String customer, String warehouse,
                       List<Line> lines, Address shipTo, String email, String cardType, String channel, RiskInput risk,
                       String invoice) {

    /**
     * One stock line.
     *
     * @param stockCode the SYSPRO stock code
     * @param quantity  the quantity ordered
     * @param price     the unit price
     */
    public record Line(String stockCode, BigDecimal quantity, BigDecimal price) {
        /**
         * Requires every component.
         *
         * @param stockCode the SYSPRO stock code
         * @param quantity  the quantity ordered
         * @param price     the unit price
         */
        public Line {
            Objects.requireNonNull(stockCode, "stockCode");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(price, "price");
        }
    }

    /**
     * Requires the vendorTxCode, transaction id, amount paid, customer and warehouse, and copies the lines.
     *
     * @param vendorTxCode  the Opayo vendorTxCode: the order's key, SYSPRO's CustomerPoNumber and the AR payment's
     *     reference
     * @param transactionId the Opayo transaction id, kept on the order and the payment for traceability
     * @param paid          what Opayo captured
     * @param customer      the SYSPRO customer code
     * @param warehouse     the SYSPRO warehouse every line ships from
     * @param lines         the stock lines
     * @param shipTo        the ship-to address; may be null (the customer's own)
     * @param email         may be null
     * @param cardType      Opayo's card type (for GL rules); may be null
     * @param channel       the sales channel (for GL rules); may be null
     * @param risk          what the risk policy scores; null when the host scores nothing
     * @param invoice       the SYSPRO invoice to pay when it exists at payment time; may be null
     */
    public WebOrder {
        Objects.requireNonNull(vendorTxCode, "vendorTxCode");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(lines);
    }
}
