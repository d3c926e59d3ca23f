package io.tillbridge.kashflow;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.kashflow.bank.BankTransaction;
import io.tillbridge.kashflow.bank.BankTransactionRequest;
import io.tillbridge.kashflow.customers.CustomFields;
import io.tillbridge.kashflow.customers.CustomerAddress;
import io.tillbridge.kashflow.customers.CustomerRecord;
import io.tillbridge.kashflow.customers.CustomerRequest;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.invoices.InvoiceRequest;
import io.tillbridge.kashflow.ledger.JournalRequest;
import io.tillbridge.kashflow.payments.PaymentLookup;
import io.tillbridge.kashflow.payments.PaymentMethod;
import io.tillbridge.kashflow.payments.PaymentPosting;
import io.tillbridge.kashflow.payments.PaymentRequest;
import io.tillbridge.sandbox.kashflow.KashFlowEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the KashFlow emulator, which was written from the reference and not from this client. */
class EmulatorEndToEndTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private KashFlowEmulator emulator;
    private KashFlowClient kashflow;

    @BeforeEach
    void start() {
        emulator = new KashFlowEmulator("accounts@tillbridge.example", "Tr0ub4dor&3-kf", "pineapple", clock).start();
        emulator.seedCustomer("SHA01", "Shakespeare & Co", "GB");
        emulator.seedBankAccount(7, "Current Account");
        emulator.seedNominal(17387826, 4000, "Sales");
        emulator.seedInvoice(1042, "SHA01", "GBP", new BigDecimal("100.00"), new BigDecimal("20"));
        emulator.seedInvoice(1043, "SHA01", "EUR", new BigDecimal("50.00"), BigDecimal.ZERO);
        kashflow = KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(emulator.restUrl(), emulator.soapUrl()))
                .userName("accounts@tillbridge.example")
                .password(Secret.of("Tr0ub4dor&3-kf"))
                .memorableWord(Secret.of("pineapple"))
                .clock(clock)
                .requestTimeout(Duration.ofSeconds(3))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)))
                .build();
    }

    @AfterEach
    void stop() {
        kashflow.close();
        emulator.close();
    }

    private static PaymentRequest.Builder payment(String reference) {
        return PaymentRequest.builder().invoiceNumber(1042).amount(new BigDecimal("120.00"), "GBP").date(LocalDate.of(2026, 12, 1))
                .method(3).bankAccount(7).reference(reference);
    }

    @Test
    void aPaymentMarksTheInvoicePaidAndIsFoundByItsReference() {
        assertThat(kashflow.payments().methods()).extracting(PaymentMethod::name).contains("Credit/Debit Card");
        assertThat(kashflow.payments().find(1042, "SHOP-SO-1")).isInstanceOf(PaymentLookup.Absent.class);
        PaymentPosting posting = kashflow.payments().record(payment("SHOP-SO-1").build());
        assertThat(posting).isInstanceOf(PaymentPosting.Posted.class);
        Invoice invoice = kashflow.invoices().get(1042);
        assertThat(invoice.paid()).isTrue();
        assertThat(invoice.totalPaidAmount()).isEqualByComparingTo("120.00");
        assertThat(invoice.paymentWithReference("SHOP-SO-1")).isPresent();
        assertThat(kashflow.payments().find(1042, "SHOP-SO-1")).isInstanceOf(PaymentLookup.Found.class);
        // Asking again posts nothing.
        assertThat(kashflow.payments().record(payment("SHOP-SO-1").build())).isInstanceOf(PaymentPosting.AlreadyPosted.class);
        assertThat(emulator.invoice(1042).get("PaymentLines")).hasSize(1);
        assertThat(kashflow.bankAccounts().transactions(7).map(BankTransaction::transactionType).toList()).containsExactly(1);
        // And the reversal removes it.
        kashflow.payments().delete(posting.paymentId());
        assertThat(kashflow.invoices().get(1042).paid()).isFalse();
    }

    @Test
    void aPaymentInTheWrongCurrencyNeverReachesKashFlow() {
        assertThatThrownBy(() -> kashflow.payments().record(payment("SHOP-SO-2").invoiceNumber(1043).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("EUR");
        assertThat(emulator.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isZero();
    }

    @Test
    void aResetAfterKashFlowRecordedThePaymentIsResolvedWithoutASecondPost() {
        emulator.faults().resetAfterProcessing(1.0).only(r -> r.path().equals("/api/service.asmx")
                && r.body().contains("InsertInvoicePayment"));
        PaymentPosting posting = kashflow.payments().record(payment("SHOP-SO-3").build());
        assertThat(posting).isInstanceOf(PaymentPosting.Posted.class);
        assertThat(posting.paymentId()).isPositive();
        assertThat(emulator.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isEqualTo(1);
        assertThat(emulator.invoice(1042).get("PaymentLines")).hasSize(1);
    }

    @Test
    void anOutageOnThePaymentPostIsNotRetriedAndIsProvenAbsent() {
        emulator.faults().outage(1, 503, r -> r.body().contains("InsertInvoicePayment"));
        assertThatThrownBy(() -> kashflow.payments().record(payment("SHOP-SO-4").build()))
                .isInstanceOfSatisfying(io.tillbridge.client.TransportException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        assertThat(emulator.invoice(1042).get("PaymentLines")).isEmpty();
        // Proven absent, so the host may send it again; it lands once.
        assertThat(kashflow.payments().record(payment("SHOP-SO-4").build())).isInstanceOf(PaymentPosting.Posted.class);
        assertThat(emulator.invoice(1042).get("PaymentLines")).hasSize(1);
    }

    @Test
    void aSessionThatExpiresMidRunIsRenewedOnce() {
        kashflow.invoices().get(1042);
        emulator.expireSessions();
        kashflow.invoices().get(1042);
        clock.advance(Duration.ofMinutes(61)); // idle past KashFlow's window: renewed before the call
        kashflow.invoices().get(1042);
        assertThat(kashflow.logins()).isEqualTo(3);
        assertThat(emulator.logins()).isEqualTo(3);
    }

    @Test
    void aShortenedSessionWindowIsHandledByTheOneRetry() {
        emulator.sessionIdleLimit(Duration.ofMinutes(10)); // shorter than the client's 55-minute guess
        kashflow.invoices().get(1042);
        clock.advance(Duration.ofMinutes(11));
        assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
        assertThat(emulator.logins()).isEqualTo(2);
    }

    private KashFlowClient withPassword(String password) {
        return KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(emulator.restUrl(), emulator.soapUrl()))
                .userName("accounts@tillbridge.example").password(Secret.of(password)).memorableWord(Secret.of("pineapple"))
                .retry(RetrySettings.NONE).build();
    }

    @Test
    void aRefusedLoginIsNotRepeatedSoItCannotLockTheAccount() {
        emulator.lockAfter(2);
        try (KashFlowClient wrong = withPassword("guess")) {
            assertThatThrownBy(() -> wrong.invoices().get(1042)).isInstanceOf(io.tillbridge.client.AuthenticationException.class)
                    .isNotInstanceOf(AccountLockedException.class);
            long before = emulator.calls().size();
            assertThatThrownBy(() -> wrong.invoices().get(1042)).isInstanceOf(io.tillbridge.client.AuthenticationException.class);
            assertThat(emulator.calls()).hasSize((int) before);
        }
        assertThat(emulator.locked()).isFalse();
    }

    @Test
    void aLockedAccountStopsEverything() {
        emulator.lockAfter(1);
        try (KashFlowClient wrong = withPassword("guess")) {
            assertThatThrownBy(() -> wrong.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
        }
        assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
        long before = emulator.calls().size();
        assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
        assertThat(emulator.calls()).hasSize((int) before); // remembered: KashFlow is not asked again
    }

    @Test
    void aRefusedSoapPasswordIsNotResentSoItCannotLockTheAccount() {
        emulator.lockAfter(2);
        try (KashFlowClient wrong = KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(emulator.restUrl(), emulator.soapUrl()))
                .userName("accounts@tillbridge.example").password(Secret.of("Tr0ub4dor&3-kf")).memorableWord(Secret.of("pineapple"))
                .soapPassword(Secret.of("guess")).retry(RetrySettings.NONE).build()) {
            assertThatThrownBy(() -> wrong.payments().methods()).isInstanceOf(io.tillbridge.client.AuthenticationException.class)
                    .isNotInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> wrong.payments().list(1042)).isInstanceOf(io.tillbridge.client.AuthenticationException.class);
            assertThatThrownBy(() -> wrong.customers().record("SHA01")).isInstanceOf(io.tillbridge.client.AuthenticationException.class);
            assertThat(wrong.invoices().get(1042).number()).isEqualTo(1042); // REST has its own, right, password
        }
        assertThat(emulator.calls(c -> c.startsWith("SOAP "))).isEqualTo(1);
        assertThat(emulator.locked()).isFalse();
    }

    @Test
    void aRestLockOutStopsSoapCallsToo() {
        emulator.lockAfter(1);
        try (KashFlowClient wrong = withPassword("guess")) {
            assertThatThrownBy(() -> wrong.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> wrong.payments().methods()).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> wrong.payments().record(payment("SHOP-SO-L").build())).isInstanceOf(AccountLockedException.class);
        }
        assertThat(emulator.calls(c -> c.startsWith("SOAP "))).isZero();
    }

    @Test
    void aSoapLockOutIsRememberedForRestToo() {
        emulator.lockAfter(1);
        try (KashFlowClient wrong = KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(emulator.restUrl(), emulator.soapUrl()))
                .userName("accounts@tillbridge.example").password(Secret.of("Tr0ub4dor&3-kf")).memorableWord(Secret.of("pineapple"))
                .soapPassword(Secret.of("guess")).retry(RetrySettings.NONE).build()) {
            assertThatThrownBy(() -> wrong.payments().methods()).isInstanceOf(AccountLockedException.class);
            long before = emulator.calls().size();
            assertThatThrownBy(() -> wrong.invoices().get(1042)).isInstanceOf(AccountLockedException.class);
            assertThatThrownBy(() -> wrong.payments().methods()).isInstanceOf(AccountLockedException.class);
            assertThat(emulator.calls()).hasSize((int) before);
        }
        assertThat(emulator.locked()).isTrue();
    }

    @Test
    void aPostThatTimesOutAfterKashFlowProcessedItIsFoundNotResent() {
        emulator.faults().latency(Duration.ofMillis(4_500)).only(r -> r.body().contains("InsertInvoicePayment"));
        PaymentPosting posting = kashflow.payments().record(payment("SHOP-SO-5").build());
        assertThat(posting).isInstanceOf(PaymentPosting.Posted.class);
        assertThat(emulator.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isEqualTo(1);
        assertThat(emulator.invoice(1042).get("PaymentLines")).hasSize(1);
    }

    @Test
    void aFailingKashFlowEndsInATypedErrorAfterTheRetries() {
        emulator.faults().errorRate(1.0).only(r -> r.path().startsWith("/v2/invoices"));
        kashflow.bankAccounts().list(); // logs in
        assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(KashFlowApiException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(emulator.calls(c -> c.equals("GET /invoices/1042"))).isZero(); // refused before processing, three times
    }

    @Test
    void throttlingWithRetryAfterIsHonouredOrSurfaced() {
        emulator.throttle(1, 0);
        assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
        emulator.throttle(10, 30);
        assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
        emulator.throttle(0, 0);
    }

    @Test
    void anHtmlPageFromAProxyIsATypedError() {
        emulator.answerHtml(5);
        assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class).hasMessageContaining("HTML");
        emulator.answerHtml(0);
    }

    @Test
    void createsInvoicesAndCustomersAndSetsPaymentMetadata() {
        int id = kashflow.customers().create(CustomerRequest.builder().code("ATH01").name("Athens Books")
                .address(CustomerAddress.of("EL", "105 57", "Ermou 1", "Athens")).build());
        assertThat(id).isPositive();
        CustomerRecord record = kashflow.customers().setCustomFields("ATH01",
                CustomFields.builder().text(1, "0000A1B2-C3D4").text(2, "AUTH 123456").text(3, "fraud 12").checkBox(1, true).build());
        assertThat(kashflow.customers().record("ATH01").customFields().text(2)).isEqualTo("AUTH 123456");
        assertThat(record.address().countryCode()).isEqualTo("EL");
        assertThat(kashflow.customers().get("ATH01").name()).isEqualTo("Athens Books");
        Invoice created = kashflow.invoices().create(InvoiceRequest.builder().customerCode("ATH01").customerReference("SO-7")
                .issuedDate(LocalDate.of(2026, 12, 1)).currency("EUR")
                .line("Books", new BigDecimal("3"), new BigDecimal("9.99"), 4000, new BigDecimal("24")).build());
        assertThat(created.grossAmount()).isEqualByComparingTo("37.16");
        assertThat(created.currencyCode()).contains(Currency.getInstance("EUR"));
        assertThat(kashflow.invoices().setCustomerReference(created.number(), "SO-7 paid").customerReference()).isEqualTo("SO-7 paid");
        assertThat(kashflow.invoices().list("Number", true).map(Invoice::number).toList()).startsWith(created.number());
    }

    @Test
    void settlementDepositsFeesAndRefundJournals() {
        BankTransaction deposit = kashflow.bankAccounts().post(7, BankTransactionRequest.paidIn(LocalDate.of(2026, 12, 2),
                new BigDecimal("118.80"), "Opayo settlement 2026-12-01"));
        kashflow.bankAccounts().post(7, BankTransactionRequest.paidIn(LocalDate.of(2026, 12, 2), new BigDecimal("118.80"),
                "Opayo settlement 2026-12-01"));
        assertThat(emulator.bankTransactions(7)).hasSize(1);
        assertThat(deposit.paidIn()).isEqualByComparingTo("118.80");
        kashflow.bankAccounts().post(7, BankTransactionRequest.moneyOut(LocalDate.of(2026, 12, 2), new BigDecimal("1.20"),
                "Opayo fees 2026-12-01"));
        int journal = kashflow.journals().insert(JournalRequest.of(LocalDate.of(2026, 12, 3), "REFUND SHOP-SO-1",
                List.of(new JournalRequest.Line(17387826, new BigDecimal("20.00"), null),
                        new JournalRequest.Line(17387827, new BigDecimal("-20.00"), null)), Currency.getInstance("GBP")));
        assertThat(journal).isPositive();
        assertThat(emulator.journals()).singleElement().satisfies(j -> assertThat(j.get("Comment").asText()).isEqualTo("REFUND SHOP-SO-1"));
        assertThat(kashflow.nominals().list()).extracting(n -> n.code()).containsExactly(4000);
        assertThat(kashflow.bankAccounts().list()).singleElement().satisfies(a -> assertThat(a.bankBalance()).isEqualByComparingTo("117.60"));
    }

    @Test
    void closingLogsOut() {
        kashflow.invoices().get(1042);
        assertThat(emulator.activeSessions()).isEqualTo(1);
        kashflow.close();
        assertThat(emulator.activeSessions()).isZero();
    }
}
