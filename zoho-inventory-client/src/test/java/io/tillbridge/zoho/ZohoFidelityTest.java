package io.tillbridge.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ValidationException;
import io.tillbridge.zoho.model.BulkResult;
import io.tillbridge.zoho.model.Contact;
import io.tillbridge.zoho.model.CreditNote;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.LineItem;
import io.tillbridge.zoho.model.SalesOrder;
import io.tillbridge.zoho.model.ZohoPackage;
import io.tillbridge.zoho.resources.ListQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Zoho's published shapes are read without losing a field. */
class ZohoFidelityTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ZohoInventoryClient zoho;

    @BeforeEach
    void setUp() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        zoho = ZohoStubs.client(stub).build();
    }

    @Test
    void lineItemsKeepEveryDocumentedField() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders/4815000000044895")).willReturn(okJson(fixture("salesorder-full-lines.json"))));
        SalesOrder order = zoho.salesOrders().get("4815000000044895");
        LineItem widget = order.lineItems().get(0);
        assertThat(widget.quantityInvoiced()).isEqualByComparingTo("3");
        assertThat(widget.quantityPacked()).isEqualByComparingTo("2");
        assertThat(widget.quantityShipped()).isEqualByComparingTo("1");
        assertThat(widget.quantityReturned()).isEqualByComparingTo("0");
        assertThat(widget.quantityCancelled()).isEqualByComparingTo("0");
        assertThat(widget.warehouseId()).isEqualTo("4815000000040001");
        assertThat(widget.locationId()).isEqualTo("4815000000040001");
        assertThat(widget.itemCustomFields()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("A.L."));
        assertThat(widget.batches()).singleElement().satisfies(b -> assertThat(b).containsEntry("batch_number", "B-7"));
        assertThat(widget.serialNumbers()).containsExactly("SN-1", "SN-2");
        assertThat(widget.other()).containsKeys("is_invoiced", "hsn_or_sac", "item_order", "tax_type"); // kept raw
        LineItem kit = order.lineItems().get(1);
        assertThat(kit.mappedItems()).hasSize(2);
        assertThat(kit.other()).containsEntry("is_combo_product", true);
        assertThat(order.billingAddress().phone()).isEqualTo("+44 1225 000000");
        assertThat(order.billingAddress().countryCode()).isEqualTo("GB");
        assertThat(order.billingAddress().stateCode()).isEqualTo("SOM");
        assertThat(order.billingAddress().other()).containsEntry("address_id", "4815000000044010");
    }

    @Test
    void aListSentAsOneValueIsReadAsAListOfOne() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/salesorders/9")).willReturn(okJson("""
                {"code":0,"message":"success","salesorder":{"salesorder_id":"9","line_items":[
                  {"line_item_id":"1","item_id":"2","quantity":1,"serial_numbers":"SN-9","is_returned_to_stock":"true"}]}}""")));
        LineItem line = zoho.salesOrders().get("9").lineItems().get(0);
        assertThat(line.serialNumbers()).containsExactly("SN-9");
        assertThat(line.alreadyReturnedToStock()).isTrue();
    }

    @Test
    void creditNotesTypeLinesInvoicesAndBothChangeTimes() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/creditnotes/4815000000048001")).willReturn(okJson(fixture("creditnote-full.json"))));
        CreditNote note = zoho.creditNotes().get("4815000000048001");
        assertThat(note.lineItems()).extracting(LineItem::alreadyReturnedToStock).containsExactly(true, false);
        assertThat(note.lineItems()).extracting(LineItem::invoiceId).containsExactly("4815000000046001", "4815000000046001");
        assertThat(note.lineItems().get(0).invoiceItemId()).isEqualTo("4815000000046011");
        assertThat(note.lineItems().get(0).salesreturnItemId()).isEqualTo("4815000000047011");
        assertThat(note.invoices()).singleElement().satisfies(i -> {
            assertThat(i.invoiceNumber()).isEqualTo("INV-00007");
            assertThat(i.amountApplied()).isEqualByComparingTo("45");
        });
        assertThat(note.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2016-06-06T09:00:00-07:00"));
        assertThat(note.changedTime()).isEqualTo(note.lastModifiedTime());
    }

    @Test
    void packageLinesNameTheSalesOrderLineTheyPack() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/packages/4815000000051001")).willReturn(okJson(fixture("package.json"))));
        ZohoPackage pkg = zoho.packages().get("4815000000051001");
        assertThat(pkg.lineItems()).extracting(LineItem::soLineItemId).containsExactly("4815000000044897", "4815000000044898");
        assertThat(pkg.lineItems()).extracting(LineItem::other).allSatisfy(other -> assertThat(other).doesNotContainKey("so_line_item_id"));
    }

    @Test
    void contactCustomFieldsAreFoundByLabelAndIndex() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/contacts/4815000000044001")).willReturn(okJson(fixture("contact.json"))));
        Contact contact = zoho.contacts().get("4815000000044001");
        assertThat(contact.customFieldValues()).containsEntry("Tier", "VIP").containsEntry("1", "VIP");
    }

    @Test
    void bulkIdsJoinedWithCommasAreSplit() {
        // OpenAPI bulk-confirm-salesorders-response: the ids of one result come as one comma-joined string.
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders/status/confirmed"))
                .willReturn(okJson(fixture("salesorders-bulk-confirm.json"))));
        BulkResult result = zoho.salesOrders().confirmAll(List.of("4815000000045208", "4815000000045274", "4815000000045340"));
        assertThat(result.records()).extracting(BulkResult.RecordResult::ids)
                .containsExactly(List.of("4815000000045208", "4815000000045274"), List.of("4815000000045340"));
        assertThat(result.records()).extracting(BulkResult.RecordResult::code).containsExactly(0, 36004);
        assertThat(result.allSucceeded()).isFalse();
        assertThat(result.other()).isEmpty(); // every field of this answer was read into the records
        assertThatThrownBy(() -> zoho.salesOrders().confirmAll(List.of("1,2"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> zoho.salesOrders().confirmAll(List.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void fieldsThisClientDoesNotTypeAreKept() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/contacts/4815000000044001")).willReturn(okJson(fixture("contact.json"))));
        Contact contact = zoho.contacts().get("4815000000044001");
        assertThat(contact.contactPersons()).singleElement().satisfies(person -> {
            assertThat(person.email()).isEqualTo("ada@example.com");
            assertThat(person.other()).containsEntry("communication_preference",
                    java.util.Map.of("is_email_enabled", true, "is_whatsapp_enabled", false));
        });
        assertThat(contact.customFields()).singleElement().satisfies(field -> {
            assertThat(field.label()).isEqualTo("Tier");
            assertThat(field.other()).containsEntry("data_type", "string").containsEntry("show_on_pdf", false);
        });
        // Per-record results as some bulk answers give them (reference §1): what each entry and the answer
        // carry besides ids, code and message is kept.
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/salesorders/status/confirmed"))
                .willReturn(okJson(fixture("salesorders-bulk-per-record.json"))));
        BulkResult result = zoho.salesOrders().confirmAll(List.of("4815000000044895", "4815000000044896"));
        assertThat(result.records()).extracting(BulkResult.RecordResult::ids)
                .containsExactly(List.of("4815000000044895"), List.of("4815000000044896"));
        assertThat(result.records()).extracting(r -> r.other().get("salesorder_number")).containsExactly("SO-00042", "SO-00043");
        assertThat(result.other()).containsExactly(java.util.Map.entry("job_id", "4815000000060001"));
    }

    @Test
    void buildersNameEveryFieldAndAnEditedLineKeepsItsId() {
        stub.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo("/inventory/v1/salesorders/4815000000044895"))
                .willReturn(okJson(fixture("salesorder.json"))));
        var order = io.tillbridge.zoho.model.Inputs.SalesOrderInput.builder("4815000000044001")
                .line(io.tillbridge.zoho.model.Inputs.LineItemInput.of("4815000000044100", new java.math.BigDecimal("9.99"),
                        new java.math.BigDecimal("4")).editing("4815000000044897").at("4815000000040001"))
                .location("4815000000040001").reference("WEB-77").build();
        zoho.salesOrders().update("4815000000044895", order);
        stub.verify(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathEqualTo("/inventory/v1/salesorders/4815000000044895"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("""
                        {"customer_id":"4815000000044001","reference_number":"WEB-77","location_id":"4815000000040001",
                         "line_items":[{"line_item_id":"4815000000044897","item_id":"4815000000044100","rate":9.99,"quantity":4,
                                        "location_id":"4815000000040001"}]}""")));
        assertThatThrownBy(() -> zoho.salesOrders().create(io.tillbridge.zoho.model.Inputs.SalesOrderInput.builder(null).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("customerId").hasMessageContaining("lineItems");
    }

    @Test
    void anInvoiceForASalesOrderIsTheDocumentedCreateWithItsLinesSalesOrderItemIdsAndItsReferenceInOneCall() {
        stub.stubFor(post(urlPathEqualTo("/inventory/v1/invoices")).willReturn(okJson(fixture("invoice.json"))));
        Inputs.InvoiceInput invoice = Inputs.InvoiceInput.builder("4815000000044001").dates(LocalDate.of(2026, 11, 24), null)
                .reference("SO-00042").discount("5%", true).inclusiveTax(false).shippingCharge(new BigDecimal("4.50"))
                .adjustment(new BigDecimal("-0.01"))
                .line(new Inputs.LineItemInput(null, "4815000000044100", null, null, new BigDecimal("9.99"), new BigDecimal("4"),
                        "10%", "4815000000041001", "4815000000044897", null, "4815000000040001"))
                .build();

        zoho.invoices().create(invoice);

        // Exactly the documented create fields (zoho-inventory.md §3.5): no fromsalesorder, and no second call for the reference.
        stub.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/inventory/v1/invoices"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("""
                        {"customer_id":"4815000000044001","date":"2026-11-24","reference_number":"SO-00042","discount":"5%",
                         "is_discount_before_tax":true,"is_inclusive_tax":false,"shipping_charge":4.50,"adjustment":-0.01,
                         "line_items":[{"item_id":"4815000000044100","rate":9.99,"quantity":4,"discount":"10%",
                                        "tax_id":"4815000000041001","salesorder_item_id":"4815000000044897",
                                        "location_id":"4815000000040001"}]}""")));
        stub.verify(1, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching("/inventory/v1/.*")));
    }

    @Test
    void everyBuilderRoundTripsThroughToBuilderAndAMissingRequiredFieldIsNamed() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        BigDecimal one = BigDecimal.ONE;
        List<Object> inputs = List.of(
                Inputs.SalesOrderInput.builder("4815000000044001").number("SO-00042").date(day).shipmentDate(day).reference("WEB-77")
                        .line(Inputs.LineItemInput.of("4815000000044100", new BigDecimal("9.99"), one)).discount("10%", true)
                        .inclusiveTax(true).shippingCharge(one).adjustment(one).notes("n").location("4815000000040001").build(),
                Inputs.ItemInput.builder("Widget").sku("WID-1").prices(new BigDecimal("9.99"), new BigDecimal("4.10")).unit("pcs")
                        .type("inventory", "goods").description("d").reorderLevel(one).build(),
                Inputs.ContactInput.builder("Ada Lovelace").company("Analytical Engines Ltd").customer().currencyId("GBP")
                        .person(new Inputs.ContactPersonInput("Ms", "Ada", "Lovelace", "ada@example.com", null, null, true)).build(),
                Inputs.PurchaseOrderInput.builder("4815000000044500").number("PO-00007").date(day).deliveryDate(day).reference("R")
                        .line(Inputs.PurchaseOrderLineInput.of("4815000000044100", new BigDecimal("4.10"), one)).location("L").notes("n")
                        .build(),
                Inputs.InvoiceInput.builder("4815000000044001").number("INV-00042").dates(day, day).reference("R")
                        .line(Inputs.LineItemInput.of("4815000000044100", new BigDecimal("9.99"), one)).location("L")
                        .discount("10%", true).inclusiveTax(true).shippingCharge(one).adjustment(one).build(),
                Inputs.CustomerPaymentInput.builder("4815000000044001", "creditcard", one).date(day).reference("R").description("d")
                        .applyTo("4815000000046001", one).bankCharges(BigDecimal.ZERO).depositTo("A").location("L").build(),
                Inputs.CreditNoteInput.builder("4815000000044001", day).number("CN-00003").reference("R-TX-1")
                        .line(new Inputs.CreditNoteLineInput("4815000000044101", null, null, new BigDecimal("45"), one,
                                "4815000000046001", "4815000000046011", null, true)).location("L").build(),
                Inputs.SalesReturnInput.builder(day).number("RMA-00001").reason("Damaged")
                        .line(new Inputs.ReturnLineInput("4815000000044101", "4815000000044898", one)).location("L").build(),
                Inputs.InventoryAdjustmentInput.builder(day, "Returned to stock").quantity().description("d").reference("CN-00003")
                        .line(new Inputs.AdjustmentLineInput("4815000000044101", one)).location("L").build(),
                Inputs.PackageInput.builder(day).number("PKG-00001").line("4815000000044897", one).notes("n").build());
        for (Object input : inputs) {
            assertThat(rebuilt(input)).as(input.getClass().getSimpleName()).isEqualTo(input);
        }
        Inputs.CreditNoteInput note = (Inputs.CreditNoteInput) inputs.get(6);
        assertThat(note.toBuilder().number("CN-00004").build().creditnoteNumber()).isEqualTo("CN-00004");
        assertThat(note.creditnoteNumber()).isEqualTo("CN-00003"); // the original is left as it was

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/packages")).willReturn(okJson(fixture("package.json"))));
        zoho.packages().createFor("4815000000044895", Inputs.PackageInput.builder(day).line("4815000000044897", new BigDecimal("3")).build());
        stub.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/inventory/v1/packages"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"date\":\"2026-11-24\",\"line_items\":[{\"so_line_item_id\":\"4815000000044897\",\"quantity\":3}]}")));

        // Required fields are checked when sent, before any request, and each missing one is named.
        assertThatThrownBy(() -> zoho.creditNotes().create(Inputs.CreditNoteInput.builder("4815000000044001", null).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("date").hasMessageContaining("lineItems");
        assertThatThrownBy(() -> zoho.salesReturns().createFor("4815000000044895", Inputs.SalesReturnInput.builder(day).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lineItems");
        assertThatThrownBy(() -> zoho.inventoryAdjustments().create(Inputs.InventoryAdjustmentInput.builder(day, "Count")
                .line(new Inputs.AdjustmentLineInput("4815000000044101", one)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("adjustmentType").hasMessageNotContaining("reason");
        assertThatThrownBy(() -> zoho.packages().createFor("4815000000044895", Inputs.PackageInput.builder(null)
                .line("4815000000044897", one).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> Inputs.CreditNoteInput.builder("4815000000044001", day).line(null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line: is missing");
        stub.verify(1, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching("/inventory/v1/.*")));
    }

    /** {@code input.toBuilder().build()}, for each input type with a builder. */
    private static Object rebuilt(Object input) {
        if (input instanceof Inputs.SalesOrderInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.ItemInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.ContactInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.PurchaseOrderInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.InvoiceInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.CustomerPaymentInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.CreditNoteInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.SalesReturnInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.InventoryAdjustmentInput i) {
            return i.toBuilder().build();
        } else if (input instanceof Inputs.PackageInput i) {
            return i.toBuilder().build();
        }
        throw new AssertionError("no builder for " + input);
    }

    @Test
    void missingIdsAreNamedBeforeAnyRequest() {
        assertThatThrownBy(() -> zoho.salesOrders().get(null)).isInstanceOf(ValidationException.class).hasMessageContaining("id: is missing");
        assertThatThrownBy(() -> zoho.salesOrders().get(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> zoho.invoices().fromSalesOrder(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("salesorderId");
        assertThatThrownBy(() -> zoho.creditNotes().createForInvoice(null, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("invoiceId");
        assertThatThrownBy(() -> zoho.packages().createFor(null, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> zoho.packages().create(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("salesorderId: is required");
        assertThatThrownBy(() -> zoho.salesReturns().create(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("salesorderId: is required");
        // Host input that is null is named too, never a NullPointerException or IllegalArgumentException.
        assertThatThrownBy(() -> zoho.salesOrders().create(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("input: is missing");
        assertThatThrownBy(() -> zoho.salesOrders().update("4815000000044895", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("input: is missing");
        assertThatThrownBy(() -> zoho.creditNotes().refund("4815000000048001", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("input: is missing");
        assertThatThrownBy(() -> zoho.salesOrders().list(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("query: is missing");
        assertThatThrownBy(() -> zoho.salesOrders().page(ListQuery.ALL, 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("page: must be 1 or more");
        assertThatThrownBy(() -> ListQuery.builder().parameter(null, "x").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("query: a parameter has no name");
        assertThatThrownBy(() -> new ListQuery(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ListQuery.builder().modifiedAfter(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("modifiedAfter: is missing");
        assertThat(stub.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/inventory/v1/.*")))).isEmpty();
    }

    @Test
    void onlyDocumentedListFiltersAreSent() {
        assertThatThrownBy(() -> zoho.invoices().list(ListQuery.builder().parameter("salesorder_id", "1").build()).toList())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("query.salesorder_id: is not a filter Zoho documents for invoices");
        assertThatThrownBy(() -> zoho.items().list(ListQuery.builder().parameter("last_modifed_time", "x").build()).toList())
                .isInstanceOf(ValidationException.class).hasMessageContaining("last_modifed_time");
        assertThatThrownBy(() -> zoho.inventoryAdjustments().list(ListQuery.builder().parameter("reference_number", "CN-1").build())
                .toList()).isInstanceOf(ValidationException.class);
        assertThat(stub.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/inventory/v1/.*")))).isEmpty();
    }
}
