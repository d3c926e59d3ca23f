package io.tillbridge.zoho.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ValidationException;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.ZohoStubs;
import io.tillbridge.zoho.model.BulkResult;
import io.tillbridge.zoho.model.Contact;
import io.tillbridge.zoho.model.CustomFieldValue;
import io.tillbridge.zoho.model.CustomerPayment;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Item;
import io.tillbridge.zoho.model.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ZohoResourcesTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ZohoInventoryClient zoho;

    @BeforeEach
    void setUp() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        zoho = ZohoStubs.client(stub).build();
        assertThat(zoho).isNotNull();
    }

    private static final String ORG = "organization_id=" + ZohoStubs.ORG;

    @Test
    void readsASalesOrderLeniently() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders/4815000000044895")).willReturn(okJson(fixture("salesorder.json"))));
        SalesOrder order = zoho.salesOrders().get("4815000000044895");
        assertThat(order.salesorderNumber()).isEqualTo("SO-00042");
        assertThat(order.customerId()).isEqualTo("4815000000044001");             // a number on the wire
        assertThat(order.exchangeRate()).isEqualByComparingTo("1.00");          // a string on the wire
        assertThat(order.invoicedStatus()).isEmpty();                           // kept as Zoho sends it
        assertThat(order.discount()).isEqualTo("10.00%");
        assertThat(order.lineItems()).hasSize(2);
        assertThat(order.lineItems().get(1).rate()).isEqualByComparingTo("45.00");
        assertThat(order.lineItems().get(0).discount()).isEmpty();
        assertThat(order.total()).isEqualByComparingTo("89.51");
        assertThat(order.billingAddress().zip()).isEqualTo("BA1 1AA");
        assertThat(order.createdTime()).isEqualTo(OffsetDateTime.of(2026, 11, 24, 9, 15, 2, 0, ZoneOffset.UTC));
        assertThat(order.lastModifiedTime()).isEqualTo(OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(order.other()).containsEntry("salesperson_name", "New field Zoho added");
        stub.verify(getRequestedFor(urlEqualTo("/inventory/v1/salesorders/4815000000044895?" + ORG))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken tok-1")));
    }

    @Test
    void createsUpdatesDeletesConfirmsAndVoidsSalesOrders() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders")).willReturn(aResponse().withStatus(201).withBody(fixture("salesorder.json"))));
        // No custom-field endpoint is documented for sales orders: the update carries what its schema requires
        // (the customer and the lines, each with its line_item_id) along with the values.
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders/4815000000044895")).willReturn(okJson(fixture("salesorder.json"))));
        stub.stubFor(put(urlPathEqualTo("/inventory/v1/salesorders/4815000000044895")).willReturn(okJson(fixture("salesorder.json"))));
        zoho.salesOrders().setCustomFields("4815000000044895", List.of(CustomFieldValue.byId("460000000098001", "T-1"),
                CustomFieldValue.byApiName("cf_risk", "PASS")));
        stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/salesorders/4815000000044895?" + ORG)).withRequestBody(equalToJson("""
                {"customer_id":4815000000044001,
                 "line_items":[{"line_item_id":"4815000000044897","item_id":"4815000000044100","name":"Widget","rate":9.99,"quantity":3,"discount":""},
                               {"line_item_id":"4815000000044898","item_id":"4815000000044101","name":"Gadget","rate":"45.00","quantity":1,"discount":"10.00%"}],
                 "custom_fields":[{"customfield_id":"460000000098001","value":"T-1"},{"api_name":"cf_risk","value":"PASS"}]}""")));
        // Items, invoices and customer payments have documented endpoints, with singular paths.
        for (String singular : List.of("item", "invoice", "customerpayment")) {
            stub.stubFor(put(urlPathEqualTo("/inventory/v1/" + singular + "/7/customfields"))
                    .willReturn(okJson("{\"code\":0,\"message\":\"Custom Fields Updated Successfully\"}")));
        }
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/7")).willReturn(okJson(fixture("item.json"))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/invoices/7")).willReturn(okJson(fixture("invoice.json"))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/customerpayments/7")).willReturn(okJson(fixture("payment.json"))));
        zoho.items().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        zoho.invoices().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        zoho.customerPayments().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        for (String singular : List.of("item", "invoice", "customerpayment")) {
            stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/" + singular + "/7/customfields?" + ORG))
                    .withRequestBody(equalToJson("[{\"api_name\":\"cf_x\",\"value\":\"1\"}]")));
        }
        stub.verify(0, putRequestedFor(urlPathEqualTo("/inventory/v1/items/7")));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/contacts/7")).willReturn(okJson(fixture("contact.json"))));
        stub.stubFor(put(urlPathEqualTo("/inventory/v1/contacts/7")).willReturn(okJson(fixture("contact.json"))));
        zoho.contacts().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/contacts/7?" + ORG)).withRequestBody(equalToJson(
                "{\"contact_name\":\"Ada Lovelace\",\"custom_fields\":[{\"api_name\":\"cf_x\",\"value\":\"1\"}]}")));
        assertThatThrownBy(() -> CustomFieldValue.byId(null, "x")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> zoho.items().setCustomFields("7", List.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void filtersListsIncludingByModificationTime() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders")).willReturn(okJson(
                "{\"code\":0,\"salesorders\":[],\"page_context\":{\"has_more_page\":false}}")));
        assertThat(zoho.salesOrders().list(ListQuery.builder()
                .modifiedAfter(OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZoneOffset.ofHours(1)))
                .sortBy("date", false).search("Ada").parameter("filter_by", "Status.Confirmed").build())).isEmpty();
        stub.verify(getRequestedFor(urlEqualTo("/inventory/v1/salesorders?last_modified_time=2026-11-24T08%3A00%3A00%2B0100"
                + "&sort_column=date&sort_order=D&search_text=Ada&filter_by=Status.Confirmed&page=1&per_page=200&" + ORG)));
        assertThatThrownBy(() -> ListQuery.builder().parameter("page", "2").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("query.page: is set by the list itself");
    }
}
