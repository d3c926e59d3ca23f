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
        stub.stubFor(put(urlPathEqualTo("/inventory/v1/salesorders/1")).willReturn(okJson(fixture("salesorder.json"))));
        stub.stubFor(delete(urlPathEqualTo("/inventory/v1/salesorders/1")).willReturn(okJson("{\"code\":0,\"message\":\"The Sales Order has been deleted.\"}")));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders/1/status/confirmed")).willReturn(okJson("{\"code\":0,\"message\":\"ok\"}")));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders/1/status/void")).willReturn(okJson("{\"code\":0,\"message\":\"ok\"}")));

        Inputs.SalesOrderInput input = new Inputs.SalesOrderInput("4815000000044001", "SO-00042", LocalDate.of(2026, 11, 24), null, null,
                List.of(Inputs.LineItemInput.of("4815000000044100", new BigDecimal("9.99"), new BigDecimal("3"))),
                "10%", true, false, new BigDecimal("4.95"), null, null,
                List.of(CustomFieldValue.byApiName("cf_channel", "web")));
        zoho.salesOrders().create(input);
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/salesorders?" + ORG)).withRequestBody(equalToJson("""
                {"customer_id":"4815000000044001","salesorder_number":"SO-00042","date":"2026-11-24",
                 "line_items":[{"item_id":"4815000000044100","rate":9.99,"quantity":3}],"discount":"10%",
                 "is_discount_before_tax":true,"is_inclusive_tax":false,"shipping_charge":4.95,
                 "custom_fields":[{"api_name":"cf_channel","value":"web"}]}""")));
        zoho.salesOrders().update("1", input);
        zoho.salesOrders().confirm("1");
        zoho.salesOrders().voidOrder("1");
        zoho.salesOrders().delete("1");
        stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/salesorders/1?" + ORG)));
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/salesorders/1/status/confirmed?" + ORG)));
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/salesorders/1/status/void?" + ORG)));
        stub.verify(deleteRequestedFor(urlEqualTo("/inventory/v1/salesorders/1?" + ORG)));
    }

    @Test
    void validatesInputsBeforeSending() {
        assertThatThrownBy(() -> zoho.salesOrders().create(new Inputs.SalesOrderInput(" ", null, null, null, null, List.of(),
                null, null, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("customerId").hasMessageContaining("lineItems");
        assertThatThrownBy(() -> zoho.salesOrders().get(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> zoho.salesReturns().create(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> zoho.packages().create(null)).isInstanceOf(UnsupportedOperationException.class);
        stub.verify(0, postRequestedFor(urlPathEqualTo("/inventory/v1/salesorders")));
    }

    @Test
    void bulkConfirmReportsEachRecord() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders/status/confirmed")).willReturn(okJson("""
                {"code":0,"message":"done","data":{"email_success_info":[{"code":0,"message":"Confirmed","ids":["1","2"]}],
                 "email_error_info":[{"code":36004,"message":"Already void","ids":["3"]}]}}""")));
        BulkResult result = zoho.salesOrders().confirmAll(List.of("1", "2", "3"));
        assertThat(result.allSucceeded()).isFalse();
        assertThat(result.records()).extracting(BulkResult.RecordResult::code).containsExactly(0, 36004);
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/salesorders/status/confirmed?salesorder_ids=1%2C2%2C3&" + ORG)));
    }

    @Test
    void readsItemsWithStockAndContactsWithPersons() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/4815000000044100")).willReturn(okJson(fixture("item.json"))));
        Item item = zoho.items().get("4815000000044100");
        assertThat(item.stockOnHand()).isEqualByComparingTo("120");
        assertThat(item.availableStock()).isEqualByComparingTo("115");
        assertThat(item.reorderLevel()).isNull();
        assertThat(item.lastModifiedTime().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(item.createdTime().toLocalDate()).isEqualTo(LocalDate.of(2013, 11, 18));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/items")).willReturn(okJson(fixture("item.json"))));
        zoho.items().create(new Inputs.ItemInput("Widget", "WID-1", new BigDecimal("9.99"), null, "pcs", "inventory", "goods", null, null, null));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/items/4815000000044100/inactive")).willReturn(okJson("{\"code\":0}")));
        zoho.items().deactivate("4815000000044100");

        stub.stubFor(get(urlPathEqualTo("/inventory/v1/contacts/4815000000044001")).willReturn(okJson(fixture("contact.json"))));
        Contact contact = zoho.contacts().get("4815000000044001");
        assertThat(contact.contactPersons()).extracting(p -> p.email()).containsExactly("ada@example.com");
        assertThat(contact.customFields().get(0).index()).isEqualTo(1);
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/contacts/4815000000044001/contactpersons")).willReturn(okJson(
                "{\"code\":0,\"contact_persons\":[{\"contact_person_id\":\"9\",\"first_name\":\"Ada\"}]}")));
        assertThat(zoho.contacts().contactPersons("4815000000044001")).hasSize(1);
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/contacts")).willReturn(aResponse().withStatus(201).withBody(fixture("contact.json"))));
        zoho.contacts().create(new Inputs.ContactInput("Ada Lovelace", null, "customer", null, null, null,
                List.of(new Inputs.ContactPersonInput(null, "Ada", "Lovelace", "ada@example.com", null, null, true)), null));
    }

    @Test
    void handlesPurchaseOrdersInvoicesAndPayments() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/purchaseorders")).willReturn(aResponse().withStatus(201).withBody(fixture("purchaseorder.json"))));
        var po = zoho.purchaseOrders().create(new Inputs.PurchaseOrderInput("4815000000044500", "PO-00007", null, null, null,
                List.of(Inputs.LineItemInput.of("4815000000044100", new BigDecimal("4.10"), new BigDecimal("50"))), null));
        assertThat(po.purchaseorderNumber()).isEqualTo("PO-00007");     // under the OpenAPI's "purchase_order" key
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/purchaseorders/4815000000045001/status/issued")).willReturn(okJson("{\"code\":0}")));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/purchaseorders/4815000000045001/status/cancelled")).willReturn(okJson("{\"code\":0}")));
        zoho.purchaseOrders().issue("4815000000045001");
        zoho.purchaseOrders().cancel("4815000000045001");

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/invoices/fromsalesorder")).willReturn(aResponse().withStatus(201).withBody(fixture("invoice.json"))));
        var invoice = zoho.invoices().fromSalesOrder("4815000000044895");
        assertThat(invoice.total()).isEqualByComparingTo("89.51");
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/invoices/fromsalesorder?salesorder_id=4815000000044895&" + ORG)));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/invoices")).willReturn(aResponse().withStatus(201).withBody(fixture("invoice.json"))));
        zoho.invoices().create(new Inputs.InvoiceInput("4815000000044001", null, null, null, null,
                List.of(new Inputs.LineItemInput("4815000000044100", null, null, new BigDecimal("9.99"), new BigDecimal("3"), null, null,
                        "4815000000044897", null)), null));
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/invoices?" + ORG)).withRequestBody(equalToJson(
                "{\"customer_id\":\"4815000000044001\",\"line_items\":[{\"item_id\":\"4815000000044100\",\"rate\":9.99,"
                        + "\"quantity\":3,\"salesorder_item_id\":\"4815000000044897\"}]}")));

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/customerpayments")).willReturn(aResponse().withStatus(201).withBody(fixture("payment.json"))));
        CustomerPayment payment = zoho.customerPayments().create(new Inputs.CustomerPaymentInput("4815000000044001", "creditcard",
                new BigDecimal("89.51"), LocalDate.of(2026, 11, 24), "DB79BA2D-05DA-5B85-D188-1293D16BBAC7", "Opayo",
                List.of(new Inputs.InvoicePayment("4815000000046001", new BigDecimal("89.51"))), null, null, null));
        assertThat(payment.invoices()).extracting(CustomerPayment.AppliedInvoice::amountApplied).containsExactly(new BigDecimal("89.51"));
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/customerpayments?" + ORG)).withRequestBody(equalToJson("""
                {"customer_id":"4815000000044001","payment_mode":"creditcard","amount":89.51,"date":"2026-11-24",
                 "reference_number":"DB79BA2D-05DA-5B85-D188-1293D16BBAC7","description":"Opayo",
                 "invoices":[{"invoice_id":"4815000000046001","amount_applied":89.51}]}""")));
    }

    @Test
    void handlesCreditNotesReturnsAdjustmentsAndPackages() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/creditnotes")).willReturn(aResponse().withStatus(201).withBody(fixture("creditnote.json"))));
        var note = zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput("4815000000044001", LocalDate.of(2026, 11, 24), null, null,
                List.of(new Inputs.CreditNoteLineInput("4815000000044101", null, null, new BigDecimal("45"), BigDecimal.ONE, null, null,
                        "SRI-1", true)), null), "4815000000046001");
        assertThat(note.updatedTime()).isNotNull();
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/creditnotes?invoice_id=4815000000046001&" + ORG)));
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/creditnotes/4815000000048001/refunds")).willReturn(aResponse().withStatus(201)
                .withBody(fixture("creditnote-refund.json"))));
        var refund = zoho.creditNotes().refund("4815000000048001", new Inputs.CreditNoteRefundInput(LocalDate.of(2026, 11, 24),
                "creditcard", "R-TX-1", new BigDecimal("45.00"), "Opayo refund", null));
        assertThat(refund.amount()).isEqualByComparingTo("45");
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/creditnotes/4815000000048001/refunds")).willReturn(okJson(
                "{\"code\":0,\"creditnote_refunds\":[" + fixture("creditnote-refund.json").replaceAll("(?s)^.*\"creditnote_refund\": ", "")
                        .replaceAll("(?s)}\\s*}\\s*$", "}") + "]}")));
        assertThat(zoho.creditNotes().refunds("4815000000048001")).hasSize(1);

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesreturns")).willReturn(aResponse().withStatus(201).withBody(fixture("salesreturn.json"))));
        var ret = zoho.salesReturns().createFor("4815000000044895", new Inputs.SalesReturnInput(null, LocalDate.of(2026, 11, 24),
                "Damaged", List.of(new Inputs.ReturnLineInput("4815000000044101", "4815000000044898", BigDecimal.ONE))));
        assertThat(ret.salesreturnStatus()).isEqualTo("approved");
        stub.verify(postRequestedFor(urlEqualTo("/inventory/v1/salesreturns?salesorder_id=4815000000044895&" + ORG)));

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/inventoryadjustments")).willReturn(okJson(fixture("adjustment.json"))));
        var adjustment = zoho.inventoryAdjustments().create(new Inputs.InventoryAdjustmentInput(LocalDate.of(2026, 11, 24),
                "Returned to stock", "quantity", null, null, List.of(new Inputs.AdjustmentLineInput("4815000000044101", BigDecimal.ONE))));
        assertThat(adjustment.lineItems().get(0).quantityAdjusted()).isEqualByComparingTo("1");

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/packages")).willReturn(aResponse().withStatus(201).withBody(fixture("package.json"))));
        var pkg = zoho.packages().createFor("4815000000044895", new Inputs.PackageInput(null, LocalDate.of(2026, 11, 24),
                List.of(new Inputs.PackageLineInput("4815000000044897", new BigDecimal("3"))), null));
        assertThat(pkg.totalQuantity()).isEqualByComparingTo("4");
    }

    @Test
    void readsAndWritesCustomFieldsBothWays() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders")).willReturn(okJson("""
                {"code":0,"salesorders":[{"salesorder_id":"1","salesorder_number":"SO-1","cf_opayo_transaction":"T-1",
                  "cf_opayo_transaction_unformatted":"T-1","custom_fields":[{"customfield_id":"460000000098002","value":"PASS",
                  "api_name":"cf_risk"}]}],"page_context":{"page":1,"per_page":200,"has_more_page":false}}""")));
        SalesOrder listed = zoho.salesOrders().list(ListQuery.ALL).findFirst().orElseThrow();
        assertThat(listed.customFieldValues()).containsEntry("cf_opayo_transaction", "T-1").containsEntry("cf_risk", "PASS")
                .containsEntry("460000000098002", "PASS").doesNotContainKey("cf_opayo_transaction_unformatted");

        stub.stubFor(put(urlPathEqualTo("/inventory/v1/salesorders/1")).willReturn(okJson(fixture("salesorder.json"))));
        zoho.salesOrders().setCustomFields("1", List.of(CustomFieldValue.byId("460000000098001", "T-1"),
                CustomFieldValue.byApiName("cf_risk", "PASS")));
        stub.verify(putRequestedFor(urlEqualTo("/inventory/v1/salesorders/1?" + ORG)).withRequestBody(equalToJson(
                "{\"custom_fields\":[{\"customfield_id\":\"460000000098001\",\"value\":\"T-1\"},{\"api_name\":\"cf_risk\",\"value\":\"PASS\"}]}")));
        for (String path : List.of("items", "contacts", "purchaseorders")) {
            stub.stubFor(put(urlPathEqualTo("/inventory/v1/" + path + "/7")).willReturn(okJson(switch (path) {
                case "items" -> fixture("item.json");
                case "contacts" -> fixture("contact.json");
                default -> fixture("purchaseorder.json");
            })));
        }
        zoho.items().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        zoho.contacts().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        zoho.purchaseOrders().setCustomFields("7", List.of(CustomFieldValue.byApiName("cf_x", "1")));
        assertThatThrownBy(() -> CustomFieldValue.byId(null, "x")).isInstanceOf(IllegalArgumentException.class);
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
        assertThatThrownBy(() -> ListQuery.builder().parameter("page", "2").build()).isInstanceOf(IllegalArgumentException.class);
    }
}
