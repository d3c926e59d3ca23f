package io.tillbridge.mapping.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FieldSuggesterTest {

    private final FieldSuggester suggester = FieldSuggester.defaults();

    @ParameterizedTest(name = "{0} ↔ {1} = {2}")
    @CsvSource({
        "salesorder_number, vendorTxCode,      100",
        "vendorTxCode,      CustomerPoNumber,  100",
        "total,             PaymentAmount,     100",
        "currency_code,     currency,          100",
        "transactionId,     ReferenceNumber,   100",
        "customer_email,    CustomerEmail,     100",     // same words: customer + email
        "bank_auth_code,    bankAuthCode,      100",
        "order_date,        OrderDt,           100",
        "shipping_zip,      ShipPostalCode,    67",      // shipping and postcode shared; code is not
        "salesorder_id,     StockCode,         0",
    })
    void scoresPairs(String source, String target, int score) {
        assertThat(suggester.score(source, target).score()).isEqualTo(score);
    }

    @Test
    void ranksSuggestionsBestFirstAndDropsWeakOnes() {
        List<FieldSuggester.Suggestion> suggestions = suggester.suggest(
                List.of("salesorder_number", "total", "currency_code", "cf_risk_score"),
                List.of("CustomerPoNumber", "PaymentValue", "Currency", "GLAccount", "RiskScore"));
        assertThat(suggestions).extracting(FieldSuggester.Suggestion::source, FieldSuggester.Suggestion::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cf_risk_score", "RiskScore"),
                        org.assertj.core.groups.Tuple.tuple("currency_code", "Currency"),
                        org.assertj.core.groups.Tuple.tuple("salesorder_number", "CustomerPoNumber"),
                        org.assertj.core.groups.Tuple.tuple("total", "PaymentValue"));
        assertThat(suggestions.get(2).reason()).isEqualTo("both are order reference");
        assertThat(suggestions.get(0).reason()).isEqualTo("shared words [risk, score]");
    }

    @Test
    void hostsAddConceptsAndCutOffs() {
        FieldSuggester custom = suggester.withConcept("warehouse", "location_id", "Warehouse").withMinimumScore(100);
        assertThat(custom.suggest(List.of("location_id", "shipping_zip"), List.of("Warehouse", "ShipPostalCode")))
                .extracting(FieldSuggester.Suggestion::target).containsExactly("Warehouse");
        assertThat(suggester.score("a", "b").reason()).isEqualTo("no shared words");
        assertThatThrownBy(() -> suggester.withMinimumScore(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(suggester.tokens("XMLHttpRequest2")).containsExactly("xml", "http", "request", "2");
    }
}
