package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.mapping.reconcile.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    @TempDir
    Path store;

    @Test
    void theReadmeDemoRunsADayOnAnH2StoreAndASecondRunOfTheDayHasNoSecondEffect() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Demo.Summary summary = Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), 60, 5L, store);
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(summary.outcomes()).hasSize(60);
        assertThat(summary.count(OrderOutcome.Paid.class) + summary.count(OrderOutcome.Declined.class)
                + summary.count(OrderOutcome.Held.class) + summary.count(OrderOutcome.DeadLettered.class)).isEqualTo(60);
        assertThat(summary.duplicateCharges()).isZero();
        // The planted deletion of one Zoho payment is the one discrepancy.
        assertThat(summary.report().settlementCount(Outcome.MISSING_IN_LEDGER)).isEqualTo(1);
        assertThat(summary.refunds()).isNotEmpty();
        assertThat(summary.refunds().size() - summary.refunded()).isEqualTo(1); // the over-refund, sent for review
        assertThat(summary.secondRun()).isEqualTo(new Demo.Effects(0, 0, 0, 0, 0, 0));
        assertThat(store.resolve("tillbridge.mv.db")).exists();
        assertThat(output).contains("Flow store    H2 file").contains("0 new Opayo transactions, 0 new invoices, 0 new Zoho payments")
                .contains("Orders        paid").contains("0 vendorTxCodes charged twice").contains("Reconciliation 1 discrepancies");
    }
}
