package io.tillbridge.syspro;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.syspro.SysproStubs.bo;
import static io.tillbridge.syspro.SysproStubs.client;
import static io.tillbridge.syspro.SysproStubs.fixtureAnswer;
import static io.tillbridge.syspro.SysproStubs.logonOk;
import static io.tillbridge.syspro.SysproStubs.raw;
import static io.tillbridge.syspro.SysproStubs.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ApiException;
import io.tillbridge.TillbridgeException;
import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.customers.CustomerSetupResult;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference's three error layers (syspro.md §2), each a typed error under TillbridgeException. */
class ErrorLayersTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static Stream<Arguments> businessObjectTexts() {
        return Stream.of(
                Arguments.of("ERROR: e.net exception raised: 100000", BusinessObjectNotLicensedException.class),
                Arguments.of("ERROR: e.net exception 100000", BusinessObjectNotLicensedException.class),
                Arguments.of("ERROR: Business object ARSTPY is not licensed (100000)", BusinessObjectNotLicensedException.class),
                Arguments.of("ERROR: Stock code 'NOPE' not found", BusinessObjectException.class),
                Arguments.of("ERROR: XML element 'Foo' is not valid", BusinessObjectException.class),
                Arguments.of("error: lower-case but still an error 1000001", BusinessObjectException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("businessObjectTexts")
    void layer2ErrorTextBecomesATypedBusinessObjectError(String text, Class<? extends BusinessObjectException> type) {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw(text)));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("NOPE")).isExactlyInstanceOf(type)
                    .isInstanceOf(TillbridgeException.class)
                    .satisfies(e -> assertThat(((BusinessObjectException) e).businessObject()).isEqualTo("INVQRY"));
        }
    }

    @Test
    void anUnlicensedPostingIsNotLicensedAndNotRetried() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "ARSTPY").willReturn(raw("ERROR: e.net exception raised: 100000")));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.arPayments().post(io.tillbridge.syspro.receivables.ArPayment
                    .builder("000001", Currency.getInstance("GBP"), new BigDecimal("20.00"), "OPAYO-1").bank("GB")
                    .paymentDate(java.time.LocalDate.of(2026, 3, 2)).payInvoice("100466", new BigDecimal("20.00")).build()))
                    .isInstanceOf(BusinessObjectNotLicensedException.class).hasMessageContaining("not licensed");
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(1);
    }

    @Test
    void layer3FieldErrorsAreAllKeptWithTheirNumbersAndTheTrailer() {
        logonOk(stub);
        stub.stubFor(bo("/Setup/Add", "INVSWS").willReturn(fixtureAnswer("invsws-field-errors.xml")));
        try (SysproClient syspro = client(stub).build()) {
            XmlNode doc = XmlNode.of("SetupInvWarehouse", XmlNode.of("Item", XmlNode.leaf("StockCode", "1004")));
            assertThatThrownBy(() -> syspro.connection().setup(io.tillbridge.syspro.internal.SysproConnection.SetupAction.ADD, "INVSWS", null, doc, null))
                    .isInstanceOfSatisfying(BusinessObjectValidationException.class, e -> {
                        assertThat(e.errors()).extracting(BusinessObjectValidationException.ItemError::element,
                                BusinessObjectValidationException.ItemError::value, BusinessObjectValidationException.ItemError::errorNumber)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("stockcode", "1004", "240004"),
                                        org.assertj.core.groups.Tuple.tuple("warehouse", "ZZ", "240005"));
                        assertThat(e.statusOfItems()).containsEntry("RecordsInvalid", "1").containsEntry("RecordsRead", "1");
                        assertThat(e.codes()).containsExactly("240004", "240005");
                        assertThat(e.getMessage()).contains("Stock code '1004' not found").contains("Warehouse 'ZZ' not found");
                    });
        }
    }

    @Test
    void layer3ForAClosedGlPeriodNamesThePeriod() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "GENTJL").willReturn(fixtureAnswer("gentjl-closed-period.xml")));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.glJournals().post(io.tillbridge.syspro.ledger.GlJournal
                    .builder(java.time.LocalDate.of(2026, 3, 2), "SETTLE-2026-03-02").debit("1000", BigDecimal.TEN)
                    .credit("2000", BigDecimal.TEN).build()))
                    .isInstanceOfSatisfying(BusinessObjectValidationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(err -> {
                            assertThat(err.element()).isEqualTo("PostingPeriod");
                            assertThat(err.description()).contains("not open");
                        });
                        assertThat(e.statusOfItems()).containsEntry("ItemsInvalid", "000001");
                    });
        }
    }

    @Test
    void fieldWarningsBesideACleanStatusAreNotAnError() {
        logonOk(stub);
        stub.stubFor(bo("/Setup/Add", "ARSSCS").willReturn(fixtureAnswer("arsscs-warning-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            CustomerSetupResult result = syspro.customers().add(CustomerSetup.add(null, "Bayside Bikes").email("not-an-email").build()).resultOrThrow();
            assertThat(result.customer()).isEqualTo("000146");
        }
    }

    @Test
    void anErrorMessageElementIsAnErrorToo() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw("<InvQuery><ErrorMessage>Warehouse filter invalid</ErrorMessage></InvQuery>")));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(BusinessObjectValidationException.class)
                    .hasMessageContaining("Warehouse filter invalid");
        }
    }

    @Test
    void layer1NonOkStatusIsAServiceErrorWithTheStatus() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(aResponse().withStatus(400).withBody("Bad Request - Request Too Long")));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.salesOrders().importOrder(io.tillbridge.syspro.orders.SalesOrderImport.builder("WEB-1", "000001")
                    .stockLine("A100", BigDecimal.ONE, BigDecimal.ONE).build()))
                    .isInstanceOfSatisfying(SysproServiceException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.serverText()).contains("Request Too Long");
                    });
        }
    }

    @Test
    void textWhereXmlWasExpectedIsUnreadable() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw("OK")));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(UnreadableAnswerException.class)
                    .hasMessageContaining("where XML was expected");
        }
    }

    @Test
    void allErrorsShareOneRoot() {
        assertThat(ApiException.class).isAssignableTo(TillbridgeException.class);
        assertThat(new BusinessObjectNotLicensedException("ARSTPY", "x")).isInstanceOf(BusinessObjectException.class)
                .isInstanceOf(SysproApiException.class);
        assertThat(new BusinessObjectValidationException("INVSWS", java.util.List.of(), java.util.Map.of()))
                .isInstanceOf(SysproApiException.class);
        assertThat(new SysproServiceException(500, "Logoff", "x")).isInstanceOf(SysproApiException.class);
        assertThat(new SysproSessionException("Query/Query", "x")).isInstanceOf(SysproServiceException.class);
        assertThat(new SysproLogonException("x")).isInstanceOf(io.tillbridge.client.AuthenticationException.class);
        assertThat(new PostingNotRepeatedException("SORTOI", LookupResult.unknown("x"))).isInstanceOf(TillbridgeException.class);
    }
}
