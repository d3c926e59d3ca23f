package io.tillbridge.examples;

import static io.tillbridge.examples.SysproKillableRun.ORDER;
import static io.tillbridge.examples.SysproKillableRun.REFUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.syspro.SysproBooks;
import io.tillbridge.sandbox.syspro.SysproEmulator;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
                    assertRecorded(effect, boundary);
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

        Run(SysproEmulator syspro, OpayoEmulator opayo, List<String> transactions) {
            this.syspro = syspro;
            this.opayo = opayo;
            this.transactions = transactions;
        }

        /** Starts a child that stops at the boundary, waits until it says it is there, and kills it. */
        void killAt(EffectKey effect, String boundary) throws Exception {
            String name = effect.flow() + "-" + effect.effect() + "-" + boundary;
            Path marker = directory.resolve(name + ".marker");
            Process child = start(name, effect.flow() + "/" + effect.effect(), boundary, marker);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!Files.exists(marker)) {
                if (!child.isAlive()) {
                    throw new AssertionError("the child ended before " + boundary + " of " + effect + ": " + output(name));
                }
                if (Instant.now().isAfter(deadline)) {
                    child.destroyForcibly();
                    throw new AssertionError("the child never reached " + boundary + " of " + effect + ": " + output(name));
                }
                child.waitFor(10, TimeUnit.MILLISECONDS); // wakes as soon as the child exits
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, no pool closing
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // What ran to its end before the stop (the flows run one after another) ran to Done, not to a hold.
            assertThat(outcomes(output(name))).as(name).allSatisfy(o -> assertThat(o).contains(" Done["));
        }

        /** A last child with no stop: it resumes and finishes; its outcomes, one line per flow. */
        List<String> finish() throws Exception {
            Process child = start("finish", "-", "-", null);
            if (!child.waitFor(90, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("the last child did not finish: " + output("finish"));
            }
            String out = output("finish");
            assertThat(child.exitValue()).as(out).isZero();
            return outcomes(out);
        }

        private Process start(String name, String effect, String boundary, Path marker) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                    "-XX:+UseSerialGC", "-XX:-UsePerfData",
                    "-cp", System.getProperty("java.class.path"), SysproKillableRun.class.getName(),
                    opayo.piUrl(), opayo.reportingUrl(), syspro.baseUrl(), directory.resolve("store").toString(),
                    SysproKillableRun.NOW.toString()));
            command.addAll(transactions);
            command.addAll(List.of(effect, boundary, marker == null ? "-" : marker.toString()));
            File log = directory.resolve(name + ".log").toFile();
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        }
    }

    private String output(String name) throws IOException {
        return Files.readString(directory.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    private static List<String> outcomes(String out) {
        return out.lines().filter(l -> l.startsWith("OUTCOME ")).map(l -> l.substring(8)).toList();
    }

    /** What the killed process left in the H2 file: "begun" before and right after the send, "done" after the record. */
    private void assertRecorded(EffectKey key, String boundary) {
        try (HikariDataSource dataSource = Demo.h2(directory.resolve("store"))) {
            FlowStore store = JdbcFlowStore.builder(dataSource).build();
            EffectRecord record = store.effect(key).orElseThrow(() -> new AssertionError("no record of " + key + " after " + boundary));
            assertThat(record.state()).as(key + " at " + boundary)
                    .isEqualTo(boundary.equals("AFTER_RECORD") ? EffectRecord.State.DONE : EffectRecord.State.BEGUN);
        }
    }
}
