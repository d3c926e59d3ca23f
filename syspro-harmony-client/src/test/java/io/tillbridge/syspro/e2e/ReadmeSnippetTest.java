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
import java.math.BigDecimal;
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
}
