package io.tillbridge.opayo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ValidationException;
import io.tillbridge.opayo.notification.ServerNotification;
import io.tillbridge.opayo.reporting.ReportingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing secret leaves through an exception; settings and inputs fail with the field's name. */
class OpayoSecurityTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpayoClient opayo = OpayoStubs.client(stub).build();

    @Test
    void serverTextEchoingSecretsIsRedactedInExceptions() {
        // A 422 whose description echoes the request: the card identifier, the session key, a card number and a CVV.
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(422).withBody(
                "{\"errors\":[{\"code\":\"1011\",\"property\":\"paymentMethod.card\",\"description\":\"Card identifier "
                        + "C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6 with key M1E996F5-A9BC-41FE-B088-E5B73DB94277 for 4929000000006 is invalid\","
                        + "\"clientMessage\":\"card 4929000000006 cvv 123 key " + OpayoStubs.KEY.reveal() + "\"}]}")));
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OpayoApiException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6")
                        .doesNotContain("M1E996F5-A9BC-41FE-B088-E5B73DB94277")
                        .doesNotContain("4929000000006")
                        .doesNotContain("cvv 123")
                        .doesNotContain(OpayoStubs.KEY.reveal())
                        .contains("1011").contains("****0006"));
    }

    @Test
    void reportingErrorTextIsRedacted() {
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getTransactionDetail")).willReturn(aResponse()
                .withBody("<vspaccess><errorcode>0010</errorcode><error>bad signature for password "
                        + "pa&amp;ss and card 4929000000006</error></vspaccess>")));
        assertThatThrownBy(() -> opayo.reporting().transactionDetail("SO-1.1"))
                .isInstanceOf(ReportingException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("4929000000006")
                        .doesNotContain(OpayoStubs.REPORTING_PASSWORD.reveal()).contains("0010"));
    }

    @ParameterizedTest(name = "transaction id ''{0}''")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aMissingIdIsRefusedBeforeAnyRequest(String id) {
        assertThatThrownBy(() -> opayo.transactions().retrieve(id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("transactionId");
        assertThatThrownBy(() -> opayo.transactions().voidTransaction(id)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> opayo.transactions().instructions(id)).isInstanceOf(ValidationException.class);
        assertThat(stub.getAllServeEvents()).isEmpty();
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> OpayoClient.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("vendorName: is not set")
                .hasMessageContaining("integrationKey: is not set")
                .hasMessageContaining("integrationPassword: is not set");
        assertThatThrownBy(() -> OpayoClient.builder().reporting(null, OpayoStubs.REPORTING_PASSWORD))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reporting.user");
        assertThatThrownBy(() -> OpayoEnvironment.custom("https://a/api/v1", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("reportingUrl: is not set");
        assertThatThrownBy(() -> OpayoEnvironment.custom("https://a/api v1", "https://a/access/access.htm"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("piBaseUrl: is not a URL");
        // Every setter refuses a null at once, naming itself: a typed error, never a NullPointerException.
        OpayoClient.Builder builder = OpayoClient.builder();
        assertThatThrownBy(() -> builder.environment(null)).isInstanceOf(ValidationException.class).hasMessageContaining("environment: is not set");
        assertThatThrownBy(() -> builder.vendorName(null)).isInstanceOf(ValidationException.class).hasMessageContaining("vendorName: is not set");
        assertThatThrownBy(() -> builder.integrationKey(null)).isInstanceOf(ValidationException.class).hasMessageContaining("integrationKey");
        assertThatThrownBy(() -> builder.integrationPassword(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("integrationPassword");
        assertThatThrownBy(() -> builder.resolution(null)).isInstanceOf(ValidationException.class).hasMessageContaining("resolution");
        assertThatThrownBy(() -> builder.requestTimeout(java.time.Duration.ZERO)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("requestTimeout: must be positive");
    }

    @Test
    void plainHttpIsRefusedOffThisMachineUnlessATestOptsOut() {
        OpayoEnvironment remote = OpayoEnvironment.custom("http://opayo-proxy.example.com/api/v1",
                "https://opayo-proxy.example.com/access/access.htm");
        assertThatThrownBy(() -> OpayoClient.builder().environment(remote).vendorName("v").integrationKey(OpayoStubs.KEY)
                .integrationPassword(OpayoStubs.PASSWORD).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("environment.piBaseUrl: must use https");
        OpayoClient allowed = OpayoClient.builder().environment(remote).vendorName("v").integrationKey(OpayoStubs.KEY)
                .integrationPassword(OpayoStubs.PASSWORD).allowPlainHttp().build();
        allowed.close();
    }

    @ParameterizedTest(name = "notification body {0}")
    @ValueSource(strings = {"VPSTxId=%ZZ&Status=OK", "VPSTxId=a&VPSTxId=b&VendorTxCode=c&Status=OK&VPSSignature=d"})
    void aMalformedNotificationIsATypedError(String body) {
        assertThatThrownBy(() -> ServerNotification.parse(body)).isInstanceOf(ValidationException.class);
    }

    @Test
    void verifyingWithoutAKeyIsATypedError() {
        ServerNotification n = ServerNotification.parse("VPSTxId=a&VendorTxCode=c&Status=OK&VPSSignature=d");
        assertThatThrownBy(() -> n.verify("v", null)).isInstanceOf(ValidationException.class).hasMessageContaining("securityKey");
    }
}
