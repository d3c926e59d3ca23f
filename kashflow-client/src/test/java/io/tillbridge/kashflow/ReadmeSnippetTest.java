package io.tillbridge.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.client.Secret;
import io.tillbridge.kashflow.customers.CustomFields;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.payments.PaymentLookup;
import io.tillbridge.kashflow.payments.PaymentPosting;
import io.tillbridge.kashflow.payments.PaymentRequest;
import io.tillbridge.sandbox.kashflow.KashFlowEmulator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "KashFlow in a few lines", compiled and run against the emulator. {@link #snippet} is the
 * README's block with only the environment changed; the test also checks the README still shows it.
 */
class ReadmeSnippetTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private final String opayoTransactionId = "0000A1B2-C3D4";
    private final String authCode = "123456";
    private final List<Long> posted = new ArrayList<>();

    private void markPosted(Long id) {
        posted.add(id);
    }

    private PaymentPosting snippet(KashFlowEnvironment environment, String user, String password, String word) {
        KashFlowClient kashflow = KashFlowClient.builder()
                .environment(environment)
                .userName(user)
                .password(Secret.of(password))
                .memorableWord(Secret.of(word))
                .build();

        Invoice invoice = kashflow.invoices().get(1042);
        PaymentPosting posting = kashflow.payments().record(PaymentRequest.builder()
                .invoiceNumber(invoice.number())
                .amount(new BigDecimal("120.00"), "GBP")
                .date(LocalDate.now(clock))
                .method(3)
                .bankAccount(7)
                .reference("SHOP-SO-00042-1")
                .build());

        if (kashflow.payments().find(1042, "SHOP-SO-00042-1") instanceof PaymentLookup.Found found) {
            markPosted(found.line().id());
        }
        kashflow.customers().setCustomFields("SHA01", CustomFields.builder()
                .text(1, opayoTransactionId).text(2, authCode).build());
        kashflow.close();
        return posting;
    }

    @Test
    void theReadmeSnippetRunsAgainstTheEmulator() throws Exception {
        try (KashFlowEmulator emulator = new KashFlowEmulator("u@example.com", "pw-123456", "pineapple", clock).start()) {
            emulator.seedCustomer("SHA01", "Shakespeare & Co", "GB");
            emulator.seedBankAccount(7, "Current");
            emulator.seedInvoice(1042, "SHA01", "GBP", new BigDecimal("100.00"), new BigDecimal("20"));
            PaymentPosting posting = snippet(KashFlowEnvironment.custom(emulator.restUrl(), emulator.soapUrl()), "u@example.com",
                    "pw-123456", "pineapple");
            assertThat(posting).isInstanceOf(PaymentPosting.Posted.class);
            assertThat(posted).containsExactly(posting.paymentId());
            assertThat(emulator.customer("SHA01").get("ExtraText1").asText()).isEqualTo(opayoTransactionId);
            assertThat(emulator.activeSessions()).isZero();
        }
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("## KashFlow in a few lines", "PaymentPosting posting = kashflow.payments().record(PaymentRequest.builder()",
                "if (kashflow.payments().find(1042, \"SHOP-SO-00042-1\") instanceof PaymentLookup.Found found) {",
                ".text(1, opayoTransactionId).text(2, authCode).build());");
    }
}
