package io.tillbridge.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ApiException;
import io.tillbridge.zoho.model.CreditNoteRefund;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.resources.ListQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers read as Zoho publishes them, and nothing that would silently lose data. */
class AnswerShapeTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ZohoInventoryClient zoho;

    @BeforeEach
    void setUp() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        zoho = ZohoStubs.client(stub).build();
    }

    @ParameterizedTest(name = "list answer {0}")
    @ValueSource(strings = {"{\"code\":0,\"message\":\"success\"}", "{\"code\":0,\"message\":\"success\",\"salesorders\":{}}",
            "{\"code\":0,\"message\":\"success\",\"salesorders\":null}"})
    void aListAnswerWithoutItsArrayIsAnErrorNotAnEmptyList(String body) {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders")).willReturn(okJson(body)));
        assertThatThrownBy(() -> zoho.salesOrders().list(ListQuery.ALL).toList())
                .isInstanceOf(ApiException.class).hasMessageContaining("salesorders");
    }

    @Test
    void anEmptyArrayIsAnEmptyList() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders")).willReturn(okJson(
                "{\"code\":0,\"message\":\"success\",\"salesorders\":[],\"page_context\":{\"has_more_page\":false}}")));
        assertThat(zoho.salesOrders().list(ListQuery.ALL).toList()).isEmpty();
    }

    @Test
    void creditNoteRefundsAreReadFromTheListShape() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/creditnotes/4815000000048001/refunds"))
                .willReturn(okJson(fixture("creditnote-refunds-list.json"))));
        List<CreditNoteRefund> refunds = zoho.creditNotes().refunds("4815000000048001");
        assertThat(refunds).hasSize(2);
        assertThat(refunds.get(0).amountFcy()).isEqualByComparingTo("45.0");
        assertThat(refunds.get(0).amountBcy()).isEqualByComparingTo("38.25");
        assertThat(refunds.get(0).amountInNoteCurrency()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("45"));
        assertThat(refunds.get(0).creditnoteNumber()).isEqualTo("CN-00017");
        assertThat(refunds.get(1).amountInNoteCurrency()).isEmpty();

        stub.stubFor(get(urlPathEqualTo("/inventory/v1/creditnotes/4815000000048002/refunds"))
                .willReturn(okJson("{\"code\":0,\"message\":\"success\"}")));
        assertThatThrownBy(() -> zoho.creditNotes().refunds("4815000000048002")).isInstanceOf(ApiException.class);
    }

    @Test
    void theCreateAnswerStillReadsAmount() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/creditnotes/4815000000048001/refunds"))
                .willReturn(aResponse().withStatus(201).withBody(fixture("creditnote-refund.json"))));
        CreditNoteRefund refund = zoho.creditNotes().refund("4815000000048001",
                new Inputs.CreditNoteRefundInput(LocalDate.of(2026, 11, 24), "creditcard", "R-TX-1", new BigDecimal("45"), null, null));
        assertThat(refund.amountInNoteCurrency()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("45"));
    }

    @Test
    void amountsAreWrittenInPlainNotation() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/creditnotes/1/refunds"))
                .willReturn(aResponse().withStatus(201).withBody(fixture("creditnote-refund.json"))));
        zoho.creditNotes().refund("1", new Inputs.CreditNoteRefundInput(LocalDate.of(2026, 11, 24), "creditcard", "R",
                new BigDecimal("1E+2"), null, null));
        stub.verify(postRequestedFor(urlPathEqualTo("/inventory/v1/creditnotes/1/refunds"))
                .withRequestBody(equalToJson("{\"date\":\"2026-11-24\",\"refund_mode\":\"creditcard\",\"reference_number\":\"R\",\"amount\":100}")));
        assertThat(stub.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("\"amount\":100").doesNotContain("E+");
    }

    @Test
    void aCreateAnsweredWithAOneElementArrayIsASuccess() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders"))
                .willReturn(aResponse().withStatus(201).withBody(fixture("salesorder-created-in-array.json"))));
        var created = zoho.salesOrders().create(new Inputs.SalesOrderInput("4815000000044001", null, null, null, null,
                List.of(Inputs.LineItemInput.of("4815000000044100", new BigDecimal("9.99"), BigDecimal.ONE)),
                null, null, null, null, null, null, null));
        assertThat(created.salesorderId()).isEqualTo("4815000000044895");
    }
}
