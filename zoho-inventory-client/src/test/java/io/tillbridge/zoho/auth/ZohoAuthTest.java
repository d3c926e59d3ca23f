package io.tillbridge.zoho.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.Secret;
import io.tillbridge.zoho.ZohoApiException;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import io.tillbridge.client.ValidationException;
import io.tillbridge.zoho.MutableClock;
import io.tillbridge.zoho.ZohoDataCentre;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.ZohoStubs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ZohoAuthTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));

    @Test
    void refreshesWithTheRefreshTokenGrantAndCachesTheToken() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(okJson(fixture("item.json"))));
        ZohoInventoryClient zoho = ZohoStubs.client(stub).clock(clock).build();
        zoho.items().get("1");
        zoho.items().get("1");
        stub.verify(1, postRequestedFor(urlEqualTo("/oauth/v2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=1000.refresh-token-value"))
                .withRequestBody(containing("client_id=1000.CLIENT")));
        clock.advance(Duration.ofMinutes(56)); // within five minutes of the hour's expiry
        zoho.items().get("1");
        stub.verify(2, postRequestedFor(urlEqualTo("/oauth/v2/token")));
    }

    @Test
    void a401CausesOneRefreshAndOneRetry() {
        stub.stubFor(post("/oauth/v2/token").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ZohoStubs.tokenAnswer("old"))).willSetStateTo("new"));
        stub.stubFor(post("/oauth/v2/token").inScenario("t").whenScenarioStateIs("new")
                .willReturn(okJson(ZohoStubs.tokenAnswer("new"))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).withHeader("Authorization", equalTo("Zoho-oauthtoken old"))
                .willReturn(aResponse().withStatus(401).withBody("{\"code\":57,\"message\":\"You are not authorized to perform this operation\"}")));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).withHeader("Authorization", equalTo("Zoho-oauthtoken new"))
                .willReturn(okJson(fixture("item.json"))));
        assertThat(ZohoStubs.client(stub).clock(clock).build().items().get("1").name()).isEqualTo("Widget");
        stub.verify(2, postRequestedFor(urlEqualTo("/oauth/v2/token")));
        stub.verify(2, getRequestedFor(urlPathEqualTo("/inventory/v1/items/1")));
    }

    @Test
    void aSecondAuthenticationFailureIsFinal() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1"))
                .willReturn(aResponse().withStatus(400).withBody("{\"code\":57,\"message\":\"Invalid OAuth token.\"}")));
        assertThatThrownBy(() -> ZohoStubs.client(stub).clock(clock).build().items().get("1"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Invalid OAuth token");
        stub.verify(2, getRequestedFor(urlPathEqualTo("/inventory/v1/items/1")));
        stub.verify(2, postRequestedFor(urlEqualTo("/oauth/v2/token")));
    }

    @Test
    void tokenEndpointErrorsUnder200AreAuthenticationFailures() {
        stub.stubFor(post("/oauth/v2/token").willReturn(okJson(fixture("oauth-token-error.json"))));
        assertThatThrownBy(() -> ZohoStubs.client(stub).clock(clock).build().items().get("1"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining(ZohoStubs.CLIENT_SECRET.reveal());
        stub.stubFor(post("/oauth/v2/token").willReturn(okJson("not json")));
        assertThatThrownBy(() -> ZohoStubs.client(stub).clock(clock).build().items().get("1"))
                .isInstanceOf(io.tillbridge.client.ApiException.class);
    }

    @Test
    void manyConcurrentCallersShareOneRefresh() throws Exception {
        stub.stubFor(post("/oauth/v2/token").willReturn(okJson(ZohoStubs.tokenAnswer("tok")).withFixedDelay(150)));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(okJson(fixture("item.json"))));
        ZohoInventoryClient zoho = ZohoStubs.client(stub).clock(clock).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> zoho.items().get("1")));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/oauth/v2/token")));
        stub.verify(16, getRequestedFor(urlPathEqualTo("/inventory/v1/items/1")));
    }

    @Test
    void theTokensApiDomainNeverOverridesEndpointsTheHostSet() {
        // The answer names Zoho's own https://www.zohoapis.com, which a preset environment would follow.
        stub.stubFor(post("/oauth/v2/token").willReturn(okJson(ZohoStubs.tokenAnswer("tok"))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(okJson(fixture("item.json"))));
        ZohoInventoryClient zoho = ZohoStubs.client(stub).clock(clock).build();
        assertThat(zoho.items().get("1").name()).isEqualTo("Widget"); // answered by the stub, not zohoapis.eu
    }

    @Test
    void aTokenZohoSaysLastsADayIsStillRefreshedAfterAnHour() {
        // expires_in_sec is preferred where Zoho sends it, but a Zoho access token lives one hour (reference §2):
        // a longer answer must not keep this client sending a token Zoho has stopped taking.
        stub.stubFor(post("/oauth/v2/token").willReturn(okJson(ZohoStubs.tokenAnswer("oauth-token-expires-in-sec.json", "tok-day"))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(okJson(fixture("item.json"))));
        // No early-refresh margin: only the one-hour cap can cause the second refresh.
        ZohoInventoryClient zoho = ZohoStubs.client(stub).clock(clock).refreshBefore(Duration.ZERO).build();
        zoho.items().get("1");
        clock.advance(Duration.ofMinutes(59));
        zoho.items().get("1");
        stub.verify(1, postRequestedFor(urlEqualTo("/oauth/v2/token")));
        clock.advance(Duration.ofMinutes(2)); // 61 minutes after the token was issued
        zoho.items().get("1");
        stub.verify(2, postRequestedFor(urlEqualTo("/oauth/v2/token")));
        stub.verify(3, getRequestedFor(urlPathEqualTo("/inventory/v1/items/1")).withHeader("Authorization", equalTo("Zoho-oauthtoken tok-day")));
    }

    @ParameterizedTest(name = "api_domain {0} accepted={1}")
    @CsvSource({
        "https://www.zohoapis.com,        true",
        "https://www.zohoapis.eu,         true",
        "https://www.zohoapis.com.au/,    true",
        "https://zohoapis.ca,             true",
        "http://www.zohoapis.com,         false",
        "https://www.zohoapis.com.evil.io, false",
        "https://evilzohoapis.com,        false",
        "https://www.zohoapis.com:8443,   false",
        "https://user@www.zohoapis.com,   false",
        "https://www.zohoapis.com/steal,  false",
        "http://localhost:8080,           false",
        "not a url,                       false",
    })
    void onlyZohosOwnHttpsApiDomainsAreAccepted(String domain, boolean accepted) {
        assertThat(RefreshTokenGrant.apiDomain(domain) != null).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0} → {1} s")
    @CsvSource(delimiter = '|', value = {
        "{\"expires_in_sec\":3600,\"expires_in\":3600000} | 3600",
        "{\"expires_in\":3600}                            | 3600",
        "{\"expires_in_sec\":1800,\"expires_in\":3600}     | 1800",
        "{\"expires_in\":3600000}                         | 3600",
        "{\"expires_in_sec\":86400}                       | 3600",
        "{}                                               | 3600",
        "{\"expires_in\":\"soon\"}                         | 3600",
    })
    void preferExpiresInSecAndNeverCacheATokenPastAnHour(String answer, long seconds) throws Exception {
        assertThat(RefreshTokenGrant.lifetimeSeconds(io.tillbridge.client.internal.json.Json.mapper().readTree(answer))).isEqualTo(seconds);
    }

    @Test
    void missingSettingsAreNamedAndPlainHttpIsRefusedOffThisMachine() {
        assertThatThrownBy(() -> ZohoInventoryClient.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("organizationId: is not set")
                .hasMessageContaining("refreshToken: is not set");
        assertThatThrownBy(() -> ZohoInventoryClient.builder().refreshToken(null, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("clientId").hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> ZohoInventoryClient.builder().endpoints(URI.create("http://zoho-proxy.example.com"),
                        URI.create("https://accounts.zoho.eu")).organizationId("1").accessTokens(() -> Secret.of("t")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("apiDomain: must use https");
        ZohoInventoryClient.builder().endpoints(URI.create("http://zoho-proxy.example.com"), URI.create("https://accounts.zoho.eu"))
                .organizationId("1").accessTokens(() -> Secret.of("t")).allowPlainHttp().build().close();
    }

    @Test
    void badBuilderSettingsAreTypedErrorsNamingTheSetting() {
        assertThatThrownBy(() -> ZohoInventoryClient.builder().organizationId(null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("organizationId: is missing");
        assertThatThrownBy(() -> ZohoInventoryClient.builder().organizationId(" "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("organizationId: must not be blank");
        assertThatThrownBy(() -> ZohoInventoryClient.builder().refreshBefore(null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("refreshBefore: is missing");
        assertThatThrownBy(() -> ZohoInventoryClient.builder().refreshBefore(Duration.ofSeconds(-1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("refreshBefore: must not be negative");
        assertThatThrownBy(() -> ZohoEnvironment.custom("https://zoho proxy", "https://accounts.zoho.eu"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("apiDomain: is not a URL");
        assertThatThrownBy(() -> ZohoEnvironment.custom(null, "https://accounts.zoho.eu"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("apiDomain");
    }

    @Test
    void aSupplierThatGivesNoTokenIsNamedAndNothingIsSent() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(okJson(fixture("item.json"))));
        ZohoInventoryClient zoho = ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create(stub.baseUrl()), URI.create(stub.baseUrl())))
                .organizationId(ZohoStubs.ORG).accessTokens(() -> null).build();
        assertThatThrownBy(() -> zoho.items().get("1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("accessTokens: the supplier gave no token");
        stub.verify(0, getRequestedFor(urlPathEqualTo("/inventory/v1/items/1")));
        zoho.close();
    }

    @Test
    void zohoMessagesEchoingSecretsAreRedacted() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(aResponse().withStatus(400).withBody(
                "{\"code\":4,\"message\":\"Invalid value for refresh " + ZohoStubs.REFRESH_TOKEN.reveal()
                        + " card 4929000000006\"}")));
        assertThatThrownBy(() -> ZohoStubs.client(stub).clock(clock).build().items().get("1"))
                .isInstanceOf(ZohoApiException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ZohoStubs.REFRESH_TOKEN.reveal())
                        .doesNotContain("4929000000006").contains("Invalid value"));
    }

    @Test
    void hostsCanSupplyTheirOwnTokens() {
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).withHeader("Authorization", equalTo("Zoho-oauthtoken host-token"))
                .willReturn(okJson(fixture("item.json"))));
        ZohoInventoryClient zoho = ZohoInventoryClient.builder().environment(ZohoEnvironment.custom(URI.create(stub.baseUrl()), URI.create(stub.baseUrl())))
                .organizationId(ZohoStubs.ORG).accessTokens(() -> Secret.of("host-token")).build();
        assertThat(zoho.items().get("1").name()).isEqualTo("Widget");
        stub.verify(0, postRequestedFor(urlEqualTo("/oauth/v2/token")));
        zoho.close();
    }

    @Test
    void everyDataCentreHasItsHosts() {
        assertThat(ZohoDataCentre.CA.apiDomain().getHost()).isEqualTo("www.zohoapis.ca");
        assertThat(ZohoDataCentre.CA.accounts().getHost()).isEqualTo("accounts.zohocloud.ca");
        assertThat(ZohoDataCentre.values()).hasSize(8)
                .allSatisfy(dc -> assertThat(dc.apiDomain().getHost()).startsWith("www.zohoapis."));
        assertThatThrownBy(() -> ZohoInventoryClient.builder().dataCentre(ZohoDataCentre.EU).organizationId("1").build())
                .isInstanceOf(ValidationException.class);
    }
}
