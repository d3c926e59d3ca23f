package io.tillbridge.examples;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.kashflow.KashFlowCustomerFlow;
import io.tillbridge.flows.kashflow.KashFlowOutcome;
import io.tillbridge.flows.kashflow.KashFlowPaymentFlow;
import io.tillbridge.flows.kashflow.KashFlowRefundFlow;
import io.tillbridge.flows.kashflow.KashFlowSettings;
import io.tillbridge.flows.kashflow.KashFlowSettlementFlow;
import io.tillbridge.flows.kashflow.OpayoPayment;
import io.tillbridge.flows.kashflow.OpayoPayments;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowEnvironment;
import io.tillbridge.mapping.gl.GlAccounts;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.posting.PostingRules;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.mapping.vendortx.InvoiceNumberRule;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.reporting.Batch;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.sandbox.kashflow.KashFlowEmulator;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The Opayo + KashFlow pair of the demo: a day of card payments against KashFlow invoices, with 5 % of
 * KashFlow's answers lost after it processed the call and a session expired midway; their customers,
 * a few refunds, two planted bad payments (a vendorTxCode naming no invoice, an invoice already paid),
 * the whole day run again by a host that lost its flow store, and the day's settlement batch posted and
 * reconciled. Prints a summary.
 */
public final class KashFlowDemo {

    static final int BANK = 7;
    static final int DEPOSIT = 8;
    private static final String KF_USER = "demo@tillbridge.example";
    private static final String KF_PASSWORD = "kf-demo-password";
    private static final String KF_WORD = "pineapple";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private KashFlowDemo() {
    }

    /** What the KashFlow day came to. */
    public record Summary(int posted, int deadLettered, int refunds, int customers, int paymentLines, int secondRunPosts,
                          String settlement, int discrepancies, int openDeadLetters) {
    }

