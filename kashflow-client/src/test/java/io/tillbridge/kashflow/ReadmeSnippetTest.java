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
        // README:begin
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
        // README:end
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
        assertThat(posted).isNotEmpty();
    }

    /** Where the credentials come from is the only thing the README may show differently. */
    private static final List<String> SETTINGS = List.of(".environment(", ".userName(", ".password(", ".memorableWord(");

    @Test
    void theReadmeShowsExactlyTheSnippetThatRuns() throws Exception {
        List<String> readme = code(block(Files.readAllLines(find(Path.of("README.md"), "## KashFlow in a few lines"))));
        List<String> source = Files.readAllLines(find(Path.of("kashflow-client", "src", "test", "java", "io", "tillbridge", "kashflow",
                "ReadmeSnippetTest.java"), "// README:begin"));
        List<String> compiled = code(source.subList(indexOf(source, "// README:begin") + 1, indexOf(source, "// README:end")));
        assertThat(readme).as("the README's KashFlow block, with only its settings lines free to differ").isEqualTo(compiled);
        assertThat(readme).contains("kashflow.close();").hasSizeGreaterThan(15);
    }

    /** The fenced block after the heading, whole. */
    private static List<String> block(List<String> lines) {
        int heading = indexOf(lines, "## KashFlow in a few lines");
        int open = heading + 1;
        while (!lines.get(open).trim().startsWith("```")) {
            assertThat(lines.get(open).trim()).as("text between the heading and its code block").doesNotStartWith("## ");
            open++;
        }
        int close = open + 1;
        while (!lines.get(close).trim().equals("```")) {
            close++;
        }
        return lines.subList(open + 1, close);
    }

    /** Code only: end-of-line comments, indentation and blank lines dropped; a settings line keeps only its method. */
    private static List<String> code(List<String> lines) {
        List<String> code = new ArrayList<>();
        for (String line : lines) {
            String text = withoutComment(line).trim();
            if (text.isEmpty()) {
                continue;
            }
            for (String setting : SETTINGS) {
                if (text.startsWith(setting)) {
                    text = setting + "…)";
                }
            }
            code.add(text.replaceAll("\\s+", " "));
        }
        return code;
    }

    /** The line up to a {@code //} that is not inside a string literal. */
    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + marker + "'");
    }

    /** The file from the module or the repository root, whichever directory the build runs in, holding the marker. */
    private static Path find(Path relative, String marker) throws java.io.IOException {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve(relative), dir.resolve(relative.getFileName()))) {
                if (Files.isRegularFile(candidate) && Files.readAllLines(candidate).stream().anyMatch(l -> l.trim().equals(marker))) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("no " + relative + " with '" + marker + "' above " + Path.of("").toAbsolutePath());
    }
}
