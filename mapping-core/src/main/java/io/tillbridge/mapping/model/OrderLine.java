package io.tillbridge.mapping.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a sales order, purchase order, invoice or credit note, in Zoho's terms.
 *
 * @param itemId        the item's id in the source system
 * @param sku           the stock code (SYSPRO {@code StockCode}); may be null
 * @param name          may be null
 * @param quantity      not negative
 * @param rate          unit price; may carry more decimals than the currency (rounding happens once, on the total)
 * @param discount      line discount, amount or percent
 * @param taxPercentage tax rate in percent; zero when untaxed
 */
public record OrderLine(String itemId, String sku, String name, BigDecimal quantity, BigDecimal rate,
                        Discount discount, BigDecimal taxPercentage) {

    /**
     * Requires a quantity and a rate; no discount and no tax percentage read as none.
     *
     * @param itemId        the item's id in the source system
     * @param sku           the stock code (SYSPRO {@code StockCode}); may be null
     * @param name          may be null
     * @param quantity      not negative
     * @param rate          unit price; may carry more decimals than the currency (rounding happens once, on the
     *     total)
     * @param discount      line discount, amount or percent
     * @param taxPercentage tax rate in percent; zero when untaxed
     */
    public OrderLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(rate, "rate");
        discount = discount == null ? Discount.none() : discount;
        taxPercentage = taxPercentage == null ? BigDecimal.ZERO : taxPercentage;
    }

    /**
     * A plain line with no name, description, discount or tax, for tests and simple sources.
     *
     * @param itemId   the item's id in the source system
     * @param quantity the quantity, as a decimal string
     * @param rate     the unit price, as a decimal string
     * @return the line
     */
    public static OrderLine of(String itemId, String quantity, String rate) {
        return new OrderLine(itemId, null, null, new BigDecimal(quantity), new BigDecimal(rate), null, null);
    }
}
