package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KashFlowDemoTest {

    @Test
    void theKashFlowDayPostsEachPaymentOnceAndTheSecondRunPostsNothing() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        KashFlowDemo.Summary summary = KashFlowDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), 20, 3L);
        String output = buffer.toString(StandardCharsets.UTF_8);

        // 20 payments: one names no invoice, one pays an invoice a cheque already paid; the rest are posted.
        assertThat(summary.posted()).isEqualTo(18);
        assertThat(summary.deadLettered()).isEqualTo(2);
        assertThat(summary.paymentLines()).isEqualTo(18 + 1); // and the cheque
        assertThat(summary.secondRunPosts()).isZero();
        assertThat(summary.refunds()).isPositive();
        assertThat(summary.customers()).isEqualTo(10); // payers 0..9, each one customer
        assertThat(summary.discrepancies()).isEqualTo(2); // the two dead-lettered payments are not in KashFlow
        assertThat(summary.openDeadLetters()).isEqualTo(2);
        assertThat(output).contains("KashFlow      Opayo payments posted to invoices 18").contains("Settlement    batch")
                .contains("0 new KashFlow postings");
    }
}
