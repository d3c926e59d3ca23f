package io.tillbridge.mapping.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violation;
import io.tillbridge.mapping.model.Discount;
import io.tillbridge.mapping.model.OrderLine;
import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineAggregationTest {

    private static OrderLine line(String quantity, String rate, String discount, String tax) {
        return new OrderLine("item", null, null, new BigDecimal(quantity), new BigDecimal(rate),
                Discount.parse(discount, "discount"), new BigDecimal(tax));
    }

    private static SalesOrder order(String currency, String stated, SalesOrder.Pricing pricing, OrderLine... lines) {
        return new SalesOrder("1", "SO-1", "c", "confirmed", null, List.of(lines), pricing, Money.of(stated, currency),
                null, null, null, null);
    }

    private static SalesOrder.Pricing pricing(String discount, boolean beforeTax, boolean inclusive, String shipping, String adjustment) {
        return new SalesOrder.Pricing(Discount.parse(discount, "discount"), beforeTax, inclusive,
                new BigDecimal(shipping), new BigDecimal(adjustment));
    }

    /** One table of orders: each row is a document with its lines, pricing and the total it must add up to. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                               | cur | lines (qty×rate disc tax%; …)     | doc disc | before | incl  | ship  | adj   | total
        "plain lines                          | GBP | 2×10.00 0 0; 1×5.50 0 0           | 0        | true   | false | 0     | 0     | 25.50",
        "20% tax rounds once                  | GBP | 3×9.99 0 20                       | 0        | true   | false | 0     | 0     | 35.96",
        "shipping after tax                   | GBP | 3×9.99 0 20                       | 0        | true   | false | 4.99  | 0     | 40.95",
        "HALF_EVEN tie 2.345 → 2.34           | GBP | 1×2.345 0 0                       | 0        | true   | false | 0     | 0     | 2.34",
        "HALF_EVEN tie 2.355 → 2.36           | GBP | 1×2.355 0 0                       | 0        | true   | false | 0     | 0     | 2.36",
        "line discounts, percent and amount   | GBP | 4×25.00 10% 20; 2×12.50 5 0       | 0        | true   | false | 0     | 0     | 128.00",
        "document amount discount before tax  | GBP | 1×100.00 0 20; 1×50.00 0 0        | 15       | true   | false | 0     | 0     | 153.00",
        "document percent discount before tax | GBP | 1×100.00 0 20; 1×50.00 0 0        | 10%      | true   | false | 0     | 0     | 153.00",
        "document amount discount after tax   | GBP | 1×100.00 0 20; 1×50.00 0 0        | 10       | false  | false | 0     | 0     | 160.00",
        "document percent discount after tax  | GBP | 1×100.00 0 20; 1×50.00 0 0        | 10%      | false  | false | 0     | 0     | 153.00",
        "discounted tax base, one division    | GBP | 1×10.00 0 20; 1×20.00 0 0         | 1.00     | true   | false | 0     | 0     | 30.93",
        "tax-inclusive rates                  | GBP | 2×12.00 0 20                      | 0        | true   | true  | 3.00  | -0.50 | 26.50",
        "JPY has no decimals                  | JPY | 3×333 0 10                        | 0        | true   | false | 0     | 0     | 1099",
        "BHD has three decimals, tie to even  | BHD | 1×1.2345 0 0                      | 0        | true   | false | 0     | 0     | 1.234",
        "fractional quantities                | EUR | 0.5×3.33 0 0                      | 0        | true   | false | 0     | 0     | 1.66",
        "negative adjustment                  | EUR | 1×10.00 0 0                       | 0        | true   | false | 0     | -0.99 | 9.01",
        "free order lines                     | EUR | 1×0 0 20                          | 0        | true   | false | 2.00  | 0     | 2.00",
    })
    void addsLinesUpToTheStatedTotal(String name, String currency, String lines, String docDiscount, boolean beforeTax,
                                     boolean inclusive, String shipping, String adjustment, String total) {
        OrderLine[] parsed = java.util.Arrays.stream(lines.split(";")).map(String::trim).map(text -> {
            String[] parts = text.split(" ");
            String[] qtyRate = parts[0].split("×");
            return line(qtyRate[0], qtyRate[1], parts[1], parts[2]);
        }).toArray(OrderLine[]::new);
        SalesOrder order = order(currency, total, pricing(docDiscount, beforeTax, inclusive, shipping, adjustment), parsed);

        OrderTotal computed = LineAggregation.strict().verify(order);

        assertThat(computed.total()).isEqualTo(Money.of(total, currency));
        assertThat(LineAggregation.strict().opayoAmount(order)).isEqualTo(Money.of(total, currency).toMinorUnits());
    }

    @Test
    void showsItsWorking() {
        SalesOrder order = order("GBP", "153.00", pricing("15", true, false, "0", "0"),
                line("1", "100.00", "0", "20"), line("1", "50.00", "0", "0"));
        OrderTotal total = LineAggregation.strict().compute(order);
        assertThat(total.subtotal()).isEqualTo(Money.of("150.00", "GBP"));
        assertThat(total.discount()).isEqualTo(Money.of("15.00", "GBP"));
        assertThat(total.tax()).isEqualTo(Money.of("18.00", "GBP"));
        assertThat(total.shipping()).isEqualTo(Money.of("0", "GBP"));
        assertThat(total.adjustment()).isEqualTo(Money.of("0", "GBP"));
        assertThat(total.totalMinorUnits()).isEqualTo(15300);

        OrderTotal inclusive = LineAggregation.strict().compute(order("GBP", "24.00", pricing("0", true, true, "0", "0"),
                line("2", "12.00", "0", "20")));
        assertThat(inclusive.tax()).isEqualTo(Money.of("4.00", "GBP"));
    }

    @Test
    void aMismatchShowsBothFigures() {
        SalesOrder order = order("GBP", "25.51", SalesOrder.Pricing.NONE, line("2", "10.00", "0", "0"), line("1", "5.50", "0", "0"));
        assertThatThrownBy(() -> LineAggregation.strict().verify(order))
                .isInstanceOf(TotalMismatchException.class)
                .hasMessage("total: the document states GBP 25.51 but its lines add up to GBP 25.50")
                .satisfies(e -> {
                    TotalMismatchException mismatch = (TotalMismatchException) e;
                    assertThat(mismatch.stated()).isEqualTo(Money.of("25.51", "GBP"));
                    assertThat(mismatch.computed()).isEqualTo(Money.of("25.50", "GBP"));
                });
        assertThat(LineAggregation.withTolerance(1).verify(order).total()).isEqualTo(Money.of("25.50", "GBP"));
        assertThatThrownBy(() -> LineAggregation.withTolerance(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesEveryBadLine() {
        SalesOrder order = order("GBP", "1.00", SalesOrder.Pricing.NONE,
                line("-1", "10.00", "0", "0"), line("1", "-2.00", "0", "-5"), line("1", "5.00", "6", "0"));
        assertThatThrownBy(() -> LineAggregation.strict().compute(order))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("lines[0].quantity", "lines[1].rate", "lines[1].taxPercentage", "lines[2].discount"));
    }

    @Test
    void refusesImpossibleDocuments() {
        assertThatThrownBy(() -> LineAggregation.strict().compute(order("GBP", "0.00", SalesOrder.Pricing.NONE)))
                .hasMessage("lines: an order needs at least one line");
        assertThatThrownBy(() -> LineAggregation.strict().compute(order("GBP", "0.00", pricing("20", true, false, "0", "0"),
                line("1", "10.00", "0", "0"))))
                .hasMessage("discount: of 20 exceeds the amount it applies to, 10.00");
        assertThatThrownBy(() -> LineAggregation.strict().compute(order("GBP", "0.00", pricing("0", true, false, "-1", "0"),
                line("1", "10.00", "0", "0"))))
                .hasMessage("shippingCharge: must not be negative, got -1");
        assertThatThrownBy(() -> LineAggregation.strict().opayoAmount(order("GBP", "0.00", SalesOrder.Pricing.NONE,
                line("1", "0", "0", "0"))))
                .hasMessage("total: Opayo charges only positive amounts, got GBP 0.00");
    }

    @Test
    void discountsParseBothZohoSpellings() {
        assertThat(Discount.parse("20.00%", "d")).isEqualTo(new Discount.PercentOff(new BigDecimal("20.00")));
        assertThat(Discount.parse(" 5 ", "d")).isEqualTo(new Discount.AmountOff(new BigDecimal("5")));
        assertThat(Discount.parse(null, "d")).isEqualTo(Discount.none());
        assertThatThrownBy(() -> Discount.parse("ten", "discount")).hasMessage("discount: 'ten' is neither an amount nor a percentage");
        assertThatThrownBy(() -> Discount.parse("101%", "discount")).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new Discount.AmountOff(new BigDecimal("-1"))).hasMessageContaining("must not be negative");
    }
}
