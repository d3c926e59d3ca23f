package io.tillbridge.opayo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.opayo.OpayoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.opayo.form.FormCrypt;
import io.tillbridge.opayo.reporting.FraudScreen;
import io.tillbridge.opayo.reporting.TransactionDetail;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.session.SandboxCardTokeniser;
import io.tillbridge.opayo.transactions.Enums;
import io.tillbridge.opayo.transactions.RepeatRequest;
import io.tillbridge.opayo.transactions.StrongCustomerAuthentication;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client sends and reads what Opayo publishes. */
class OpayoFidelityTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpayoClient opayo = OpayoStubs.client(stub).build();

    private static final StrongCustomerAuthentication BROWSER = new StrongCustomerAuthentication("https://shop.example/3ds",
            "203.0.113.7", "text/html", true, "en-GB", "Mozilla/5.0", Enums.ChallengeWindowSize.Medium, "GoodsAndServicePurchase");

    @Test
    void aJavascriptBrowserMustSendItsScreenData() {
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().strongCustomerAuthentication(BROWSER).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("strongCustomerAuthentication.browserJavaEnabled: is required when browserJavascriptEnabled is true")
                .hasMessageContaining("strongCustomerAuthentication.browserColorDepth")
                .hasMessageContaining("strongCustomerAuthentication.browserScreenHeight")
                .hasMessageContaining("strongCustomerAuthentication.browserScreenWidth")
                .hasMessageContaining("strongCustomerAuthentication.browserTZ");
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment()
                .strongCustomerAuthentication(BROWSER.withScreen(false, 23, 1080, 1920, -60)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("browserColorDepth: must be one of");
        assertThat(stub.getAllServeEvents()).isEmpty();
    }

    @Test
    void sendsTheFullBrowserAndAccountData() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-authorised.json"))));
        Map<String, Object> authInfo = new LinkedHashMap<>();
        authInfo.put("threeDSReqAuthMethod", "LoginWithThreeDSRequestorCredentials");
        authInfo.put("threeDSReqAuthTimestamp", "202611241015");
        StrongCustomerAuthentication sca = BROWSER.withScreen(false, 24, 1080, 1920, -60)
                .withAccount("cust-42", authInfo, null, Map.of("chAccAgeInd", "MoreThanSixtyDays"),
                        Map.of("deliveryEmailAddress", "ada@example.com"), "LowValue", "https://shop.example");
        opayo.transactions().payment(OpayoStubs.payment().strongCustomerAuthentication(sca).build());
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions"))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.browserJavaEnabled", com.github.tomakehurst.wiremock.client.WireMock.equalTo("false")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.browserColorDepth", com.github.tomakehurst.wiremock.client.WireMock.equalTo("24")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.browserScreenHeight", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1080")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.browserScreenWidth", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1920")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.browserTZ", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-60")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.acctID", com.github.tomakehurst.wiremock.client.WireMock.equalTo("cust-42")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.threeDSRequestorAuthenticationInfo.threeDSReqAuthMethod"))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.acctInfo.chAccAgeInd"))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.merchantRiskIndicator.deliveryEmailAddress"))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.threeDSExemptionIndicator", com.github.tomakehurst.wiremock.client.WireMock.equalTo("LowValue")))
                .withRequestBody(matchingJsonPath("$.strongCustomerAuthentication.website", com.github.tomakehurst.wiremock.client.WireMock.equalTo("https://shop.example"))));
    }

    @Test
    void aRepeatCarriesGiftAid() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-authorised.json"))));
        opayo.transactions().repeat(new RepeatRequest("DB79BA2D", "SO-00043.1", 500, "GBP", "Donation", null, null, true));
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions"))
                .withRequestBody(matchingJsonPath("$.giftAid", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))));
    }

    @Test
    void theRequestTrackerIsTheRequestId() {
        stub.stubFor(get("/api/v1/transactions/T-1").willReturn(aResponse().withStatus(404)
                .withHeader("X-Request-Tracker", "trk-7781").withBody(fixture("error-404-1012.json"))));
        assertThatThrownBy(() -> opayo.transactions().retrieve("T-1"))
                .isInstanceOf(OpayoApiException.class)
                .satisfies(e -> assertThat(((OpayoApiException) e).requestId()).contains("trk-7781"));
    }

    @Test
    void aCardIdentifierKeepsItsExpiry() {
        stub.stubFor(post("/api/v1/card-identifiers").willReturn(aResponse().withStatus(201).withBody(fixture("card-identifier.json"))));
        SandboxCardTokeniser.CardIdentifier id = opayo.sandboxCardIdentifiers().create(
                new MerchantSessionKey(Secret.of("M1E996F5-A9BC-41FE-B088-E5B73DB94277"), null),
                new SandboxCard("A Lovelace", "4929000000006", "0329", "123"));
        assertThat(id.expiry()).isEqualTo(OffsetDateTime.parse("2015-08-11T11:45:16.285+01:00"));
        assertThat(id.cardType()).isEqualTo("Visa");
    }

    @Test
    void reportingKeepsNestedXml() {
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withBody(fixture("reporting-detail-nested.xml"))));
        TransactionDetail detail = opayo.reporting().transactionDetail("SO-00042.1").orElseThrow();
        assertThat(detail.fields().get("basketxml")).isEqualTo(
                "<basket><item><description>Widget</description><quantity>3</quantity><unitGrossAmount>11.99</unitGrossAmount></item></basket>");
        assertThat(detail.fields().get("customerxml")).contains("<customerMiddleInitial>B</customerMiddleInitial>");
        assertThat(detail.fields()).containsEntry("threedresult", "OK").doesNotContainKey("securitykey");
    }

    @Test
    void fraudScreenDetailInBothForms() {
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("vpstxid%3E%7BRED%7D"))
                .willReturn(aResponse().withBody(fixture("reporting-fraud-red.xml"))));
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("vpstxid%3E%7BT3M%7D"))
                .willReturn(aResponse().withBody(fixture("reporting-fraud-t3m.xml"))));
        FraudScreen red = opayo.reporting().fraudScreen("RED");
        assertThat(red).isEqualTo(new FraudScreen.Red("ACCEPT", "12345", "765", "No fraud detected", red.fields()));
        FraudScreen.ThirdMan t3m = (FraudScreen.ThirdMan) opayo.reporting().fraudScreen("{T3M}");
        assertThat(t3m.score()).isEqualTo("35");
        assertThat(t3m.action()).isEqualTo("HOLD");
        assertThat(t3m.rules()).containsExactly(new FraudScreen.Rule("Billing and delivery countries differ", "20"),
                new FraudScreen.Rule("Email domain is free", "15"));
        stub.verify(postRequestedFor(urlEqualTo("/access/access.htm")).withRequestBody(containing("getFraudScreenDetail")));
    }

    @Test
    void countsTokens() {
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getTokenCount"))
                .willReturn(aResponse().withBody(fixture("reporting-token-count.xml"))));
        assertThat(opayo.reporting().tokenCount()).isEqualTo(1287);
    }

    @Test
    void formDecryptChecksTheExpectedVendorTxCode() {
        Secret password = Secret.of("2f52208a25a1facf");
        String crypt = FormCrypt.encrypt("VendorTxCode=SO-00042.1&Status=OK&Amount=89.51", password);
        assertThat(FormCrypt.decryptFields(crypt, password, "SO-00042.1")).containsEntry("Status", "OK");
        assertThatThrownBy(() -> FormCrypt.decryptFields(crypt, password, "SO-00099.1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("crypt.VendorTxCode");
        String noCode = FormCrypt.encrypt("Status=OK", password);
        assertThatThrownBy(() -> FormCrypt.decryptFields(noCode, password, "SO-00042.1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is missing");
    }
}
