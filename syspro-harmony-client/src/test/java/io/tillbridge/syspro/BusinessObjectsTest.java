package io.tillbridge.syspro;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.syspro.SysproStubs.bo;
import static io.tillbridge.syspro.SysproStubs.client;
import static io.tillbridge.syspro.SysproStubs.fixtureAnswer;
import static io.tillbridge.syspro.SysproStubs.logonOk;
import static io.tillbridge.syspro.SysproStubs.requests;
import static io.tillbridge.syspro.SysproStubs.route;
import static io.tillbridge.syspro.SysproStubs.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tillbridge.syspro.customers.Customer;
import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.internal.XmlNode;
import io.tillbridge.syspro.inventory.StockItem;
import io.tillbridge.syspro.ledger.GlJournal;
import io.tillbridge.syspro.orders.CreditNoteRequest;
import io.tillbridge.syspro.orders.CreditNoteResult;
import io.tillbridge.syspro.orders.SalesOrder;
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.orders.SalesOrderImportResult;
import io.tillbridge.syspro.receivables.ArPayment;
import io.tillbridge.syspro.tables.TableQuery;
import io.tillbridge.syspro.tables.TableRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each business object: the XML the client sends (checked against the reference's shapes) and the
 * typed result it reads from a fixture of SYSPRO's answer.
 */
class BusinessObjectsTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private SysproClient syspro() {
        logonOk(stub);
        return client(stub).build();
    }

    private LoggedRequest last(String route) {
        List<LoggedRequest> all = requests(stub, route);
        return all.get(all.size() - 1);
    }

    @Test
    void sortoiSendsParametersAndAnOrderAndReadsTheOrderNumber() {
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(fixtureAnswer("sortoi-import-answer.xml")));
        SalesOrderImportResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.salesOrders().importOrder(SalesOrderImport.builder("WEB-1001", "000001").orderDate(DAY)
                    .shipTo("Ada Lovelace", List.of("12 St James's Square", "London"), "SW1Y 4JH").email("ada@example.com")
                    .stockLine("A100", new BigDecimal("2"), new BigDecimal("49.99")).build()).resultOrThrow();
        }
        assertThat(result.outcome()).isEqualTo(SalesOrderImportResult.Outcome.CREATED);
        assertThat(result.salesOrder()).isEqualTo("000101");
        assertThat(result.itemsProcessed()).isEqualTo(1);
        XmlNode params = xml(last("/Transaction/Post"), "XmlParameters");
        assertThat(params.path("Parameters", "Process").orElseThrow().value()).isEqualTo("IMPORT");
        assertThat(params.path("Parameters", "CheckForCustomerPoNumbers").orElseThrow().value()).isEqualTo("Y");
        assertThat(params.path("Parameters", "IgnoreWarnings").orElseThrow().value()).isEqualTo("N");
        XmlNode doc = xml(last("/Transaction/Post"), "XmlIn");
        XmlNode header = doc.path("Orders", "OrderHeader").orElseThrow();
        assertThat(header.text("CustomerPoNumber")).contains("WEB-1001");
        assertThat(header.text("OrderDate")).contains("2026-03-02");
        assertThat(header.text("ShipAddress1")).contains("12 St James's Square");
        XmlNode line = doc.path("Orders", "OrderDetails", "StockLine").orElseThrow();
        assertThat(line.text("StockCode")).contains("A100");
        assertThat(line.text("OrderQty")).contains("2");
        assertThat(line.text("Price")).contains("49.99");
        assertThat(line.text("CustomerPoLine")).contains("1");
    }

    @Test
    void aCleanImportWithoutAnOrderBlockFindsTheNumberByCustomerPoNumber() {
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(fixtureAnswer("sortoi-clean-import-without-order.xml")));
        stub.stubFor(bo("/Query/Query", "COMFND").willReturn(fixtureAnswer("comfnd-answer.xml")));
        try (SysproClient syspro = syspro()) {
            SalesOrderImportResult result = syspro.salesOrders().importOrder(SalesOrderImport.builder("WEB-1001", "000001")
                    .stockLine("A100", BigDecimal.ONE, null).build()).resultOrThrow();
            assertThat(result.outcome()).isEqualTo(SalesOrderImportResult.Outcome.CREATED);
            assertThat(result.salesOrderNumber()).contains("000101");
        }
        XmlNode comfnd = xml(last("/Query/Query"), "XmlIn");
        assertThat(comfnd.text("TableName")).contains("SorMaster");
        assertThat(comfnd.path("Where", "Expression", "Column").orElseThrow().value()).isEqualTo("CustomerPoNumber");
        assertThat(comfnd.path("Where", "Expression", "Condition").orElseThrow().value()).isEqualTo("EQ");
        assertThat(comfnd.path("Where", "Expression", "Value").orElseThrow().value()).isEqualTo("WEB-1001");
    }

    @Test
    void validateOnlyIsSentAsProcessValidateAndReadAsValid() {
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(fixtureAnswer("sortoi-validate-answer.xml")));
        try (SysproClient syspro = syspro()) {
            SalesOrderImportResult result = syspro.salesOrders().importOrder(SalesOrderImport.builder("WEB-1001", "000001")
                    .stockLine("A100", BigDecimal.ONE, null).options(PostingOptions.DEFAULTS.asValidation()).build()).resultOrThrow();
            assertThat(result.outcome()).isEqualTo(SalesOrderImportResult.Outcome.VALID);
            assertThat(result.salesOrderNumber()).isEmpty();
            assertThat(result.validationStatus()).isEqualTo("Successful");
        }
        assertThat(xml(last("/Transaction/Post"), "XmlParameters").path("Parameters", "Process").orElseThrow().value())
                .isEqualTo("VALIDATE");
    }

    @Test
    void sorqryReadsTheHeaderPaddedKeysDatesAndLines() {
        stub.stubFor(bo("/Query/Query", "SORQRY").willReturn(fixtureAnswer("sorqry-answer.xml")));
        SalesOrder order;
        try (SysproClient syspro = syspro()) {
            order = syspro.salesOrders().get("000101");
        }
        assertThat(order.salesOrder()).isEqualTo("000101");
        assertThat(order.customer()).isEqualTo("00001");
        assertThat(order.orderDate()).isEqualTo(LocalDate.of(2017, 8, 2));
        assertThat(order.requestedShipDate()).isNull();
        assertThat(order.lastInvoiceNumber()).isEmpty();
        assertThat(order.other()).containsEntry("SALSLS:Name", "House account").containsEntry("TBLCUR:Description", "Pound sterling")
                .containsEntry("SALBRN:Description", "Head office").containsEntry("ShippingInstrs", "Courier");
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.stockCode()).isEqualTo("A100");
            assertThat(line.orderQty()).isEqualByComparingTo("2");
            assertThat(line.price()).isEqualTo(new BigDecimal("1554.530"));
            assertThat(line.other()).containsEntry("MOrderQty", "2.000 EA");
        });
        XmlNode query = xml(last("/Query/Query"), "XmlIn");
        assertThat(query.path("Key", "SalesOrder").orElseThrow().value()).isEqualTo("000101");
        assertThat(query.path("Option", "IncludeStockedLines").orElseThrow().value()).isEqualTo("Y");
    }

    @Test
    void invqrySendsTheFilterFormAndKeepsOnlyTheWarehousesAsked() {
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        StockItem item;
        try (SysproClient syspro = syspro()) {
            item = syspro.inventory().stock("A100", "FG");
        }
        assertThat(item.description()).isEqualTo("Tent 2-man £ édition");
        assertThat(item.warehouses()).singleElement().satisfies(w -> {
            assertThat(w.warehouse()).isEqualTo("FG");
            assertThat(w.qtyOnHand()).isEqualTo(new BigDecimal("12.000"));
            assertThat(w.availableQty()).isEqualTo(new BigDecimal("9.500"));
        });
        assertThat(item.warehouse("RM")).isEmpty();
        assertThat(item.other()).containsEntry("ConvFactAltUom", "2.204620").containsKey("TraceableType");
        XmlNode filter = xml(last("/Query/Query"), "XmlIn").path("Filter", "Warehouse").orElseThrow();
        assertThat(filter.attribute("FilterType")).contains("L");
        assertThat(filter.attribute("FilterValue")).contains("FG");
    }

    @Test
    void arsqryReadsACustomer() {
        stub.stubFor(bo("/Query/Query", "ARSQRY").willReturn(fixtureAnswer("arsqry-answer.xml")));
        Customer customer;
        try (SysproClient syspro = syspro()) {
            customer = syspro.customers().get("000001");
        }
        assertThat(customer.name()).isEqualTo("Bayside Bikes");
        assertThat(customer.creditLimit()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(customer.onHold()).isFalse();
        assertThat(customer.other()).containsEntry("CurrentBalance", "120.50");
        XmlNode query = xml(last("/Query/Query"), "XmlIn");
        assertThat(query.path("Key", "Customer").orElseThrow().value()).isEqualTo("000001");
        // Only the key, as the javadoc says: the reference leaves the options' nesting open.
        assertThat(query.children()).extracting(XmlNode::name).containsExactly("Key");
    }

    @Test
    void arsscsAddSendsAnEmptyKeyAndReadsTheAssignedNumberFromLowerCaseXml() {
        stub.stubFor(bo("/Setup/Add", "ARSSCS").willReturn(fixtureAnswer("arsscs-add-answer.xml")));
        try (SysproClient syspro = syspro()) {
            assertThat(syspro.customers().add(CustomerSetup.add(null, "Bayside Bikes").currency("GBP")
                    .soldTo(List.of("1 Harbour Road", "Bristol"), "BS1 5TT").build()).resultOrThrow().customer()).isEqualTo("000145");
        }
        XmlNode item = xml(last("/Setup/Add"), "XmlIn").child("Item").orElseThrow();
        assertThat(item.path("Key", "Customer").orElseThrow().value()).isEmpty();
        assertThat(item.text("SoldToAddr2")).contains("Bristol");
        XmlNode params = xml(last("/Setup/Add"), "XmlParameters").child("Parameters").orElseThrow();
        assertThat(params.text("ApplyIfEntireDocumentValid")).contains("Y");
        assertThat(params.text("ValidateOnly")).contains("N");
    }

    @Test
    void arsscsUpdateSendsOnlyTheFieldsSetAndReadsTheLowerCaseAnswerKeepingItsOtherElements() {
        stub.stubFor(bo("/Setup/Update", "ARSSCS").willReturn(fixtureAnswer("arsscs-update-answer.xml")));
        io.tillbridge.syspro.customers.CustomerSetupResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.customers().update(CustomerSetup.update("000001").email("zoe@example.com").build());
        }
        assertThat(result.customer()).isEqualTo("000001");
        assertThat(result.statusOfItems()).containsEntry("RecordsRead", "1").containsEntry("RecordsInvalid", "0");
        assertThat(result.other()).containsEntry("item/email", "zoe@example.com").containsEntry("item/creditlimit", "5000.00");
        XmlNode item = xml(last("/Setup/Update"), "XmlIn").child("Item").orElseThrow();
        assertThat(item.path("Key", "Customer").orElseThrow().value()).isEqualTo("000001");
        assertThat(item.text("Email")).contains("zoe@example.com");
        assertThat(item.child("Name")).isEmpty();
    }

    @Test
    void sortciReadsTheCreditNoteFromItsOwnAnswerAndKeepsTheRest() {
        stub.stubFor(bo("/Transaction/Post", "SORTCI").willReturn(fixtureAnswer("sortci-answer.xml")));
        CreditNoteResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.salesOrders().creditNote(CreditNoteRequest.fromInvoice("000001", "REFUND-1002", DAY, "100466"))
                    .resultOrThrow();
        }
        assertThat(result.creditNoteNumber()).contains("000103");
        assertThat(result.statusOfItems()).containsEntry("ItemsProcessed", "000001").containsEntry("ItemsInvalid", "000000");
        assertThat(result.other()).containsEntry("Item/CreditNoteValue", "20.00").containsEntry("Item/InvoiceNumber", "100466")
                .doesNotContainKey("StatusOfItems/ItemsProcessed");
        XmlNode doc = xml(last("/Transaction/Post"), "XmlIn");
        assertThat(doc.path("Item", "InvoiceNumber").orElseThrow().value()).isEqualTo("100466");
        assertThat(doc.path("Item", "CustomerPoNumber").orElseThrow().value()).isEqualTo("REFUND-1002");
    }

    @Test
    void sortoiKeepsAnswerElementsItDoesNotMap() {
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(fixtureAnswer("sortoi-import-answer.xml")));
        SalesOrderImportResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.salesOrders().importOrder(SalesOrderImport.builder("WEB-1001", "000001")
                    .stockLine("A100", BigDecimal.ONE, new BigDecimal("49.99")).build()).resultOrThrow();
        }
        assertThat(result.other()).isNotEmpty().noneSatisfy((path, value) -> assertThat(path).startsWith("StatusOfItems"));
    }

    @Test
    void arstpySendsAPaymentAgainstAnInvoiceAndReadsTheJournal() {
        stub.stubFor(bo("/Transaction/Post", "ARSTPY").willReturn(fixtureAnswer("arstpy-answer.xml")));
        PostingResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.arPayments().post(ArPayment.builder("000001", Currency.getInstance("GBP"), new BigDecimal("30.00"),
                    "OPAYO-7F3A").bank("GB").paymentDate(DAY).payInvoice("100466", new BigDecimal("20.00"))
                    .unapplied(new BigDecimal("10.00")).build()).resultOrThrow();
        }
        assertThat(result.journalNumber()).contains("12");
        assertThat(result.statusOfItems()).containsEntry("ItemsProcessed", "000001");
        XmlNode payment = xml(last("/Transaction/Post"), "XmlIn").path("Item", "Payment").orElseThrow();
        assertThat(payment.text("PaymentValue")).contains("30.00");
        assertThat(payment.text("PaymentType")).contains("C");
        assertThat(payment.path("InvoiceToPay", "TransactionType").orElseThrow().value()).isEqualTo("I");
        assertThat(payment.path("InvoiceToPay", "GrossPaymentValue").orElseThrow().value()).isEqualTo("20.00");
        assertThat(payment.path("UnappliedPayment", "GrossPaymentValue").orElseThrow().value()).isEqualTo("10.00");
        XmlNode params = xml(last("/Transaction/Post"), "XmlParameters").child("Parameters").orElseThrow();
        assertThat(params.text("PostingPeriod")).contains("C");
        assertThat(params.text("AutoCorrectPaymentValue")).contains("N");
    }

    @Test
    void gentjlSendsSignedEntriesAndReadsTheJournal() {
        stub.stubFor(bo("/Transaction/Post", "GENTJL").willReturn(fixtureAnswer("gentjl-answer.xml")));
        PostingResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.glJournals().post(GlJournal.builder(DAY, "SETTLE-2026-03-02").period(2026, 3)
                    .debit("1000", new BigDecimal("97.50")).debit("7100", new BigDecimal("2.50"))
                    .credit("1100", new BigDecimal("100.00")).notation("Opayo settlement").build()).resultOrThrow();
        }
        assertThat(result.journalNumber()).contains("4");
        XmlNode item = xml(last("/Transaction/Post"), "XmlIn").child("Item").orElseThrow();
        assertThat(item.all("JournalDetails")).extracting(d -> d.text("EntryAmount").orElseThrow())
                .containsExactly("97.50", "2.50", "-100.00");
        assertThat(item.text("PostingPeriod")).contains("3");
        assertThat(item.text("JournalType")).contains("N");
    }

    @Test
    void sortchPostsACreditNoteHeaderAndReadsItsNumber() {
        stub.stubFor(bo("/Transaction/Post", "SORTCH").willReturn(fixtureAnswer("sortch-answer.xml")));
        CreditNoteResult result;
        try (SysproClient syspro = syspro()) {
            result = syspro.salesOrders().creditNote(CreditNoteRequest.header("000001", "REFUND-1001", DAY)).resultOrThrow();
        }
        assertThat(result.creditNoteNumber()).contains("000102");
        XmlNode doc = xml(last("/Transaction/Post"), "XmlIn");
        assertThat(doc.name()).isEqualTo("SOCreditNoteHeader");
        assertThat(doc.path("Item", "CustomerPoNumber").orElseThrow().value()).isEqualTo("REFUND-1001");
        assertThat(xml(last("/Transaction/Post"), "XmlParameters").path("Parameters", "DocumentDate").orElseThrow().value())
                .isEqualTo("2026-03-02");
    }

    @Test
    void sortciSendsTheInvoiceNumber() {
        stub.stubFor(bo("/Transaction/Post", "SORTCI").willReturn(fixtureAnswer("sortch-answer.xml")));
        try (SysproClient syspro = syspro()) {
            syspro.salesOrders().creditNote(CreditNoteRequest.fromInvoice("000001", "REFUND-1001", DAY, "100466"));
        }
        assertThat(xml(last("/Transaction/Post"), "XmlIn").path("Item", "InvoiceNumber").orElseThrow().value()).isEqualTo("100466");
    }

    @Test
    void comfndReadsRowsAndFindReportsFoundAbsentAndUnknown() {
        stub.stubFor(bo("/Query/Query", "COMFND").willReturn(fixtureAnswer("comfnd-answer.xml")));
        try (SysproClient syspro = syspro()) {
            TableRows rows = syspro.tables().query(TableQuery.builder("SorMaster").columns("SalesOrder", "CustomerPoNumber")
                    .whereEquals("CustomerPoNumber", "WEB-1001").orderBy("SalesOrder").build());
            assertThat(rows.rowsReturned()).isEqualTo(1);
            assertThat(rows.rows()).singleElement().isEqualTo(Map.of("SalesOrder", "000101", "CustomerPoNumber", "WEB-1001"));
            assertThat(syspro.salesOrders().findByCustomerPoNumber("WEB-1001")).isEqualTo(LookupResult.found("000101"));
            assertThat(syspro.salesOrders().findByCustomerPoNumber("WEB-OTHER")).isInstanceOf(LookupResult.Unknown.class);
            // Two orders carrying one CustomerPoNumber: neither is adopted.
            stub.stubFor(bo("/Query/Query", "COMFND").willReturn(fixtureAnswer("comfnd-two-rows.xml")));
            assertThat(syspro.salesOrders().findByCustomerPoNumber("WEB-1001")).isInstanceOf(LookupResult.Unknown.class);
            stub.stubFor(bo("/Query/Query", "COMFND").willReturn(fixtureAnswer("comfnd-empty.xml")));
            assertThat(syspro.salesOrders().findByCustomerPoNumber("WEB-1002")).isEqualTo(LookupResult.absent());
            stub.stubFor(bo("/Query/Query", "COMFND").willReturn(SysproStubs.raw("ERROR: e.net exception raised: 100000")));
            assertThat(syspro.arPayments().find("000001", "OPAYO-1")).isInstanceOf(LookupResult.Unknown.class);
        }
        XmlNode paymentLookup = xml(last("/Query/Query"), "XmlIn");
        assertThat(paymentLookup.path("Where").orElseThrow().all("Expression")).hasSize(2);
        assertThat(paymentLookup.path("Where").orElseThrow().all("Expression").get(1).text("AndOr")).contains("And");
    }

    @Test
    void getLogonProfileReadsBothDateFormats() {
        stub.stubFor(route("/GetLogonProfile").willReturn(fixtureAnswer("getlogonprofile-answer.xml")));
        try (SysproClient syspro = syspro()) {
            LogonProfile profile = syspro.logonProfile();
            assertThat(profile.companyName()).isEqualTo("Outdoors Ltd");
            assertThat(profile.accountingDate()).isEqualTo(DAY);
            assertThat(profile.companyDate()).isEqualTo(DAY);
            assertThat(profile.localCurrencyCode()).isEqualTo("GBP");
            assertThat(profile.other()).containsEntry("SystemLanguage", "EN");
        }
    }
}
