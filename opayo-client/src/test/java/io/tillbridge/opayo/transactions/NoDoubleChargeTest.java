package io.tillbridge.opayo.transactions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.opayo.OpayoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.TransportException;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.OpayoStubs;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule this project exists for: an ambiguous failure of POST /transactions is resolved by
 * looking the vendorTxCode up, never by sending a second charge blindly.
 */
class NoDoubleChargeTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    // Shorter than the 2 s answer the lost-answer stubs give, still generous for a loaded machine.
    private final OpayoClient opayo = OpayoStubs.client(stub).requestTimeout(Duration.ofSeconds(1)).build();

    /** Every way a payment can fail after it may have reached Opayo. */
    static Stream<Arguments> ambiguousFailures() {
        return Stream.of(
                Arguments.of("connection reset after sending", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("response slower than the timeout", aResponse().withStatus(201)
                        .withBody(fixture("payment-authorised.json")).withFixedDelay(2_000)),
                Arguments.of("empty reply", aResponse().withFault(Fault.EMPTY_RESPONSE)),
                Arguments.of("malformed success body", aResponse().withStatus(201).withBody("{\"transactionId\":")),
                Arguments.of("502 from a gateway", aResponse().withStatus(502)),
                Arguments.of("503", aResponse().withStatus(503)),
                Arguments.of("500 internal error", aResponse().withStatus(500).withBody("{\"code\":\"9999\",\"description\":\"Internal\"}")));
    }

    private static void reportingFinds() {
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getTransactionDetail"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("reporting-detail.xml"))));
        stub.stubFor(get("/api/v1/transactions/DB79BA2D-05DA-5B85-D188-1293D16BBAC7")
                .willReturn(okJson(fixture("payment-authorised.json"))));
    }

    private static void reportingFindsNothing() {
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getTransactionDetail"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("reporting-not-found.xml"))));
    }

    @ParameterizedTest(name = "{0}, Opayo recorded it: the real outcome, one POST")
    @MethodSource("ambiguousFailures")
    void aRecordedTransactionIsReturnedNotResent(String name, ResponseDefinitionBuilder failure) {
        stub.stubFor(post("/api/v1/transactions").willReturn(failure));
        reportingFinds();

        TransactionOutcome outcome = opayo.transactions().payment(OpayoStubs.payment().build());

        assertThat(outcome).isInstanceOf(TransactionOutcome.Authorised.class);
        assertThat(outcome.transactionId()).isEqualTo("DB79BA2D-05DA-5B85-D188-1293D16BBAC7");
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
        stub.verify(postRequestedFor(urlEqualTo("/access/access.htm")).withRequestBody(containing("SO-00042.1")));
    }

    @ParameterizedTest(name = "{0}, Opayo has nothing: one resend with the same vendorTxCode")
    @MethodSource("ambiguousFailures")
    void anAbsentTransactionIsResentOnceWithTheSameCode(String name, ResponseDefinitionBuilder failure) {
        stub.stubFor(post("/api/v1/transactions").inScenario("resend").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("second"));
        stub.stubFor(post("/api/v1/transactions").inScenario("resend").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(201).withBody(fixture("payment-notauthed.json"))));
        reportingFindsNothing();

        TransactionOutcome outcome = opayo.transactions().payment(OpayoStubs.payment().build());

        assertThat(outcome).isInstanceOf(TransactionOutcome.Declined.class);
        stub.verify(2, postRequestedFor(urlEqualTo("/api/v1/transactions")).withRequestBody(containing("\"vendorTxCode\":\"SO-00042.1\"")));
        // Three lookups a pause apart before "not recorded" is believed.
        stub.verify(3, postRequestedFor(urlEqualTo("/access/access.htm")));
    }

    @Test
    void aResendThatMeetsTheFirstAttemptIsResolvedByLookup() {
        stub.stubFor(post("/api/v1/transactions").inScenario("late").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("duplicate"));
        stub.stubFor(post("/api/v1/transactions").inScenario("late").whenScenarioStateIs("duplicate")
                .willReturn(aResponse().withStatus(422).withBody(fixture("error-duplicate.json"))));
        // Reporting lagged behind Pi: three "not found" answers, then the transaction.
        String[] states = {Scenario.STARTED, "lag1", "lag2", "found"};
        for (int i = 0; i < 3; i++) {
            stub.stubFor(post("/access/access.htm").inScenario("lag").whenScenarioStateIs(states[i])
                    .willReturn(aResponse().withBody(fixture("reporting-not-found.xml"))).willSetStateTo(states[i + 1]));
        }
        stub.stubFor(post("/access/access.htm").inScenario("lag").whenScenarioStateIs("found")
                .willReturn(aResponse().withBody(fixture("reporting-detail.xml"))));
        stub.stubFor(get("/api/v1/transactions/DB79BA2D-05DA-5B85-D188-1293D16BBAC7").willReturn(okJson(fixture("payment-authorised.json"))));

        assertThat(opayo.transactions().payment(OpayoStubs.payment().build())).isInstanceOf(TransactionOutcome.Authorised.class);
        stub.verify(2, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void twoAmbiguousFailuresWithNothingRecordedEndUnknown() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        reportingFindsNothing();
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OutcomeUnknownException.class)
                .satisfies(e -> assertThat(((OutcomeUnknownException) e).vendorTxCode()).isEqualTo("SO-00042.1"));
        stub.verify(2, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void aFailedLookupNeverLeadsToAResend() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stub.stubFor(post("/access/access.htm").willReturn(serverError()));
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("the lookup failed")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void withoutReportingAnAmbiguousPaymentStaysUnknown() {
        OpayoClient noReporting = OpayoClient.builder()
                .environment(OpayoEnvironment.custom(stub.baseUrl() + "/api/v1", stub.baseUrl() + "/access/access.htm"))
                .vendorName("v").integrationKey(OpayoStubs.KEY).integrationPassword(OpayoStubs.PASSWORD)
                .retry(io.tillbridge.client.http.RetrySettings.NONE).build();
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> noReporting.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("no reporting credentials");
        assertThatThrownBy(noReporting::reporting).isInstanceOf(IllegalStateException.class);
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void aConnectionThatNeverOpenedIsReportedAsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpayoClient unreachable = OpayoStubs.client(stub)
                .environment(OpayoEnvironment.custom("http://127.0.0.1:" + closedPort + "/api/v1", stub.baseUrl() + "/access/access.htm"))
                .build();
        assertThatThrownBy(() -> unreachable.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(TransportException.class)
                .isNotInstanceOf(OutcomeUnknownException.class)
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        stub.verify(0, postRequestedFor(urlEqualTo("/access/access.htm")));
    }

    @Test
    void aSafeReadIsRetriedThroughA503() {
        stub.stubFor(get("/api/v1/transactions/T-1").inScenario("read").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        stub.stubFor(get("/api/v1/transactions/T-1").inScenario("read").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("payment-authorised.json"))));
        assertThat(opayo.transactions().retrieve("T-1").status()).isEqualTo("Ok");
        stub.verify(2, getRequestedFor(urlEqualTo("/api/v1/transactions/T-1")));
    }

    @Test
    void aStormOf502sOpensTheCircuitThenItRecovers() {
        // Open for an hour: the test moves the breaker to half-open itself rather than racing a short open period.
        OpayoClient fragile = OpayoStubs.client(stub).retry(io.tillbridge.client.http.RetrySettings.NONE)
                .circuit(new io.tillbridge.client.http.CircuitSettings(3, 3, Duration.ofHours(1))).build();
        stub.stubFor(get("/api/v1/transactions/T-1").willReturn(aResponse().withStatus(502)));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> fragile.transactions().retrieve("T-1")).isInstanceOf(io.tillbridge.opayo.OpayoApiException.class);
        }
        assertThatThrownBy(() -> fragile.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("circuit breaker is open")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        stub.stubFor(get("/api/v1/transactions/T-1").willReturn(okJson(fixture("payment-authorised.json"))));
        // Still open: an hour has not passed, so the now-healthy read is refused too, unsent.
        assertThatThrownBy(() -> fragile.transactions().retrieve("T-1")).hasMessageContaining("circuit breaker is open");
        stub.verify(0, postRequestedFor(urlEqualTo("/api/v1/transactions")));
        stub.verify(3, getRequestedFor(urlEqualTo("/api/v1/transactions/T-1")));

        fragile.transactions().transport().halfOpenCircuit(); // what Failsafe does once the open period has passed
        assertThat(fragile.transactions().retrieve("T-1").status()).isEqualTo("Ok");
        assertThat(fragile.transactions().retrieve("T-1").status()).isEqualTo("Ok"); // closed again
        stub.verify(5, getRequestedFor(urlEqualTo("/api/v1/transactions/T-1")));
        fragile.close();
    }
}
