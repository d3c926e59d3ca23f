package io.tillbridge.runner.kashflow;

import io.tillbridge.flows.kashflow.KashFlowOutcome;
import io.tillbridge.flows.kashflow.KashFlowPaymentFlow;
import io.tillbridge.flows.kashflow.KashFlowRefundFlow;
import io.tillbridge.flows.kashflow.OpayoPayment;
import io.tillbridge.flows.kashflow.OpayoPayments;
import io.tillbridge.flows.kashflow.PaymentSource;
import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.TillbridgeRunner;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The runner's work for the Opayo → KashFlow flows. The subject is the Opayo transaction id (a VPSTxId,
 * braces allowed); the payload, when the work was scheduled by
 * {@link io.tillbridge.runner.ingest.OpayoNotifications} or
 * {@link io.tillbridge.runner.poll.OpayoReportingFinder}, is its vendorTxCode, with which the transaction is
 * read from Reporting ({@link OpayoPayments}). Work submitted without one asks the host's lookup.
 *
 * <p>Business outcomes are recorded by the flows (posted, or a dead letter naming whether money moved);
 * only a subject another runner holds ({@link KashFlowOutcome.Busy}) is thrown back to the runner, which
 * tries it again later. A notification and a poll that both schedule one payment post it once: the
 * flow's subject and effect keys are the transaction id, and KashFlow is asked before anything is sent.
 */
public final class KashFlowWork {

    /** The work kind of Opayo payments posted to KashFlow invoices, as the README routes notifications. */
    public static final String PAYMENTS = KashFlowPaymentFlow.NAME;
    /** The work kind of Opayo refunds posted to KashFlow. */
    public static final String REFUNDS = KashFlowRefundFlow.NAME;

    private KashFlowWork() {
    }

    /**
     * The payment a refund refunds, as the host knows it: it asked Opayo for the refund, naming the
     * payment ({@code referenceTransactionId}), and Opayo's reports do not name it back (reference:
     * opayo.md §2 lists no such field in {@code getTransactionDetail}).
     */
    @FunctionalInterface
    public interface RefundedPayments {
        /**
         * The vendorTxCode of the payment a refund refunds, or empty when the host does not know it (the
         * refund is then dead-lettered for a person).
         *
         * @param refundTransactionId the refund's transaction id, without braces
         * @param refundVendorTxCode  the refund's own vendorTxCode
         * @return the refunded payment's vendorTxCode, or empty
         */
        Optional<String> paymentVendorTxCode(String refundTransactionId, String refundVendorTxCode);
    }

    /**
     * Work for kind {@link #PAYMENTS}: {@code builder.work(KashFlowWork.PAYMENTS, KashFlowWork.payments(flow, reader, codes))}.
     *
     * @param flow   the payment flow
     * @param reader reads the transaction from Opayo
     * @param codes  the vendorTxCode of work that came without one (submitted by the host); may answer empty
     * @return the work
     */
    public static TillbridgeRunner.Work payments(KashFlowPaymentFlow flow, OpayoPayments reader, OpayoPayments.VendorTxCodeLookup codes) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(codes, "codes");
        return (subject, payload) -> busyIsRetried(flow.run(subject, reader.source(lookup(payload, codes))));
    }

    /**
     * Work for kind {@link #REFUNDS}: the refund read by its vendorTxCode, the payment it refunds by the
     * host's {@code refunded}, and the refund flow run over both.
     *
     * @param flow     the refund flow
     * @param reader   reads the transactions from Opayo
     * @param codes    the vendorTxCode of work that came without one; may answer empty
     * @param refunded the payment each refund refunds
     * @return the work
     */
    public static TillbridgeRunner.Work refunds(KashFlowRefundFlow flow, OpayoPayments reader, OpayoPayments.VendorTxCodeLookup codes,
                                                RefundedPayments refunded) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(refunded, "refunded");
        return (subject, payload) -> {
            OpayoPayments.VendorTxCodeLookup refundCodes = lookup(payload, codes);
            // Read inside the flow's sources, so that an Opayo failure is the flow's dead letter, not a lost run;
            // the payment read for the refund's relatedTransactionId is the one handed to the flow.
            AtomicReference<Optional<OpayoPayment>> payment = new AtomicReference<>(Optional.empty());
            PaymentSource refunds = refundId -> {
                Optional<String> refundCode = refundCodes.vendorTxCode(refundId);
                payment.set(refundCode.flatMap(code -> refunded.paymentVendorTxCode(refundId, code))
                        .flatMap(code -> reader.read(code, null, null)));
                return refundCode.flatMap(code -> reader.read(code, payment.get().map(OpayoPayment::transactionId).orElse(null), null));
            };
            busyIsRetried(flow.run(subject, refunds, paymentId -> payment.get().filter(p -> p.transactionId().equals(paymentId))));
        };
    }

    private static OpayoPayments.VendorTxCodeLookup lookup(Optional<String> payload, OpayoPayments.VendorTxCodeLookup codes) {
        return payload.filter(code -> !code.isBlank()).<OpayoPayments.VendorTxCodeLookup>map(code -> id -> Optional.of(code))
                .orElse(codes);
    }

    private static void busyIsRetried(KashFlowOutcome outcome) {
        if (outcome instanceof KashFlowOutcome.Busy busy) {
            throw new RunnerException(busy.subject() + " is busy on another runner: " + busy.reason());
        }
    }
}
