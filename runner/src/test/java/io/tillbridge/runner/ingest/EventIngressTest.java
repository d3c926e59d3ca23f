package io.tillbridge.runner.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.client.Secret;
import io.tillbridge.runner.TestDatabases;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.zoho.webhook.ZohoWebhooks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ingress never starts the runner here: what was scheduled is read from the executions table. */
class EventIngressTest {

    private static final String REDIRECT = "https://shop.example/thanks";
    private static final Secret KEY = Secret.of("JEUPDN1N7E");
    private static final Secret ZOHO_SECRET = Secret.of("a-long-shared-secret-set-in-zoho");

    private TillbridgeRunner runner;
    private EventIngress ingress;

    @BeforeEach
    void setUp() {
        DataSource dataSource = TestDatabases.h2();
        runner = TillbridgeRunner.builder(dataSource).applySchema(true).work("opayo-payment", id -> { }).work("order", id -> { })
                .work("refund", id -> { }).work("test", id -> { }).build();
        EventDecoder test = event -> switch (event.header("X-Type").orElse("")) {
            case "work" -> new EventDecoder.Work(event.header("X-Id").orElseThrow(), "test", "subject-" + event.header("X-Id").get());
            case "nothing" -> new EventDecoder.Ignore(event.header("X-Id").orElseThrow(), "not for us");
            case "bad-signature" -> new EventDecoder.Reject(EventDecoder.Reason.UNAUTHENTIC, "signature does not match");
            case "kind-not-configured" -> new EventDecoder.Work("k-1", "nobody", "x");
            case "throws" -> throw new IllegalStateException("decoder bug with secret " + KEY.reveal());
            default -> new EventDecoder.Reject(EventDecoder.Reason.UNKNOWN_TYPE, "unknown event type");
        };
        ingress = runner.ingress(Map.of(
                "zoho", ZohoWebhooksSource.source(ZohoWebhooks.sharedSecretInHeader(ZOHO_SECRET, "X-Tillbridge-Secret"), "order", "refund"),
                "opayo", OpayoNotifications.source("", KEY, "opayo-payment", REDIRECT),
                "test", new EventIngress.Source(test, EventIngress.Replies.PLAIN)), 4096);
    }

    @AfterEach
    void tearDown() {
        runner.close();
    }

