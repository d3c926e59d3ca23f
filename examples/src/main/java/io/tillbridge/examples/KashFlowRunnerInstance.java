package io.tillbridge.examples;

import io.tillbridge.client.Secret;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.kashflow.KashFlowPaymentFlow;
import io.tillbridge.flows.kashflow.KashFlowRefundFlow;
import io.tillbridge.flows.kashflow.KashFlowSettings;
import io.tillbridge.flows.kashflow.OpayoPayments;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.ingest.EventIngress;
import io.tillbridge.runner.ingest.OpayoNotifications;
import io.tillbridge.runner.kashflow.KashFlowWork;
import io.tillbridge.runner.poll.OpayoReportingFinder;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * One instance of a host of the Opayo → KashFlow pair, as a host wires it: the payment and refund flows
 * on an engine over the shared flow store, a {@link TillbridgeRunner} on the shared database with the
 * {@code kashflow-payment} and {@code kashflow-refund} work kinds, Opayo Server notifications taken by an
 * {@link EventIngress} (source {@code "opayo"}) and, when asked, Opayo Reporting polled for the business
 * day's payments and refunds. The KashFlow lines of the README's host snippet are wired here.
 */
public final class KashFlowRunnerInstance implements AutoCloseable {

    /** Where Opayo sends the shopper after a notification is taken. */
    public static final String REDIRECT = "https://shop.example/thanks";
    /** The business zone the payments are dated in. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** The payment flow this instance runs. */
    public final KashFlowPaymentFlow payments;
    /** The refund flow this instance runs. */
    public final KashFlowRefundFlow refunds;
    /** The runner. */
    public final TillbridgeRunner runner;
    /** Takes Opayo Server notifications under the source name {@code "opayo"}. */
    public final EventIngress ingress;
    /** How many times each subject's work ran here, by kind and subject ({@code kind/subject}). */
    public final Map<String, Integer> runs = new ConcurrentHashMap<>();

    /**
     * Wires an instance; {@link #start()} starts it.
     *
     * @param dataSource  the runner's database
     * @param store       the flow store (shared by the instances)
     * @param opayo       the Opayo client
     * @param kashflow    the KashFlow client
     * @param settings    the KashFlow settings
     * @param vendorName  the Opayo vendor name notifications are signed with
     * @param securityKey the SecurityKey notifications are signed with
     * @param refunded    the payment each refund refunds, as the host recorded it when it asked Opayo for the refund
     * @param name        the instance's name
     * @param clock       the runner's, engine's and finders' clock
     * @param pollEvery   how often Opayo Reporting is polled; null for notifications only
     */
    public KashFlowRunnerInstance(DataSource dataSource, FlowStore store, OpayoClient opayo, KashFlowClient kashflow,
                                  KashFlowSettings settings, String vendorName, Secret securityKey,
                                  KashFlowWork.RefundedPayments refunded, String name, Clock clock, Duration pollEvery) {
        Objects.requireNonNull(name, "name");
        EffectEngine engine = EffectEngine.builder(store).clock(clock).runner(name).build();
        this.payments = new KashFlowPaymentFlow(kashflow, engine, settings);
        this.refunds = new KashFlowRefundFlow(kashflow, engine, settings);
        OpayoPayments reader = new OpayoPayments(opayo, UK);
        // Work submitted without a vendorTxCode (by hand, say) has none to read the transaction by: a dead letter.
        OpayoPayments.VendorTxCodeLookup unknown = id -> Optional.empty();
        TillbridgeRunner.Work paymentWork = KashFlowWork.payments(payments, reader, unknown);
        TillbridgeRunner.Work refundWork = KashFlowWork.refunds(refunds, reader, unknown, refunded);
        TillbridgeRunner.Builder builder = TillbridgeRunner.builder(dataSource).applySchema(true).instanceName(name).clock(clock)
                .threads(2).pollingInterval(Duration.ofMillis(50)).heartbeat(Duration.ofMillis(150), 4)
                .retryBackoff(Duration.ofMillis(200)).shutdownMaxWait(Duration.ofSeconds(10))
                .work(KashFlowWork.PAYMENTS, counted(KashFlowWork.PAYMENTS, paymentWork))
                .work(KashFlowWork.REFUNDS, counted(KashFlowWork.REFUNDS, refundWork));
        if (pollEvery != null) {
            builder.find(KashFlowWork.PAYMENTS, OpayoReportingFinder.payments(opayo.reporting(), clock, UK), pollEvery)
                    .find(KashFlowWork.REFUNDS, OpayoReportingFinder.refunds(opayo.reporting(), clock, UK), pollEvery);
        }
        this.runner = builder.build();
        this.ingress = runner.ingress(Map.of("opayo", OpayoNotifications.source(vendorName, securityKey, KashFlowWork.PAYMENTS, REDIRECT)),
                1 << 20);
    }

    private TillbridgeRunner.Work counted(String kind, TillbridgeRunner.Work work) {
        return (subject, payload) -> {
            work.run(subject, payload);
            runs.merge(kind + "/" + subject, 1, Integer::sum);
        };
    }

    /**
     * How many times a subject's work of a kind finished here.
     *
     * @param kind    the work kind
     * @param subject the subject as scheduled
     * @return the count
     */
    public int runsOf(String kind, String subject) {
        return runs.getOrDefault(kind + "/" + subject, 0);
    }

    /**
     * Starts the runner.
     *
     * @return this instance
     */
    public KashFlowRunnerInstance start() {
        runner.start();
        return this;
    }

    @Override
    public void close() {
        runner.close();
    }
}