    public static Summary run(PrintStream out, int payments, long seed) {
        Clock clock = Clock.systemUTC();
        Random random = new Random(seed);
        try (OpayoEmulator opayoEmulator = new OpayoEmulator(SandboxWorld.VENDOR, "integration-key", "integration-password", "reporter",
                "reporting-password", clock).start();
             KashFlowEmulator kashflowEmulator = emulator(clock).start();
             OpayoClient opayo = SandboxWorld.opayoClient(opayoEmulator.piUrl(), opayoEmulator.reportingUrl(), clock);
             KashFlowClient kashflow = kashflowClient(kashflowEmulator.restUrl(), kashflowEmulator.soapUrl(), clock)) {
            kashflowEmulator.seedBankAccount(BANK, "Opayo clearing");
            kashflowEmulator.seedBankAccount(DEPOSIT, "Current Account");
            KashFlowSettings settings = settings();
            OpayoPayments reader = new OpayoPayments(opayo, UK);

            // The day: invoices in KashFlow, paid by card in Opayo; two planted bad payments.
            List<OpayoPayment> paid = new ArrayList<>();
            List<OpayoPayment.Payer> payers = new ArrayList<>();
            for (int i = 0; i < payments; i++) {
                int number = 7001 + i;
                String customer = "CUST" + (i % 10);
                if (kashflowEmulator.customer(customer) == null) {
                    kashflowEmulator.seedCustomer(customer, "Customer " + (i % 10), "GB");
                }
                BigDecimal gross = kashflowEmulator.seedInvoice(number, customer, "GBP",
                        BigDecimal.valueOf(500 + random.nextInt(20_000), 2), new BigDecimal("20"));
                String code = "SHOP." + (i == 0 ? 9999 : number) + ".1"; // the first names an invoice KashFlow does not have
                charge(opayo, code, gross.movePointRight(2).longValueExact());
                OpayoPayment.Payer payer = new OpayoPayment.Payer("Payer", "No" + (i % 10), "payer" + (i % 10) + "@example.com",
                        i % 10 == 3 ? new Address(List.of("Odos Ermou 12", "Flat 3"), "Athens", null, "105 63", "GR")
                                : new Address(List.of(i + " High Street"), "London", null, "SW1A 1AA", "GB"));
                payers.add(payer);
                paid.add(reader.read(code, null, payer).orElseThrow());
            }
            // The second invoice was paid by cheque before the card payment came in.
            kashflow.payments().record(io.tillbridge.kashflow.payments.PaymentRequest.builder().invoiceNumber(7002)
                    .amount(paid.get(1).amount().amount(), "GBP").date(LocalDate.now(clock.withZone(UK))).method(2).bankAccount(BANK)
                    .reference("cheque-7002").build());

            kashflowEmulator.faults().seed(seed).resetAfterProcessing(0.05);
            FlowStore store = new InMemoryFlowStore(clock);
            Flows flows = flows(kashflow, store, settings, "kashflow-demo-1", clock);
            int posted = 0;
            int deadLettered = 0;
            java.util.Set<String> customerCodes = new java.util.TreeSet<>();
            for (int i = 0; i < paid.size(); i++) {
                if (i == paid.size() / 2) {
                    kashflowEmulator.expireSessions();
                }
                if (flows.customers.run(payers.get(i)) instanceof KashFlowOutcome.Posted) {
                    customerCodes.add(flows.customers.codeOf(payers.get(i).email()));
                }
                int index = i;
                KashFlowOutcome outcome = runUntilSettled(() -> flows.payments.run(paid.get(index)));
                posted += outcome instanceof KashFlowOutcome.Posted ? 1 : 0;
                deadLettered += outcome instanceof KashFlowOutcome.DeadLettered ? 1 : 0;
            }
            // A few refunds of posted payments.
            int refunds = 0;
            for (int i = 2; i < paid.size(); i += 7) {
                OpayoPayment payment = paid.get(i);
                long minor = Math.max(1, payment.amount().toMinorUnits() / 4);
                TransactionOutcome refunded = opayo.transactions().refund(new RefundRequest(payment.transactionId(),
                        "SHOP." + (7001 + i) + "-R.1", minor, "Refund"));
                if (refunded instanceof TransactionOutcome.Authorised) {
                    OpayoPayment refund = reader.read("SHOP." + (7001 + i) + "-R.1", payment.transactionId(), null).orElseThrow();
                    refunds += runUntilSettled(() -> flows.refunds.run(refund, payment)) instanceof KashFlowOutcome.Posted ? 1 : 0;
                }
            }
            kashflowEmulator.faults().clear();

            // A host that lost its flow store runs the whole day again: KashFlow is asked, nothing is posted twice.
            long postsBefore = kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"));
            int bankBefore = kashflowEmulator.bankTransactions(BANK).size();
            Flows again = flows(kashflow, new InMemoryFlowStore(clock), settings, "kashflow-demo-2", clock);
            paid.forEach(again.payments::run);
            int secondRunPosts = (int) (kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment")) - postsBefore)
                    + kashflowEmulator.bankTransactions(BANK).size() - bankBefore;

            String batchId = opayoEmulator.closeBatch();
            Batch batch = opayo.reporting().batches(clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofMinutes(1)))
                    .stream().filter(b -> b.batchId().equals(batchId)).findFirst().orElseThrow();
            SettlementBatch settlement = reader.batch(batch, (amount, type) -> type == TransactionType.REFUND ? null
                    : Money.of(amount.amount().multiply(new BigDecimal("0.015")).setScale(2, RoundingMode.HALF_EVEN), amount.currency()));
            KashFlowSettlementFlow.Result settled = flows.settlement.run(settlement, LocalDate.now(clock.withZone(UK)));
            int lines = 0;
            for (int i = 0; i < paid.size(); i++) {
                lines += kashflowEmulator.invoice(7001 + i).get("PaymentLines").size();
            }
            int open = store.openDeadLetters().size();
            Summary summary = new Summary(posted, deadLettered, refunds, customerCodes.size(), lines, secondRunPosts,
                    settled.outcome() instanceof KashFlowOutcome.Posted p ? p.detail() : settled.outcome().toString(),
                    settled.reconciliation() == null ? -1 : settled.reconciliation().discrepancies().size(), open);
            print(out, summary, store, settled);
            return summary;
        }
    }

    /** The demo's KashFlow emulator, with the demo's user (not yet started). */
    static KashFlowEmulator emulator(Clock clock) {
        return new KashFlowEmulator(KF_USER, KF_PASSWORD, KF_WORD, clock);
    }

