package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.mapping.reconcile.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void theReadmeDemoRunsADayAndReportsIt() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Demo.Summary summary = Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), 60, 5L);
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(summary.outcomes()).hasSize(60);
        assertThat(summary.count(OrderOutcome.Paid.class) + summary.count(OrderOutcome.Declined.class)
                + summary.count(OrderOutcome.Held.class) + summary.count(OrderOutcome.DeadLettered.class)).isEqualTo(60);
        assertThat(summary.duplicateCharges()).isZero();
        // The planted deletion of one Zoho payment is the one discrepancy.
        assertThat(summary.report().settlementCount(Outcome.MISSING_IN_LEDGER)).isEqualTo(1);
        assertThat(summary.refunds()).isNotEmpty();
        assertThat(summary.refunds().size() - summary.refunded()).isEqualTo(1); // the over-refund, sent for review
        assertThat(output).contains("Orders        paid").contains("0 vendorTxCodes charged twice").contains("Reconciliation 1 discrepancies");
    }
}
