package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.zoho.model.Inputs;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process (SIGKILL) at every boundary of every effect — after "begun" is recorded and
 * before the send, after the target did it and before it was recorded, after it was recorded — and
 * resumes each time in a new process over the same H2 file. In the end there is exactly one Opayo
 * charge, one invoice, one Zoho payment, one Opayo refund and one Zoho refund.
 */
class ProcessKillTest {

    private static final List<String> BOUNDARIES = List.of("BEFORE_SEND", "AFTER_SEND", "AFTER_RECORD");

    @TempDir
    Path directory;

    @Test
    void aProcessKilledAtEveryBoundaryIsResumedByAnotherWithExactlyOneOfEachEffect() throws Exception {
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
            String order = FlowRecoveryTest.paidCandidate(world);
            String number = world.zohoEmulator.record("salesorders", order).path("salesorder_number").asText();

            for (String effect : List.of("opayo-payment", "zoho-invoice", "zoho-payment")) {
                for (String boundary : BOUNDARIES) {
                    killAt(world, "order", order, effect, boundary);
                    assertRecorded(new EffectKey("order-to-cash", effect, order, 1), boundary);
                }
            }
            String paid = finish(world, "order", order);
            assertThat(paid).startsWith("Paid[");

            String vendorTxCode = "TB." + number + ".1";
            assertThat(world.opayoEmulator.transactionsFor(vendorTxCode)).hasSize(1);
            String transactionId = world.opayoEmulator.transactionsFor(vendorTxCode).get(0).transactionId();
            assertThat(world.zohoEmulator.records("invoices").stream().filter(i -> number.equals(i.path("reference_number").asText())))
                    .hasSize(1);
            assertThat(world.zohoEmulator.records("customerpayments").stream()
                    .filter(p -> transactionId.equals(p.path("reference_number").asText()))).hasSize(1);
            assertThat(world.zohoEmulator.record("salesorders", order).path("paid_status").asText()).isEqualTo("paid");

            String creditNote = creditNote(world, order);
            for (String effect : List.of("opayo-refund", "zoho-refund")) {
                for (String boundary : BOUNDARIES) {
                    killAt(world, "refund", creditNote, effect, boundary);
                    assertRecorded(new EffectKey("refund", effect, creditNote, 1), boundary);
                }
            }
            assertThat(finish(world, "refund", creditNote)).startsWith("Refunded[");
            assertThat(world.opayoEmulator.transactions().stream().filter(t -> t.type().equals("Refund"))).hasSize(1);
            assertThat(world.zohoEmulator.record("creditnotes", creditNote).path("refunds")).hasSize(1);
            assertThat(world.zohoEmulator.records("inventoryadjustments")).hasSize(1);
        }
    }

    /** Starts a child that stops at the boundary, waits until it says it is there, and kills it. */
    private void killAt(SandboxWorld world, String mode, String subject, String effect, String boundary) throws Exception {
        Path marker = directory.resolve(mode + "-" + effect + "-" + boundary + ".marker");
        Process child = start(world, mode, subject, effect, boundary, marker);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(marker)) {
            if (!child.isAlive()) {
                throw new AssertionError("the child ended before " + boundary + " of " + effect + ": " + output(mode, effect, boundary));
            }
            if (Instant.now().isAfter(deadline)) {
                child.destroyForcibly();
                throw new AssertionError("the child never reached " + boundary + " of " + effect + ": " + output(mode, effect, boundary));
            }
            child.waitFor(10, TimeUnit.MILLISECONDS); // wakes as soon as the child exits
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, no pool closing
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** A last child with no stop: it resumes and finishes. */
    private String finish(SandboxWorld world, String mode, String subject) throws Exception {
        Process child = start(world, mode, subject, "-", "-", null);
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String out = output(mode, "-", "-");
        assertThat(child.exitValue()).as(out).isZero();
        return out.lines().filter(l -> l.startsWith("OUTCOME ")).findFirst().orElseThrow(() -> new AssertionError(out)).substring(8);
    }

    private Process start(SandboxWorld world, String mode, String subject, String effect, String boundary, Path marker)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), KillableRun.class.getName(),
                world.opayoEmulator.piUrl(), world.opayoEmulator.reportingUrl(), world.zohoEmulator.baseUrl(),
                directory.resolve("store").toString(), mode, subject, effect, boundary, marker == null ? "-" : marker.toString()));
        File log = directory.resolve(mode + "-" + effect + "-" + boundary + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private String output(String mode, String effect, String boundary) throws IOException {
        return Files.readString(directory.resolve(mode + "-" + effect + "-" + boundary + ".log"), StandardCharsets.UTF_8);
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

    private static String creditNote(SandboxWorld world, String order) {
        JsonNode stored = world.zohoEmulator.record("salesorders", order);
        JsonNode line = stored.path("line_items").get(0);
        String invoiceId = world.zohoEmulator.records("invoices").stream()
                .filter(i -> order.equals(i.path("salesorder_id").asText())).findFirst().orElseThrow().path("invoice_id").asText();
        return world.zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(stored.path("customer_id").asText(),
                LocalDate.now(world.clock()), null, null, List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(),
                        null, null, line.path("rate").decimalValue(), BigDecimal.ONE, null, null, null, false)), null), invoiceId)
                .creditnoteId();
    }
}
