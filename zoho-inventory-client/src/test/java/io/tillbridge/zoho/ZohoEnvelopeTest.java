package io.tillbridge.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.TransportException;
import io.tillbridge.zoho.model.Inputs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZohoEnvelopeTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private ZohoInventoryClient zoho;

    @BeforeEach
    void setUp() {
        ZohoStubs.tokenEndpoint(stub, "tok-1");
        zoho = ZohoStubs.client(stub).clock(clock).build();
    }

    private static final String ITEM = "/inventory/v1/items/1";

    @ParameterizedTest(name = "HTTP {0} code {1} → {2}")
    @CsvSource({
        "200, 1002, 'Item does not exist.', true",
        "400, 4,    'Invalid value passed for rate', false",
        "404, 1002, 'Invoice does not exist.', true",
        "500, 1000, 'Internal error', false",
    })
    void aNonZeroCodeIsAnErrorEvenUnder200(int http, int code, String message, boolean notFound) {
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(aResponse().withStatus(http)
                .withBody("{\"code\":" + code + ",\"message\":\"" + message + "\"}")));
        assertThatThrownBy(() -> zoho.items().get("1"))
                .isInstanceOf(ZohoApiException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    ZohoApiException error = (ZohoApiException) e;
                    assertThat(error.code()).isEqualTo(code);
                    assertThat(error.status()).isEqualTo(http);
                    assertThat(error.isNotFound()).isEqualTo(notFound);
                });
    }

    @Test
    void theMinuteLimitCodeIsRetriedEvenInsideA200() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).inScenario("44").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"code\":44,\"message\":\"blocked for a minute\"}")).willSetStateTo("ok"));
        stub.stubFor(get(urlPathEqualTo(ITEM)).inScenario("44").whenScenarioStateIs("ok").willReturn(okJson(fixture("item.json"))));
        assertThat(zoho.items().get("1").name()).isEqualTo("Widget");
        stub.verify(2, getRequestedFor(urlPathEqualTo(ITEM)));
    }

    @ParameterizedTest(name = "429 with Retry-After ''{0}''")
    @CsvSource(value = {"0", "NONE"}, nullValues = "NONE")
    void a429IsRetriedWithOrWithoutRetryAfter(String retryAfter) {
        var limited = aResponse().withStatus(429).withBody("{\"code\":44,\"message\":\"too many\"}");
        if (retryAfter != null) {
            limited = limited.withHeader("Retry-After", retryAfter);
        }
        stub.stubFor(get(urlPathEqualTo(ITEM)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(limited).willSetStateTo("ok"));
        stub.stubFor(get(urlPathEqualTo(ITEM)).inScenario("429").whenScenarioStateIs("ok").willReturn(okJson(fixture("item.json"))));
        assertThat(zoho.items().get("1").sku()).isEqualTo("WID-1");
        stub.verify(2, getRequestedFor(urlPathEqualTo(ITEM)));
    }

    @Test
    void aPersistent429EndsAsRateLimited() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                .withBody("{\"code\":1070,\"message\":\"too many in process\"}")));
        assertThatThrownBy(() -> zoho.items().get("1"))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ZERO));
        stub.verify(3, getRequestedFor(urlPathEqualTo(ITEM)));
    }

    @Test
    void theDailyLimitIsNotRetriedAndHoldsUntilItResets() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(aResponse().withStatus(429).withHeader("X-Rate-Limit-Reset", "3600")
                .withBody("{\"code\":45,\"message\":\"The API call for this organization has exceeded the maximum call rate limit of 2500.\"}")));
        assertThatThrownBy(() -> zoho.items().get("1"))
                .isInstanceOf(ZohoDailyLimitException.class)
                .satisfies(e -> assertThat(((ZohoDailyLimitException) e).retryAfter()).contains(Duration.ofHours(1)));
        stub.verify(1, getRequestedFor(urlPathEqualTo(ITEM)));

        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson(fixture("item.json"))));
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ZohoDailyLimitException.class).hasMessageContaining("not sent");
        stub.verify(1, getRequestedFor(urlPathEqualTo(ITEM)));
        clock.advance(Duration.ofMinutes(61));
        assertThat(zoho.items().get("1").name()).isEqualTo("Widget");
    }

    @Test
    void aQuotaHeaderAtZeroStopsCallsUntilTheReset() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson(fixture("item.json"))
                .withHeader("X-Rate-Limit-Limit", "2500").withHeader("X-Rate-Limit-Remaining", "0").withHeader("X-Rate-Limit-Reset", "60")));
        zoho.items().get("1");
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ZohoDailyLimitException.class);
        clock.advance(Duration.ofSeconds(61));
        zoho.items().get("1");
        stub.verify(2, getRequestedFor(urlPathEqualTo(ITEM)));
    }

    @Test
    void readsAreRetriedThroughResetsButCreatesAreNot() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        stub.stubFor(get(urlPathEqualTo(ITEM)).inScenario("reset").whenScenarioStateIs("ok").willReturn(okJson(fixture("item.json"))));
        assertThat(zoho.items().get("1").name()).isEqualTo("Widget");

        stub.stubFor(post(urlPathEqualTo("/inventory/v1/inventoryadjustments")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> zoho.inventoryAdjustments().create(new Inputs.InventoryAdjustmentInput(java.time.LocalDate.of(2026, 11, 24),
                "Count", "quantity", null, null, List.of(new Inputs.AdjustmentLineInput("1", BigDecimal.ONE)))))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        stub.verify(1, postRequestedFor(urlPathEqualTo("/inventory/v1/inventoryadjustments")));
    }

    @Test
    void aSlowAnswerTimesOut() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson(fixture("item.json")).withFixedDelay(1_500)));
        ZohoInventoryClient impatient = ZohoStubs.client(stub).retry(io.tillbridge.client.http.RetrySettings.NONE)
                .requestTimeout(Duration.ofMillis(100)).build();
        assertThatThrownBy(() -> impatient.items().get("1")).isInstanceOf(TransportException.class);
    }

    @Test
    void malformedAnswersAreApiErrors() {
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(aResponse().withStatus(200).withBody("{\"code\":0,\"item\":")));
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ApiException.class).hasMessageContaining("not JSON");
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson("{\"code\":0,\"message\":\"success\"}")));
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ApiException.class).hasMessageContaining("no item");
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson("{\"code\":0,\"item\":{\"item_id\":\"1\",\"rate\":\"abc\"}}")));
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ApiException.class).hasMessageContaining("unexpected shape");
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson("{\"code\":0,\"item\":{\"item_id\":\"1\",\"last_modified_time\":\"yesterday\"}}")));
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ApiException.class).hasMessageContaining("unexpected shape");
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        assertThatThrownBy(() -> zoho.items().get("1")).isInstanceOf(ApiException.class).hasMessageContaining("HTTP 502");
    }
}
