package io.tillbridge.mapping.lines;

import io.tillbridge.mapping.money.Money;

/**
 * How an order's lines add up. {@code total} is computed exactly and rounded once; the parts are
 * each rounded for display, so they may differ from {@code total} by rounding.
 *
 * @param subtotal   lines after their own discounts
 * @param discount   the document-level discount
 * @param tax        tax (for tax-inclusive orders, the tax contained in the lines)
 * @param shipping   shipping charge
 * @param adjustment signed adjustment
 * @param total      what the customer pays
 */
public record OrderTotal(Money subtotal, Money discount, Money tax, Money shipping, Money adjustment, Money total) {

    /**
     * The total in Opayo's integer minor units.
     *
     * @return the total in minor units
     */
    public long totalMinorUnits() {
        return total.toMinorUnits();
    }
}
