package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.kashflow.KashFlowEmulator;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process (SIGKILL) posting an Opayo payment and its refund to KashFlow at the boundaries of
 * every KashFlow effect — after "begun" is recorded and before the send, after KashFlow did it and before
 * it was recorded, and (for the invoice payment and the refund, the money) after it was recorded — and
 * resumes each time in a new process over the same H2 file. In the end the invoice carries one payment
 * line for the payment, the bank account one MoneyOut for the refund, the metadata is written, KashFlow
 * was sent each posting once, and nothing waits on the dead-letter queue.
 */
class KashFlowProcessKillTest {

    private static final List<String> BOUNDARIES = List.of("BEFORE_SEND", "AFTER_SEND", "AFTER_RECORD");
    private static final String PAYMENT_CODE = "SHOP.7101.1";
    private static final String REFUND_CODE = "SHOP.7101-R.1";

    @TempDir
    Path directory;
    private ChildProcesses children;

    @BeforeEach
    void children() {
        children = new ChildProcesses(directory, KashFlowKillableRun.class);
    }

    @Test
    void aProcessKilledAtTheEffectBoundariesOfTheKashFlowFlowsIsResumedByAnotherWithExactlyOneOfEachPosting() throws Exception {
        MutableClock clock = new MutableClock(KashFlowKillableRun.NOW);
        try (KashFlowEmulator kashflow = KashFlowDemo.emulator(clock).start();
             OpayoEmulator opayoEmulator = new OpayoEmulator(SandboxWorld.VENDOR, "integration-key", "integration-password",
                     "reporter", "reporting-password", clock).start();
             OpayoClient opayo = SandboxWorld.opayoClient(opayoEmulator.piUrl(), opayoEmulator.reportingUrl(), clock)) {
            kashflow.seedBankAccount(KashFlowDemo.BANK, "Opayo clearing");
            kashflow.seedBankAccount(KashFlowDemo.DEPOSIT, "Current Account");
            kashflow.seedCustomer("KILL01", "Kill Test Ltd", "GB");
            BigDecimal gross = kashflow.seedInvoice(7101, "KILL01", "GBP", new BigDecimal("40.00"), new BigDecimal("20")); // 48.00
            // What the shop did before the flows: the invoice paid by card, then 10.00 of it refunded.
            KashFlowDemo.charge(opayo, PAYMENT_CODE, gross.movePointRight(2).longValueExact());
            String payment = opayoEmulator.transactionsFor(PAYMENT_CODE).get(0).transactionId();
            String refund = opayo.transactions().refund(new RefundRequest(payment, REFUND_CODE, 1000, "Refund of one item"))
                    .transactionId();

            EffectKey invoicePayment = new EffectKey("kashflow-payment", "invoice-payment", payment, 1);
            EffectKey bankRefund = new EffectKey("kashflow-refund", "bank-refund", refund, 1);
            List<EffectKey> effects = List.of(invoicePayment,
                    new EffectKey("kashflow-payment", "customer-fields", payment, 1),
                    new EffectKey("kashflow-payment", "invoice-fields", payment, 1),
                    bankRefund);
            for (EffectKey effect : effects) {
                for (String boundary : BOUNDARIES) {
                    // After the record a resumed run only replays it; the money's effects are enough to show that.
                    if (boundary.equals("AFTER_RECORD") && !effect.equals(invoicePayment) && !effect.equals(bankRefund)) {
                        continue;
                    }
                    killAt(kashflow, opayoEmulator, effect, boundary);
                    children.assertRecorded(effect, boundary);
                }
            }
            List<String> outcomes = ChildProcesses.outcomes(children.finish(start(kashflow, opayoEmulator, "finish", "-", "-", null),
                    "finish"));
            assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).contains(" Posted["));

            JsonNode invoice = kashflow.invoice(7101);
            assertThat(invoice.get("PaymentLines")).singleElement()
                    .satisfies(line -> assertThat(line.get("Note").asText()).isEqualTo(payment))
                    .satisfies(line -> assertThat(line.get("Amount").decimalValue()).isEqualByComparingTo(gross));
            assertThat(kashflow.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isEqualTo(1);
            assertThat(invoice.get("CustomerReference").asText()).isEqualTo(payment);
            assertThat(kashflow.customer("KILL01").get("ExtraText1").asText()).isEqualTo(payment);
            // The clearing account holds the invoice payment's PaidIn and the refund's MoneyOut, once each.
            assertThat(kashflow.bankTransactions(KashFlowDemo.BANK)).filteredOn(t -> t.get("PaidIn").decimalValue().signum() > 0)
                    .singleElement().satisfies(t -> assertThat(t.get("PaidIn").decimalValue()).isEqualByComparingTo(gross));
            assertThat(kashflow.bankTransactions(KashFlowDemo.BANK)).filteredOn(t -> t.get("MoneyOut").decimalValue().signum() > 0)
                    .singleElement().satisfies(t -> {
                assertThat(t.get("Comment").asText()).isEqualTo("Opayo refund " + refund + " of " + payment);
                assertThat(t.get("MoneyOut").decimalValue()).isEqualByComparingTo("10.00");
            });
            try (HikariDataSource dataSource = Demo.h2(children.store())) {
                assertThat(JdbcFlowStore.builder(dataSource).build().openDeadLetters()).isEmpty();
            }
        }
    }

    /** Starts a child that stops at the boundary, waits until it says it is there, and kills it. */
    private void killAt(KashFlowEmulator kashflow, OpayoEmulator opayo, EffectKey effect, String boundary) throws Exception {
        String name = effect.flow() + "-" + effect.effect() + "-" + boundary;
        String out = children.killWhenThere(start(kashflow, opayo, name, effect.flow() + "/" + effect.effect(), boundary,
                children.marker(name)), name, boundary + " of " + effect);
        // The payment ran to its end before the refund's stop: posted, not held.
        assertThat(ChildProcesses.outcomes(out)).as(name).allSatisfy(o -> assertThat(o).contains(" Posted["));
    }

    private Process start(KashFlowEmulator kashflow, OpayoEmulator opayo, String name, String effect, String boundary, Path marker)
            throws IOException {
        return children.start(name, List.of(opayo.piUrl(), opayo.reportingUrl(), kashflow.restUrl(), kashflow.soapUrl(),
                children.store().toString(), KashFlowKillableRun.NOW.toString(), PAYMENT_CODE, REFUND_CODE, effect, boundary,
                marker == null ? "-" : marker.toString()));
    }
}
