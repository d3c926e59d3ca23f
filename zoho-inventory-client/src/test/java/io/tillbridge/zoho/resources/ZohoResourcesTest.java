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
import io.tillbridge.zoho.model.PurchaseOrder;
import io.tillbridge.zoho.model.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    void purchaseOrdersSendPurchaseRateLineIdsAndLocations() {
        // OpenAPI purchaseorders.yml (reference §3.4): a line is bought at purchase_rate, not sold at rate, and
        // takes location_id; an update's line carries its line_item_id, or Zoho adds a line instead of editing it.
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/purchaseorders"))
                .willReturn(aResponse().withStatus(201).withBody(fixture("purchaseorder.json"))));
        stub.stubFor(put(urlPathEqualTo("/inventory/v1/purchaseorders/4815000000045001")).willReturn(okJson(fixture("purchaseorder.json"))));
        Inputs.PurchaseOrderLineInput line = Inputs.PurchaseOrderLineInput.of("4815000000044100", new BigDecimal("4.10"),
                new BigDecimal("50")).at("4815000000040001");
        PurchaseOrder created = zoho.purchaseOrders().create(Inputs.PurchaseOrderInput.builder("4815000000044500")
                .number("PO-00007").location("4815000000040001").line(line).build());
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/purchaseorders?" + ORG)).withRequestBody(equalToJson("""
                {"vendor_id":"4815000000044500","purchaseorder_number":"PO-00007","location_id":"4815000000040001",
                 "line_items":[{"item_id":"4815000000044100","purchase_rate":4.10,"quantity":50,"location_id":"4815000000040001"}]}""")));

        String lineId = created.lineItems().get(0).lineItemId();
        assertThat(lineId).isEqualTo("4815000000045011");
        zoho.purchaseOrders().update(created.purchaseorderId(), Inputs.PurchaseOrderInput.builder("4815000000044500")
                .line(line.editing(lineId)).build());
        stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/purchaseorders/4815000000045001?" + ORG)).withRequestBody(equalToJson("""
                {"vendor_id":"4815000000044500",
                 "line_items":[{"line_item_id":"4815000000045011","item_id":"4815000000044100","purchase_rate":4.10,"quantity":50,
                                "location_id":"4815000000040001"}]}""")));
    }

    static Stream<Arguments> resourcesWithoutACustomFieldEndpoint() {
        return Stream.of(
                Arguments.of("creditnotes", (Function<ZohoInventoryClient, ResourceService<?, ?>>) ZohoInventoryClient::creditNotes,
                        "4815000000048001", "creditnote-full.json", """
                        {"customer_id":"4815000000044001","date":"2026-11-24","creditnote_number":"CN-00003",
                         "line_items":[{"line_item_id":"4815000000048011","item_id":"4815000000044101","rate":45,"quantity":1,
                                        "invoice_id":"4815000000046001","invoice_item_id":"4815000000046011",
                                        "salesreturn_item_id":"4815000000047011","is_returned_to_stock":true,"is_item_shipped":true},
                                       {"line_item_id":"4815000000048012","item_id":"4815000000044100","rate":45,"quantity":1,
                                        "invoice_id":"4815000000046001","invoice_item_id":"4815000000046012","is_returned_to_stock":false}]}"""),
                Arguments.of("purchaseorders", (Function<ZohoInventoryClient, ResourceService<?, ?>>) ZohoInventoryClient::purchaseOrders,
                        "4815000000045001", "purchaseorder.json", """
                        {"purchaseorder_number":"PO-00007","vendor_id":"4815000000044500",
                         "line_items":[{"line_item_id":"4815000000045011","item_id":"4815000000044100","name":"Widget",
                                        "purchase_rate":4.1,"quantity":50,"location_id":"4815000000040001"}]}"""),
                Arguments.of("packages", (Function<ZohoInventoryClient, ResourceService<?, ?>>) ZohoInventoryClient::packages,
                        "4815000000051001", "package.json", """
                        {"date":"2026-11-24",
                         "line_items":[{"line_item_id":"4815000000051011","so_line_item_id":"4815000000044897","item_id":"4815000000044100",
                                        "name":"Widget","quantity":3},
                                       {"line_item_id":"4815000000051012","so_line_item_id":"4815000000044898","item_id":"4815000000044101",
                                        "name":"Gadget","quantity":1}]}"""),
                Arguments.of("inventoryadjustments",
                        (Function<ZohoInventoryClient, ResourceService<?, ?>>) ZohoInventoryClient::inventoryAdjustments,
                        "4815000000050001", "adjustment.json", """
                        {"date":"2026-11-24","reason":"Returned to stock","adjustment_type":"quantity",
                         "line_items":[{"line_item_id":"4815000000050011","item_id":"4815000000044101","name":"Gadget",
                                        "quantity_adjusted":1}]}"""),
                Arguments.of("salesreturns", (Function<ZohoInventoryClient, ResourceService<?, ?>>) ZohoInventoryClient::salesReturns,
                        "4815000000049001", "salesreturn.json", """
                        {"line_items":[{"line_item_id":"4815000000049011","item_id":"4815000000044101",
                                        "salesorder_item_id":"4815000000044898","quantity":1}]}"""));
    }

    /**
     * Where Zoho documents no custom-field endpoint, custom fields go out in an update that carries exactly
     * what the resource's update schema requires (OpenAPI update-…-request {@code required}: credit notes
     * customer_id, date, creditnote_number, line_items; purchase orders purchaseorder_number, vendor_id,
     * line_items; packages date, line_items; adjustments date, reason, adjustment_type, line_items; sales
     * returns line_items), read back from the record, each line with its id and the line fields the schema takes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("resourcesWithoutACustomFieldEndpoint")
    void customFieldsAreWrittenWithWhatTheUpdateSchemaRequires(String path, Function<ZohoInventoryClient, ResourceService<?, ?>> service,
                                                               String id, String fixture, String required) throws Exception {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/" + path + "/" + id)).willReturn(okJson(fixture(fixture))));
        stub.stubFor(put(urlPathEqualTo("/inventory/v1/" + path + "/" + id)).willReturn(okJson(fixture(fixture))));
        service.apply(zoho).setCustomFields(id, List.of(CustomFieldValue.byApiName("cf_opayo_ref", "R-1")));
        com.fasterxml.jackson.databind.node.ObjectNode expected = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(required);
        expected.putArray("custom_fields").addObject().put("api_name", "cf_opayo_ref").put("value", "R-1");
        stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/" + path + "/" + id + "?" + ORG))
                .withRequestBody(equalToJson(expected.toString())));
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
