package io.tillbridge.kashflow.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.kashflow.KashFlowStubs.SOAP_PATH;
import static io.tillbridge.kashflow.KashFlowStubs.client;
import static io.tillbridge.kashflow.KashFlowStubs.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.Secret;
import io.tillbridge.kashflow.AccountLockedException;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.KashFlowStubs;
import io.tillbridge.kashflow.customers.CustomerRecord;
import io.tillbridge.kashflow.payments.PaymentMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SoapTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static void answer(String method, String fixture) {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/" + method + "\"")).willReturn(xml(fixture)));
    }

    @Test
    void sendsTheMethodInTheKashFlowNamespaceWithCredentialsFirst() {
        answer("GetInvPayMethods", "soap-paymethods.xml");
        try (KashFlowClient kashflow = client(stub).build()) {
            List<PaymentMethod> methods = kashflow.payments().methods();
            assertThat(methods).extracting(PaymentMethod::id, PaymentMethod::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "Cash"), org.assertj.core.groups.Tuple.tuple(3, "Credit/Debit Card"));
            assertThat(methods.get(0).fields()).containsEntry("MethodID", "1").containsEntry("MethodName", "Cash");
        }
        String body = stub.findAll(postRequestedFor(urlEqualTo(SOAP_PATH))).get(0).getBodyAsString();
        assertThat(body).contains("<GetInvPayMethods xmlns=\"KashFlow\"><UserName>accounts@tillbridge.example</UserName>"
                + "<Password>Tr0ub4dor&amp;3-kf</Password></GetInvPayMethods>");
        stub.verify(postRequestedFor(urlEqualTo(SOAP_PATH)).withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase("text/xml; charset=utf-8")));
    }

    @Test
    void aSeparateApiPasswordIsUsedForSoapWhenGiven() {
        answer("GetInvPayMethods", "soap-paymethods.xml");
        try (KashFlowClient kashflow = client(stub).soapPassword(Secret.of("api-only-pass")).build()) {
            kashflow.payments().methods();
        }
        stub.verify(postRequestedFor(urlEqualTo(SOAP_PATH))
                .withRequestBody(matchingXPath("//*[local-name()='Password']/text()", equalTo("api-only-pass"))));
    }

    @Test
    void okWithADetailIsNotAnError() {
        answer("GetCustomer", "soap-getcustomer.xml");
        try (KashFlowClient kashflow = client(stub).build()) {
            CustomerRecord record = kashflow.customers().record("SHA01");
            assertThat(record.code()).isEqualTo("SHA01");
            assertThat(record.name()).isEqualTo("Shakespeare & Co");
            assertThat(record.address().lines()).containsExactly("1 High Street", "Stratford");
            assertThat(record.address().countryCode()).isEqualTo("GB");
            assertThat(record.customFields().text(1)).isEqualTo("0000A1B2-C3D4");
            assertThat(record.customFields().checked(2)).isTrue();
            assertThat(record.customFields().checked(3)).isFalse();
            assertThat(record.fields()).containsEntry("Unexpected", "kept");
        }
    }

    @Test
    void fieldsThePaymentMethodAndAddressDoNotNameAreKept() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetInvPayMethods\""))
                .willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-paymethods.xml")
                        .replace("<MethodName>Cash</MethodName>", "<MethodName>Cash</MethodName><MethodAccount>1200</MethodAccount>"))));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/GetCustomer\""))
                .willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-getcustomer.xml")
                        .replace("<Address4 />", "<Address4 /><Address5>Warwickshire</Address5><County>Warks</County>"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            PaymentMethod cash = kashflow.payments().methods().get(0);
            assertThat(cash.fields()).containsEntry("MethodAccount", "1200");
            assertThat(cash).isNotEqualTo(new PaymentMethod(1, "Cash")); // what was kept counts
            io.tillbridge.kashflow.customers.CustomerAddress address = kashflow.customers().record("SHA01").address();
            assertThat(address.other()).containsOnly(java.util.Map.entry("Address5", "Warwickshire"), java.util.Map.entry("County", "Warks"));
            assertThat(address.lines()).containsExactly("1 High Street", "Stratford");
            assertThat(new io.tillbridge.kashflow.customers.CustomerAddress(List.of("1 High Street"), null, "GB", null).other()).isEmpty();
        }
    }

    @Test
    void noIsAnErrorCarryingTheDetail() {
        answer("InsertInvoicePayment", "soap-no-paymethod.xml");
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).withHeader("SOAPAction", equalTo("\"KashFlow/DeleteInvoicePayment\""))
                .willReturn(xml("soap-no-paymethod.xml").withBody(KashFlowStubs.fixture("soap-no-paymethod.xml")
                        .replace("InsertInvoicePayment", "DeleteInvoicePayment"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().delete(9001)).isInstanceOfSatisfying(KashFlowApiException.class, e -> {
                assertThat(e.error()).contains("NO");
                assertThat(e.getMessage()).contains("Invalid payment method");
            });
        }
    }

    @Test
    void noWithBadCredentialsIsAnAuthenticationError() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(xml("soap-no-auth.xml").withBody(KashFlowStubs.fixture("soap-no-auth.xml")
                .replace("InsertInvoicePayment", "GetInvPayMethods"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("Incorrect username or password");
        }
    }

    @Test
    void noThatSaysThereIsNoSuchRecordIsNotFound() {
        answer("GetCustomer", "soap-no-customer.xml");
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.customers().record("NOPE1")).isInstanceOf(KashFlowNotFoundException.class);
        }
    }

    @Test
    void aLockedAccountDetailIsTyped() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-no-auth.xml")
                .replace("InsertInvoicePayment", "GetInvPayMethods").replace("Incorrect username or password", "Account locked"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AccountLockedException.class);
        }
    }

    @Test
    void aSoapFaultIsAnApiErrorWithItsFaultString() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(500).withBody(KashFlowStubs.fixture("soap-fault.xml"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOfSatisfying(KashFlowApiException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.getMessage()).contains("Object reference not set");
            });
        }
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(xml("soap-xxe.xml")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("not well-formed").hasMessageNotContaining("root:");
        }
    }

    @Test
    void anHtmlAnswerIsNotWellFormedSoap() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200).withBody("<html><body>Hi<br></body></html>")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("not well-formed");
        }
    }

    @Test
    void anAnswerForAnotherMethodIsRefused() {
        answer("GetInvPayMethods", "soap-journal-ok.xml");
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).hasMessageContaining("no GetInvPayMethodsResponse");
        }
    }

    @Test
    void anUnknownStatusIsAnError() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-paymethods.xml")
                .replace("<Status>OK</Status>", "<Status>MAYBE</Status>"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).hasMessageContaining("unknown Status");
        }
    }

    @Test
    void theSoapPasswordEchoedInADetailIsRedacted() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200).withBody(KashFlowStubs.fixture("soap-no-paymethod.xml")
                .replace("InsertInvoicePayment", "GetInvPayMethods").replace("Invalid payment method", "bad password Tr0ub4dor&amp;3-kf"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).hasMessageNotContaining("Tr0ub4dor&3-kf");
        }
    }

    private static String noAnswer(String method, String detail) {
        return KashFlowStubs.fixture("soap-no-auth.xml").replace("InsertInvoicePayment", method)
                .replace("Incorrect username or password", detail);
    }

    private static int soapCalls() {
        return stub.findAll(postRequestedFor(urlEqualTo(SOAP_PATH))).size();
    }

    @Test
    void aRefusedSoapPasswordIsRememberedSoNoLaterCallResendsIt() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200)
                .withBody(noAnswer("GetInvPayMethods", "Incorrect username or password"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> kashflow.payments().list(1042)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("Incorrect username or password");
            assertThatThrownBy(() -> kashflow.customers().record("SHA01")).isInstanceOf(AuthenticationException.class);
            // SOAP and REST share the password here: a REST login would be one more failed login
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AuthenticationException.class);
        }
        assertThat(soapCalls()).isEqualTo(1);
        stub.verify(0, postRequestedFor(urlEqualTo("/v2/sessiontoken")));
    }

    @Test
    void aRefusedSeparateApiPasswordDoesNotStopRestLogins() {
        KashFlowStubs.login(stub);
        stub.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/v2/invoices/1042"))
                .willReturn(KashFlowStubs.json(200, "invoice.json")));
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200)
                .withBody(noAnswer("GetInvPayMethods", "Incorrect username or password"))));
        try (KashFlowClient kashflow = client(stub).soapPassword(Secret.of("api-only-pass")).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class);
            assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
        }
        assertThat(soapCalls()).isEqualTo(1);
    }

    @Test
    void anIpOutsideTheAccessListIsNotRememberedAsRefusedCredentials() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200)
                .withBody(noAnswer("GetInvPayMethods", "The IP address of 10.0.0.1 is not in the access list"))));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class);
        }
        assertThat(soapCalls()).isEqualTo(2);
    }

    @Test
    void aSoapLockOutIsRememberedForSoapAndRest() {
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200)
                .withBody(noAnswer("InsertJournal", "User account is locked, please contact administrator."))));
        try (KashFlowClient kashflow = client(stub).build()) {
            io.tillbridge.kashflow.ledger.JournalRequest journal = io.tillbridge.kashflow.ledger.JournalRequest.of(
                    java.time.LocalDate.of(2026, 12, 1), "REF-1", List.of(
                            new io.tillbridge.kashflow.ledger.JournalRequest.Line(17387826, new java.math.BigDecimal("10.00"), null),
                            new io.tillbridge.kashflow.ledger.JournalRequest.Line(17387827, new java.math.BigDecimal("-10.00"), null)),
                    java.util.Currency.getInstance("GBP"));
            assertThatThrownBy(() -> kashflow.journals().insert(journal)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.payments().delete(9001)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
        }
        assertThat(soapCalls()).isEqualTo(1);
        stub.verify(0, postRequestedFor(urlEqualTo("/v2/sessiontoken")));
    }

    @Test
    void aRestLockOutStopsEverySoapCallBeforeItIsSent() {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(KashFlowStubs.json(401, "error-account-locked.json")));
        answer("GetInvPayMethods", "soap-paymethods.xml");
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.payments().list(1042)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.payments().delete(9001)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.customers().record("SHA01")).isInstanceOf(AccountLockedException.class);
        }
        assertThat(soapCalls()).isZero();
    }

    @Test
    void aPasswordRefusedAtRestLoginIsNotTriedOverSoapUnlessSoapHasItsOwn() {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"Error\":\"InvalidCredentials\",\"Message\":\"The login details are not correct.\"}")));
        answer("GetInvPayMethods", "soap-paymethods.xml");
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("InvalidCredentials");
        }
        assertThat(soapCalls()).isZero();
        try (KashFlowClient kashflow = client(stub).soapPassword(Secret.of("api-only-pass")).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AuthenticationException.class);
            assertThat(kashflow.payments().methods()).hasSize(2);
        }
        assertThat(soapCalls()).isEqualTo(1);
    }

    @Test
    void anOversizeAnswerIsRefusedWithoutParsingIt() {
        byte[] huge = new byte[RestErrors.MAX_BODY + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        stub.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200).withBody(huge)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("larger than " + RestErrors.MAX_BODY + " bytes");
        }
    }

    @Test
    void valuesAreEscapedAndControlCharactersRefused() {
        assertThat(new SoapRequest("X").text("A", "<b>&'\"").envelope("u", Secret.of("p")))
                .contains("<A>&lt;b&gt;&amp;&apos;&quot;</A>");
        assertThat(new SoapRequest("X").toString()).isEqualTo("SoapRequest[X]");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SoapRequest("X").text("A", "bell\u0007"));
    }
}
