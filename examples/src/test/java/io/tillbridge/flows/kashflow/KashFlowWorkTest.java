package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.kashflow.KashFlowWork;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner's KashFlow work run directly (no scheduler): what it reads, what it dead-letters, what it hands back. */
class KashFlowWorkTest {

    private final KashFlowWorld world = new KashFlowWorld();
    private final InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
    private final KashFlowWorld.Flows flows = world.flows(store, "runner-1", KashFlowWorld.settings(null));

    @AfterEach
    void close() {
        world.close();
    }

    private String reason(String flow, String subject) {
        return store.deadLetter(DeadLetter.idOf(flow, subject)).orElseThrow().reason();
    }

    @Test
    void workWithoutAVendorTxCodeAsksTheHostAndAnUnknownIdIsDeadLetteredNotDropped() {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        OpayoPayment payment = world.invoicePaid(2001, "ADA01", "GBP", "10.00");
        TillbridgeRunner.Work work = KashFlowWork.payments(flows.payments(), world.reader,
                id -> id.equals(payment.transactionId()) ? Optional.of(payment.vendorTxCode()) : Optional.empty());

        work.run("{" + payment.transactionId() + "}", Optional.empty());
        work.run("{0E2A6C1F-3333-4C2B-9D3E-000000000001}", Optional.empty());

        assertThat(world.kashflowEmulator.invoice(2001).get("PaymentLines")).hasSize(1);
        assertThat(reason(KashFlowPaymentFlow.NAME, "0E2A6C1F-3333-4C2B-9D3E-000000000001"))
                .startsWith("transactionId: the payment source has no Opayo transaction");
    }

    @Test
    void aRefundWhosePaymentTheHostCannotNameIsDeadLetteredNamingTheField() {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        OpayoPayment payment = world.invoicePaid(2001, "ADA01", "GBP", "10.00");
        assertThat(flows.payments().run(payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        String refundId = world.refund(payment.transactionId(), "SHOP.2001-R.1", 300);
        TillbridgeRunner.Work unknownPayment = KashFlowWork.refunds(flows.refunds(), world.reader, id -> Optional.empty(),
                (refund, code) -> Optional.empty());

        unknownPayment.run("{" + refundId + "}", Optional.of("SHOP.2001-R.1"));

        assertThat(reason(KashFlowRefundFlow.NAME, refundId)).startsWith("relatedTransactionId:");
        TillbridgeRunner.Work known = KashFlowWork.refunds(flows.refunds(), world.reader, id -> Optional.empty(),
                (refund, code) -> Optional.of("SHOP.2001.1"));
        known.run("{" + refundId + "}", Optional.of("SHOP.2001-R.1"));
        assertThat(store.deadLetter(DeadLetter.idOf(KashFlowRefundFlow.NAME, refundId)).orElseThrow().status())
                .isEqualTo(DeadLetter.Status.RESOLVED);
    }

    @Test
    void aSubjectAnotherRunnerHoldsIsHandedBackToTheRunnerToTryLater() {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        OpayoPayment payment = world.invoicePaid(2001, "ADA01", "GBP", "10.00");
        EffectEngine other = EffectEngine.builder(store).clock(world.clock).runner("runner-2").build();
        try (EffectEngine.Run held = other.start(KashFlowPaymentFlow.NAME, payment.transactionId()).orElseThrow()) {
            TillbridgeRunner.Work work = KashFlowWork.payments(flows.payments(), world.reader, id -> Optional.empty());
            assertThatThrownBy(() -> work.run("{" + payment.transactionId() + "}", Optional.of(payment.vendorTxCode())))
                    .isInstanceOf(RunnerException.class).hasMessageContaining("busy");
        }
        assertThat(world.kashflowEmulator.invoice(2001).get("PaymentLines")).isEmpty();
    }
}
