package io.tillbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxDayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void theSameSeedGivesTheSameDay() {
        try (ZohoEmulator first = SandboxValues.zohoEmulator(CLOCK).start(); ZohoEmulator second = SandboxValues.zohoEmulator(CLOCK).start()) {
            SandboxDay a = SandboxDay.seed(first, 40, 11);
            SandboxDay b = SandboxDay.seed(second, 40, 11);

            assertThat(a.salesOrders()).hasSize(40).isEqualTo(b.salesOrders());
            assertThat(totals(first, a)).isEqualTo(totals(second, b));
            assertThat(a.salesOrders()).allSatisfy(id -> assertThat(a.cardOf(first.record("salesorders", id).path("customer_id").asText()))
                    .isEqualTo(b.cardOf(second.record("salesorders", id).path("customer_id").asText())));
        }
    }

    @Test
    void aDayHasConfirmedOrdersInThreeCurrenciesWithEveryKindOfCard() {
        try (ZohoEmulator zoho = SandboxValues.zohoEmulator(CLOCK).start()) {
            SandboxDay day = SandboxDay.seed(zoho, 200, 2026);

            List<ObjectNode> orders = day.salesOrders().stream().map(id -> zoho.record("salesorders", id)).toList();
            assertThat(orders).allSatisfy(order -> assertThat(order.path("status").asText()).isEqualTo("confirmed"));
            assertThat(orders.stream().map(o -> o.path("currency_code").asText()).collect(Collectors.toSet()))
                    .isEqualTo(Set.of("GBP", "EUR", "JPY"));
            assertThat(orders.stream().map(o -> day.cardOf(o.path("customer_id").asText())).collect(Collectors.toSet()))
                    .contains(SandboxCards.VISA_DECLINED, SandboxCards.VISA_3DS, SandboxCards.VISA_DEBIT);
            assertThat(orders).anySatisfy(o -> assertThat(o.path("shipping_address").path("country").asText()).isEqualTo("Nigeria"));
            assertThat(orders).allSatisfy(o -> assertThat(o.path("billing_address").path("zip").asText()).isEqualTo(SandboxDay.POSTCODE));
            assertThat(day.cardOf("not-a-customer")).isNull();
        }
    }

    @Test
    void aDayHasAtLeastOneOrder() {
        try (ZohoEmulator zoho = SandboxValues.zohoEmulator(CLOCK).start()) {
            assertThatThrownBy(() -> SandboxDay.seed(zoho, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("orders: at least one, was 0");
        }
    }

    private static List<String> totals(ZohoEmulator zoho, SandboxDay day) {
        return day.salesOrders().stream().map(id -> zoho.record("salesorders", id)).map(JsonNode.class::cast)
                .map(o -> o.path("currency_code").asText() + " " + o.path("total").decimalValue().toPlainString()).toList();
    }
}
