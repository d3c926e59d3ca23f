package io.tillbridge.kashflow.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.kashflow.KashFlowStubs.SOAP_PATH;
import static io.tillbridge.kashflow.KashFlowStubs.client;
import static io.tillbridge.kashflow.KashFlowStubs.json;
import static io.tillbridge.kashflow.KashFlowStubs.login;
import static io.tillbridge.kashflow.KashFlowStubs.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowStubs;
import io.tillbridge.kashflow.bank.BankAccount;
import io.tillbridge.kashflow.bank.BankTransaction;
import io.tillbridge.kashflow.bank.BankTransactionRequest;
import io.tillbridge.kashflow.customers.Customer;
import io.tillbridge.kashflow.customers.CustomFields;
import io.tillbridge.kashflow.customers.CustomerAddress;
import io.tillbridge.kashflow.customers.CustomerRequest;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.invoices.InvoiceRequest;
import io.tillbridge.kashflow.ledger.JournalRequest;
import io.tillbridge.kashflow.ledger.Nominal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each documented call, against fixtures written from the reference's field lists. */
class ResourcesTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void loginWorks() {
        login(stub);
    }

    @Test
    void readsACustomerKeepingWhatItDoesNotType() {
        stub.stubFor(get(urlEqualTo("/v2/customers/SHA01")).willReturn(json(200, "customer.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            Customer customer = kashflow.customers().get("SHA01");
            assertThat(customer.id()).isEqualTo(101);
            assertThat(customer.name()).isEqualTo("Shakespeare & Co");
            assertThat(customer.vatNumber()).isEqualTo("GB123456789"); // spelled VATNumber on the wire
            assertThat(customer.totalPaidAmount()).isEqualByComparingTo("1250.50");
            assertThat(customer.createdDate()).isEqualTo("2012-10-09 12:00:00 +05:30");
            assertThat(customer.other()).containsKeys("Contacts", "EnvelopeUrl", "IsGoCardlessMandateSet");
        }
    }

    @Test
    void customerCodesAreEncodedAndRequired() {
        stub.stubFor(get(urlEqualTo("/v2/customers/A%20B%2F1")).willReturn(json(200, "customer.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            kashflow.customers().get("A B/1");
            assertThatThrownBy(() -> kashflow.customers().get(" ")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("code"));
        }
    }

    @Test
    void listsCustomersAcrossPagesLazily() {
        stub.stubFor(get(urlEqualTo("/v2/customers?page=1&perpage=100")).willReturn(json(200, "customers-page1.json")));
        stub.stubFor(get(urlEqualTo("/v2/customers?page=2&perpage=100")).willReturn(json(200, "customers-page2.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.customers().list().limit(1).map(Customer::code).toList()).containsExactly("SHA01");
            stub.verify(0, getRequestedFor(urlEqualTo("/v2/customers?page=2&perpage=100")));
            assertThat(kashflow.customers().list().map(Customer::code).toList()).containsExactly("SHA01", "MAR01", "JON01");
        }
    }

    @Test
    void readsAFullInvoiceWithLinesPaymentsAndCurrency() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            Invoice invoice = kashflow.invoices().get(1042);
            assertThat(invoice.number()).isEqualTo(1042);
            assertThat(invoice.grossAmount()).isEqualByComparingTo("120.00");
            assertThat(invoice.totalPaidAmount()).isEqualByComparingTo("20.00");
            assertThat(invoice.paid()).isFalse();
            assertThat(invoice.currencyCode()).contains(Currency.getInstance("GBP"));
            assertThat(invoice.currency().displayOnRight()).isFalse();
            assertThat(invoice.lineItems()).singleElement().satisfies(line -> {
                assertThat(line.rate()).isEqualByComparingTo("50.00");
                assertThat(line.nominalCode()).isEqualTo(4000);
                assertThat(line.vatLevel()).isEqualByComparingTo("20");
                assertThat(line.vatExempt()).isFalse(); // 0 on the wire
                assertThat(line.other()).containsKey("ApplyTax1");
            });
            assertThat(invoice.paymentLines()).singleElement().satisfies(line -> {
                assertThat(line.id()).isEqualTo(9001);
                assertThat(line.method()).isEqualTo(3);
                assertThat(line.accountId()).isEqualTo(7);
                assertThat(line.other()).containsKey("VATReturnId");
            });
            assertThat(invoice.other()).containsKeys("PackingSlipPermalink", "NextNumber", "Address", "ReminderLetters");
        }
    }

    @Test
    void anInvoiceStatusPaidWithoutAPaidDateIsPaid() {
        stub.stubFor(get(urlEqualTo("/v2/invoices?sortby=Number&order=Desc&page=1&perpage=100"))
                .willReturn(json(200, "invoices-summary.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            List<Invoice> invoices = kashflow.invoices().list("Number", true).toList();
            assertThat(invoices).singleElement().satisfies(invoice -> {
                assertThat(invoice.paid()).isTrue();
                assertThat(invoice.paidDate()).isNull();
                assertThat(invoice.lineItems()).isEmpty();
                assertThat(invoice.currencyCode()).isEmpty();
            });
            assertThatThrownBy(() -> kashflow.invoices().list("Colour", false)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> kashflow.invoices().get(0)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void createsAnInvoiceWithExactAmounts() {
        stub.stubFor(post(urlEqualTo("/v2/invoices")).willReturn(json(201, "invoice.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            Invoice created = kashflow.invoices().create(InvoiceRequest.builder().number(1042).customerCode("SHA01")
                    .customerReference("SO-00042").issuedDate(LocalDate.of(2024, 3, 1)).currency("GBP")
                    .line("Quarto edition", new BigDecimal("2"), new BigDecimal("50.00"), 4000, new BigDecimal("20")).build());
            assertThat(created.number()).isEqualTo(1042);
        }
        stub.verify(postRequestedFor(urlEqualTo("/v2/invoices"))
                .withRequestBody(matchingJsonPath("$.CustomerCode", equalTo("SHA01")))
                .withRequestBody(matchingJsonPath("$.Currency.Code", equalTo("GBP")))
                .withRequestBody(matchingJsonPath("$.IssuedDate", equalTo("2024-03-01 12:00:00")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"Rate\":50.00,\"NominalCode\":4000")));
    }

    @Test
    void setsTheCustomerReferenceByPuttingTheWholeInvoiceBack() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(put(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200)
                .withBody(KashFlowStubs.fixture("invoice.json").replace("\"SO-00042\"", "\"SO-00042 paid\""))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.invoices().setCustomerReference(1042, "SO-00042 paid").customerReference()).isEqualTo("SO-00042 paid");
        }
        stub.verify(putRequestedFor(urlEqualTo("/v2/invoices/1042"))
                .withRequestBody(matchingJsonPath("$.CustomerReference", equalTo("SO-00042 paid")))
                .withRequestBody(matchingJsonPath("$.PackingSlipPermalink"))
                .withRequestBody(matchingJsonPath("$.LineItems[0].ApplyTax1", equalTo("false"))));
    }

    @Test
    void listsCreditsOfAnInvoice() {
        stub.stubFor(get(urlEqualTo("/v2/internal/invoices/55501/credits")).willReturn(json(200, "credits.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.invoices().credits(55501)).singleElement().satisfies(credit -> {
                assertThat(credit.type()).isEqualTo("OverPayment");
                assertThat(credit.amount()).isEqualByComparingTo("5.00");
            });
        }
    }

    @Test
    void readsBankAccountsTransactionsAndNominals() {
        stub.stubFor(get(urlEqualTo("/v2/bankaccounts?page=1&perpage=100")).willReturn(json(200, "bankaccounts.json")));
        stub.stubFor(get(urlEqualTo("/v2/bankaccounts/7/transactions?page=1&perpage=100")).willReturn(json(200, "banktransactions.json")));
        stub.stubFor(get(urlEqualTo("/v2/nominals?page=1&perpage=100")).willReturn(json(200, "nominals.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            BankAccount account = kashflow.bankAccounts().list().get(0);
            assertThat(account.id()).isEqualTo(7);
            assertThat(account.bankBalance()).isEqualByComparingTo("15000.25");
            assertThat(account.other()).containsKeys("DefaultInvoicePaymentType", "FeedAccountName");
            BankTransaction transaction = kashflow.bankAccounts().transactions(7).findFirst().orElseThrow();
            assertThat(transaction.paidIn()).isEqualByComparingTo("1180.40");
            assertThat(transaction.transactionType()).isZero();
            assertThat(kashflow.nominals().list()).extracting(Nominal::code).containsExactly(4000, 7901);
        }
    }

    private static final String TRANSACTIONS = "/v2/bankaccounts/7/transactions?page=1&perpage=100";

    /** No transactions until the POST, which answers {@code postAnswer}; then the list answers {@code after}. */
    private static void bankPostThen(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder postAnswer,
                                     com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder after) {
        stub.stubFor(get(urlEqualTo(TRANSACTIONS)).inScenario("b").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(json(200, "banktransactions-empty.json")));
        stub.stubFor(post(urlEqualTo("/v2/bankaccounts/7/transactions")).inScenario("b").willReturn(postAnswer).willSetStateTo("posted"));
        stub.stubFor(get(urlEqualTo(TRANSACTIONS)).inScenario("b").whenScenarioStateIs("posted").willReturn(after));
    }

    @Test
    void postsABankTransactionOnceAndFindsItAfterAReset() {
        bankPostThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(200, "banktransactions.json"));
        try (KashFlowClient kashflow = client(stub).build()) {
            BankTransaction posted = kashflow.bankAccounts().post(7, BankTransactionRequest.paidIn(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1180.40"), "Opayo settlement 2024-03-05"));
            assertThat(posted.id()).isEqualTo(880);
            // Posting the same settlement again finds it and sends nothing.
            kashflow.bankAccounts().post(7, BankTransactionRequest.paidIn(LocalDate.of(2024, 3, 6), new BigDecimal("1180.40"),
                    "Opayo settlement 2024-03-05"));
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/bankaccounts/7/transactions"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"PaidIn\":1180.40"))
                .withRequestBody(matchingJsonPath("$.Comment", equalTo("Opayo settlement 2024-03-05"))));
    }

    @Test
    void aBankTransactionPostAnswersTheCreatedTransaction() {
        stub.stubFor(get(urlEqualTo("/v2/bankaccounts/7/transactions?page=1&perpage=100"))
                .willReturn(json(200, "banktransactions-empty.json")));
        stub.stubFor(post(urlEqualTo("/v2/bankaccounts/7/transactions")).willReturn(json(201, "banktransaction-created.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            BankTransaction posted = kashflow.bankAccounts().post(7, BankTransactionRequest.moneyOut(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1.20"), "Opayo fees 2024-03-05"));
            assertThat(posted.id()).isEqualTo(881);
            assertThat(posted.moneyOut()).isEqualByComparingTo("1.20");
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/bankaccounts/7/transactions")));
    }

    @Test
    void anUnreadable2xxBankPostIsReadBackNotCalledRefused() {
        // Found after an HTML page under 200: posted.
        bankPostThen(aResponse().withStatus(200).withBody("<html><body>OK</body></html>"), json(200, "banktransactions.json"));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.bankAccounts().post(7, BankTransactionRequest.paidIn(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1180.40"), "Opayo settlement 2024-03-05")).id()).isEqualTo(880);
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/bankaccounts/7/transactions")));
        stub.resetAll();
        login(stub);
        // Proven absent after malformed JSON under 201: not posted, safe to send again.
        stub.stubFor(get(urlEqualTo("/v2/bankaccounts/7/transactions?page=1&perpage=100"))
                .willReturn(json(200, "banktransactions-empty.json")));
        stub.stubFor(post(urlEqualTo("/v2/bankaccounts/7/transactions")).willReturn(aResponse().withStatus(201).withBody("{\"Id\": 88")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.bankAccounts().post(7, BankTransactionRequest.moneyOut(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1.20"), "Opayo fees 2024-03-05"))).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.outcomeUnknown()).isFalse());
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/bankaccounts/7/transactions")));
        // Unknown when the read-back fails too.
        stub.resetAll();
        login(stub);
        bankPostThen(aResponse().withStatus(200).withBody("not json"), aResponse().withStatus(200).withBody("<html></html>"));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.bankAccounts().post(7, BankTransactionRequest.moneyOut(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1.20"), "Opayo fees 2024-03-05"))).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
        }
    }

    @Test
    void aBankTransactionNeverRecordedAfterAResetSaysSoWithoutResending() {
        stub.stubFor(get(urlEqualTo("/v2/bankaccounts/7/transactions?page=1&perpage=100"))
                .willReturn(json(200, "banktransactions-empty.json")));
        stub.stubFor(post(urlEqualTo("/v2/bankaccounts/7/transactions")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.bankAccounts().post(7, BankTransactionRequest.moneyOut(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1.20"), "Opayo fees 2024-03-05"))).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.outcomeUnknown()).isFalse());
            assertThatThrownBy(() -> kashflow.bankAccounts().post(7, BankTransactionRequest.moneyOut(LocalDate.of(2024, 3, 6),
                    new BigDecimal("1.205"), "x"))).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("moneyOut"));
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/bankaccounts/7/transactions")));
    }

    @Test
    void insertsAJournalWithTypedLines() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(xml("soap-journal-ok.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            int number = kashflow.journals().insert(JournalRequest.of(LocalDate.of(2024, 3, 9), "REFUND SHOP-SO-00042-1",
                    List.of(new JournalRequest.Line(17387826, new BigDecimal("20.00"), null),
                            new JournalRequest.Line(17387901, new BigDecimal("-20.00"), "card refund")), Currency.getInstance("GBP")));
            assertThat(number).isEqualTo(77);
        }
        String body = stub.findAll(postRequestedFor(urlEqualTo(SOAP_PATH))).get(0).getBodyAsString();
        assertThat(body).contains("<Lines><anyType xsi:type=\"JournalLine\"><NominalID>17387826</NominalID><Amount>20.00</Amount>")
                .contains("<JournalDate>2024-03-09T12:00:00</JournalDate>");
    }

    private static JournalRequest refundJournal() {
        return JournalRequest.of(LocalDate.of(2024, 3, 9), "REFUND SHOP-SO-00042-1",
                List.of(new JournalRequest.Line(17387826, new BigDecimal("20.00"), null),
                        new JournalRequest.Line(17387901, new BigDecimal("-20.00"), null)), Currency.getInstance("GBP"));
    }

    @Test
    void anAmbiguousJournalPostIsOutcomeUnknownAndNeverResent() {
        List<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> ambiguous = List.of(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(503),
                aResponse().withStatus(200).withBody("<html><body>Busy</body></html>"),
                aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-journal-ok.xml").replace(">77<", ">n/a<")));
        for (var answer : ambiguous) {
            stub.resetAll();
            login(stub);
            stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(answer));
            try (KashFlowClient kashflow = client(stub).build()) {
                assertThatThrownBy(() -> kashflow.journals().insert(refundJournal()))
                        .isInstanceOfSatisfying(io.tillbridge.kashflow.ledger.JournalOutcomeUnknownException.class, e -> {
                            assertThat(e.outcomeUnknown()).isTrue();
                            assertThat(e.comment()).isEqualTo("REFUND SHOP-SO-00042-1");
                        });
            }
            stub.verify(1, postRequestedFor(urlEqualTo(SOAP_PATH)));
        }
    }

    @Test
    void aRefusedJournalIsADefiniteError() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-no-paymethod.xml")
                .replace("InsertInvoicePayment", "InsertJournal").replace("Invalid payment method", "Journal does not balance"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.journals().insert(refundJournal()))
                    .isInstanceOf(io.tillbridge.kashflow.KashFlowApiException.class)
                    .isNotInstanceOf(TransportException.class).hasMessageContaining("does not balance");
        }
    }

    @Test
    void createsACustomerWithAddressAndCustomFieldsInWsdlOrder() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(xml("soap-insert-customer-ok.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            int id = kashflow.customers().create(CustomerRequest.builder().code("ATH01").name("Athens Books")
                    .address(CustomerAddress.of("EL", "105 57", "Ermou 1", "Athens"))
                    .customFields(CustomFields.builder().text(1, "tx-1").checkBox(2, true).build()).build());
            assertThat(id).isEqualTo(104);
        }
        String body = stub.findAll(postRequestedFor(urlEqualTo(SOAP_PATH))).get(0).getBodyAsString();
        assertThat(body).contains("<custr><Code>ATH01</Code><Name>Athens Books</Name><Address1>Ermou 1</Address1>")
                .contains("<CountryCode>EL</CountryCode>").contains("<ExtraText1>tx-1</ExtraText1>");
        assertThat(body.indexOf("<ExtraText1>")).isLessThan(body.indexOf("<CheckBox2>"));
        assertThat(body.indexOf("<CheckBox2>")).isLessThan(body.indexOf("<CountryCode>"));
    }

    @Test
    void setsCustomFieldsKeepingEveryOtherField() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetCustomer\""))
                .willReturn(xml("soap-getcustomer.xml")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/UpdateCustomer\""))
                .willReturn(xml("soap-update-customer-ok.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            var record = kashflow.customers().setCustomFields("SHA01", CustomFields.builder().text(3, "AUTH 123456").build());
            assertThat(record.customFields().text(3)).isEqualTo("AUTH 123456");
            assertThat(record.customFields().text(1)).isEqualTo("0000A1B2-C3D4");
        }
        stub.verify(postRequestedFor(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/UpdateCustomer\""))
                .withRequestBody(matchingXPath("//*[local-name()='ExtraText3']/text()", equalTo("AUTH 123456")))
                .withRequestBody(matchingXPath("//*[local-name()='ExtraText1']/text()", equalTo("0000A1B2-C3D4")))
                .withRequestBody(matchingXPath("//*[local-name()='Postcode']/text()", equalTo("CV37 6AA"))));
    }

    @Test
    void updatingACustomersCodeIsRefused() {
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.customers().update("SHA01", CustomerRequest.builder().code("SHA02").name("x").build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("code"));
        }
        stub.verify(0, postRequestedFor(urlPathEqualTo(SOAP_PATH)));
    }
}
