package io.tillbridge.examples;

import static io.tillbridge.examples.SysproKillableRun.ORDER;
import static io.tillbridge.examples.SysproKillableRun.REFUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.syspro.SysproBooks;
import io.tillbridge.sandbox.syspro.SysproEmulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process (SIGKILL) running the SYSPRO flows at the boundaries of every effect that posts
 * to SYSPRO or moves money in Opayo — after "begun" is recorded and before the send, after the target
 * did it and before it was recorded, and (for the sales order and the Opayo Repeat, or for every effect
 * with {@value #EVERY_BOUNDARY}) after it was recorded — and resumes each time in a new process over
 * the same H2 file. In the end SYSPRO holds exactly one sales order per CustomerPoNumber,
 * one AR payment per reference, one credit note of the refund's value and one balanced journal for the
 * batch; Opayo holds one transaction per vendorTxCode; and nothing waits on the dead-letter queue.
 *
 * <p>Left out: the credit's reservation against its payment ({@code syspro-credit-payment}), which
 * leaves nothing outside the store (its record is the whole of it), and the subscription book's entry.
 */
class SysproProcessKillTest {

    /** Set (-Dtillbridge.kill.everyBoundary=true) to kill after the record of every effect too: 22 processes instead of 17. */
    static final String EVERY_BOUNDARY = "tillbridge.kill.everyBoundary";
    private static final List<String> BOUNDARIES = List.of("BEFORE_SEND", "AFTER_SEND", "AFTER_RECORD");
    private static final String RECURRING_SUBJECT = SysproKillableRun.SUBSCRIPTION + "@" + SysproKillableRun.TODAY;
    /** RecurringBilling's vendorTxCode (and SYSPRO reference) of the first attempt of the period: RB-{id}-{yyMMdd}-{attempt}. */
    private static final String REPEAT_CODE = "RB-" + SysproKillableRun.SUBSCRIPTION + "-260302-1";

    @TempDir
    Path directory;

    @Test
    void aProcessKilledAtTheEffectBoundariesOfTheSysproFlowsIsResumedByAnotherWithExactlyOneOfEachEffect() throws Exception {
        MutableClock clock = new MutableClock(SysproKillableRun.NOW);
        try (SysproEmulator syspro = new SysproEmulator(clock).start();
             OpayoEmulator opayoEmulator = new OpayoEmulator(SandboxWorld.VENDOR, "integration-key", "integration-password",
                     "reporter", "reporting-password", clock).start();
             OpayoClient opayo = SandboxWorld.opayoClient(opayoEmulator.piUrl(), opayoEmulator.reportingUrl(), clock)) {
            SysproDemo.seed(syspro);
            // What the host's shop did before the flows: the web order paid, a card stored for the subscription, the refund made.
            String paid = SysproDemo.pay(opayo, ORDER, SysproKillableRun.PAID.toMinorUnits(), false);
            String card = SysproDemo.pay(opayo, "CIT-GYM-1", SysproKillableRun.MONTHLY.toMinorUnits(), true);
            String refund = opayo.transactions().refund(new RefundRequest(paid, REFUND, SysproKillableRun.REFUNDED.toMinorUnits(),
                    "Refund of one item")).transactionId();
            String batch = opayoEmulator.closeBatch();
            Run run = new Run(syspro, opayoEmulator, List.of(paid, refund, card));

            EffectKey salesOrder = new EffectKey("syspro-order", "sales-order", ORDER, 1);
            EffectKey repeat = new EffectKey("syspro-recurring", "opayo-repeat", RECURRING_SUBJECT, 1);
            List<EffectKey> effects = List.of(salesOrder,
                    new EffectKey("syspro-order", "ar-payment", ORDER, 1),
                    new EffectKey("syspro-credit", "credit-note", REFUND, 1),
                    new EffectKey("syspro-credit", "credit-value", REFUND, 1),
                    repeat,
                    new EffectKey("syspro-recurring", "ar-payment", RECURRING_SUBJECT, 1),
                    new EffectKey("syspro-settlement", "gl-journal-gbp", batch, 1));
            boolean everyBoundary = Boolean.getBoolean(EVERY_BOUNDARY);
            for (EffectKey effect : effects) {
                for (String boundary : BOUNDARIES) {
                    // Before and after the send are where a resumed run must look SYSPRO or Opayo up: every effect. After
                    // the record the resumed run only replays it, the same engine path for each; by default only the
                    // sales order's (its record moves the transaction-id counter) and the Opayo Repeat's (money).
                    if (boundary.equals("AFTER_RECORD") && !everyBoundary && !effect.equals(salesOrder) && !effect.equals(repeat)) {
                        continue;
                    }
                    run.killAt(effect, boundary);
                }
            }
            List<String> outcomes = run.finish();
            assertThat(outcomes).hasSize(4).allSatisfy(o -> assertThat(o).contains(" Done["));

            SysproBooks books = syspro.books();
            Map<String, Long> orders = books.salesOrders().stream().filter(o -> o.documentType().equals("O"))
                    .collect(Collectors.groupingBy(SysproBooks.SalesOrder::customerPoNumber, Collectors.counting()));
            assertThat(orders).isEqualTo(Map.of(ORDER, 1L));
            Map<String, Long> payments = books.payments().stream()
                    .collect(Collectors.groupingBy(SysproBooks.Payment::reference, Collectors.counting()));
            assertThat(payments).isEqualTo(Map.of(ORDER, 1L, REPEAT_CODE, 1L));
            List<SysproBooks.SalesOrder> creditNotes = books.salesOrders().stream().filter(o -> o.documentType().equals("C")).toList();
            assertThat(creditNotes).singleElement().satisfies(note -> {
                assertThat(note.customerPoNumber()).isEqualTo(REFUND);
                assertThat(note.value()).isEqualByComparingTo(SysproKillableRun.REFUNDED.amount());
            });
            assertThat(books.journals()).singleElement().satisfies(journal -> {
                assertThat(journal.entries()).isNotEmpty();
                assertThat(journal.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("journal %s balances", journal.reference()).isEqualByComparingTo(BigDecimal.ZERO);
            });

            for (String vendorTxCode : List.of(ORDER, "CIT-GYM-1", REFUND, REPEAT_CODE)) {
                assertThat(opayoEmulator.transactionsFor(vendorTxCode)).as(vendorTxCode).hasSize(1);
            }
            assertThat(opayoEmulator.transactions().stream().map(EmulatedTransaction::type))
                    .containsExactlyInAnyOrder("Payment", "Payment", "Refund", "Repeat");
            try (HikariDataSource dataSource = Demo.h2(directory.resolve("store"))) {
                assertThat(JdbcFlowStore.builder(dataSource).build().openDeadLetters()).isEmpty();
            }
        }
    }

    /** Child processes of {@link SysproKillableRun} on this test's emulators, with the host's transaction ids. */
    private final class Run {
        private final SysproEmulator syspro;
        private final OpayoEmulator opayo;
        private final List<String> transactions;
        private final ChildProcesses children = new ChildProcesses(directory, SysproKillableRun.class);

        Run(SysproEmulator syspro, OpayoEmulator opayo, List<String> transactions) {
            this.syspro = syspro;
            this.opayo = opayo;
            this.transactions = transactions;
        }

        /** Starts a child that stops at the boundary, waits until it says it is there, and kills it. */
        void killAt(EffectKey effect, String boundary) throws Exception {
            String name = effect.flow() + "-" + effect.effect() + "-" + boundary;
            String out = children.killWhenThere(start(effect.flow() + "/" + effect.effect(), boundary, name, children.marker(name)),
                    name, boundary + " of " + effect);
            // What ran to its end before the stop (the flows run one after another) ran to Done, not to a hold.
            assertThat(ChildProcesses.outcomes(out)).as(name).allSatisfy(o -> assertThat(o).contains(" Done["));
            children.assertRecorded(effect, boundary);
        }

        /** A last child with no stop: it resumes and finishes; its outcomes, one line per flow. */
        List<String> finish() throws Exception {
            return ChildProcesses.outcomes(children.finish(start("-", "-", "finish", null), "finish"));
        }

        private Process start(String effect, String boundary, String name, Path marker) throws IOException {
            List<String> arguments = new ArrayList<>(List.of(opayo.piUrl(), opayo.reportingUrl(), syspro.baseUrl(),
                    children.store().toString(), SysproKillableRun.NOW.toString()));
            arguments.addAll(transactions);
            arguments.addAll(List.of(effect, boundary, marker == null ? "-" : marker.toString()));
            return children.start(name, arguments);
        }
    }
}
