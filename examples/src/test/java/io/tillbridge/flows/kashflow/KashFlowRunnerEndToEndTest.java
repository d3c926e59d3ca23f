package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.Secret;
import io.tillbridge.examples.KashFlowRunnerInstance;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.runner.WorkFinder;
import io.tillbridge.runner.ingest.EventIngress;
import io.tillbridge.runner.ingest.InboundEvent;
import io.tillbridge.runner.kashflow.KashFlowWork;
import io.tillbridge.runner.poll.OpayoReportingFinder;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Opayo → KashFlow pair through the runner: a signed Opayo Server notification → {@code EventIngress} →
 * {@code TillbridgeRunner} ({@code kashflow-payment}) → {@link KashFlowPaymentFlow} → one invoice payment in
 * the KashFlow emulator; and Opayo Reporting polled for the day. In the flows' test package to share
 * {@link KashFlowWorld}; the runner's clock is the world's, standing still unless a test moves it.
 */
class KashFlowRunnerEndToEndTest {

    private static final String VENDOR = "tillbridge";
    private static final Secret SECURITY_KEY = Secret.of("JEUPDN1N7E");
    private static final Duration POLL = Duration.ofMinutes(1);

    private final KashFlowWorld world = new KashFlowWorld();
    private final DataSource database = h2();
    private final FlowStore store = JdbcFlowStore.builder(database).clock(world.clock).migrate(true).build();