    /** A KashFlow client on the demo's emulator, with fast retries. */
    static KashFlowClient kashflowClient(String restUrl, String soapUrl, Clock clock) {
        return KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(restUrl, soapUrl))
                .userName(KF_USER).password(Secret.of(KF_PASSWORD))
                .memorableWord(Secret.of(KF_WORD)).clock(clock).requestTimeout(Duration.ofSeconds(5))
                .retry(new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(500, 500, Duration.ofSeconds(1))).build();
    }

    /** The demo's settings: SHOP.&lt;invoice&gt;.&lt;attempt&gt; codes, the clearing and deposit accounts, card method 3. */
    static KashFlowSettings settings() {
        return new KashFlowSettings(InvoiceNumberRule.documentOfVendorTxCodes("SHOP", ""), BANK, 3,
                Currency.getInstance("GBP"), PostingRules.defaults(), KashFlowSettings.defaultFields(), null,
                GlRuleTable.withDefault(List.of(), new GlAccounts("4000", "4000", "4000", "7900", "1200")), DEPOSIT, "OP");
    }

    private record Flows(KashFlowCustomerFlow customers, KashFlowPaymentFlow payments, KashFlowRefundFlow refunds,
                         KashFlowSettlementFlow settlement) {
    }

    private static Flows flows(KashFlowClient kashflow, FlowStore store, KashFlowSettings settings, String runner, Clock clock) {
        EffectEngine engine = EffectEngine.builder(store).clock(clock).runner(runner).build();
        return new Flows(new KashFlowCustomerFlow(kashflow, engine, settings), new KashFlowPaymentFlow(kashflow, engine, settings),
                new KashFlowRefundFlow(kashflow, engine, settings),
                new KashFlowSettlementFlow(kashflow, engine, settings, Reconciler.builder().build()));
    }

    /** A lost answer holds a payment for a lookup; the replay a runner would make later is made at once here. */
    private static KashFlowOutcome runUntilSettled(java.util.function.Supplier<KashFlowOutcome> run) {
        KashFlowOutcome outcome = run.get();
        for (int i = 0; i < 5 && outcome instanceof KashFlowOutcome.DeadLettered d && d.reason().contains("outcome unknown"); i++) {
            outcome = run.get();
        }
        return outcome;
    }

    static void charge(OpayoClient opayo, String vendorTxCode, long minor) {
        MerchantSessionKey key = opayo.merchantSessionKeys().create();
        var card = opayo.sandboxCardIdentifiers().create(key, new SandboxCard("Demo Payer", SandboxCards.VISA_DEBIT, "1229",
                SandboxCards.SECURITY_CODE));
        opayo.transactions().payment(PaymentRequest.builder().card(CardPayment.singleUse(key.key(), card.identifier()))
                .vendorTxCode(vendorTxCode).amount(minor, "GBP").description("KashFlow invoice").customer("Demo", "Payer")
                .billingAddress(new BillingAddress(SandboxCards.ADDRESS_1 + " High Street", null, "London", "SW1A 1AA", "GB", null))
                .build());
    }

    private static void print(PrintStream out, Summary s, FlowStore store, KashFlowSettlementFlow.Result settled) {
        out.println();
        out.println("KashFlow      Opayo payments posted to invoices " + s.posted() + ", dead-lettered " + s.deadLettered()
                + " (5% of KashFlow answers were lost after processing; one session expired)");
        out.println("              payers kept as KashFlow customers " + s.customers() + ", refunds posted " + s.refunds()
                + ", invoice payment lines " + s.paymentLines() + " (one is a cheque)");
        out.println("              second run over an emptied store: " + s.secondRunPosts() + " new KashFlow postings");
        out.println("Settlement    " + s.settlement());
        out.println("Reconciliation " + s.discrepancies() + " discrepancies");
        if (settled.reconciliation() != null) {
            settled.reconciliation().discrepancies().forEach(d -> out.println("                " + d.outcome() + " " + d.side() + " "
                    + d.transactionId() + " " + d.amount()));
        }
        out.println("Dead letters  " + s.openDeadLetters() + " waiting for a person");
        store.openDeadLetters().forEach(l -> out.println("                " + l.reason()));
    }
}
