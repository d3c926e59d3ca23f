package io.tillbridge.opayo.transactions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.opayo.OpayoApiException;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoStubs;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionServiceTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpayoClient opayo = OpayoStubs.client(stub).build();

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (OpayoStubs.KEY.reveal() + ":" + OpayoStubs.PASSWORD.reveal()).getBytes());

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "201, payment-authorised.json, Authorised",
        "201, payment-notauthed.json,  Declined",
        "201, payment-rejected.json,   Rejected",
        "202, 3ds-v1.json,             ChallengeRequired",
        "202, 3ds-v2.json,             ChallengeRequired",
    })
    void decidesTheOutcomeFromStatusAndBody(int http, String fixture, String outcome) {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(http)
                .withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
        TransactionOutcome result = opayo.transactions().payment(OpayoStubs.payment().build());
        assertThat(result.getClass().getSimpleName()).isEqualTo(outcome);
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void readsAnAuthorisationWithNewFieldsAndANumericRetrievalReference() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-authorised.json"))));
        TransactionOutcome.Authorised authorised = (TransactionOutcome.Authorised) opayo.transactions().payment(OpayoStubs.payment().build());
        Transaction t = authorised.transaction();
        assertThat(t.transactionId()).isEqualTo("DB79BA2D-05DA-5B85-D188-1293D16BBAC7");
        assertThat(t.retrievalReference()).isEqualTo("1234567");
        assertThat(t.bankAuthorisationCode()).isEqualTo("999777");
        assertThat(t.avsCvcCheck()).isEqualTo(new Transaction.AvsCvcCheck("AllMatched", "Matched", "Matched", "Matched", null));
        assertThat(t.other()).containsEntry("fiRecipient", java.util.Map.of("accountNumber", "unknown-new-field"))
                .containsEntry("additionalDeclineDetail", null).hasSize(2);
        assertThat(t.card().lastFourDigits()).isEqualTo("0006");
        assertThat(t.card().cardIdentifier().reveal()).isEqualTo("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6");
        assertThat(t.toString()).doesNotContain("C6F92981");
        assertThat(t.totalAmount()).isEqualTo(8951L);
        assertThat(t.threeDSecureStatus()).isEqualTo("CardNotEnrolled");
        assertThat(authorised.transactionId()).isEqualTo(t.transactionId());
    }

    @Test
    void keepsEveryFieldItDoesNotTypeAtEveryLevel() {
        // Opayo's newer fields (acsTransId, dsTransId, additionalDeclineDetail, settlementReferenceText) at the top,
        // and a field Opayo might add inside each object the client reads ("future…").
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-declined-newer-fields.json"))));
        Transaction t = ((TransactionOutcome.Declined) opayo.transactions().payment(OpayoStubs.payment().build())).transaction();
        assertThat(t.other()).containsOnlyKeys("acsTransId", "dsTransId", "additionalDeclineDetail", "settlementReferenceText",
                "3DSecure.futureThreeDSField");
        assertThat(t.other()).containsEntry("dsTransId", "c2a1b0e9-7f6e-4d5c-8b4a-3a2b1c0d9e8f")
                .containsEntry("3DSecure.futureThreeDSField", 3);
        assertThat(t.other().get("additionalDeclineDetail")).isEqualTo(java.util.Map.of("additionalDeclineCode", "01",
                "additionalDeclineCodeDescription", "New account information available", "additionalDeclineCodeCategory", "Do not retry"));
        assertThat(t.avsCvcCheck().other()).containsExactly(java.util.Map.entry("futureAvsField", "kept"));
        assertThat(t.card().other()).containsExactly(java.util.Map.entry("futureCardField", "kept"));
        assertThat(t.card().other()).doesNotContainKey("cardIdentifier");
        assertThat(t.threeDSecureStatus()).isEqualTo("NotChecked");
    }

    @Test
    void keepsUnknownEnumValuesAsText() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-rejected.json"))));
        TransactionOutcome.Rejected rejected = (TransactionOutcome.Rejected) opayo.transactions().payment(OpayoStubs.payment().build());
        assertThat(rejected.transaction().avsCvcCheck().status()).isEqualTo("Teleported");
        assertThat(rejected.transaction().card()).isNull();
    }

    @Test
    void returnsBothChallengeShapes() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(202).withBody(fixture("3ds-v1.json"))));
        TransactionOutcome.ChallengeRequired v1 = (TransactionOutcome.ChallengeRequired) opayo.transactions().payment(OpayoStubs.payment().build());
        assertThat(v1).isEqualTo(new TransactionOutcome.ChallengeRequired("T-3DS-V1", TransactionOutcome.ChallengeRequired.Version.V1,
                "https://acs.example/v1", "eJxVUdtugkAQ", null,
                "Please redirect your customer to the ACSURL to complete the 3DS Transaction"));
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(202).withBody(fixture("3ds-v2.json"))));
        TransactionOutcome.ChallengeRequired v2 = (TransactionOutcome.ChallengeRequired) opayo.transactions().payment(OpayoStubs.payment().build());
        assertThat(v2.version()).isEqualTo(TransactionOutcome.ChallengeRequired.Version.V2);
        assertThat(v2.cReq()).isEqualTo("eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6");
    }

    @Test
    void sendsThePiRequestShape() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-authorised.json"))));
        opayo.transactions().deferred(OpayoStubs.payment()
                .billingAddress(new BillingAddress("1600 Amphitheatre Pkwy", null, "Mountain View", "94043", "US", "CA"))
                .entryMethod(Enums.EntryMethod.TelephoneOrder)
                .apply3DSecure(Enums.CheckSetting.Disable)
                .applyAvsCvcCheck(Enums.CheckSetting.Force)
                .credentialType(CredentialType.firstCardholderInitiated())
                .customerEmail("ada@example.com")
                .build());
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"transactionType":"Deferred",
                         "paymentMethod":{"card":{"merchantSessionKey":"M1E996F5-A9BC-41FE-B088-E5B73DB94277",
                                                  "cardIdentifier":"C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6","save":false}},
                         "vendorTxCode":"SO-00042.1","amount":8951,"currency":"GBP","description":"Sales order SO-00042",
                         "customerFirstName":"Ada","customerLastName":"Lovelace",
                         "billingAddress":{"address1":"1600 Amphitheatre Pkwy","city":"Mountain View","postalCode":"94043",
                                           "country":"US","state":"CA"},
                         "customerEmail":"ada@example.com","entryMethod":"TelephoneOrder","apply3DSecure":"Disable",
                         "applyAvsCvcCheck":"Force","credentialType":{"cofUsage":"First","initiatedType":"CIT"}}""")));
    }

    @Test
    void sendsRepeatsRefundsAndAuthorisations() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-authorised.json"))));
        opayo.transactions().repeat(new RepeatRequest("T-1", "SO-7.2", 500, "EUR", "Subscription",
                null, CredentialType.merchantInitiated(Enums.MitType.Recurring)));
        opayo.transactions().refund(new RefundRequest("T-1", "SO-7.R1", 100, "Damaged"));
        opayo.transactions().authorise(new AuthoriseRequest("T-1", "SO-7.A1", 500, "Authorise"));
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions")).withRequestBody(equalToJson("""
                {"transactionType":"Repeat","referenceTransactionId":"T-1","vendorTxCode":"SO-7.2","amount":500,
                 "currency":"EUR","description":"Subscription",
                 "credentialType":{"cofUsage":"Subsequent","initiatedType":"MIT","mitType":"Recurring"}}""")));
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions")).withRequestBody(equalToJson("""
                {"transactionType":"Refund","referenceTransactionId":"T-1","vendorTxCode":"SO-7.R1","amount":100,
                 "description":"Damaged"}""")));
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions")).withRequestBody(equalToJson("""
                {"transactionType":"Authorise","referenceTransactionId":"T-1","vendorTxCode":"SO-7.A1","amount":500,
                 "description":"Authorise"}""")));
    }

    @Test
    void validatesEverythingBeforeSending() {
        PaymentRequest bad = OpayoStubs.payment()
                .vendorTxCode("X".repeat(41))
                .amount(0, "XXX")
                .description("d".repeat(101))
                .customer("A".repeat(21), "")
                .billingAddress(new BillingAddress("a".repeat(51), null, "c".repeat(41), null, "US", null))
                .build();
        assertThatThrownBy(() -> opayo.transactions().payment(bad))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("amount", "billingAddress.address1", "billingAddress.city",
                                "billingAddress.postalCode", "billingAddress.state", "currency", "customerFirstName",
                                "customerLastName", "description", "vendorTxCode"));
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment()
                .billingAddress(new BillingAddress("1", null, "x", "1", "ZZ", null)).vendorTxCode("bad code!").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("billingAddress.country: 'ZZ' is not an ISO 3166-1 country")
                .hasMessageContaining("vendorTxCode: must be 1-40 letters, digits or - . _ { }");
        assertThatThrownBy(() -> opayo.transactions().refund(new RefundRequest("T", "R.1", -1, "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> opayo.transactions().release("T", 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> opayo.transactions().complete3DSecure("T", " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> opayo.transactions().completeChallenge("T", null, null)).isInstanceOf(ValidationException.class);
        stub.verify(0, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void anIrishAddressNeedsNoPostcode() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-authorised.json"))));
        assertThat(opayo.transactions().payment(OpayoStubs.payment()
                .billingAddress(new BillingAddress("1 Main St", null, "Cork", null, "IE", null)).build()))
                .isInstanceOf(TransactionOutcome.Authorised.class);
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({
        "422, errors-422.json,     OTHER,                                  '1005,1004'",
        "422, classic-422.json,    OTHER,                                  3089",
        "404, error-404-1012.json, TRANSACTION_NOT_FOUND,                  1012",
        "403, error-403-1018.json, REFUND_EXCEEDS_ORIGINAL,                1018",
    })
    void turnsErrorsIntoTypedExceptions(int http, String fixture, OpayoApiException.Kind kind, String codes) {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(http).withBody(fixture(fixture))));
        assertThatThrownBy(() -> opayo.transactions().refund(new RefundRequest("T-1", "SO-1.R1", 100, "x")))
                .isInstanceOf(OpayoApiException.class)
                .satisfies(e -> {
                    OpayoApiException error = (OpayoApiException) e;
                    assertThat(error.kind()).isEqualTo(kind);
                    assertThat(error.codes()).containsExactly(codes.split(","));
                    assertThat(error.status()).isEqualTo(http);
                });
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void keepsEveryErrorDetail() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(422).withBody(fixture("errors-422.json"))));
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OpayoApiException.class)
                .satisfies(e -> assertThat(((OpayoApiException) e).errors().get(0).clientMessage())
                        .isEqualTo("The cardholder name contains invalid characters"))
                .hasMessageContaining("1005 cardDetails.cardholderName: Contains invalid characters");
    }

    @Test
    void separatesAuthenticationAndRateLimits() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(401).withBody(fixture("error-401.json"))));
        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining(OpayoStubs.KEY.reveal());
        stub.stubFor(get("/api/v1/transactions/T-1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
        assertThatThrownBy(() -> opayo.transactions().retrieve("T-1")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void retrievesAndRunsInstructions() {
        stub.stubFor(get("/api/v1/transactions/DB79BA2D").willReturn(okJson(fixture("payment-authorised.json"))));
        assertThat(opayo.transactions().retrieve("DB79BA2D").status()).isEqualTo("Ok");
        stub.stubFor(post("/api/v1/transactions/T-9/instructions").willReturn(aResponse().withStatus(201)
                .withBody(fixture("instruction-void.json"))));
        Instruction instruction = opayo.transactions().voidTransaction("T-9");
        assertThat(instruction.instructionType()).isEqualTo("void");
        assertThat(instruction.date().getOffset().getTotalSeconds()).isEqualTo(3600);
        opayo.transactions().abort("T-9");
        opayo.transactions().cancel("T-9");
        opayo.transactions().release("T-9", 4200);
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions/T-9/instructions"))
                .withRequestBody(equalToJson("{\"instructionType\":\"release\",\"amount\":4200}")));
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions/T-9/instructions"))
                .withRequestBody(equalToJson("{\"instructionType\":\"abort\"}")));
        stub.stubFor(post("/api/v1/transactions/T-8/instructions").willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":\"1021\",\"description\":\"Release amount exceeds original\"}")));
        assertThatThrownBy(() -> opayo.transactions().release("T-8", 999_999))
                .isInstanceOf(OpayoApiException.class)
                .extracting(e -> ((OpayoApiException) e).kind()).isEqualTo(OpayoApiException.Kind.RELEASE_EXCEEDS_ORIGINAL);
    }

    @Test
    void completesThreeDSecureAndFetchesTheRealOutcome() {
        stub.stubFor(post("/api/v1/transactions/T-3DS-V1/3d-secure").willReturn(aResponse().withStatus(201)
                .withBody("{\"status\":\"Authenticated\"}")));
        stub.stubFor(get("/api/v1/transactions/T-3DS-V1").willReturn(okJson(fixture("payment-authorised.json"))));
        assertThat(opayo.transactions().complete3DSecure("T-3DS-V1", "eJxVUdtugkAQ")).isInstanceOf(TransactionOutcome.Authorised.class);
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions/T-3DS-V1/3d-secure"))
                .withRequestBody(equalToJson("{\"paRes\":\"eJxVUdtugkAQ\"}")));

        stub.stubFor(post("/api/v1/transactions/T-3DS-V2/3d-secure-challenge").willReturn(aResponse().withStatus(201)
                .withBody(fixture("payment-notauthed.json"))));
        stub.stubFor(get("/api/v1/transactions/T-3DS-V2").willReturn(okJson(fixture("payment-notauthed.json"))));
        assertThat(opayo.transactions().completeChallenge("T-3DS-V2", "cres-data", "c2Vzc2lvbg=="))
                .isInstanceOf(TransactionOutcome.Declined.class);
        stub.verify(postRequestedFor(urlEqualTo("/api/v1/transactions/T-3DS-V2/3d-secure-challenge"))
                .withRequestBody(equalToJson("{\"cRes\":\"cres-data\",\"threeDSSessionData\":\"c2Vzc2lvbg==\"}")));

        stub.stubFor(post("/api/v1/transactions/T-X/3d-secure").willReturn(aResponse().withStatus(404).withBody(fixture("error-404-1012.json"))));
        assertThatThrownBy(() -> opayo.transactions().complete3DSecure("T-X", "p")).isInstanceOf(OpayoApiException.class);
    }

    @Test
    void aMalformedRetrieveAnswerIsAnApiError() {
        stub.stubFor(get("/api/v1/transactions/T-1").willReturn(aResponse().withStatus(200).withBody("{not json")));
        assertThatThrownBy(() -> opayo.transactions().retrieve("T-1")).isInstanceOf(ApiException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void requestsNeverPrintCardReferences() {
        assertThat(OpayoStubs.payment().build().toString()).isEqualTo("PaymentRequest[vendorTxCode=SO-00042.1, amount=8951 GBP]");
        assertThat(CardPayment.reusable(Secret.of("C6F92981")).toString()).doesNotContain("C6F92981");
        assertThatThrownBy(() -> new CardPayment(null, Secret.of("c"), false, false)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("merchantSessionKey: is not set");
        assertThatThrownBy(() -> CardPayment.reusable(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cardIdentifier: is not set");
        assertThat(OpayoStubs.payment().build().toBuilder().giftAid(true).build().giftAid()).isTrue();
    }
}
