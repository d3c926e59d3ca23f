package io.tillbridge.sandbox.kashflow;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator against raw HTTP, as the reference describes KashFlow — no Tillbridge client involved. */
class KashFlowEmulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORD = "pineapple";

    private final HttpClient http = HttpClient.newHttpClient();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private KashFlowEmulator emulator;

    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void start() {
        emulator = new KashFlowEmulator("user@example.com", "secret-pass", WORD, clock).start();
        emulator.seedCustomer("SHA01", "Shakespeare & Co", "GB");
        emulator.seedBankAccount(7, "Current");
        emulator.seedNominal(17387826, 4000, "Sales");
        emulator.seedInvoice(1042, "SHA01", "GBP", new BigDecimal("100.00"), new BigDecimal("20"));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Answer send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.restUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "KfToken " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    private Answer soap(String method, String parameters, String password) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soap:Body><" + method + " xmlns=\"KashFlow\">"
                + "<UserName>user@example.com</UserName><Password>" + password + "</Password>" + parameters + "</" + method
                + "></soap:Body></soap:Envelope>";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.soapUrl()))
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"KashFlow/" + method + "\"").build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** Both login steps with the right characters; returns the session token. */
    private String login() throws Exception {
        JsonNode step1 = send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"secret-pass\"}").json();
        ObjectNode step2 = JSON.createObjectNode().put("TemporaryToken", step1.get("TemporaryToken").asText());
        ArrayNode characters = step2.putArray("MemorableWordList");
        for (JsonNode asked : step1.get("MemorableWordList")) {
            int position = asked.get("Position").asInt();
            characters.addObject().put("Position", position).put("Value", String.valueOf(WORD.charAt(position - 1)).toUpperCase());
        }
        Answer answer = send("PUT", "/sessiontoken", null, step2.toString());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("SessionToken").asText();
    }

    @Test
    void theLoginAsksForThreeDistinctPositionsAndIssuesASessionToken() throws Exception {
        JsonNode step1 = send("POST", "/sessiontoken", null, "{\"username\":\"user@example.com\",\"password\":\"secret-pass\"}").json();
        assertThat(step1.get("MemorableWordList")).hasSize(3);
        assertThat(step1.get("TemporaryToken").asText()).matches("[0-9a-f-]{36}");
        String token = login();
        assertThat(send("GET", "/invoices/1042", token, null).status()).isEqualTo(200);
        assertThat(emulator.logins()).isEqualTo(1);
    }

    @Test
    void aWrongCharacterIsRefusedAndTheTemporaryTokenIsSpent() throws Exception {
        JsonNode step1 = send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"secret-pass\"}").json();
        ObjectNode step2 = JSON.createObjectNode().put("TemporaryToken", step1.get("TemporaryToken").asText());
        ArrayNode characters = step2.putArray("MemorableWordList");
        for (JsonNode asked : step1.get("MemorableWordList")) {
            characters.addObject().put("Position", asked.get("Position").asInt()).put("Value", "z");
        }
        assertThat(send("PUT", "/sessiontoken", null, step2.toString()).status()).isEqualTo(400);
        Answer again = send("PUT", "/sessiontoken", null, step2.toString());
        assertThat(again.json().get("Error").asText()).isEqualTo("InvalidTemporaryToken");
    }

    @Test
    void repeatedFailedLoginsLockTheAccountUntilUnlocked() throws Exception {
        emulator.lockAfter(3);
        for (int i = 0; i < 2; i++) {
            assertThat(send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"wrong\"}").status())
                    .isEqualTo(400);
        }
        Answer third = send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"wrong\"}");
        assertThat(third.status()).isEqualTo(401);
        assertThat(third.json().get("Error").asText()).isEqualTo("AccountLocked");
        Answer right = send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"secret-pass\"}");
        assertThat(right.json().get("Error").asText()).isEqualTo("AccountLocked");
        emulator.unlock();
        assertThat(login()).isNotBlank();
    }

    @Test
    void failedSoapLoginsCountTowardsTheSameLockOut() throws Exception {
        emulator.lockAfter(3);
        assertThat(soap("GetInvPayMethods", "", "wrong").body()).contains("<Status>NO</Status>", "Incorrect username or password");
        assertThat(soap("GetInvPayMethods", "", "secret-pass").body()).contains("<Status>OK</Status>"); // a right one resets the count
        assertThat(soap("GetInvPayMethods", "", "wrong").body()).contains("Incorrect username or password");
        assertThat(send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"wrong\"}").status())
                .isEqualTo(400);
        assertThat(emulator.locked()).isFalse();
        assertThat(soap("GetInvPayMethods", "", "wrong").body()).contains("<Status>NO</Status>", "locked");
        assertThat(emulator.locked()).isTrue();
        assertThat(soap("GetInvPayMethods", "", "secret-pass").body()).contains("<Status>NO</Status>", "locked");
        Answer rest = send("POST", "/sessiontoken", null, "{\"UserName\":\"user@example.com\",\"Password\":\"secret-pass\"}");
        assertThat(rest.json().get("Error").asText()).isEqualTo("AccountLocked");
    }

    @Test
    void latencyIsAppliedAsWireMocksFixedDelayToTheSelectedCallsOnly() throws Exception {
        // Read back from WireMock's own request journal, not timed: the delay is the one configured, and only where selected.
        emulator.faults().latency(Duration.ofMillis(20)).only(r -> r.path().equals("/api/service.asmx"));
        assertThat(soap("GetInvPayMethods", "", "secret-pass").status()).isEqualTo(200);
        assertThat(send("GET", "/invoices/1042", null, null).status()).isEqualTo(401);
        JsonNode journal = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/__admin/requests")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        java.util.Map<String, JsonNode> byPath = new java.util.HashMap<>();
        for (JsonNode event : journal.get("requests")) {
            byPath.put(event.at("/request/url").asText(), event);
        }
        JsonNode soapCall = byPath.get("/api/service.asmx");
        JsonNode restCall = byPath.get("/v2/invoices/1042");
        assertThat(soapCall.at("/responseDefinition/fixedDelayMilliseconds").asInt()).isEqualTo(20);
        assertThat(soapCall.at("/timing/addedDelay").asInt()).isEqualTo(20);
        assertThat(restCall.at("/responseDefinition/fixedDelayMilliseconds").isMissingNode()
                || restCall.at("/responseDefinition/fixedDelayMilliseconds").isNull()).isTrue();
        assertThat(restCall.at("/timing/addedDelay").asInt()).isZero();
        emulator.faults().clear();
    }

    @Test
    void theSessionSlidesAndExpiresAfterItsIdleLimit() throws Exception {
        String token = login();
        clock.advance(Duration.ofMinutes(59));
        assertThat(send("GET", "/invoices/1042", token, null).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(59));
        assertThat(send("GET", "/invoices/1042", token, null).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(60));
        Answer expired = send("GET", "/invoices/1042", token, null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("Error").asText()).isEqualTo("InvalidSessionToken");
    }

    @Test
    void expireSessionsAndLogoutEndTokensAtOnce() throws Exception {
        String token = login();
        emulator.expireSessions();
        assertThat(send("GET", "/invoices/1042", token, null).status()).isEqualTo(401);
        String second = login();
        assertThat(send("DELETE", "/sessiontoken", second, null).status()).isEqualTo(204);
        assertThat(send("GET", "/invoices/1042", second, null).status()).isEqualTo(401);
        assertThat(emulator.activeSessions()).isZero();
    }

    @Test
    void anyOtherAuthorisationSchemeIsRefused() throws Exception {
        String token = login();
        HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(emulator.restUrl() + "/invoices/1042"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(401);
    }

    @Test
    void aSoapPaymentUpdatesPaymentLinesPaidStateAndTheBank() throws Exception {
        String payment = "<InvoicePayment><PayID>0</PayID><PayInvoice>1042</PayInvoice><PayDate>2026-12-01T12:00:00</PayDate>"
                + "<PayNote>SHOP-1</PayNote><PayAmount>120.00</PayAmount><PayMethod>3</PayMethod><PayAccount>7</PayAccount></InvoicePayment>";
        Answer answer = soap("InsertInvoicePayment", payment, "secret-pass");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<Status>OK</Status>").containsPattern("<InsertInvoicePaymentResult>\\d+</InsertInvoicePaymentResult>");
        JsonNode invoice = send("GET", "/invoices/1042", login(), null).json();
        assertThat(invoice.get("Status").asText()).isEqualTo("Paid");
        assertThat(invoice.get("TotalPaidAmount").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(invoice.get("PaymentLines").get(0).get("Note").asText()).isEqualTo("SHOP-1");
        assertThat(emulator.bankTransactions(7)).singleElement().satisfies(t -> {
            assertThat(t.get("TransactionType").asInt()).isEqualTo(1);
            assertThat(t.get("ResourceNumber").asInt()).isEqualTo(1042);
        });
        assertThat(soap("GetInvoicePayment", "<InvoiceNumber>1042</InvoiceNumber>", "secret-pass").body())
                .contains("<PayNote>SHOP-1</PayNote>", "<PayAmount>120.00</PayAmount>");
        long id = invoice.get("PaymentLines").get(0).get("Id").asLong();
        assertThat(soap("DeleteInvoicePayment", "<InvoicePaymentNumber>" + id + "</InvoicePaymentNumber>", "secret-pass").body())
                .contains("<Status>OK</Status>");
        assertThat(emulator.invoice(1042).get("Status").asText()).isEqualTo("Unpaid");
        assertThat(emulator.bankTransactions(7)).isEmpty();
    }

    @Test
    void soapRefusalsComeAsStatusNoUnderHttp200() throws Exception {
        Answer badLogin = soap("GetInvPayMethods", "", "wrong");
        assertThat(badLogin.status()).isEqualTo(200);
        assertThat(badLogin.body()).contains("<Status>NO</Status>", "Incorrect username or password");
        String tooPrecise = "<InvoicePayment><PayInvoice>1042</PayInvoice><PayDate>2026-12-01T12:00:00</PayDate>"
                + "<PayAmount>1.005</PayAmount><PayMethod>3</PayMethod><PayAccount>7</PayAccount></InvoicePayment>";
        assertThat(soap("InsertInvoicePayment", tooPrecise, "secret-pass").body()).contains("<Status>NO</Status>", "decimal places");
        assertThat(soap("GetCustomer", "<CustomerCode>NOPE</CustomerCode>", "secret-pass").body())
                .contains("There is no customer with that code");
        assertThat(soap("GetCustomer", "<CustomerCode>SHA01</CustomerCode>", "secret-pass").body())
                .contains("<Status>OK</Status><StatusDetail>Found Customer</StatusDetail>", "<ExtraText20></ExtraText20>");
    }

    @Test
    void unknownSoapMethodsAndUntypedJournalLinesAreFaults() throws Exception {
        Answer unknown = soap("GetEverything", "", "secret-pass");
        assertThat(unknown.status()).isEqualTo(500);
        assertThat(unknown.body()).contains("soap:Fault");
        String untyped = "<Jnl><JournalDate>2026-12-01T12:00:00</JournalDate><Comment>R</Comment><Lines>"
                + "<anyType><NominalID>1</NominalID><Amount>1</Amount></anyType><anyType><NominalID>2</NominalID><Amount>-1</Amount></anyType>"
                + "</Lines></Jnl>";
        assertThat(soap("InsertJournal", untyped, "secret-pass").status()).isEqualTo(500);
        String typed = untyped.replace("<anyType>", "<anyType xsi:type=\"JournalLine\">");
        assertThat(soap("InsertJournal", typed, "secret-pass").body()).contains("<InsertJournalResult>1</InsertJournalResult>");
        assertThat(emulator.journals()).hasSize(1);
        String unbalanced = typed.replace("<Amount>-1</Amount>", "<Amount>-2</Amount>");
        assertThat(soap("InsertJournal", unbalanced, "secret-pass").body()).contains("does not balance");
    }

    @Test
    void customFieldsAndCountryRulesOnUpdateCustomer() throws Exception {
        assertThat(soap("UpdateCustomer", "<custr><Code>SHA01</Code><ExtraText2>tx-9</ExtraText2><CheckBox1>1</CheckBox1></custr>",
                "secret-pass").body()).contains("<Status>OK</Status>");
        assertThat(emulator.customer("SHA01").get("ExtraText2").asText()).isEqualTo("tx-9");
        assertThat(soap("UpdateCustomer", "<custr><Code>SHA01</Code><CountryCode>GR</CountryCode></custr>", "secret-pass").body())
                .contains("<Status>NO</Status>", "EL");
        assertThat(soap("UpdateCustomer", "<custr><Code>SHA01</Code><ExtraText21>x</ExtraText21></custr>", "secret-pass").status())
                .isEqualTo(500);
    }

    @Test
    void isStrictAboutRoutesParametersAndFields() throws Exception {
        String token = login();
        assertThat(send("GET", "/widgets", token, null).status()).isEqualTo(404);
        assertThat(send("GET", "/invoices?colour=blue", token, null).json().get("Error").asText()).isEqualTo("InvalidParameter");
        assertThat(send("GET", "/invoices?sortby=Colour", token, null).status()).isEqualTo(400);
        assertThat(send("PATCH", "/invoices/1042", token, "{}").status()).isEqualTo(405);
        Answer unknownField = send("POST", "/invoices", token, "{\"CustomerCode\":\"SHA01\",\"Colour\":\"red\",\"LineItems\":[]}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("Message").asText()).contains("Colour");
        assertThat(send("GET", "/invoices/77", token, null).status()).isEqualTo(404);
        assertThat(send("GET", "/bankaccounts/abc/transactions", token, null).status()).isEqualTo(400);
        assertThat(send("POST", "/bankaccounts/7/transactions", token, "{\"PaidIn\":1,\"MoneyOut\":1,\"Comment\":\"x\"}").status())
                .isEqualTo(400);
    }

    @Test
    void aSeededErrorRateFailsCallsBeforeProcessingThemRepeatably() throws Exception {
        String token = login();
        emulator.faults().seed(3).errorRate(0.5).only(r -> r.path().startsWith("/v2/invoices"));
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            first.append(send("GET", "/invoices/1042", token, null).status() == 200 ? 'o' : 'x');
        }
        emulator.faults().seed(3);
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            second.append(send("GET", "/invoices/1042", token, null).status() == 200 ? 'o' : 'x');
        }
        assertThat(first.toString()).contains("o", "x").isEqualTo(second.toString());
        emulator.faults().clear();
    }

    @Test
    void listsPageWithDataAndMetaDataAndSummariesHaveNoLines() throws Exception {
        for (int n = 2000; n < 2005; n++) {
            emulator.seedInvoice(n, "SHA01", "EUR", BigDecimal.TEN, BigDecimal.ZERO);
        }
        String token = login();
        JsonNode first = send("GET", "/invoices?page=1&perpage=4", token, null).json();
        assertThat(first.get("Data")).hasSize(4);
        assertThat(first.get("MetaData").get("TotalRecords").asInt()).isEqualTo(6);
        assertThat(first.get("MetaData").get("NextPageUrl").isNull()).isFalse();
        assertThat(first.get("Data").get(0).get("LineItems").isNull()).isTrue();
        JsonNode second = send("GET", "/invoices?page=2&perpage=4", token, null).json();
        assertThat(second.get("Data")).hasSize(2);
        assertThat(second.get("MetaData").get("NextPageUrl").isNull()).isTrue();
    }

    @Test
    void bulkPaymentsPayEveryInvoiceAndCanBeRead() throws Exception {
        String token = login();
        Answer posted = send("POST", "/invoices/bulk/payments", token, "{\"Date\":\"2026-12-01 12:00:00\",\"Comment\":\"batch\","
                + "\"AccountId\":7,\"Method\":3,\"PaymentItems\":[{\"ObjectNumber\":1042,\"Amount\":20.00}]}");
        assertThat(posted.status()).isEqualTo(201);
        int number = posted.json().get("Number").asInt();
        assertThat(send("GET", "/invoices/bulk/payments/" + number, token, null).status()).isEqualTo(200);
        assertThat(emulator.invoice(1042).get("Status").asText()).isEqualTo("Partially Paid");
        assertThat(emulator.invoice(1042).get("PaymentLines").get(0).get("BulkId").isNull()).isFalse();
    }

    @Test
    void faultsThrottleHtmlOutageAndResetAfterProcessing() throws Exception {
        String token = login();
        emulator.throttle(1, 7);
        Answer throttled = send("GET", "/invoices/1042", token, null);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.raw().headers().firstValue("Retry-After")).contains("7");
        emulator.answerHtml(1);
        Answer html = send("GET", "/invoices/1042", token, null);
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.body()).startsWith("<!DOCTYPE html>");
        emulator.faults().outage(1, 503);
        assertThat(send("GET", "/invoices/1042", token, null).status()).isEqualTo(503);
        emulator.faults().resetAfterProcessing(1.0).only(r -> r.path().equals("/api/service.asmx"));
        String payment = "<InvoicePayment><PayInvoice>1042</PayInvoice><PayDate>2026-12-01T12:00:00</PayDate><PayNote>R-1</PayNote>"
                + "<PayAmount>10.00</PayAmount><PayMethod>3</PayMethod><PayAccount>7</PayAccount></InvoicePayment>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> soap("InsertInvoicePayment", payment, "secret-pass"))
                .isInstanceOf(IOException.class);
        emulator.faults().clear();
        assertThat(emulator.invoice(1042).get("PaymentLines")).hasSize(1); // processed before the reset
    }
}
