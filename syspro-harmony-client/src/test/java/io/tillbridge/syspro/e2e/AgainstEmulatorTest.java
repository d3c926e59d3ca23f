package io.tillbridge.syspro.e2e;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.sandbox.syspro.SysproEmulator;
import io.tillbridge.syspro.BusinessObjectNotLicensedException;
import io.tillbridge.syspro.BusinessObjectValidationException;
import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingResult;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.SysproStubs;
import io.tillbridge.syspro.SysproLogonException;
import io.tillbridge.syspro.SysproEnvironment;
import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.inventory.StockItem;
import io.tillbridge.syspro.ledger.GlJournal;
import io.tillbridge.syspro.orders.CreditNoteLine;
import io.tillbridge.syspro.orders.CreditNoteRequest;
import io.tillbridge.syspro.orders.OrderStatusChange;
import io.tillbridge.syspro.orders.SalesOrder;
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.orders.SalesOrderImportResult;
import io.tillbridge.syspro.receivables.ArPayment;
import java.math.BigDecimal;
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

/** The client against the SYSPRO emulator, which was written from the reference and not from this client. */
class AgainstEmulatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Currency GBP = Currency.getInstance("GBP");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private SysproEmulator emulator;

    @BeforeEach
    void start() {
        emulator = new SysproEmulator(clock).start();
        emulator.operator("TILLBRIDGE", "op-Pa55word").operator("CLERK", "").company("EDU1", "", "Outdoors Ltd", "GBP");
        emulator.books().customer("000001", "Bayside Bikes", "GBP").stock("A100", "Tent £", "FG", new BigDecimal("12"))
                .stock("A100", "Tent £", "RM", new BigDecimal("3")).invoice("100466", "000001", new BigDecimal("20.00"))
                .bank("GB").ledgerCodes("1000", "1100", "7100").currentPeriod(2026, 3);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private SysproClient.Builder client() {
        return SysproClient.builder().environment(SysproEnvironment.custom(emulator.baseUrl()))
                .operator("TILLBRIDGE", Secret.of("op-Pa55word")).company("EDU1", null)
                .requestTimeout(Duration.ofSeconds(5))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)));
    }

    private static SalesOrderImport order(String po) {
        return SalesOrderImport.builder(po, "000001").orderDate(DAY).stockLine("A100", new BigDecimal("2"), new BigDecimal("49.99"))
                .build();
    }

    @Test
    void orderToCashEndToEnd() {
        try (SysproClient syspro = client().build()) {
            assertThat(syspro.logonProfile().companyName()).isEqualTo("Outdoors Ltd");
            StockItem before = syspro.inventory().stock("A100", "FG");
            assertThat(before.description()).isEqualTo("Tent £");
            assertThat(before.warehouse("FG").orElseThrow().availableQty()).isEqualByComparingTo("12");
            assertThat(before.warehouses()).hasSize(1);

            SalesOrderImportResult imported = syspro.salesOrders().importOrder(order("WEB-1001")).resultOrThrow();
            assertThat(imported.outcome()).isEqualTo(SalesOrderImportResult.Outcome.CREATED);
            SalesOrder order = syspro.salesOrders().get(imported.salesOrder());
            assertThat(order.customerPoNumber()).isEqualTo("WEB-1001");
            assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.price()).isEqualByComparingTo("49.99"));
            assertThat(syspro.inventory().stock("A100", "FG").warehouse("FG").orElseThrow().availableQty()).isEqualByComparingTo("10");

            assertThat(syspro.arPayments().find("000001", "OPAYO-1")).isEqualTo(LookupResult.absent());
            PostingResult paid = syspro.arPayments().post(ArPayment.builder("000001", GBP, new BigDecimal("20.00"), "OPAYO-1")
                    .bank("GB").paymentDate(DAY).payInvoice("100466", new BigDecimal("20.00")).build()).resultOrThrow();
            assertThat(paid.journalNumber()).isPresent();
            assertThat(emulator.books().invoiceBalance("100466")).isEqualByComparingTo("0");
            assertThat(syspro.arPayments().find("000001", "OPAYO-1")).isInstanceOf(LookupResult.Found.class);

            PostingResult journal = syspro.glJournals().post(GlJournal.builder(DAY, "SETTLE-2026-03-02")
                    .debit("1000", new BigDecimal("19.50")).debit("7100", new BigDecimal("0.50")).credit("1100", new BigDecimal("20.00"))
                    .build()).resultOrThrow();
            assertThat(journal.journalNumber()).isPresent();
            assertThat(syspro.glJournals().find("SETTLE-2026-03-02")).isInstanceOf(LookupResult.Found.class);
            assertThat(emulator.books().ledgerBalance("1100")).isEqualByComparingTo("-20.00");

            assertThat(syspro.salesOrders().creditNote(CreditNoteRequest.fromInvoice("000001", "REFUND-1001", DAY, "100466"))
                    .resultOrThrow().creditNoteNumber()).isPresent();
            assertThat(syspro.salesOrders().findByCustomerPoNumber("REFUND-1001")).isInstanceOf(LookupResult.Found.class);

            String added = syspro.customers().add(CustomerSetup.add(null, "Café Zoë").currency("GBP").build()).resultOrThrow().customer();
            assertThat(syspro.customers().get(added).name()).isEqualTo("Café Zoë");
            syspro.customers().update(CustomerSetup.update(added).email("zoe@example.com").build());
            assertThat(emulator.books().customer(added).orElseThrow().email()).isEqualTo("zoe@example.com");
            assertThat(SysproStubs.connection(syspro).logons()).isEqualTo(1);
        }
        assertThat(emulator.activeSessions()).isZero();
        assertThat(emulator.calls("Logoff")).isEqualTo(1);
    }

    @Test
    void syspro8FramingAndACleanImportWithoutItsOrderBlock() {
        emulator.framing(SysproEmulator.Framing.SYSPRO8_JSON).omitOrderBlockOnCleanImport(true);
        try (SysproClient syspro = client().build()) {
            SalesOrderImportResult imported = syspro.salesOrders().importOrder(order("WEB-2001")).resultOrThrow();
            assertThat(imported.salesOrderNumber()).isPresent();
            assertThat(syspro.inventory().stock("A100").description()).isEqualTo("Tent £");
        }
    }

    @Test
    void realWindows1252BytesAreDecodedWithTheDeclaredCharset() {
        emulator.windows1252Bytes(true);
        emulator.books().customer("000009", "Café Zoë € £", "GBP");
        try (SysproClient syspro = client().build()) {
            // é, ë, € and £ arrive as the single bytes 0xE9, 0xEB, 0x80 and 0xA3: read as UTF-8 they would be U+FFFD.
            assertThat(syspro.customers().get("000009").name()).isEqualTo("Café Zoë € £");
            assertThat(syspro.inventory().stock("A100").description()).isEqualTo("Tent £");
        }
    }

    @Test
    void anExpiredSessionIsReplacedAndTheReadRepeated() {
        emulator.idleTimeout(Duration.ofMinutes(10));
        try (SysproClient syspro = client().build()) {
            syspro.inventory().stock("A100");
            clock.advance(Duration.ofMinutes(11));
            assertThat(syspro.inventory().stock("A100").stockCode()).isEqualTo("A100");
            assertThat(SysproStubs.connection(syspro).logons()).isEqualTo(2);
        }
    }

    @Test
    void aSecondLogonOfTheSameOperatorEndsTheFirstAndTheFirstLogsOnAgain() {
        // Another process: in this JVM, clients of one site, operator and company share a session, so the
        // intruder reaches the same emulator through another spelling of its address.
        String elsewhere = emulator.baseUrl().replace("localhost", "127.0.0.1");
        try (SysproClient first = client().build();
             SysproClient second = client().environment(SysproEnvironment.custom(elsewhere)).build()) {
            first.inventory().stock("A100");
            second.inventory().stock("A100");
            assertThat(emulator.activeSessions()).isEqualTo(1);
            assertThat(first.inventory().stock("A100").stockCode()).isEqualTo("A100");
            assertThat(SysproStubs.connection(first).logons()).isEqualTo(2);
        }
    }

    @Test
    void twoClientsOfTheSameOperatorInOneProcessShareTheSessionInsteadOfEndingIt() {
        try (SysproClient first = client().build(); SysproClient second = client().build()) {
            first.inventory().stock("A100");
            second.inventory().stock("A100");
            first.inventory().stock("A100");
            assertThat(emulator.logons()).isEqualTo(1);
            assertThat(emulator.activeSessions()).isEqualTo(1);
        }
        assertThat(emulator.activeSessions()).isZero();
        assertThat(emulator.calls("Logoff")).isEqualTo(1);
    }

    @Test
    void aPostingCutByAnEndedSessionIsRepeatedOnlyAfterTheLookupProvesItAbsent() {
        try (SysproClient syspro = client().build()) {
            syspro.inventory().stock("A100");
            emulator.endAllSessions();
            SalesOrderImportResult imported = syspro.salesOrders().importOrder(order("WEB-3001")).resultOrThrow();
            assertThat(imported.outcome()).isEqualTo(SalesOrderImportResult.Outcome.CREATED);
        }
        assertThat(emulator.books().salesOrders()).hasSize(1);
        assertThat(emulator.calls("SORTOI")).isEqualTo(2);
        assertThat(emulator.calls("COMFND")).isEqualTo(1);
    }

    @Test
    void aResetAfterTheOrderWasTakenIsResolvedByLookupNotByResending() {
        try (SysproClient syspro = client().build()) {
            syspro.inventory().stock("A100");
            emulator.faults().only(r -> "SORTOI".equals(r.query().get("BusinessObject"))).resetAfterProcessing(1.0);
            assertThatThrownBy(() -> syspro.salesOrders().importOrder(order("WEB-4001")))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
            emulator.faults().clear();
            assertThat(syspro.salesOrders().findByCustomerPoNumber("WEB-4001")).isInstanceOf(LookupResult.Found.class);
        }
        assertThat(emulator.calls("SORTOI")).isEqualTo(1);
        assertThat(emulator.books().salesOrders()).hasSize(1);
    }

    @Test
    void aDuplicateCustomerPoNumberComesBackAsAFieldError() {
        try (SysproClient syspro = client().build()) {
            syspro.salesOrders().importOrder(order("WEB-5001"));
            assertThatThrownBy(() -> syspro.salesOrders().importOrder(order("WEB-5001")))
                    .isInstanceOfSatisfying(BusinessObjectValidationException.class,
                            e -> assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.element()).isEqualTo("CustomerPoNumber")));
        }
        assertThat(emulator.books().salesOrders()).hasSize(1);
    }

    @Test
    void aClosedPeriodAndAnUnknownLedgerCodeAreFieldErrors() {
        emulator.books().closePeriod(2026, 3);
        try (SysproClient syspro = client().build()) {
            assertThatThrownBy(() -> syspro.glJournals().post(GlJournal.builder(DAY, "J-1").debit("1000", BigDecimal.TEN)
                    .credit("9999", BigDecimal.TEN).build()))
                    .isInstanceOfSatisfying(BusinessObjectValidationException.class,
                            e -> assertThat(e.errors()).extracting(BusinessObjectValidationException.ItemError::element)
                                    .containsExactlyInAnyOrder("PostingPeriod", "LedgerCode"));
            assertThat(syspro.glJournals().find("J-1")).isEqualTo(LookupResult.absent());
        }
    }

    @Test
    void anUnlicensedBusinessObjectIsATypedError() {
        emulator.unlicense("ARSTPY");
        try (SysproClient syspro = client().build()) {
            assertThatThrownBy(() -> syspro.arPayments().post(ArPayment.builder("000001", GBP, new BigDecimal("20.00"), "OPAYO-9")
                    .bank("GB").paymentDate(DAY).payInvoice("100466", new BigDecimal("20.00")).build()))
                    .isInstanceOf(BusinessObjectNotLicensedException.class);
        }
        assertThat(emulator.books().invoiceBalance("100466")).isEqualByComparingTo("20.00");
    }

    @Test
    void aWrongPasswordIsALogonError() {
        try (SysproClient syspro = client().operator("TILLBRIDGE", Secret.of("wrong-password")).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(SysproLogonException.class)
                    .hasMessageContaining("Invalid operator password");
        }
    }

    @Test
    void anOperatorWithoutAPasswordLogsOn() {
        try (SysproClient syspro = client().operator("CLERK", null).build()) {
            assertThat(syspro.logonProfile().operatorCode()).isEqualTo("CLERK");
        }
    }

    @Test
    void anOutageOnAReadIsRiddenOutByRetries() {
        try (SysproClient syspro = client().build()) {
            syspro.inventory().stock("A100");
            emulator.faults().outage(2, 503);
            assertThat(syspro.inventory().stock("A100").stockCode()).isEqualTo("A100");
        }
    }

    /** A clock the test moves. */

    @Test
    void anOrderImportedInSuspenseWithCommentsIsReleasedOnlyWithACreditAuthority() {
        try (SysproClient syspro = client().build()) {
            SalesOrderImportResult imported = syspro.salesOrders().importOrder(SalesOrderImport.builder("WEB-S1", "000001")
                    .warehouse("FG").stockLine("A100", BigDecimal.ONE, new BigDecimal("9.99"))
                    .orderStatus(SalesOrderImport.Status.IN_SUSPENSE).commentLine("Held: risk REVIEW at score 45").build())
                    .resultOrThrow();
            String number = imported.salesOrder();
            assertThat(syspro.salesOrders().get(number).orderStatus()).isEqualTo("S");
            assertThat(syspro.salesOrders().findStatus(number)).isEqualTo(LookupResult.found("S"));
            assertThat(emulator.books().salesOrders().get(0).comments()).containsExactly("Held: risk REVIEW at score 45");
            // The client refuses a release without an authority before sending; SYSPRO refuses one that does not say the current status.
            assertThatThrownBy(() -> OrderStatusChange.releaseFromSuspense(number, " "))
                    .hasMessageContaining("creditAuthority");
            assertThatThrownBy(() -> syspro.salesOrders().changeStatus(new OrderStatusChange(number, OrderStatusChange.Code.OPEN,
                    OrderStatusChange.Code.OPEN, null, io.tillbridge.syspro.PostingOptions.DEFAULTS)))
                    .isInstanceOf(BusinessObjectValidationException.class).hasMessageContaining("OrderStatus");
            syspro.salesOrders().changeStatus(OrderStatusChange.releaseFromSuspense(number, "J.SMITH")).resultOrThrow();
            assertThat(syspro.salesOrders().get(number).orderStatus()).isEqualTo("1");
        }
    }

    @Test
    void aCreditNoteHeaderGetsItsValueFromANonStockedLine() {
        try (SysproClient syspro = client().build()) {
            String note = syspro.salesOrders().creditNote(CreditNoteRequest.header("000001", "RF-1", DAY).againstInvoice("100466"))
                    .resultOrThrow().creditNote();
            syspro.salesOrders().addCreditNoteLine(CreditNoteLine.value(note, "OPAYO-CREDIT", "Opayo refund RF-1", new BigDecimal("7.50")))
                    .resultOrThrow();
            assertThat(emulator.books().salesOrders()).singleElement().satisfies(n -> {
                assertThat(n.creditedInvoice()).isEqualTo("100466");
                assertThat(n.value()).isEqualByComparingTo("7.50");
            });
            assertThatThrownBy(() -> syspro.salesOrders().addCreditNoteLine(CreditNoteLine.value("999999", "OPAYO-CREDIT", null,
                    BigDecimal.ONE))).isInstanceOf(BusinessObjectValidationException.class).hasMessageContaining("999999");
            assertThatThrownBy(() -> new CreditNoteLine(note, null, true, "X", null, "FG", BigDecimal.ONE, BigDecimal.ONE,
                    io.tillbridge.syspro.PostingOptions.DEFAULTS)).hasMessageContaining("warehouse");
        }
    }
}
