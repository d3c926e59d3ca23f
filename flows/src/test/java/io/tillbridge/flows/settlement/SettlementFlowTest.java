package io.tillbridge.flows.settlement;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.opayo.transactions.TransactionService;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What settlement asks Zoho for, and how many calls: customer payments by the documented {@code date}
 * filter; the credit-note refund list, which documents no filter, read once (every page) and the day
 * picked here; each credit note with a refund that day read once for its currency, and no other. A
 * refund Zoho lists without any amount is left out and named in the log; the day still reconciles.
 */
class SettlementFlowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final String INVENTORY = "/inventory/v1";

    @RegisterExtension
    static WireMockExtension zohoStub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private OpayoEmulator opayoEmulator;
    private OpayoClient opayo;
    private ZohoInventoryClient zoho;

    @BeforeEach
    void start() {
        opayoEmulator = new OpayoEmulator("sandbox", "integration-key", "integration-password", "reporter", "reporting-password", CLOCK)
                .start();
        opayo = OpayoClient.builder().environment(OpayoEnvironment.custom(opayoEmulator.piUrl(), opayoEmulator.reportingUrl()))
                .vendorName("sandbox").integrationKey(Secret.of("integration-key")).integrationPassword(Secret.of("integration-password"))
                .reporting("reporter", Secret.of("reporting-password"))
                .retry(new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(200, 200, Duration.ofSeconds(1))).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(5))).clock(CLOCK).build();
        zohoStub.stubFor(post("/oauth/v2/token").willReturn(okJson("{\"access_token\":\"1000.token\",\"expires_in\":3600,"
                + "\"api_domain\":\"" + zohoStub.baseUrl() + "\",\"token_type\":\"Bearer\"}")));
        zoho = ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create(zohoStub.baseUrl()), URI.create(zohoStub.baseUrl())))
                .organizationId("20071234567")
                .refreshToken("1000.CLIENT", Secret.of("zoho-client-secret"), Secret.of("1000.refresh-token"))
                .requestTimeout(Duration.ofSeconds(5))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)))
                .rateLimit(100_000, Duration.ofMinutes(1), Duration.ofSeconds(1))
                .clock(CLOCK).build();
    }

    @AfterEach
    void stop() {
        zoho.close();
        opayo.close();
        opayoEmulator.close();
    }

    @Test
    void zohoIsAskedForTheDaysPaymentsByDateTheRefundListOnceAndOnlyTheNotesRefundedThatDay() {
        String refund = paidAndRefunded("1", 2_500, 500);
        stubRefunds(refundRow("R1", "CN1", "2026-03-10", refund, "\"amount_fcy\":5.00,\"amount_bcy\":5.00"),
                refundRow("R0", "CN2", "2026-03-09", "an-older-refund", "\"amount_fcy\":7.00,\"amount_bcy\":7.00"));

        ReconciliationReport report = settle("CN1", "CN2");

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.ledgerNet()).containsEntry(Currency.getInstance("GBP"), Money.of("20.00", "GBP"));
        zohoStub.verify(1, getRequestedFor(urlPathEqualTo(INVENTORY + "/customerpayments")).withQueryParam("date", equalTo("2026-03-10")));
        zohoStub.verify(1, getRequestedFor(urlPathEqualTo(INVENTORY + "/creditnotes/refunds")));
        zohoStub.verify(1, getRequestedFor(urlPathEqualTo(INVENTORY + "/creditnotes/CN1")));
        zohoStub.verify(0, getRequestedFor(urlPathEqualTo(INVENTORY + "/creditnotes/CN2")));
        assertThat(zohoStub.findAll(getRequestedFor(urlPathMatching(INVENTORY + "/.*")))).hasSize(3);
    }

    @Test
    void aRefundZohoListsWithoutAnyAmountIsLeftOutAndTheDayStillReconciles() {
        String refund = paidAndRefunded("2", 4_000, 1_000);
        stubRefunds(refundRow("R2", "CN3", "2026-03-10", refund, "\"amount_fcy\":10.00"),
                refundRow("R3", "CN4", "2026-03-10", "no-amount-refund", ""));

        ReconciliationReport report = settle("CN3", "CN4");

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.ledgerNet()).containsEntry(Currency.getInstance("GBP"), Money.of("30.00", "GBP"));
        zohoStub.verify(0, getRequestedFor(urlPathEqualTo(INVENTORY + "/creditnotes/CN4")));
    }

    /**
     * A GBP payment and a refund of part of it, both in today's closed Opayo batch, the payment in Zoho's payment list.
     *
     * @return the refund's Opayo transaction id
     */
    private String paidAndRefunded(String order, long paidMinor, long refundedMinor) {
        String payment = pay("TB.SO-" + order + ".1", paidMinor);
        String refund = refund(payment, "TB.CN-" + order + ".1", refundedMinor);
        opayoEmulator.closeBatch();
        zohoStub.stubFor(get(urlPathEqualTo(INVENTORY + "/customerpayments")).willReturn(okJson("{\"code\":0,\"message\":\"success\","
                + "\"customerpayments\":[{\"payment_id\":\"P" + order + "\",\"customer_id\":\"C1\",\"amount\":"
                + Money.ofMinor(paidMinor, Currency.getInstance("GBP")).amount().toPlainString() + ",\"date\":\"2026-03-10\","
                + "\"reference_number\":\"" + payment + "\",\"currency_code\":\"GBP\",\"payment_mode\":\"creditcard\"}],"
                + "\"page_context\":{\"page\":1,\"per_page\":200,\"has_more_page\":false}}")));
        return refund;
    }

    /** Settles the day with these credit notes (all in GBP) in Zoho. */
    private ReconciliationReport settle(String... creditNotes) {
        for (String note : creditNotes) {
            stubCreditNote(note, "GBP");
        }
        return new SettlementFlow(zoho, opayo, Reconciler.builder().build(), ZoneId.of("Europe/London")).run(DAY);
    }

    private String pay(String vendorTxCode, long minor) {
        MerchantSessionKey key = opayo.merchantSessionKeys().create();
        var card = opayo.sandboxCardIdentifiers().create(key,
                new SandboxCard("Sam Shopper", SandboxCards.VISA_DEBIT, "1229", SandboxCards.SECURITY_CODE));
        TransactionOutcome outcome = opayo.transactions().payment(PaymentRequest.builder()
                .card(CardPayment.singleUse(key.key(), card.identifier())).vendorTxCode(vendorTxCode).amount(minor, "GBP")
                .description("Sales order").customer("Sam", "Shopper")
                .billingAddress(new BillingAddress(SandboxCards.ADDRESS_1 + " High St", null, "Bristol", SandboxCards.POSTCODE, "GB", null))
                .build());
        assertThat(outcome).isInstanceOf(TransactionOutcome.Authorised.class);
        return ((TransactionOutcome.Authorised) outcome).transactionId();
    }

    private String refund(String original, String vendorTxCode, long minor) {
        TransactionOutcome outcome = opayo.transactions().refund(new RefundRequest(original, vendorTxCode, minor, "Refund"));
        assertThat(outcome).isInstanceOf(TransactionOutcome.Authorised.class);
        return ((TransactionOutcome.Authorised) outcome).transactionId();
    }

    private static void stubRefunds(String... rows) {
        zohoStub.stubFor(get(urlPathEqualTo(INVENTORY + "/creditnotes/refunds")).willReturn(okJson("{\"code\":0,\"message\":\"success\","
                + "\"creditnote_refunds\":[" + String.join(",", rows) + "],"
                + "\"page_context\":{\"page\":1,\"per_page\":200,\"has_more_page\":false}}")));
    }

    private static String refundRow(String id, String note, String date, String reference, String amounts) {
        return "{\"creditnote_refund_id\":\"" + id + "\",\"creditnote_id\":\"" + note + "\",\"date\":\"" + date + "\","
                + "\"refund_mode\":\"creditcard\",\"reference_number\":\"" + reference + "\"" + (amounts.isEmpty() ? "" : "," + amounts) + "}";
    }

    private static void stubCreditNote(String id, String currency) {
        zohoStub.stubFor(get(urlPathEqualTo(INVENTORY + "/creditnotes/" + id)).willReturn(okJson("{\"code\":0,\"message\":\"success\","
                + "\"creditnote\":{\"creditnote_id\":\"" + id + "\",\"creditnote_number\":\"CN-" + id + "\",\"currency_code\":\""
                + currency + "\",\"status\":\"closed\",\"total\":10.00,\"balance\":0}}")));
    }
}
