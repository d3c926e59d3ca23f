package io.tillbridge.kashflow.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowStubs;
import io.tillbridge.kashflow.PaymentOutcomeUnknownException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Payments are posted at most once: the invoice is read before, and after any ambiguous failure. */
class InvoicePaymentsTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String NEW_REFERENCE = "SHOP-SO-00042-2";
    private static final String INSERT = "\"KashFlow/InsertInvoicePayment\"";

    @BeforeEach
    void loginWorks() {
        login(stub);
    }

    private static PaymentRequest.Builder payment() {
        return PaymentRequest.builder().invoiceNumber(1042).amount(new BigDecimal("100.00"), "GBP").date(LocalDate.of(2024, 3, 8))
                .method(3).bankAccount(7).reference(NEW_REFERENCE);
    }

    /** The invoice before the post (one older payment), and after it (carrying the new one). */
    private static void invoiceBeforeAndAfter() {
        String after = KashFlowStubs.fixture("invoice.json").replace("\"ReminderLetters\": []", "\"ReminderLetters\": []")
                .replace("\"PaymentLines\": [", "\"PaymentLines\": [{\"Id\": 9002, \"Amount\": 100.00, \"Note\": \"" + NEW_REFERENCE
                        + "\", \"Method\": 3, \"AccountId\": 7},");
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("post").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, "invoice.json")));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("post").whenScenarioStateIs("posted")
                .willReturn(aResponse().withStatus(200).withBody(after)));
    }

    private static int inserts() {
        return stub.findAll(postRequestedFor(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT))).size();
    }

    @Test
    void postsThePaymentOverSoapWithTheReferenceInPayNote() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).willReturn(xml("soap-insert-payment-ok.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            PaymentPosting posted = kashflow.payments().record(payment().build());
            assertThat(posted).isInstanceOf(PaymentPosting.Posted.class);
            assertThat(posted.paymentId()).isEqualTo(9002);
            assertThat(posted.amount()).isEqualByComparingTo("100.00");
        }
        stub.verify(postRequestedFor(urlEqualTo(SOAP_PATH))
                .withRequestBody(matchingXPath("//*[local-name()='PayInvoice']/text()", equalTo("1042")))
                .withRequestBody(matchingXPath("//*[local-name()='PayNote']/text()", equalTo(NEW_REFERENCE)))
                .withRequestBody(matchingXPath("//*[local-name()='PayAmount']/text()", equalTo("100.00")))
                .withRequestBody(matchingXPath("//*[local-name()='PayMethod']/text()", equalTo("3")))
                .withRequestBody(matchingXPath("//*[local-name()='PayAccount']/text()", equalTo("7")))
                .withRequestBody(matchingXPath("//*[local-name()='PayDate']/text()", equalTo("2024-03-08T12:00:00"))));
    }

    @Test
    void aPaymentInAnotherCurrencyIsRefusedBeforeAnythingIsPosted() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1043")).willReturn(json(200, "invoice-eur.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().record(payment().invoiceNumber(1043).build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("currency");
                        assertThat(e.getMessage()).contains("GBP", "EUR");
                    });
        }
        assertThat(inserts()).isZero();
    }

    @Test
    void aReferenceAlreadyOnTheInvoiceIsNotPostedAgain() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            PaymentPosting posted = kashflow.payments().record(payment().reference("SHOP-SO-00042-1").build());
            assertThat(posted).isInstanceOf(PaymentPosting.AlreadyPosted.class);
            assertThat(posted.paymentId()).isEqualTo(9001);
            assertThat(posted.amount()).isEqualByComparingTo("20.00"); // what KashFlow holds
        }
        assertThat(inserts()).isZero();
    }

    @Test
    void aResetAfterThePostIsResolvedByReadingThePaymentLines() {
        invoiceBeforeAndAfter();
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).inScenario("post")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("posted"));
        try (KashFlowClient kashflow = client(stub).build()) {
            PaymentPosting posted = kashflow.payments().record(payment().build());
            assertThat(posted.paymentId()).isEqualTo(9002);
            assertThat(posted).isInstanceOf(PaymentPosting.Posted.class);
        }
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void a5xxAfterThePostIsNotRetriedButResolved() {
        invoiceBeforeAndAfter();
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).inScenario("post")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("posted"));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.payments().record(payment().build()).paymentId()).isEqualTo(9002);
        }
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void aTimedOutPostThatKashFlowNeverRecordedSaysSendingAgainIsSafe() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT))
                .willReturn(xml("soap-insert-payment-ok.xml").withFixedDelay(3_000)));
        try (KashFlowClient kashflow = client(stub).requestTimeout(Duration.ofMillis(1_500)).build()) {
            assertThatThrownBy(() -> kashflow.payments().record(payment().build()))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e).isNotInstanceOf(PaymentOutcomeUnknownException.class);
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.getMessage()).contains("sending it again is safe");
                    });
        }
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void whenNeitherRestNorSoapCanBeReadTheOutcomeStaysUnknown() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("post").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, "invoice.json")));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("post").whenScenarioStateIs("posted")
                .willReturn(aResponse().withStatus(500)));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).inScenario("post")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("posted"));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetInvoicePayment\""))
                .willReturn(aResponse().withStatus(500)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().record(payment().build()))
                    .isInstanceOfSatisfying(PaymentOutcomeUnknownException.class, e -> {
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.invoiceNumber()).isEqualTo(1042);
                        assertThat(e.reference()).isEqualTo(NEW_REFERENCE);
                    });
        }
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void aSoapNoIsADefiniteRefusalWithoutALookup() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).willReturn(xml("soap-no-paymethod.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().record(payment().build())).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("Invalid payment method");
        }
        stub.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void aConnectionRefusedPostIsRetriedBecauseItNeverArrived() {
        // Nothing listens on port 1: the request certainly did not reach KashFlow.
        try (KashFlowClient kashflow = client(stub).environment(io.tillbridge.kashflow.KashFlowEnvironment.custom(
                stub.baseUrl() + "/v2", "http://127.0.0.1:1" + SOAP_PATH)).build()) {
            stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
            assertThatThrownBy(() -> kashflow.payments().record(payment().build()))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        }
    }

    @Test
    void findAnswersFoundAbsentOrUnknown() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(get(urlEqualTo("/v2/invoices/9999")).willReturn(aResponse().withStatus(404)));
        stub.stubFor(get(urlEqualTo("/v2/invoices/5000")).willReturn(aResponse().withStatus(500)));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(503)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.payments().find(1042, "SHOP-SO-00042-1")).isInstanceOfSatisfying(PaymentLookup.Found.class,
                    f -> assertThat(f.line().id()).isEqualTo(9001));
            assertThat(kashflow.payments().find(1042, " SHOP-SO-00042-1 ")).isInstanceOf(PaymentLookup.Found.class);
            assertThat(kashflow.payments().find(1042, "SHOP-SO-00042")).isInstanceOf(PaymentLookup.Absent.class);
            assertThat(kashflow.payments().find(9999, "X")).isInstanceOf(PaymentLookup.Absent.class);
            assertThat(kashflow.payments().find(5000, "X")).isInstanceOf(PaymentLookup.Unknown.class);
        }
    }

    @Test
    void twoPaymentLinesWithOneReferenceAreNeitherAdoptedNorPostedOver() {
        String line = "{\"Id\": 9002, \"Date\": \"2024-03-06 10:00:00\", \"Amount\": 20.00, \"Method\": 3, \"AccountId\": 7, "
                + "\"Note\": \"SHOP-SO-00042-1\"}";
        String twice = KashFlowStubs.fixture("invoice.json").replace("\"PaymentLines\": [", "\"PaymentLines\": [" + line + ",");
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(twice)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.payments().find(1042, "SHOP-SO-00042-1")).isInstanceOfSatisfying(PaymentLookup.Unknown.class,
                    u -> assertThat(u.reason()).contains("2 payments with reference"));
            assertThatThrownBy(() -> kashflow.invoices().get(1042).paymentWithReference("SHOP-SO-00042-1"))
                    .isInstanceOf(io.tillbridge.kashflow.AmbiguousRecordException.class);
        }
    }

    @Test
    void findFallsBackToSoapWhenRestFails() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(500)));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetInvoicePayment\""))
                .willReturn(xml("soap-get-payment.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.payments().find(1042, "SHOP-SO-00042-1")).isInstanceOf(PaymentLookup.Found.class);
            assertThat(kashflow.payments().find(1042, "OTHER")).isInstanceOf(PaymentLookup.Absent.class);
        }
    }

    @Test
    void listsAndDeletesPaymentsOverSoap() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetInvoicePayment\""))
                .willReturn(xml("soap-get-payment.xml")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/DeleteInvoicePayment\""))
                .willReturn(xml("soap-delete-payment-ok.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            List<InvoicePayment> payments = kashflow.payments().list(1042);
            assertThat(payments).singleElement().satisfies(p -> {
                assertThat(p.payId()).isEqualTo(9001);
                assertThat(p.amount()).isEqualByComparingTo("20.00");
                assertThat(p.note()).isEqualTo("SHOP-SO-00042-1");
                assertThat(p.method()).isEqualTo(3);
                assertThat(p.account()).isEqualTo(7);
            });
            kashflow.payments().delete(9001);
        }
        stub.verify(postRequestedFor(urlEqualTo(SOAP_PATH))
                .withRequestBody(matchingXPath("//*[local-name()='InvoicePaymentNumber']/text()", equalTo("9001"))));
    }

    @Test
    void bulkPaymentsChecksEveryInvoicesCurrencyThenPostsOnce() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1043")).willReturn(json(200, "invoice-eur.json")));
        stub.stubFor(post(urlEqualTo("/v2/invoices/bulk/payments")).willReturn(json(201, "bulk-payment.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().postBulk(BulkPaymentRequest.of(LocalDate.of(2024, 3, 8), "batch", 7, 3, "GBP",
                    List.of(new BulkPaymentRequest.Item(1042, new BigDecimal("10")), new BulkPaymentRequest.Item(1043, BigDecimal.ONE)))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(ValidationException.FieldError::field).containsExactly("items[1].invoiceNumber"));
            assertThat(kashflow.payments().postBulk(BulkPaymentRequest.of(LocalDate.of(2024, 3, 8), "Opayo batch 77", 7, 3, "GBP",
                    List.of(new BulkPaymentRequest.Item(1042, new BigDecimal("100.00"))))).path("Number").asInt()).isEqualTo(12);
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/invoices/bulk/payments"))
                .withRequestBody(matchingJsonPath("$.PaymentItems[0].ObjectNumber", equalTo("1042")))
                .withRequestBody(matchingJsonPath("$.AccountId", equalTo("7")))
                .withRequestBody(matchingJsonPath("$.Date", equalTo("2024-03-08 12:00:00"))));
    }

    @Test
    void readsABulkPayment() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/bulk/payments/12")).willReturn(json(200, "bulk-payment.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.payments().bulk(12).path("PaymentItems").get(0).path("ObjectNumber").asInt()).isEqualTo(1042);
            assertThatThrownBy(() -> kashflow.payments().bulk(0)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void anAmbiguousBulkPostIsOutcomeUnknownAndNotResent() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo("/v2/invoices/bulk/payments")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().postBulk(BulkPaymentRequest.of(LocalDate.of(2024, 3, 8), "b", 7, 3, "GBP",
                    List.of(new BulkPaymentRequest.Item(1042, BigDecimal.TEN))))).isInstanceOf(PaymentOutcomeUnknownException.class);
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/invoices/bulk/payments")));
    }

    /** Unreadable answers under 200: KashFlow may have recorded the payment, so it is read back, never called refused. */
    private static final String MALFORMED_XML = "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><InsertInvoicePaymentResponse xmlns=\"KashFlow\"><InsertInvoicePaymentResult>90";
    private static final String HTML_PAGE = "<!DOCTYPE html><html><body><h1>Service busy</h1></body></html>";

    @Test
    void malformedXmlUnder200IsResolvedByReadingThePaymentLines() {
        invoiceBeforeAndAfter();
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).inScenario("post")
                .willReturn(aResponse().withStatus(200).withBody(MALFORMED_XML)).willSetStateTo("posted"));
        try (KashFlowClient kashflow = client(stub).build()) {
            PaymentPosting posted = kashflow.payments().record(payment().build());
            assertThat(posted).isInstanceOf(PaymentPosting.Posted.class);
            assertThat(posted.paymentId()).isEqualTo(9002);
        }
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void anHtmlPageUnder200WithThePaymentProvenAbsentSaysSendingAgainIsSafe() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(HTML_PAGE)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().record(payment().build()))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e).isNotInstanceOf(PaymentOutcomeUnknownException.class);
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.getMessage()).contains("sending it again is safe");
                        assertThat(e.getCause()).isInstanceOf(io.tillbridge.kashflow.UnreadableAnswerException.class);
                    });
        }
        assertThat(inserts()).isEqualTo(1);
        stub.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void anUnknownStatusUnder200ThatCannotBeReadBackIsOutcomeUnknown() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("post").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, "invoice.json")));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("post").whenScenarioStateIs("posted")
                .willReturn(aResponse().withStatus(200).withBody(HTML_PAGE)));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo(INSERT)).inScenario("post")
                .willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-insert-payment-ok.xml")
                        .replace("<Status>OK</Status>", "<Status>PENDING</Status>"))).willSetStateTo("posted"));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetInvoicePayment\""))
                .willReturn(aResponse().withStatus(200).withBody(MALFORMED_XML)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().record(payment().build()))
                    .isInstanceOfSatisfying(PaymentOutcomeUnknownException.class, e -> {
                        assertThat(e.reference()).isEqualTo(NEW_REFERENCE);
                        assertThat(e.getCause()).hasMessageContaining("unknown Status");
                    });
        }
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void anUnreadableBulkAnswerUnder2xxIsOutcomeUnknownNotARefusal() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo("/v2/invoices/bulk/payments")).willReturn(aResponse().withStatus(201).withBody(HTML_PAGE)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().postBulk(BulkPaymentRequest.of(LocalDate.of(2024, 3, 8), "b", 7, 3, "GBP",
                    List.of(new BulkPaymentRequest.Item(1042, BigDecimal.TEN))))).isInstanceOf(PaymentOutcomeUnknownException.class);
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/invoices/bulk/payments")));
    }

    @Test
    void anInvoiceCurrencyThatIsNotIsoIsATypedErrorNamingTheFieldAndNothingIsPosted() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200).withBody(
                KashFlowStubs.fixture("invoice.json").replace("\"Code\": \"GBP\"", "\"Code\": \"Sterling\""))));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1043")).willReturn(aResponse().withStatus(200).withBody(
                KashFlowStubs.fixture("invoice.json").replace("\"Number\": 1042", "\"Number\": 1043")
                        .replaceAll("\"Currency\": \\{[^}]*\\},", ""))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042).currencyCode())
                    .isInstanceOfSatisfying(io.tillbridge.kashflow.UnreadableAnswerException.class, e -> {
                        assertThat(e.field()).contains("Currency.Code");
                        assertThat(e.getMessage()).contains("Sterling", "ISO 4217");
                    });
            assertThatThrownBy(() -> kashflow.payments().record(payment().build()))
                    .isInstanceOfSatisfying(io.tillbridge.kashflow.UnreadableAnswerException.class,
                            e -> assertThat(e.field()).contains("Currency.Code"));
            // No currency at all is not taken to be the home currency either: the reference gives no such default.
            assertThat(kashflow.invoices().get(1043).currencyCode()).isEmpty();
            assertThatThrownBy(() -> kashflow.payments().record(payment().invoiceNumber(1043).build()))
                    .isInstanceOfSatisfying(io.tillbridge.kashflow.UnreadableAnswerException.class, e -> {
                        assertThat(e.field()).contains("Currency.Code");
                        assertThat(e.getMessage()).contains("names no currency");
                    });
        }
        assertThat(inserts()).isZero();
    }
}
