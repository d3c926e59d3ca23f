package io.tillbridge.kashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.kashflow.payments.PaymentRequest;
import io.tillbridge.sandbox.kashflow.KashFlowEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole session — login, renewal, payments over SOAP, failures — at DEBUG, with every log line,
 * exception message and toString() collected: none carries the password, the memorable word or a
 * session token.
 */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Tr0ub4dor&3-kf";
    private static final String WORD = "pineapple";

    @Test
    void noSecretAppearsAnywhere() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        List<String> texts = new ArrayList<>();
        List<String> tokens;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (KashFlowEmulator emulator = new KashFlowEmulator("user@example.com", PASSWORD, WORD, clock).start()) {
            emulator.seedCustomer("SHA01", "Shakespeare & Co", "GB");
            emulator.seedBankAccount(7, "Current");
            emulator.seedInvoice(1042, "SHA01", "GBP", new BigDecimal("100.00"), new BigDecimal("20"));
            try (KashFlowClient kashflow = KashFlowClient.builder()
                    .environment(KashFlowEnvironment.custom(emulator.restUrl(), emulator.soapUrl()))
                    .userName("user@example.com").password(Secret.of(PASSWORD)).memorableWord(Secret.of(WORD))
                    .retry(new RetrySettings(2, Duration.ofMillis(1), 2.0, Duration.ofMillis(2), Duration.ofSeconds(1)))
                    .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)))
                    .build()) {
                texts.add(kashflow.toString());
                kashflow.invoices().get(1042);
                emulator.expireSessions();
                kashflow.payments().record(PaymentRequest.builder().invoiceNumber(1042).amount(new BigDecimal("10.00"), "GBP")
                        .date(LocalDate.of(2026, 12, 1)).method(3).bankAccount(7).reference("SHOP-1").build());
                texts.add(kashflow.payments().find(1042, "SHOP-1").toString());
                emulator.answerHtml(2);
                assertThatThrownBy(() -> kashflow.invoices().get(1042)).satisfies(e -> texts.add(e.toString()));
                emulator.faults().outage(1, 503, r -> r.path().endsWith(".asmx"));
                assertThatThrownBy(() -> kashflow.payments().record(PaymentRequest.builder().invoiceNumber(1042)
                        .amount(new BigDecimal("5.00"), "GBP").date(LocalDate.of(2026, 12, 1)).method(3).bankAccount(7)
                        .reference("SHOP-2").build())).satisfies(e -> texts.add(e.toString()));
            }
            tokens = emulator.calls(); // the calls themselves; tokens are checked by shape below
        } finally {
            System.setOut(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("KashFlow"); // the DEBUG lines were captured, so the check below can fail
        for (String text : concat(texts, log, tokens)) {
            assertThat(text).doesNotContain(PASSWORD).doesNotContain(WORD).doesNotContain("KfToken ")
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    private static List<String> concat(List<String> texts, String log, List<String> calls) {
        List<String> all = new ArrayList<>(texts);
        all.add(log);
        all.addAll(calls);
        return all;
    }
}
