package io.tillbridge.syspro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.client.Secret;
import io.tillbridge.sandbox.syspro.SysproEmulator;
import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingOutcome;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.SysproEnvironment;
import io.tillbridge.syspro.inventory.StockItem;
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.orders.SalesOrderImportResult;
import io.tillbridge.syspro.receivables.ArPayment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The README's "SYSPRO in a few lines", line for line, against the emulator: only the site URL and the
 * password's source differ. If this stops compiling, the README is wrong.
 */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetCompilesAndRuns() {
        try (SysproEmulator emulator = new SysproEmulator(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))) {
            emulator.start();
            emulator.operator("TILLBRIDGE", "op-Pa55word").company("EDU1", "", "Outdoors Ltd", "GBP");
            emulator.books().customer("000001", "Bayside Bikes", "GBP").stock("A100", "Tent", "FG", new BigDecimal("12"))
                    .invoice("100466", "000001", new BigDecimal("20.00")).bank("GB");
            BigDecimal seen;
            PostingOutcome<SalesOrderImportResult> seenImport;
            LookupResult<String> seenOrder;

            // ---- from README.md ----
            try (SysproClient syspro = SysproClient.builder()
                    .environment(SysproEnvironment.custom(emulator.baseUrl()))                    // README: the site's host and port
                    .operator("TILLBRIDGE", Secret.of("op-Pa55word"))                              // README: from the environment
                    .company("EDU1", null)
                    .logoffOnShutdown(true)
                    .build()) {

                StockItem tent = syspro.inventory().stock("A100", "FG");
                BigDecimal available = tent.warehouse("FG").orElseThrow().availableQty();

                PostingOutcome<SalesOrderImportResult> imported = syspro.salesOrders().importOrder(
                        SalesOrderImport.builder("WEB-1001", "000001")
                                .stockLine("A100", new BigDecimal("2"), new BigDecimal("49.99"))
                                .build());

                syspro.arPayments().post(ArPayment.builder("000001", Currency.getInstance("GBP"), new BigDecimal("20.00"), "OPAYO-7F3A")
                        .bank("GB").paymentDate(LocalDate.of(2026, 3, 2)).payInvoice("100466", new BigDecimal("20.00")).build());

                LookupResult<String> order = syspro.salesOrders().findByCustomerPoNumber("WEB-1001");
                // ---- end of README.md ----
                seen = available;
                seenImport = imported;
                seenOrder = order;
            }
            assertThat(seen).isEqualByComparingTo("12");
            assertThat(seenImport.resultOrThrow().salesOrderNumber()).isPresent();
            assertThat(seenOrder).isEqualTo(LookupResult.found(seenImport.resultOrThrow().salesOrder()));
            assertThat(emulator.books().invoiceBalance("100466")).isEqualByComparingTo("0");
            assertThat(emulator.activeSessions()).isZero();
        }
    }

    /**
     * The block under the README's heading, taken from README.md itself, against the lines between the
     * markers above: the same code, comments and indentation aside, except the site URL and the
     * password's source.
     */
    @Test
    void theSnippetAboveIsTheReadmesLineForLine() throws IOException {
        List<String> readme = readmeBlock(Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        List<String> compiled = between(Files.readAllLines(Path.of("src", "test", "java", "io", "tillbridge", "syspro", "e2e",
                "ReadmeSnippetTest.java"), StandardCharsets.UTF_8), "// ---- from README.md ----", "// ---- end of README.md ----");
        assertThat(readme).as("README block").isNotEmpty();
        assertThat(compiled).hasSameSizeAs(readme);
        for (int i = 0; i < readme.size(); i++) {
            if (MAY_DIFFER.matcher(readme.get(i)).find() && MAY_DIFFER.matcher(compiled.get(i)).find()) {
                continue; // the site's URL and the password's source
            }
            assertThat(compiled.get(i)).as("README line " + (i + 1) + " of the block").isEqualTo(readme.get(i));
        }
    }

    private static final Pattern MAY_DIFFER = Pattern.compile("^\\.(environment|operator)\\(");
    private static final Pattern COMMENT = Pattern.compile("\\s+//\\s.*$");

    /** The first java block after the heading, without its closing brace of the try. */
    private static List<String> readmeBlock(List<String> lines) {
        int heading = lines.indexOf("## SYSPRO in a few lines");
        assertThat(heading).as("the README's heading").isNotNegative();
        int start = heading + 1;
        while (!lines.get(start).startsWith("```java")) {
            start++;
        }
        int end = start + 1;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        List<String> block = normalise(lines.subList(start + 1, end));
        assertThat(block.get(block.size() - 1)).isEqualTo("}");
        return block.subList(0, block.size() - 1);
    }

    private static List<String> between(List<String> lines, String from, String to) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(from)) {
                start = i;
            } else if (lines.get(i).trim().equals(to)) {
                end = i;
            }
        }
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        return normalise(lines.subList(start + 1, end));
    }

    /** Trimmed, trailing comments and blank lines removed. */
    private static List<String> normalise(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String code = COMMENT.matcher(line).replaceFirst("").trim();
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }
}
