package io.tillbridge.mapping.lines;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Discount;
import io.tillbridge.mapping.model.OrderLine;
import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * Adds up Zoho-style order lines into the one amount Opayo charges: quantity × rate, less the line
 * discount (amount or percent), plus tax per line; then the document discount (before or after
 * tax), the shipping charge and the adjustment. Everything is exact until the single
 * {@code HALF_EVEN} rounding of the total. A total that does not match the document's stated total
 * is a {@link TotalMismatchException} showing both figures: charging a figure the customer was not
 * shown is worse than stopping.
 *
 * <p>Zoho itself may round tax per line; a host whose data shows that can allow a tolerance of a
 * few minor units with {@link #withTolerance(long)}. The default tolerance is zero.
 */
public final class LineAggregation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long toleranceMinorUnits;

    private LineAggregation(long toleranceMinorUnits) {
        this.toleranceMinorUnits = toleranceMinorUnits;
    }

    /**
     * Stated and computed totals must be equal.
     *
     * @return the strict aggregation
     */
    public static LineAggregation strict() {
        return new LineAggregation(0);
    }

    /**
     * Stated and computed totals may differ by at most this many minor units.
     *
     * @param minorUnits the tolerance, in the currency's minor units; not negative
     * @return the aggregation
     */
    public static LineAggregation withTolerance(long minorUnits) {
        if (minorUnits < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        return new LineAggregation(minorUnits);
    }

    /**
     * Computes the order's total from its lines without comparing it to the stated total.
     *
     * @param order the sales order
     * @return the computed total
     * @throws InvalidInputException listing every invalid line or pricing field
     */
    public OrderTotal compute(SalesOrder order) {
        Currency currency = order.total().currency();
        SalesOrder.Pricing pricing = order.pricing();
        Violations violations = new Violations();
        if (order.lines().isEmpty()) {
            violations.add("lines", "an order needs at least one line");
        }
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal taxTimes100 = BigDecimal.ZERO; // Σ net × tax% (exclusive tax), kept ×100 to stay exact
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            BigDecimal net = lineNet(line, "lines[" + i + "]", violations);
            subtotal = subtotal.add(net);
            taxTimes100 = taxTimes100.add(net.multiply(line.taxPercentage()));
        }
        violations.throwIfAny();

        BigDecimal tax;      // exact unless it needs a division, then an exact fraction handled below
        BigDecimal discount;
        BigDecimal numerator;
        BigDecimal denominator = BigDecimal.ONE;
        BigDecimal extras = pricing.shippingCharge().add(pricing.adjustment());
        if (pricing.shippingCharge().signum() < 0) {
            violations.add("shippingCharge", "must not be negative, got " + pricing.shippingCharge().toPlainString());
        }
        if (pricing.taxInclusive()) {
            discount = documentDiscount(pricing.discount(), subtotal, violations);
            numerator = subtotal.subtract(discount).add(extras);
            tax = includedTax(order.lines());
        } else if (pricing.discountBeforeTax()) {
            discount = documentDiscount(pricing.discount(), subtotal, violations);
            if (subtotal.signum() == 0) {
                tax = BigDecimal.ZERO;
                numerator = extras.subtract(discount);
            } else {
                // tax on the discounted base: Σ net×t/100 × (subtotal − D)/subtotal, one division at the end
                BigDecimal base = subtotal.subtract(discount);
                denominator = subtotal.multiply(HUNDRED);
                numerator = base.add(extras).multiply(denominator).add(taxTimes100.multiply(base));
                tax = taxTimes100.multiply(base).divide(denominator, scaleOf(currency) + 6, RoundingMode.HALF_EVEN);
            }
        } else {
            tax = taxTimes100.divide(HUNDRED);
            discount = documentDiscount(pricing.discount(), subtotal.add(tax), violations);
            numerator = subtotal.add(tax).subtract(discount).add(extras);
        }
        violations.throwIfAny();

        BigDecimal total = numerator.divide(denominator, scaleOf(currency), RoundingMode.HALF_EVEN);
        return new OrderTotal(display(subtotal, currency), display(discount, currency), display(tax, currency),
                display(pricing.shippingCharge(), currency), display(pricing.adjustment(), currency),
                Money.of(total, currency));
    }

    /**
     * Computes the total and checks it against the document's stated total.
     *
     * @param order the sales order
     * @return the verified total
     * @throws TotalMismatchException when they differ by more than the tolerance
     */
    public OrderTotal verify(SalesOrder order) {
        OrderTotal computed = compute(order);
        long difference = Math.abs(computed.total().toMinorUnits() - order.total().toMinorUnits());
        if (difference > toleranceMinorUnits) {
            throw new TotalMismatchException(order.total(), computed.total());
        }
        return computed;
    }

    /**
     * The amount to send to Opayo for the order, in minor units: the verified stated total, which
     * must be positive.
     *
     * @param order the sales order
     * @return the amount in minor units
     */
    public long opayoAmount(SalesOrder order) {
        verify(order);
        if (!order.total().isPositive()) {
            throw new InvalidInputException("total", "Opayo charges only positive amounts, got " + order.total());
        }
        return order.total().toMinorUnits();
    }

    private static BigDecimal lineNet(OrderLine line, String field, Violations violations) {
        boolean valid = true;
        if (line.quantity().signum() < 0) {
            violations.add(field + ".quantity", "must not be negative, got " + line.quantity().toPlainString());
            valid = false;
        }
        if (line.rate().signum() < 0) {
            violations.add(field + ".rate", "must not be negative, got " + line.rate().toPlainString());
            valid = false;
        }
        if (line.taxPercentage().signum() < 0) {
            violations.add(field + ".taxPercentage", "must not be negative, got " + line.taxPercentage().toPlainString());
            valid = false;
        }
        if (!valid) {
            return BigDecimal.ZERO;
        }
        BigDecimal gross = line.quantity().multiply(line.rate());
        BigDecimal off = discountAmount(line.discount(), gross);
        if (off.compareTo(gross) > 0) {
            violations.add(field + ".discount", "of " + off.toPlainString() + " exceeds the line amount " + gross.toPlainString());
            return BigDecimal.ZERO;
        }
        return gross.subtract(off);
    }

    private static BigDecimal documentDiscount(Discount discount, BigDecimal base, Violations violations) {
        BigDecimal off = discountAmount(discount, base);
        if (off.compareTo(base) > 0) {
            violations.add("discount", "of " + off.toPlainString() + " exceeds the amount it applies to, " + base.toPlainString());
        }
        return off;
    }

    private static BigDecimal discountAmount(Discount discount, BigDecimal base) {
        if (discount instanceof Discount.PercentOff percentOff) {
            return base.multiply(percentOff.percent()).divide(HUNDRED);
        }
        return ((Discount.AmountOff) discount).amount();
    }

    /** Tax contained in tax-inclusive lines: net × t / (100 + t) per line; for display only. */
    private static BigDecimal includedTax(List<OrderLine> lines) {
        BigDecimal tax = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            BigDecimal gross = line.quantity().multiply(line.rate());
            BigDecimal net = gross.subtract(discountAmount(line.discount(), gross));
            tax = tax.add(net.multiply(line.taxPercentage())
                    .divide(HUNDRED.add(line.taxPercentage()), 10, RoundingMode.HALF_EVEN));
        }
        return tax;
    }

    private static int scaleOf(Currency currency) {
        return Money.minorUnits(currency);
    }

    private static Money display(BigDecimal value, Currency currency) {
        return Money.ofRounded(value, currency, RoundingMode.HALF_EVEN);
    }
}