    @AfterEach
    void close() {
        world.close();
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:kashflow-runner-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The host's record of its refunds: the emulator knows which payment each refunded. */
    private Optional<String> refundedPayment(String refundId, String refundCode) {
        List<EmulatedTransaction> all = world.opayoEmulator.transactions();
        return all.stream().filter(t -> t.transactionId().equals(refundId)).map(EmulatedTransaction::referenceId).findFirst()
                .flatMap(paymentId -> all.stream().filter(t -> t.transactionId().equals(paymentId)).findFirst())
                .map(EmulatedTransaction::vendorTxCode);
    }

    private KashFlowRunnerInstance instance(Duration pollEvery) {
        return new KashFlowRunnerInstance(database, store, world.opayo, world.kashflow, KashFlowWorld.settings(null), VENDOR,
                SECURITY_KEY, this::refundedPayment, "kashflow-1", world.clock, pollEvery);
    }

    /** A Server notification for a transaction that took money, signed as Opayo signs it (reference: opayo.md §3.2). */
    private static InboundEvent notification(String transactionId, String vendorTxCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("VPSProtocol", "3.00");
        fields.put("TxType", "PAYMENT");
        fields.put("VPSTxId", "{" + transactionId + "}");
        fields.put("VendorTxCode", vendorTxCode);
        fields.put("Status", "OK");
        fields.put("TxAuthNo", "4255");
        // Every other signed field is absent, so empty in the signed string.
        String signed = "{" + transactionId + "}" + vendorTxCode + "OK" + "4255" + VENDOR + SECURITY_KEY.reveal();
        fields.put("VPSSignature", md5(signed));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.ISO_8859_1) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.ISO_8859_1))
                .collect(Collectors.joining("&"));
        return new InboundEvent(Map.of("Content-Type", List.of("application/x-www-form-urlencoded")), "",
                body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032X", new BigInteger(1, digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private long paymentsPosted() {
        return world.kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"));
    }

    private long linesWith(int invoice, String reference) {
        long n = 0;
        for (JsonNode line : world.kashflowEmulator.invoice(invoice).get("PaymentLines")) {
            n += reference.equals(line.path("Note").asText()) ? 1 : 0;
        }
        return n;
    }

    @Test
    void aSignedNotificationIsPostedOnceThroughTheRunnerAndItsRedeliveryPostsNothingMore() throws InterruptedException {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        OpayoPayment payment = world.invoicePaid(2001, "ADA01", "GBP", "10.00");
        String subject = "{" + payment.transactionId() + "}";
        try (KashFlowRunnerInstance host = instance(null).start()) {
            EventIngress.Reply reply = host.ingress.handle("opayo", notification(payment.transactionId(), payment.vendorTxCode()));
            assertThat(reply.body()).startsWith("Status=OK\r\nRedirectURL=" + KashFlowRunnerInstance.REDIRECT);

            await(() -> host.runsOf(KashFlowWork.PAYMENTS, subject) == 1, () -> "the notified payment to run: " + host.runs);
            assertThat(linesWith(2001, payment.transactionId())).isEqualTo(1);
            assertThat(world.kashflowEmulator.invoice(2001).get("PaymentLines")).hasSize(1);
            assertThat(world.kashflowEmulator.customer("ADA01").get("ExtraText1").asText()).isEqualTo(payment.transactionId());
            assertThat(paymentsPosted()).isEqualTo(1);

            // Opayo sends the notification again (our answer was lost): acknowledged, nothing scheduled, nothing posted.
            EventIngress.Reply again = host.ingress.handle("opayo", notification(payment.transactionId(), payment.vendorTxCode()));
            assertThat(again.body()).startsWith("Status=OK");
            assertThat(host.runner.pendingWork()).isZero();
            // Even work scheduled again for it (by hand, or by another route) finds it posted.
            host.runner.submit(KashFlowWork.PAYMENTS, subject, payment.vendorTxCode());
            await(() -> host.runsOf(KashFlowWork.PAYMENTS, subject) == 2, () -> "the second run: " + host.runs);
            assertThat(paymentsPosted()).isEqualTo(1);
            assertThat(linesWith(2001, payment.transactionId())).isEqualTo(1);
            assertThat(store.openDeadLetters()).isEmpty();
        }
    }

    @Test
    void aNotificationForAnInvoiceKashFlowLacksIsDeadLetteredNamingTheFieldAndThatMoneyMoved() throws InterruptedException {
        world.charge("SHOP.9999.1", 1200, "GBP");
        OpayoPayment payment = world.read("SHOP.9999.1", null);
        try (KashFlowRunnerInstance host = instance(null).start()) {
            host.ingress.handle("opayo", notification(payment.transactionId(), payment.vendorTxCode()));
            await(() -> !store.openDeadLetters().isEmpty(), () -> "a dead letter: " + host.runs);
        }
        assertThat(store.openDeadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.subject()).isEqualTo(payment.transactionId());
            assertThat(letter.reason()).contains("vendorTxCode").contains("9999").contains("nothing posted in KashFlow");
            assertThat(letter.money().movement()).isEqualTo(io.tillbridge.flows.store.MoneyMoved.Movement.CHARGED);
        });
        assertThat(paymentsPosted()).isZero();
    }

    @Test
    void aPolledPaymentAndTheSamePaymentNotifiedArePostedOnceAndAPolledRefundOnce() throws InterruptedException {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        OpayoPayment notified = world.invoicePaid(2001, "ADA01", "GBP", "10.00");
        OpayoPayment polledOnly = world.invoicePaid(2002, "ADA01", "GBP", "20.00");
        String notifiedSubject = "{" + notified.transactionId() + "}";
        String polledSubject = "{" + polledOnly.transactionId() + "}";
        try (KashFlowRunnerInstance host = instance(POLL)) {
            host.ingress.handle("opayo", notification(notified.transactionId(), notified.vendorTxCode()));
            host.start();
            world.clock.advance(POLL); // the polls are due
            await(() -> host.runsOf(KashFlowWork.PAYMENTS, notifiedSubject) >= 1 && host.runsOf(KashFlowWork.PAYMENTS, polledSubject) >= 1,
                    () -> "both payments to run: " + host.runs);
            assertThat(linesWith(2001, notified.transactionId())).isEqualTo(1);
            assertThat(linesWith(2002, polledOnly.transactionId())).isEqualTo(1);
            assertThat(paymentsPosted()).isEqualTo(2);

            // The host polls the whole day again (before its settlement, say): both are scheduled and run again, posting nothing.
            WorkFinder.Batch day = OpayoReportingFinder.payments(world.opayo.reporting(), world.clock, KashFlowWorld.UK)
                    .day(LocalDate.ofInstant(world.clock.instant(), KashFlowWorld.UK));
            assertThat(day.subjects()).contains(notifiedSubject, polledSubject);
            int notifiedRuns = host.runsOf(KashFlowWork.PAYMENTS, notifiedSubject);
            day.subjects().forEach(s -> host.runner.submit(KashFlowWork.PAYMENTS, s, day.payloads().get(s)));
            await(() -> host.runsOf(KashFlowWork.PAYMENTS, notifiedSubject) > notifiedRuns, () -> "the day again: " + host.runs);
            await(() -> host.runner.pendingWork() == 0 && host.runner.runningWork() == 0, () -> "the day's work to finish");
            assertThat(paymentsPosted()).isEqualTo(2);
            assertThat(linesWith(2001, notified.transactionId())).isEqualTo(1);

            // A refund of the notified payment, found by the next poll of refunds.
            String refundId = world.refund(notified.transactionId(), "SHOP.2001-R.1", 400);
            world.clock.advance(POLL);
            await(() -> host.runsOf(KashFlowWork.REFUNDS, "{" + refundId + "}") == 1, () -> "the polled refund: " + host.runs);
            assertThat(world.kashflowEmulator.bankTransactions(KashFlowWorld.BANK))
                    .filteredOn(t -> ("Opayo refund " + refundId + " of " + notified.transactionId()).equals(t.path("Comment").asText()))
                    .singleElement().satisfies(t -> assertThat(t.path("MoneyOut").decimalValue()).isEqualByComparingTo("4.00"));
            world.clock.advance(POLL); // another poll of both kinds: nothing new
            await(() -> host.runner.pendingWork() == 0 && host.runner.runningWork() == 0, () -> "the last poll's work to finish");
        }
        assertThat(store.openDeadLetters()).isEmpty();
        assertThat(paymentsPosted()).isEqualTo(2);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            Thread.sleep(5);
        }
    }
}
