package io.tillbridge.sandbox.opayo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.sandbox.Http;
import io.tillbridge.sandbox.Http.Reply;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.junit.SandboxExtension;
import io.tillbridge.sandbox.zoho.SeedAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Opayo emulator against Pi and the Reporting API as opayo.md documents them, over plain HTTP. */
class OpayoEmulatorTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-24T10:15:30Z"));
    static final AtomicInteger CODES = new AtomicInteger();

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.builder().clock(CLOCK).build();

    // ---- session keys ------------------------------------------------------------------------

    @Test
    void aSessionKeyNeedsTheIntegrationKeyAndTheVendorAndLasts400Seconds() throws IOException {
        Reply wrongPassword = Http.postJson(pi("/merchant-session-keys"),
                Map.of("Authorization", basic(SandboxValues.OPAYO_INTEGRATION_KEY, "wrong")), Map.of("vendorName", SandboxValues.OPAYO_VENDOR));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("code").asText()).isEqualTo("1002");

        Reply wrongVendor = Http.postJson(pi("/merchant-session-keys"), auth(), Map.of("vendorName", "someone-else"));
        assertThat(wrongVendor.status()).isEqualTo(422);
        assertThat(wrongVendor.json().path("errors").get(0).path("property").asText()).isEqualTo("vendorName");

        String key = sessionKey();
        assertThat(Http.send("GET", pi("/merchant-session-keys/" + key), auth(), null).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(399));
        assertThat(Http.send("GET", pi("/merchant-session-keys/" + key), auth(), null).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        Reply expired = Http.send("GET", pi("/merchant-session-keys/" + key), auth(), null);
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.json().path("code").asText()).isEqualTo("1006");
    }

    @Test
    void aCardIdentifierNeedsALiveSessionKeyAndAValidNumber() throws IOException {
        Reply noKey = Http.postJson(pi("/card-identifiers"), Map.of("Authorization", "Bearer not-a-key"),
                card(SandboxCards.VISA_DEBIT));
        assertThat(noKey.status()).isEqualTo(401);

        Reply badLuhn = Http.postJson(pi("/card-identifiers"), Map.of("Authorization", "Bearer " + sessionKey()),
                card("4462000000000004"));
        assertThat(badLuhn.status()).isEqualTo(422);
        assertThat(badLuhn.json().path("errors").get(0).path("code").asText()).isEqualTo("1007");
    }

    // ---- payments -------------------------------------------------------------------------------

    static Stream<Arguments> avsTable() {
        return Stream.of(
                // address line, postcode, country → Opayo's avsCvcCheck.status
                Arguments.of("88", "412", "GB", "AllMatched"),
                Arguments.of(SandboxValues.AVS_MATCHING_UK_ADDRESS.street(), SandboxValues.AVS_MATCHING_UK_ADDRESS.zip(), "GB", "AllMatched"),
                Arguments.of("88", "412", "IE", "AllMatched"),
                Arguments.of(SandboxValues.UK_ADDRESS.street(), SandboxValues.UK_ADDRESS.zip(), "GB", "SecurityCodeMatchOnly"),
                Arguments.of("88 High Street", "SW1A 1AA", "GB", "SecurityCodeMatchOnly"),
                Arguments.of("188 High Street", "G41 2AA", "GB", "SecurityCodeMatchOnly"));
    }

    @ParameterizedTest(name = "{0}, {1} → {3}")
    @MethodSource("avsTable")
    void theAddressCheckComparesTheNumbersInTheFirstLineAndThePostcode(String address1, String postcode, String country, String avs)
            throws IOException {
        Reply paid = pay(nextCode(), 1234, SandboxCards.VISA_DEBIT, address1, postcode, country);

        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.json().path("status").asText()).isEqualTo("Ok");
        assertThat(paid.json().path("avsCvcCheck").path("status").asText()).isEqualTo(avs);
        assertThat(paid.json().path("avsCvcCheck").path("securityCode").asText()).isEqualTo("Matched");
    }

    @Test
    void theSandboxValuesAddressIsAWellFormedUkPostcode() {
        SeedAddress address = SandboxValues.AVS_MATCHING_UK_ADDRESS;
        // Royal Mail's shape (outward A99, inward 9AA); mapping-core's full rule is checked in the examples' tests.
        assertThat(address.zip()).matches("[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}");
        assertThat(address.zip().replaceAll("\\D", "")).isEqualTo(SandboxValues.AVS_POSTCODE_DIGITS);
        assertThat(address.street().replaceAll("\\D", "")).isEqualTo(SandboxValues.AVS_HOUSE_NUMBER);
    }

    @Test
    void aDeclineCardIsNotAuthorisedByTheBank() throws IOException {
        Reply declined = pay(nextCode(), 500, SandboxCards.VISA_DECLINED, "88", "412", "GB");

        assertThat(declined.status()).isEqualTo(201);
        assertThat(declined.json().path("status").asText()).isEqualTo("NotAuthed");
        assertThat(declined.json().path("statusCode").asText()).isEqualTo("2000");
        assertThat(declined.json().path("bankResponseCode").asText()).isEqualTo("05");
    }

    @Test
    void aThreeDSecureCardIsChallengedAndAuthorisedWithTheSimulatorPassword() throws IOException {
        Reply challenged = pay(nextCode(), 700, SandboxCards.VISA_3DS, "88", "412", "GB");
        assertThat(challenged.status()).isEqualTo(202);
        assertThat(challenged.json().path("statusCode").asText()).isEqualTo("2007");
        String id = challenged.json().path("transactionId").asText();

        Reply completed = Http.postJson(pi("/transactions/" + id + "/3d-secure"), auth(),
                Map.of("paRes", SandboxValues.THREE_D_SECURE_PASSWORD));
        assertThat(completed.json().path("status").asText()).isEqualTo("Authenticated");
        assertThat(Http.send("GET", pi("/transactions/" + id), auth(), null).json().path("status").asText()).isEqualTo("Ok");

        Reply wrong = pay(nextCode(), 700, SandboxCards.VISA_3DS, "88", "412", "GB");
        Reply failed = Http.postJson(pi("/transactions/" + wrong.json().path("transactionId").asText() + "/3d-secure"), auth(),
                Map.of("paRes", "not-the-password"));
        assertThat(failed.json().path("status").asText()).isEqualTo("NotAuthenticated");
    }

    @Test
    void aVendorTxCodeAlreadyChargedIsRefusedAndNothingIsChargedTwice() throws IOException {
        String code = nextCode();
        assertThat(pay(code, 1000, SandboxCards.VISA_DEBIT, "88", "412", "GB").status()).isEqualTo(201);

        Reply again = pay(code, 1000, SandboxCards.VISA_DEBIT, "88", "412", "GB");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("statusCode").asText()).isEqualTo("4042");
        assertThat(sandbox.opayo().transactionsFor(code)).hasSize(1);
    }

    @Test
    void aVendorTxCodeWhoseOnlyTransactionWasDeclinedMayBeUsedAgain() throws IOException {
        String code = nextCode();
        assertThat(pay(code, 1000, SandboxCards.VISA_DECLINED, "88", "412", "GB").json().path("status").asText()).isEqualTo("NotAuthed");

        assertThat(pay(code, 1000, SandboxCards.VISA_DEBIT, "88", "412", "GB").json().path("status").asText()).isEqualTo("Ok");
        assertThat(sandbox.opayo().transactionsFor(code)).extracting(EmulatedTransaction::status).containsExactly("NotAuthed", "Ok");
    }

    @Test
    void refundsAreTakenUpToTheAmountPaidAndNoFurther() throws IOException {
        String id = pay(nextCode(), 1000, SandboxCards.VISA_DEBIT, "88", "412", "GB").json().path("transactionId").asText();

        Reply first = refund(id, 600);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("transactionType").asText()).isEqualTo("Refund");
        assertThat(first.json().path("status").asText()).isEqualTo("Ok");

        Reply tooMuch = refund(id, 401);
        assertThat(tooMuch.status()).isEqualTo(403);
        assertThat(tooMuch.json().path("code").asText()).isEqualTo("1018");
        assertThat(refund(id, 400).status()).isEqualTo(201);
        assertThat(refund("00000000-0000-0000-0000-000000000000", 1).status()).isEqualTo(404);
    }

    @Test
    void aTransactionIsRetrievedAsItWasRecorded() throws IOException {
        JsonNode paid = pay(nextCode(), 2599, SandboxCards.AMEX, "88", "412", "GB").json();

        Reply retrieved = Http.send("GET", pi("/transactions/" + paid.path("transactionId").asText()), auth(), null);

        assertThat(retrieved.status()).isEqualTo(200);
        JsonNode tx = retrieved.json();
        assertThat(tx.path("status").asText()).isEqualTo("Ok");
        assertThat(tx.path("amount").path("totalAmount").asLong()).isEqualTo(2599);
        assertThat(tx.path("currency").asText()).isEqualTo("GBP");
        assertThat(tx.path("paymentMethod").path("card").path("cardType").asText()).isEqualTo("AmericanExpress");
        assertThat(tx.path("paymentMethod").path("card").path("lastFourDigits").asText()).isEqualTo("0004");
        assertThat(tx.path("bankAuthorisationCode").asText()).isEqualTo(paid.path("bankAuthorisationCode").asText());

        Reply unknown = Http.send("GET", pi("/transactions/00000000-0000-0000-0000-000000000000"), auth(), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("1012");
    }

    // ---- Reporting & Admin API ------------------------------------------------------------------

    @Test
    void theReportingApiFindsATransactionByVendorTxCode() throws IOException {
        String code = nextCode();
        pay(code, 1234, SandboxCards.VISA_DEBIT, "88", "412", "GB");

        String detail = reporting("<command>getTransactionDetail</command><vendor>" + SandboxValues.OPAYO_VENDOR + "</vendor><user>"
                + SandboxValues.OPAYO_REPORTING_USER + "</user><vendortxcode>" + code + "</vendortxcode>", SandboxValues.OPAYO_REPORTING_PASSWORD);

        assertThat(detail).contains("<errorcode>0000</errorcode>").contains("<vendortxcode>" + code + "</vendortxcode>")
                .contains("<amount>12.34</amount>").contains("<currency>GBP</currency>").contains("<last4digits>0003</last4digits>")
                // address, postcode and security code all match: The 3rd Man scores nothing
                .contains("<t3mscore>0</t3mscore>").contains("<t3maction>OK</t3maction>").contains("<t3mid>");
    }

    @Test
    void theReportingApiRefusesABadSignatureAndSaysWhenItHasNoSuchTransaction() throws IOException {
        String lookup = "<command>getTransactionDetail</command><vendor>" + SandboxValues.OPAYO_VENDOR + "</vendor><user>"
                + SandboxValues.OPAYO_REPORTING_USER + "</user><vendortxcode>NEVER-SENT</vendortxcode>";

        assertThat(reporting(lookup, "wrong-password")).contains("<errorcode>0010</errorcode>");
        assertThat(reporting(lookup, SandboxValues.OPAYO_REPORTING_PASSWORD)).contains("<errorcode>0043</errorcode>");
    }

    @Test
    void aClosedBatchListsWhatSettled() throws IOException {
        String paid = nextCode();
        pay(paid, 1500, SandboxCards.VISA_DEBIT, "88", "412", "GB");
        String batch = sandbox.opayo().closeBatch();

        String rows = reporting("<command>getBatchDetail</command><vendor>" + SandboxValues.OPAYO_VENDOR + "</vendor><user>"
                + SandboxValues.OPAYO_REPORTING_USER + "</user><batchid>" + batch + "</batchid><startrow>1</startrow><endrow>50</endrow>",
                SandboxValues.OPAYO_REPORTING_PASSWORD);

        assertThat(rows).contains("<vendortxcode>" + paid + "</vendortxcode>");
        assertThat(sandbox.opayo().transactionsFor(paid)).extracting(EmulatedTransaction::batchId).containsExactly(batch);
    }

    // ---- fault injection --------------------------------------------------------------------------

    @Test
    void anOutageAnswersWithoutProcessing() throws IOException {
        String code = nextCode();
        String key = sessionKey();
        String card = cardIdentifier(key, SandboxCards.VISA_DEBIT);
        sandbox.opayo().faults().outage(1, 503, request -> request.path().equals("/api/v1/transactions"));

        Reply refused = Http.postJson(pi("/transactions"), auth(), payment(code, 1000, key, card, "88", "412", "GB"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(sandbox.opayo().transactionsFor(code)).isEmpty();
        assertThat(Http.postJson(pi("/transactions"), auth(), payment(code, 1000, key, card, "88", "412", "GB")).status())
                .isEqualTo(201);
    }

    @Test
    void aResetAfterProcessingTakesThePaymentAndLosesTheAnswer() throws IOException {
        String code = nextCode();
        String key = sessionKey();
        String card = cardIdentifier(key, SandboxCards.VISA_DEBIT);
        sandbox.opayo().faults().resetAfterProcessing(1.0).only(request -> request.path().equals("/api/v1/transactions"));

        assertThatThrownBy(() -> Http.postJson(pi("/transactions"), auth(), payment(code, 1000, key, card, "88", "412", "GB")))
                .isInstanceOf(IOException.class);

        // The hard case: Opayo has the payment, the caller has no answer; the Reporting API knows.
        assertThat(sandbox.opayo().transactionsFor(code)).extracting(EmulatedTransaction::status).containsExactly("Ok");
        sandbox.opayo().faults().clear();
        assertThat(reporting("<command>getTransactionDetail</command><vendor>" + SandboxValues.OPAYO_VENDOR + "</vendor><user>"
                + SandboxValues.OPAYO_REPORTING_USER + "</user><vendortxcode>" + code + "</vendortxcode>", SandboxValues.OPAYO_REPORTING_PASSWORD))
                .contains("<errorcode>0000</errorcode>");
    }

    @Test
    void anErrorRateFailsTheSameShareOfCallsForTheSameSeed() throws IOException {
        List<Integer> first = statuses(7);
        List<Integer> second = statuses(7);

        assertThat(first).isEqualTo(second).contains(503, 201);
    }

    private List<Integer> statuses(long seed) throws IOException {
        sandbox.opayo().faults().clear().seed(seed).errorRate(0.5).only(request -> request.path().equals("/api/v1/merchant-session-keys"));
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(Http.postJson(pi("/merchant-session-keys"), auth(), Map.of("vendorName", SandboxValues.OPAYO_VENDOR)).status());
        }
        sandbox.opayo().faults().clear();
        return statuses;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static String pi(String path) {
        return sandbox.opayo().piUrl() + path;
    }

    private static String nextCode() {
        return "TEST-" + CODES.incrementAndGet();
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", basic(SandboxValues.OPAYO_INTEGRATION_KEY, SandboxValues.OPAYO_INTEGRATION_PASSWORD));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String sessionKey() throws IOException {
        Reply created = Http.postJson(pi("/merchant-session-keys"), auth(), Map.of("vendorName", SandboxValues.OPAYO_VENDOR));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("merchantSessionKey").asText();
    }

    private static Map<String, Object> card(String number) {
        return Map.of("cardDetails", Map.of("cardholderName", "Ada Lovelace", "cardNumber", number,
                "expiryDate", SandboxValues.CARD_EXPIRY, "securityCode", SandboxValues.SECURITY_CODE));
    }

    private static String cardIdentifier(String key, String number) throws IOException {
        Reply created = Http.postJson(pi("/card-identifiers"), Map.of("Authorization", "Bearer " + key), card(number));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("cardIdentifier").asText();
    }

    private static Map<String, Object> payment(String code, long amount, String key, String card, String address1, String postcode,
                                               String country) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionType", "Payment");
        body.put("paymentMethod", Map.of("card", Map.of("merchantSessionKey", key, "cardIdentifier", card)));
        body.put("vendorTxCode", code);
        body.put("amount", amount);
        body.put("currency", "GBP");
        body.put("description", "Sandbox test");
        body.put("customerFirstName", "Ada");
        body.put("customerLastName", "Lovelace");
        body.put("billingAddress", Map.of("address1", address1, "city", "Glasgow", "postalCode", postcode, "country", country));
        return body;
    }

    private static Reply pay(String code, long amount, String number, String address1, String postcode, String country) throws IOException {
        String key = sessionKey();
        return Http.postJson(pi("/transactions"), auth(), payment(code, amount, key, cardIdentifier(key, number), address1, postcode, country));
    }

    private static Reply refund(String transactionId, long amount) throws IOException {
        return Http.postJson(pi("/transactions"), auth(), Map.of("transactionType", "Refund", "referenceTransactionId", transactionId,
                "vendorTxCode", nextCode(), "amount", amount, "description", "Refund"));
    }

    /** A Reporting API call: the command's elements, signed as the API requires. */
    private static String reporting(String elements, String password) throws IOException {
        String signature = md5(elements + "<password>" + password + "</password>");
        String xml = "<vspaccess>" + elements + "<signature>" + signature + "</signature></vspaccess>";
        return Http.send("POST", sandbox.opayo().reportingUrl(), Map.of("Content-Type", "application/x-www-form-urlencoded"),
                Http.form(Map.of("XML", xml))).body();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
