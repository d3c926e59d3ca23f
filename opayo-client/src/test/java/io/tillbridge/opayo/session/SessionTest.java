package io.tillbridge.opayo.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.opayo.OpayoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.opayo.OpayoApiException;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.OpayoStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final java.util.List<String> loggedPaths = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final OpayoClient opayo = OpayoStubs.client(stub).listener(new io.tillbridge.client.http.ClientListener() {
        @Override
        public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
            loggedPaths.add(path);
        }
    }).build();

    @Test
    void createsAndValidatesMerchantSessionKeys() {
        stub.stubFor(post("/api/v1/merchant-session-keys").willReturn(aResponse().withStatus(201).withBody(fixture("merchant-session-key.json"))));
        MerchantSessionKey key = opayo.merchantSessionKeys().create();
        assertThat(key.key().reveal()).isEqualTo("M1E996F5-A9BC-41FE-B088-E5B73DB94277");
        assertThat(key.toString()).doesNotContain("M1E996F5");
        assertThat(key.expiry().toString()).isEqualTo("2015-08-11T11:45:16.285+01:00");
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/merchant-session-keys")).withRequestBody(equalToJson("{\"vendorName\":\"testvendor\"}")));

        stub.stubFor(get("/api/v1/merchant-session-keys/M1E996F5-A9BC-41FE-B088-E5B73DB94277").willReturn(okJson(fixture("merchant-session-key.json"))));
        assertThat(opayo.merchantSessionKeys().validate(key.key())).isPresent();
        stub.stubFor(get("/api/v1/merchant-session-keys/gone").willReturn(notFound().withBody("{\"code\":\"1006\",\"description\":\"not found\"}")));
        assertThat(opayo.merchantSessionKeys().validate(Secret.of("gone"))).isEmpty();
        assertThat(loggedPaths).contains("/merchant-session-keys/***").noneMatch(p -> p.contains("M1E996F5"));
        stub.stubFor(post("/api/v1/merchant-session-keys").willReturn(okJson("{}")));
        assertThatThrownBy(() -> opayo.merchantSessionKeys().create()).isInstanceOf(ApiException.class);
    }

    @Test
    void tokenisesSandboxCardsWithTheSessionKeyAsBearer() {
        stub.stubFor(post("/api/v1/card-identifiers").willReturn(aResponse().withStatus(201).withBody(fixture("card-identifier.json"))));
        MerchantSessionKey key = new MerchantSessionKey(Secret.of("M1E996F5"), null);
        SandboxCardTokeniser.CardIdentifier card = opayo.sandboxCardIdentifiers()
                .create(key, new SandboxCard("Ada Lovelace", "4929000000006", "0329", "123"));
        assertThat(card.identifier().reveal()).isEqualTo("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6");
        assertThat(card.cardType()).isEqualTo("Visa");
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/card-identifiers"))
                .withHeader("Authorization", equalTo("Bearer M1E996F5"))
                .withRequestBody(equalToJson("{\"cardDetails\":{\"cardholderName\":\"Ada Lovelace\",\"cardNumber\":\"4929000000006\","
                        + "\"expiryDate\":\"0329\",\"securityCode\":\"123\"}}")));

        stub.stubFor(post("/api/v1/card-identifiers/C1/security-code").willReturn(aResponse().withStatus(204)));
        opayo.sandboxCardIdentifiers().linkSecurityCode(key, Secret.of("C1"), "123");
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/card-identifiers/C1/security-code")).withRequestBody(equalToJson("{\"securityCode\":\"123\"}")));
        assertThat(loggedPaths).contains("/card-identifiers/***/security-code").noneMatch(p -> p.contains("/C1/"));
    }

    @Test
    void anExpiredSessionKeyIsATypedError() {
        stub.stubFor(post("/api/v1/card-identifiers").willReturn(aResponse().withStatus(422)
                .withBody("{\"code\":\"1011\",\"description\":\"Merchant session key or card identifier invalid\"}")));
        assertThatThrownBy(() -> opayo.sandboxCardIdentifiers().create(new MerchantSessionKey(Secret.of("old"), null),
                new SandboxCard("A", "4929000000006", "0329", null)))
                .isInstanceOf(OpayoApiException.class)
                .extracting(e -> ((OpayoApiException) e).kind())
                .isEqualTo(OpayoApiException.Kind.SESSION_KEY_OR_CARD_IDENTIFIER_INVALID);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://sandbox.opayo.eu.elavon.com/api/v1, true",
            "https://SANDBOX.opayo.eu.elavon.com/api/v1, true",
            "https://pi-test.sagepay.com/api/v1,          true",
            "http://localhost:8080/api/v1,                true",
            "http://127.0.0.1:51234/api/v1,               true",
            "http://[::1]:8080/api/v1,                    true",
            "https://live.opayo.eu.elavon.com/api/v1,     false",
            "https://LIVE.opayo.eu.elavon.com/api/v1/,    false",
            "https://pi-live.sagepay.com/api/v1,          false",
            "https://payments-proxy.example.com/api/v1,   false",
            "https://127.live-proxy.example.com/api/v1,   false",
            "https://127.0.0.1.nip.io/api/v1,             false",
            "https://localhost.example.com/api/v1,        false"})
    void onlyTheSandboxAndThisMachineMayReceiveTestCards(String pi, boolean accepted) {
        OpayoEnvironment environment = OpayoEnvironment.custom(pi, "https://example.invalid/access/access.htm");
        assertThat(environment.acceptsTestCards()).isEqualTo(accepted);
        if (!accepted) {
            OpayoClient client = OpayoClient.builder().environment(environment).vendorName("v")
                    .integrationKey(OpayoStubs.KEY).integrationPassword(OpayoStubs.PASSWORD).build();
            assertThatThrownBy(client::sandboxCardIdentifiers).isInstanceOf(IllegalStateException.class);
            client.close();
        }
    }

    @Test
    void theTokeniserRefusesLiveAndBadCards() {
        OpayoClient live = OpayoClient.builder().environment(OpayoEnvironment.LIVE).vendorName("v")
                .integrationKey(OpayoStubs.KEY).integrationPassword(OpayoStubs.PASSWORD).build();
        assertThatThrownBy(live::sandboxCardIdentifiers).isInstanceOf(IllegalStateException.class);
        assertThat(live.toString()).contains("live.opayo.eu.elavon.com").doesNotContain(OpayoStubs.KEY.reveal());
        live.close();
        MerchantSessionKey key = new MerchantSessionKey(Secret.of("k"), null);
        assertThatThrownBy(() -> opayo.sandboxCardIdentifiers().create(key, new SandboxCard("A", "4929-0000", "1399", "12")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cardNumber").hasMessageContaining("expiryDate").hasMessageContaining("securityCode")
                .hasMessageNotContaining("4929-0000");
        assertThat(new SandboxCard("A", "4929000000006", "0329", "123").toString()).isEqualTo("SandboxCard[****0006]");
        assertThatThrownBy(() -> opayo.sandboxCardIdentifiers().linkSecurityCode(key, Secret.of("c"), "12a"))
                .isInstanceOf(ValidationException.class);
    }
}
