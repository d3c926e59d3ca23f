package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.zoho.model.Inputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
    private ChildProcesses children;

    @BeforeEach
    void children() {
        children = new ChildProcesses(directory, KillableRun.class);
    }

    @Test
    void aProcessKilledAtEveryBoundaryIsResumedByAnotherWithExactlyOneOfEachEffect() throws Exception {
        try (SandboxWorld world = new SandboxWorld(6, 1, Clock.systemUTC())) {
            String order = FlowRecoveryTest.paidCandidate(world);
            String number = world.zohoEmulator.record("salesorders", order).path("salesorder_number").asText();

            for (String effect : List.of("opayo-payment", "zoho-invoice", "zoho-payment")) {
                for (String boundary : BOUNDARIES) {
                    killAt(world, "order", order, effect, boundary);
                    children.assertRecorded(new EffectKey("order-to-cash", effect, order, 1), boundary);
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
                    children.assertRecorded(new EffectKey("refund", effect, creditNote, 1), boundary);
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
        children.killWhenThere(start(world, mode, subject, effect, boundary, children.marker(name(mode, effect, boundary))),
                name(mode, effect, boundary), boundary + " of " + effect);
    }

    /** A last child with no stop: it resumes and finishes. */
    private String finish(SandboxWorld world, String mode, String subject) throws Exception {
        String out = children.finish(start(world, mode, subject, "-", "-", null), name(mode, "-", "-"));
        return ChildProcesses.outcomes(out).stream().findFirst().orElseThrow(() -> new AssertionError(out));
    }

    private Process start(SandboxWorld world, String mode, String subject, String effect, String boundary, Path marker)
            throws IOException {
        return children.start(name(mode, effect, boundary), List.of(world.opayoEmulator.piUrl(),
                world.opayoEmulator.reportingUrl(), world.zohoEmulator.baseUrl(), children.store().toString(), mode, subject, effect,
                boundary, marker == null ? "-" : marker.toString()));
    }

    private static String name(String mode, String effect, String boundary) {
        return mode + "-" + effect + "-" + boundary;
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
