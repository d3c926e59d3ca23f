package io.tillbridge.syspro;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.tillbridge.syspro.SysproStubs.bo;
import static io.tillbridge.syspro.SysproStubs.client;
import static io.tillbridge.syspro.SysproStubs.fixtureAnswer;
import static io.tillbridge.syspro.SysproStubs.logonOk;
import static io.tillbridge.syspro.SysproStubs.raw;
import static io.tillbridge.syspro.SysproStubs.requests;
import static io.tillbridge.syspro.SysproStubs.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.Secret;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.ledger.GlJournal;
import io.tillbridge.syspro.orders.CreditNoteRequest;
import io.tillbridge.syspro.orders.OrderLine;
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.receivables.ArPayment;
import io.tillbridge.syspro.tables.TableQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transport faults (safe reads retried, postings never blindly) and requests refused before sending. */
class FaultsAndBadInputTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Currency GBP = Currency.getInstance("GBP");

    // ---- transport faults -------------------------------------------------------------------------

    @Test
    void aReadMeeting503IsRetriedAndSucceeds() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").inScenario("r").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        stub.stubFor(bo("/Query/Query", "INVQRY").inScenario("r").whenScenarioStateIs("ok").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            assertThat(syspro.inventory().stock("A100").stockCode()).isEqualTo("A100");
        }
        assertThat(requests(stub, "/Query/Query")).hasSize(2);
    }

    @Test
    void aReadMeetingAResetIsRetried() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").inScenario("r").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        stub.stubFor(bo("/Query/Query", "INVQRY").inScenario("r").whenScenarioStateIs("ok").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            assertThat(syspro.inventory().stock("A100").warehouses()).hasSize(2);
        }
    }

    @Test
    void aPostingMeetingAResetIsNotSentAgainAndItsOutcomeIsUnknown() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.salesOrders().importOrder(order("WEB-1")))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(1);
    }

    @Test
    void aPostingMeeting503IsNotRetried() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "GENTJL").willReturn(aResponse().withStatus(503)));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.glJournals().post(journal().build())).isInstanceOf(SysproServiceException.class);
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(1);
    }

    @Test
    void aPostingThatTimesOutIsNotRetriedAndItsOutcomeIsUnknown() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "ARSTPY").willReturn(fixtureAnswer("arstpy-answer.xml").withFixedDelay(3000)));
        try (SysproClient syspro = client(stub).requestTimeout(Duration.ofMillis(1000)).build()) {
            assertThatThrownBy(() -> syspro.arPayments().post(payment().build()))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(1);
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsFine() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml").withFixedDelay(100)));
        try (SysproClient syspro = client(stub).build()) {
            assertThat(syspro.inventory().stock("A100").stockCode()).isEqualTo("A100");
        }
    }

    @Test
    void anUnreachableSiteIsATransportErrorThatSentNothing() {
        try (SysproClient syspro = SysproClient.builder().environment(SysproEnvironment.custom("http://127.0.0.1:1")).operator("OP", null)
                .company("EDU1", null).connectTimeout(Duration.ofMillis(200))
                .retry(io.tillbridge.client.http.RetrySettings.NONE).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100"))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        }
    }

    @Test
    void aLogonMeetingAnOutageIsRetriedBecauseNoSessionExistsYet() {
        stub.stubFor(route("/Logon").inScenario("l").whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        stub.stubFor(route("/Logon").inScenario("l").whenScenarioStateIs("up").willReturn(raw(SysproStubs.SESSION)));
        stub.stubFor(route("/Logoff").willReturn(raw("0")));
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            assertThat(syspro.inventory().stock("A100").stockCode()).isEqualTo("A100");
        }
        assertThat(requests(stub, "/Logon")).hasSize(2);
    }

    @Test
    void anAnswerOverTheSizeLimitIsRefusedUnreadByTheTransportAndNotAskedForAgain() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw("<InvQuery>" + "x".repeat(5000) + "</InvQuery>")));
        try (SysproClient syspro = client(stub).limits(new SysproLimits(16_000, 2048, Duration.ofSeconds(5))).build()) {
            // The transport's own cap (32 MB by default) is the client's limit: the declared length is refused.
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(TransportException.class)
                    .hasMessageContaining("larger than 2048 bytes");
        }
        assertThat(requests(stub, "/Query/Query")).hasSize(1); // the same answer would come back just as large
    }

    @Test
    void anAnswerWithoutADeclaredLengthIsCutOffAtTheLimit() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw("<InvQuery>" + "x".repeat(50_000) + "</InvQuery>")
                .withChunkedDribbleDelay(5, 5)));
        try (SysproClient syspro = client(stub).limits(new SysproLimits(16_000, 2048, Duration.ofSeconds(5))).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(TransportException.class)
                    .hasMessageContaining("larger than 2048 bytes");
        }
    }

    @Test
    void anAnswerUnderTheLimitIsRead() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).limits(new SysproLimits(16_000, 64 * 1024, Duration.ofSeconds(5))).build()) {
            assertThat(syspro.inventory().stock("A100").stockCode()).isEqualTo("A100");
        }
    }

    @Test
    void limitsOutOfRangeNameTheLimit() {
        assertThatThrownBy(() -> new SysproLimits(100, 2048, Duration.ZERO)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("maxUrlChars"));
        assertThatThrownBy(() -> new SysproLimits(16_000, 10, Duration.ZERO)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("maxAnswerBytes"));
        assertThatThrownBy(() -> new SysproLimits(16_000, 2048, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("sessionWait"));
    }

    @Test
    void aDocumentTooLongForAUrlIsRefusedBeforeSendingWithTheReason() {
        logonOk(stub);
        SalesOrderImport.Builder big = SalesOrderImport.builder("WEB-BIG", "000001");
        for (int i = 0; i < 400; i++) {
            big.stockLine("STOCK-CODE-" + i, BigDecimal.ONE, new BigDecimal("1.00"));
        }
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.salesOrders().importOrder(big.build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field()).isEqualTo("XmlIn"));
                        assertThat(e.getMessage()).contains("16000").contains("URL").contains("IIS");
                    });
        }
        assertThat(requests(stub, "/Transaction/Post")).isEmpty();
    }

    @Test
    void aCallWaitingTooLongForTheSessionIsNotSent() throws Exception {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml").withFixedDelay(500)));
        java.util.concurrent.CountDownLatch queryInFlight = new java.util.concurrent.CountDownLatch(2);
        io.tillbridge.client.http.ClientListener listener = new io.tillbridge.client.http.ClientListener() {
            @Override
            public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                if (operation.contains("INVQRY")) {
                    queryInFlight.countDown();
                }
            }
        };
        try (SysproClient syspro = client(stub).listener(listener).limits(new SysproLimits(16_000, 1 << 20, Duration.ofMillis(50)))
                .build()) {
            syspro.inventory().stock("A100"); // logged on
            Thread holder = new Thread(() -> syspro.inventory().stock("A100"));
            holder.start();
            assertThat(queryInFlight.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue(); // the holder has the session
            assertThatThrownBy(() -> syspro.inventory().stock("A100"))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.getMessage()).contains("busy");
                    });
            holder.join();
        }
    }

    // ---- site and credentials --------------------------------------------------------------------

    @Test
    void plainHttpIsRefusedOffThisMachine() {
        assertThatThrownBy(() -> SysproClient.builder().environment(SysproEnvironment.custom("http://erp.example.com:31002"))
                .operator("OP", null).company("EDU1", null).build()).isInstanceOf(ValidationException.class).hasMessageContaining("https");
        assertThat(SysproEnvironment.custom("https://erp.example.com:31002").restRoot().toString())
                .isEqualTo("https://erp.example.com:31002/SYSPROWCFService/Rest");
        assertThat(SysproEnvironment.custom("http://localhost:8080/SYSPROWCFService/Rest/").restRoot().toString())
                .isEqualTo("http://localhost:8080/SYSPROWCFService/Rest");
        assertThatThrownBy(() -> SysproEnvironment.custom("ftp://erp.example.com")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SysproEnvironment.custom("https://user:pw@erp.example.com")).isInstanceOf(ValidationException.class);
    }

    @Test
    void operatorAndCompanyAreRequired() {
        assertThatThrownBy(() -> SysproClient.builder().environment(SysproEnvironment.custom("https://erp.example.com")).company("EDU1", null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("operator"));
        assertThatThrownBy(() -> SysproClient.builder().environment(SysproEnvironment.custom("https://erp.example.com")).operator("OP", null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("companyId"));
    }

    @Test
    void missingBuilderSettingsAreValidationErrorsNamingTheField() {
        SysproClient.Builder builder = SysproClient.builder();
        assertThatThrownBy(() -> builder.operator(null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("operator"));
        assertThatThrownBy(() -> builder.company(" ", null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("companyId"));
        assertThatThrownBy(() -> builder.environment(null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("environment"));
        assertThatThrownBy(() -> builder.limits(null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("limits"));
        assertThatThrownBy(() -> SysproClient.builder().operator("OP", null).company("EDU1", null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("environment"));
        assertThatThrownBy(() -> SysproEnvironment.custom(null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("url"));
    }

    @Test
    void credentialsNeverShowInToString() {
        SysproConnection.Credentials credentials = new SysproConnection.Credentials("OP", Secret.of("hunter2!"), "EDU1", Secret.of("c0mpany!"));
        assertThat(credentials.toString()).doesNotContain("hunter2!").doesNotContain("c0mpany!");
    }

    // ---- bad input, refused before anything is sent -------------------------------------------------

    @Test
    void salesOrderFieldsOverSysprosLimitsAreRefusedNotTruncated() {
        assertRefused(() -> SalesOrderImport.builder("P".repeat(31), "000001").stockLine("A100", BigDecimal.ONE, null).build(),
                "customerPoNumber");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").shipTo("Ada", List.of("x".repeat(41)), "SW1A 1AA")
                .stockLine("A100", BigDecimal.ONE, null).build(), "shipAddress[0]");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").shipTo("Ada", List.of("1", "2", "3", "4", "5", "6"), null)
                .stockLine("A100", BigDecimal.ONE, null).build(), "shipAddress");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").shipTo("Ada", List.of(), "P".repeat(16))
                .stockLine("A100", BigDecimal.ONE, null).build(), "shipPostalCode");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").email("e".repeat(81))
                .stockLine("A100", BigDecimal.ONE, null).build(), "email");
    }

    @Test
    void salesOrderLinesAreChecked() {
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").build(), "lines");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").stockLine("A100", BigDecimal.ZERO, null).build(), "lines[0].orderQty");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").stockLine("A100", BigDecimal.ONE, new BigDecimal("-1")).build(),
                "lines[0].price");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").stockLine("A100", BigDecimal.ONE,
                new BigDecimal("1.123456")).build(), "lines[0].price");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").stockLine(null, BigDecimal.ONE, null).build(), "lines[0].stockCode");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").line(new OrderLine.CommentLine(1, "a"))
                .line(new OrderLine.CommentLine(1, "b")).build(), "lines[1].customerPoLine");
        assertRefused(() -> SalesOrderImport.builder("WEB-1", "000001").line(new OrderLine.FreightLine(1, new BigDecimal("1.001"), null))
                .build(), "lines[0].value");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertThatThrownBy(() -> SalesOrderImport.builder("", "").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .contains("customerPoNumber", "customer", "lines"));
    }

    @Test
    void arPaymentsMustAddUpExactlyInTheCurrencysScale() {
        assertRefused(() -> payment().payInvoice("100467", new BigDecimal("0.01")).build(), "paymentValue");
        assertRefused(() -> ArPayment.builder("000001", GBP, new BigDecimal("20.001"), "OPAYO-1").bank("GB").paymentDate(DAY)
                .payInvoice("100466", new BigDecimal("20.001")).build(), "paymentValue");
        assertRefused(() -> ArPayment.builder("000001", Currency.getInstance("JPY"), new BigDecimal("2000.5"), "OPAYO-1").bank("GB")
                .paymentDate(DAY).unapplied(new BigDecimal("2000.5")).build(), "paymentValue");
        assertRefused(() -> ArPayment.builder("000001", GBP, new BigDecimal("20.00"), "OPAYO-1").paymentDate(DAY)
                .payInvoice("100466", new BigDecimal("20.00")).build(), "bank");
        assertRefused(() -> ArPayment.builder("000001", GBP, new BigDecimal("-5"), "OPAYO-1").bank("GB").paymentDate(DAY)
                .unapplied(BigDecimal.ONE).build(), "paymentValue");
        assertRefused(() -> ArPayment.builder("000001", GBP, new BigDecimal("5"), "R".repeat(31)).bank("GB").paymentDate(DAY)
                .unapplied(new BigDecimal("5")).build(), "reference");
        assertRefused(() -> ArPayment.builder("000001", GBP, new BigDecimal("5"), "OPAYO-1").bank("GB").paymentDate(DAY).build(), "invoices");
    }

    @Test
    void glJournalsMustBalanceBeforeTheyAreSent() {
        assertRefused(() -> GlJournal.builder(DAY, "SETTLE-1").debit("1000", new BigDecimal("10.00"))
                .credit("2000", new BigDecimal("9.99")).build(), "entries");
        assertRefused(() -> GlJournal.builder(DAY, "SETTLE-1").debit("1000", BigDecimal.TEN).build(), "entries");
        assertRefused(() -> journal().period(2026, 14).build(), "postingPeriod");
        assertRefused(() -> GlJournal.builder(DAY, "SETTLE-1").debit("1000", new BigDecimal("0.001"))
                .credit("2000", new BigDecimal("0.001")).build(), "entries[0].amount");
        assertRefused(() -> GlJournal.builder(DAY, null).debit("1000", BigDecimal.TEN).credit("2000", BigDecimal.TEN).build(), "reference");
    }

    @Test
    void customerSetupsAreChecked() {
        assertRefused(() -> CustomerSetup.add("C".repeat(16), "Ada").build(), "customer");
        assertRefused(() -> CustomerSetup.add(null, "Ada").creditLimit(new BigDecimal("-1")).build(), "creditLimit");
        assertRefused(() -> CustomerSetup.add(null, "Ada").soldTo(List.of("a".repeat(41)), null).build(), "soldToAddress[0]");
        assertRefused(() -> CustomerSetup.update(null), "customer");
    }

    @Test
    void creditNotesAreChecked() {
        assertRefused(() -> CreditNoteRequest.fromInvoice("000001", "REFUND-1", DAY, null), "invoiceNumber");
        assertRefused(() -> CreditNoteRequest.header("000001", null, DAY), "customerPoNumber");
        assertRefused(() -> CreditNoteRequest.header("000001", "REFUND-1", null), "creditNoteDate");
    }

    @Test
    void tableQueriesTakeOnlyNamesNotExpressions() {
        assertRefused(() -> TableQuery.builder("SorMaster; DROP").columns("SalesOrder").build(), "tableName");
        assertRefused(() -> TableQuery.builder("SorMaster").build(), "columns");
        assertRefused(() -> TableQuery.builder("SorMaster").columns("A B").build(), "columns[0]");
        assertRefused(() -> TableQuery.builder("SorMaster").columns("SalesOrder").returnRows(0).build(), "returnRows");
        assertRefused(() -> TableQuery.builder("SorMaster").columns("SalesOrder").whereEquals("CustomerPoNumber", null).build(),
                "where[0].value");
    }

    @Test
    void inventoryQueriesAreChecked() {
        logonOk(stub);
        try (SysproClient syspro = client(stub).build()) {
            assertRefused(() -> syspro.inventory().stock(""), "stockCode");
            assertRefused(() -> syspro.inventory().stock("A100", "FG,RM"), "warehouses[0]");
            assertRefused(() -> syspro.salesOrders().get(null), "salesOrder");
            assertRefused(() -> syspro.customers().get(""), "customer");
        }
        assertThat(requests(stub, "/Logon")).isEmpty();
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field).contains(field));
    }

    private static SalesOrderImport order(String po) {
        return SalesOrderImport.builder(po, "000001").stockLine("A100", BigDecimal.ONE, new BigDecimal("49.99")).build();
    }

    private static ArPayment.Builder payment() {
        return ArPayment.builder("000001", GBP, new BigDecimal("20.00"), "OPAYO-1").bank("GB").paymentDate(DAY)
                .payInvoice("100466", new BigDecimal("20.00"));
    }

    private static GlJournal.Builder journal() {
        return GlJournal.builder(DAY, "SETTLE-1").debit("1000", BigDecimal.TEN).credit("2000", BigDecimal.TEN);
    }
}
