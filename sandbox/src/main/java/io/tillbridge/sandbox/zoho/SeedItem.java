package io.tillbridge.sandbox.zoho;

import java.math.BigDecimal;

/**
 * An inventory item to seed into the Zoho emulator.
 *
 * @param name  {@code name}; required
 * @param sku   {@code sku}; required
 * @param rate  the selling price, in the currency of the order it is sold in; not negative
 * @param stock {@code stock_on_hand}; not negative
 */
public record SeedItem(String name, String sku, BigDecimal rate, BigDecimal stock) {

    /**
     * Checks the name, SKU, rate and stock.
     *
     * @param name  the name
     * @param sku   the SKU
     * @param rate  the price
     * @param stock the stock on hand
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public SeedItem {
        Seeds.require(name, "item.name");
        Seeds.require(sku, "item.sku");
        Seeds.notNegative(rate, "item.rate");
        Seeds.notNegative(stock, "item.stock");
    }

    /**
     * An item from text amounts, for example {@code SeedItem.of("Widget", "WID-1", "9.99", "100")}.
     *
     * @param name  the name
     * @param sku   the SKU
     * @param rate  the price, as a decimal
     * @param stock the stock on hand, as a decimal
     * @return the item
     */
    public static SeedItem of(String name, String sku, String rate, String stock) {
        return new SeedItem(name, sku, Seeds.decimal(rate, "item.rate"), Seeds.decimal(stock, "item.stock"));
    }
}