    private static InboundEvent event(String type, String id) {
        return new InboundEvent(Map.of("x-type", List.of(type), "X-Id", List.of(id)), "", "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aVerifiedDeliveryIsScheduledOnceAndItsReplayAcknowledgedWithoutScheduling() {
        assertThat(ingress.handle("test", event("work", "e-1"))).extracting(EventIngress.Reply::status).isEqualTo(200);
        assertThat(runner.pendingWork()).isEqualTo(1);

        EventIngress.Reply replay = ingress.handle("test", event("work", "e-1"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).startsWith("duplicate");
        assertThat(runner.pendingWork()).isEqualTo(1);
    }

    @Test
    void refusedDeliveriesScheduleNothing() {
        record Case(InboundEvent event, int status) {
        }
        List<Case> cases = List.of(
                new Case(event("bad-signature", "e-2"), 401),
                new Case(event("mystery", "e-3"), 422),
                new Case(event("throws", "e-4"), 400),
                new Case(new InboundEvent(Map.of("X-Type", List.of("work"), "X-Id", List.of("e-5")), "", new byte[4097]), 413),
                new Case(event("kind-not-configured", "e-6"), 503));
        for (Case c : cases) {
            EventIngress.Reply reply = ingress.handle("test", c.event());
            assertThat(reply.status()).as(c.event() + " → " + reply.body()).isEqualTo(c.status());
            assertThat(reply.body()).doesNotContain(KEY.reveal());
        }
        assertThat(ingress.handle("nowhere", event("work", "e-7")).status()).isEqualTo(404);
        assertThat(runner.pendingWork()).isZero();
    }

    @Test
    void aDeliveryThatCouldNotBeScheduledIsTakenWhenItIsSentAgain() {
        assertThat(ingress.handle("test", event("kind-not-configured", "k-1")).status()).isEqualTo(503);
        // The id was forgotten: the same delivery again is not mistaken for a replay.
        assertThat(ingress.handle("test", event("kind-not-configured", "k-1")).status()).isEqualTo(503);
    }

    @Test
    void anIgnoredEventIsAcknowledgedAndNothingIsScheduled() {
        EventIngress.Reply reply = ingress.handle("test", event("nothing", "e-8"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("ignored");
        assertThat(runner.pendingWork()).isZero();
    }

    /** Opayo's published notification test vector (reference: opayo.md §3.2), vendor name empty. */
    private static Map<String, String> opayoVector() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("VPSProtocol", "3.00");
        fields.put("TxType", "PAYMENT");
        fields.put("VPSTxId", "{F955C22E-F67B-4DA3-8EA3-6DAC68FA59D2}");
        fields.put("VendorTxCode", "438791");
        fields.put("Status", "OK");
        fields.put("TxAuthNo", "4255");
        fields.put("AVSCV2", "c");
        fields.put("AddressResult", "d");
        fields.put("PostCodeResult", "e");
        fields.put("CV2Result", "f");
        fields.put("GiftAid", "g");
        fields.put("3DSecureStatus", "h");
        fields.put("CAVV", "i");
        fields.put("AddressStatus", "j");
        fields.put("PayerStatus", "k");
        fields.put("CardType", "l");
        fields.put("Last4Digits", "1234");
        fields.put("DeclineCode", "00");
        fields.put("ExpiryDate", "0722");
        fields.put("BankAuthCode", "999777");
        fields.put("VPSSignature", "285765407193FAA9B8E432E6B55F5849");
        return fields;
    }

    private static InboundEvent form(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.ISO_8859_1) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.ISO_8859_1))
                .collect(Collectors.joining("&"));
        return new InboundEvent(Map.of("Content-Type", List.of("application/x-www-form-urlencoded")), "",
                body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anOpayoNotificationThatTookMoneyIsScheduledForItsTransactionAndAnsweredInOpayosForm() {
        EventIngress.Reply reply = ingress.handle("opayo", form(opayoVector()));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("Status=OK\r\nRedirectURL=" + REDIRECT);
        assertThat(runner.pendingWork()).isEqualTo(1);

        // Opayo sends it again when our answer was lost: OK again, nothing scheduled twice.
        assertThat(ingress.handle("opayo", form(opayoVector())).body()).startsWith("Status=OK");
        assertThat(runner.pendingWork()).isEqualTo(1);
    }

    @Test
    void aTamperedOpayoNotificationIsAnsweredInvalidAndNothingIsScheduled() {
        Map<String, String> tampered = opayoVector();
        tampered.put("VendorTxCode", "438792");
        EventIngress.Reply reply = ingress.handle("opayo", form(tampered));
        assertThat(reply.status()).isEqualTo(200); // Opayo reads the body, not the status
        assertThat(reply.body()).startsWith("Status=INVALID\r\nRedirectURL=" + REDIRECT);
        assertThat(ingress.handle("opayo", new InboundEvent(Map.of(), "", "not a form".getBytes(StandardCharsets.UTF_8))).body())
                .startsWith("Status=INVALID");
        assertThat(runner.pendingWork()).isZero();
    }

    private static InboundEvent zoho(String secret, String body) {
        return new InboundEvent(secret == null ? Map.of() : Map.of("x-tillbridge-secret", List.of(secret)), "event=salesorder.confirmed",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CONFIRMED = "{\"salesorder\":{\"salesorder_id\":\"4815000000044895\",\"salesorder_number\":\"SO-00042\","
            + "\"status\":\"confirmed\",\"order_status\":\"confirmed\",\"total\":89.51,\"currency_code\":\"GBP\"}}";

    private static final String OPEN_NOTE = "{\"creditnote\":{\"creditnote_id\":\"4815000000055001\",\"creditnote_number\":\"CN-00007\","
            + "\"status\":\"open\",\"total\":12.50,\"balance\":12.50,\"currency_code\":\"GBP\"}}";

    @Test
    void zohoWebhooksTable() {
        record Case(String name, InboundEvent delivery, int status, int scheduledAfter) {
        }
        List<Case> cases = List.of(
                new Case("wrong secret", zoho("not-the-secret", CONFIRMED), 401, 0),
                new Case("no secret", zoho(null, CONFIRMED), 401, 0),
                new Case("oversize", zoho(ZOHO_SECRET.reveal(), CONFIRMED + " ".repeat(5000)), 413, 0),
                new Case("unknown entity", zoho(ZOHO_SECRET.reveal(), "{\"vendorcredit\":{\"id\":\"1\"}}"), 422, 0),
                new Case("not JSON", zoho(ZOHO_SECRET.reveal(), "salesorder_id=1"), 400, 0),
                new Case("draft order", zoho(ZOHO_SECRET.reveal(), CONFIRMED.replace("confirmed", "draft")), 200, 0),
                new Case("confirmed order", zoho(ZOHO_SECRET.reveal(), CONFIRMED), 200, 1),
                new Case("the same delivery again", zoho(ZOHO_SECRET.reveal(), CONFIRMED), 200, 1),
                new Case("closed credit note", zoho(ZOHO_SECRET.reveal(), OPEN_NOTE.replace("open", "closed")), 200, 1),
                new Case("credit note without id", zoho(ZOHO_SECRET.reveal(), "{\"creditnote\":{\"status\":\"open\"}}"), 400, 1),
                new Case("open credit note: a refund", zoho(ZOHO_SECRET.reveal(), OPEN_NOTE), 200, 2));
        for (Case c : cases) {
            EventIngress.Reply reply = ingress.handle("zoho", c.delivery());
            assertThat(reply.status()).as(c.name() + " → " + reply.body()).isEqualTo(c.status());
            assertThat(runner.pendingWork()).as(c.name()).isEqualTo(c.scheduledAfter());
            assertThat(reply.body()).doesNotContain(ZOHO_SECRET.reveal());
        }
    }
}
