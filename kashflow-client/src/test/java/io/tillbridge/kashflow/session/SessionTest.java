package io.tillbridge.kashflow.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.kashflow.KashFlowStubs.SESSION_TOKEN;
import static io.tillbridge.kashflow.KashFlowStubs.client;
import static io.tillbridge.kashflow.KashFlowStubs.json;
import static io.tillbridge.kashflow.KashFlowStubs.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.Secret;
import io.tillbridge.kashflow.AccountLockedException;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowStubs;
import io.tillbridge.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String AUTH = "KfToken " + SESSION_TOKEN;

    @Test
    void logsInInTwoStepsSendingOnlyTheAskedCharactersAndUsesTheKfTokenHeader() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/customers/SHA01")).withHeader("Authorization", equalTo(AUTH))
                .willReturn(json(200, "customer.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.customers().get("SHA01").code()).isEqualTo("SHA01");
            assertThat(kashflow.logins()).isEqualTo(1);
        }
        stub.verify(postRequestedFor(urlEqualTo("/v2/sessiontoken"))
                .withRequestBody(matchingJsonPath("$.UserName", equalTo(KashFlowStubs.USER)))
                .withRequestBody(matchingJsonPath("$.Password", equalTo(KashFlowStubs.PASSWORD.reveal()))));
        String step2 = stub.findAll(putRequestedFor(urlEqualTo("/v2/sessiontoken"))).get(0).getBodyAsString();
        assertThat(step2).doesNotContain("pineapple").contains("\"Value\":\"n\"", "\"Value\":\"e\"", "\"Value\":\"p\"");
    }

    @Test
    void oneSessionServesManyCallsAndIsLoggedOutOnClose() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/customers/SHA01")).willReturn(json(200, "customer.json")));
        stub.stubFor(delete(urlEqualTo("/v2/sessiontoken")).willReturn(aResponse().withStatus(204)));
        try (KashFlowClient kashflow = client(stub).build()) {
            for (int i = 0; i < 5; i++) {
                kashflow.customers().get("SHA01");
            }
            assertThat(kashflow.logins()).isEqualTo(1);
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/sessiontoken")));
        stub.verify(1, deleteRequestedFor(urlEqualTo("/v2/sessiontoken")).withHeader("Authorization", equalTo(AUTH)));
    }

    @Test
    void closeWithoutAnyCallSendsNothing() {
        client(stub).build().close();
        stub.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anExpiredTokenMidRunLogsInOnceAndRetriesTheCall() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(401, "error-invalid-session.json")).willSetStateTo("relogged"));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("expiry").whenScenarioStateIs("relogged")
                .willReturn(json(200, "invoice.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
            assertThat(kashflow.logins()).isEqualTo(2);
        }
        stub.verify(2, getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void aTokenRefusedTwiceIsAnAuthenticationErrorNotALoop() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(401, "error-invalid-session.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("InvalidSessionToken");
            assertThat(kashflow.logins()).isEqualTo(2);
        }
        stub.verify(2, getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void accountLockedAtLoginStopsEveryLaterCallWithoutContactingKashFlow() {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(json(401, "error-account-locked.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class)
                    .hasMessageContaining("locked");
            assertThatThrownBy(() -> kashflow.customers().get("SHA01")).isInstanceOf(AccountLockedException.class);
        }
        stub.verify(1, postRequestedFor(urlEqualTo("/v2/sessiontoken")));
        stub.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void accountLockedOnAnOrdinaryCallIsNotRetriedAndNotReloggedIn() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(401, "error-account-locked.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
            assertThat(kashflow.logins()).isEqualTo(1);
        }
        stub.verify(1, getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void wrongCredentialsAreAnAuthenticationErrorWithoutThePassword() {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(aResponse().withStatus(400)
                .withBody("{\"Error\":\"InvalidCredentials\",\"Message\":\"Login failed for Tr0ub4dor&3-kf\"}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AuthenticationException.class)
                    .isNotInstanceOf(AccountLockedException.class)
                    .hasMessageContaining("InvalidCredentials")
                    .hasMessageNotContaining(KashFlowStubs.PASSWORD.reveal());
        }
    }

    @Test
    void aPositionBeyondTheMemorableWordIsRefusedWithoutRevealingIt() {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(aResponse().withStatus(200).withBody(
                "{\"TemporaryToken\":\"t-1\",\"MemorableWordList\":[{\"Position\":12,\"Value\":\"\"}]}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("character 12").hasMessageNotContaining("pineapple");
        }
        stub.verify(0, putRequestedFor(urlEqualTo("/v2/sessiontoken")));
    }

    @Test
    void aLoginAnswerWithoutTokenIsAnError() {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(aResponse().withStatus(200).withBody("{\"IsAdmin\":true}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).hasMessageContaining("TemporaryToken");
        }
    }

    @Test
    void anIdleSessionIsRenewedBeforeKashFlowWouldRefuseIt() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/customers/SHA01")).willReturn(json(200, "customer.json")));
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        try (KashFlowClient kashflow = client(stub).clock(clock).build()) {
            kashflow.customers().get("SHA01");
            clock.advance(Duration.ofMinutes(50));
            kashflow.customers().get("SHA01"); // used within the window: the window slides
            clock.advance(Duration.ofMinutes(50));
            kashflow.customers().get("SHA01");
            assertThat(kashflow.logins()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(56));
            kashflow.customers().get("SHA01");
            assertThat(kashflow.logins()).isEqualTo(2);
        }
    }

    @Test
    void manyThreadsShareOneLoginAndOneRenewal() throws Exception {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/customers/SHA01")).willReturn(json(200, "customer.json").withFixedDelay(20)));
        try (KashFlowClient kashflow = client(stub).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return kashflow.customers().get("SHA01").code();
                    }));
                }
                start.countDown();
                for (Future<String> result : results) {
                    assertThat(result.get()).isEqualTo("SHA01");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(kashflow.logins()).isEqualTo(1);
        }
        stub.verify(1, putRequestedFor(urlEqualTo("/v2/sessiontoken")));
    }

    @Test
    void aClosedClientRefusesCallsAndClosingTwiceIsHarmless() {
        login(stub);
        stub.stubFor(get(urlEqualTo("/v2/customers/SHA01")).willReturn(json(200, "customer.json")));
        stub.stubFor(delete(urlEqualTo("/v2/sessiontoken")).willReturn(aResponse().withStatus(204)));
        KashFlowClient kashflow = client(stub).build();
        kashflow.customers().get("SHA01");
        kashflow.close();
        kashflow.close();
        assertThatThrownBy(() -> kashflow.customers().get("SHA01")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> kashflow.payments().methods()).isInstanceOf(IllegalStateException.class);
        stub.verify(1, deleteRequestedFor(urlEqualTo("/v2/sessiontoken")));
    }

    @Test
    void builderSettersRefuseNullsAtOnceNamingTheSetting() {
        assertThatThrownBy(() -> KashFlowClient.builder().password(null)).isInstanceOfSatisfying(
                io.tillbridge.client.ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("password"));
        assertThatThrownBy(() -> KashFlowClient.builder().homeCurrency("XXXX")).isInstanceOfSatisfying(
                io.tillbridge.client.ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("homeCurrency"));
        assertThatThrownBy(() -> KashFlowClient.builder().sessionIdleLimit(java.time.Duration.ZERO)).isInstanceOfSatisfying(
                io.tillbridge.client.ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("sessionIdleLimit"));
        assertThatThrownBy(() -> KashFlowClient.builder().userName("u").password(KashFlowStubs.PASSWORD).build())
                .isInstanceOfSatisfying(io.tillbridge.client.ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("memorableWord"));
    }

    @Test
    void noSecretInTheClientsToStringOrTheBuilderSecrets() {
        KashFlowClient kashflow = client(stub).build();
        assertThat(kashflow.toString()).doesNotContain("pineapple", KashFlowStubs.PASSWORD.reveal());
        assertThat(Secret.of("pineapple").toString()).isEqualTo("***");
    }
}
