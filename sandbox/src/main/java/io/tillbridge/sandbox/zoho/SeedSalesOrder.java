package io.tillbridge.sandbox.zoho;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales order to seed into the Zoho emulator, which computes its totals as Zoho does (lines, then
 * tax, then shipping). Build one with {@link #builder(String, String)}.
 *
 * @param customerId      the seeded customer's id
 * @param currencyCode    ISO 4217
 * @param lines           at least one
 * @param shippingCharge  {@code shipping_charge}; zero for none
 * @param shippingAddress {@code shipping_address}; null for the customer's
 * @param confirmed       true for {@code confirmed} (what order to cash charges), false for {@code draft}
 */
public record SeedSalesOrder(String customerId, String currencyCode, List<Line> lines, BigDecimal shippingCharge,
                             SeedAddress shippingAddress, boolean confirmed) {

    /**
     * Checks the customer, currency, lines and shipping charge; copies the lines.
     *
     * @param customerId      the customer's id
     * @param currencyCode    the ISO 4217 code
     * @param lines           the lines
     * @param shippingCharge  the shipping charge
     * @param shippingAddress the shipping address, or null
     * @param confirmed       confirmed or draft
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public SeedSalesOrder {
        Seeds.require(customerId, "salesOrder.customerId");
        Seeds.require(currencyCode, "salesOrder.currencyCode");
        Seeds.currency(currencyCode, "salesOrder.currencyCode");
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("salesOrder.lines: at least one line is needed");
        }
        lines = List.copyOf(lines);
        Seeds.notNegative(shippingCharge, "salesOrder.shippingCharge");
    }

    /**
     * One order line.
     *
     * @param itemId        the seeded item's id
     * @param quantity      more than zero
     * @param taxPercentage {@code tax_percentage}, for example 20 for UK VAT; zero for none
     * @param rate          the unit price; null for the item's own rate
     */
    public record Line(String itemId, BigDecimal quantity, BigDecimal taxPercentage, BigDecimal rate) {

        /**
         * Checks the item, quantity, tax and rate.
         *
         * @param itemId        the item's id
         * @param quantity      the quantity
         * @param taxPercentage the tax percentage
         * @param rate          the unit price, or null
         * @throws IllegalArgumentException naming the field that is wrong
         */
        public Line {
            Seeds.require(itemId, "line.itemId");
            if (quantity == null || quantity.signum() <= 0) {
                throw new IllegalArgumentException("line.quantity: must be more than zero, was " + quantity);
            }
            Seeds.notNegative(taxPercentage, "line.taxPercentage");
            if (rate != null) {
                Seeds.notNegative(rate, "line.rate");
            }
        }
    }

    /**
     * A builder for an order, confirmed unless told otherwise.
     *
     * @param customerId   the seeded customer's id
     * @param currencyCode the ISO 4217 code
     * @return the builder
     */
    public static Builder builder(String customerId, String currencyCode) {
        return new Builder(customerId, currencyCode);
    }

    ObjectNode toJson() {
        ObjectNode order = JsonNodeFactory.instance.objectNode().put("customer_id", customerId).put("currency_code", currencyCode);
        ArrayNode items = order.putArray("line_items");
        for (Line line : lines) {
            ObjectNode item = items.addObject().put("item_id", line.itemId()).put("quantity", line.quantity())
                    .put("tax_percentage", line.taxPercentage());
            if (line.rate() != null) {
                item.put("rate", line.rate());
            }
        }
        if (shippingCharge.signum() != 0) {
            order.put("shipping_charge", shippingCharge);
        }
        if (shippingAddress != null) {
            order.set("shipping_address", shippingAddress.toJson());
        }
        return order;
    }

    /** Collects lines; {@link #build()} checks everything. */
    public static final class Builder {
        private final String customerId;
        private final String currencyCode;
        private final List<Line> lines = new ArrayList<>();
        private BigDecimal shippingCharge = BigDecimal.ZERO;
        private SeedAddress shippingAddress;
        private boolean confirmed = true;

        private Builder(String customerId, String currencyCode) {
            this.customerId = customerId;
            this.currencyCode = currencyCode;
        }

        /**
         * Adds a line at the item's own rate.
         *
         * @param itemId        the seeded item's id
         * @param quantity      how many
         * @param taxPercentage the tax percentage as a decimal, for example {@code "20"}
         * @return this builder
         */
        public Builder line(String itemId, int quantity, String taxPercentage) {
            lines.add(new Line(itemId, BigDecimal.valueOf(quantity), Seeds.decimal(taxPercentage, "line.taxPercentage"), null));
            return this;
        }

        /**
         * Adds a line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(Line line) {
            lines.add(line);
            return this;
        }

        /**
         * The shipping charge, in the order's currency.
         *
         * @param amount as a decimal, for example {@code "4.95"}
         * @return this builder
         */
        public Builder shippingCharge(String amount) {
            this.shippingCharge = Seeds.decimal(amount, "salesOrder.shippingCharge");
            return this;
        }

        /**
         * Ships somewhere other than the customer's shipping address.
         *
         * @param address where to
         * @return this builder
         */
        public Builder shippingAddress(SeedAddress address) {
            this.shippingAddress = address;
            return this;
        }

        /**
         * Leaves the order in {@code draft}, which order to cash does not charge.
         *
         * @return this builder
         */
        public Builder draft() {
            this.confirmed = false;
            return this;
        }

        /**
         * The order.
         *
         * @return it, checked
         * @throws IllegalArgumentException naming the field that is wrong
         */
        public SeedSalesOrder build() {
            return new SeedSalesOrder(customerId, currencyCode, lines, shippingCharge, shippingAddress, confirmed);
        }
    }
}
