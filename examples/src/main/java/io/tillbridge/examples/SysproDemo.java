package io.tillbridge.examples;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.flows.syspro.CreditRequest;
import io.tillbridge.flows.syspro.Dunning;
import io.tillbridge.flows.syspro.OpayoBatches;
import io.tillbridge.flows.syspro.Payer;
import io.tillbridge.flows.syspro.RecurringBilling;
import io.tillbridge.flows.syspro.Subscription;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.flows.syspro.SysproCreditFlow;
import io.tillbridge.flows.syspro.SysproCustomerFlow;
import io.tillbridge.flows.syspro.SysproOrderFlow;
import io.tillbridge.flows.syspro.SysproOutcome;
import io.tillbridge.flows.syspro.SysproSettlementFlow;
import io.tillbridge.flows.syspro.SysproTarget;
import io.tillbridge.flows.syspro.WebOrder;
import io.tillbridge.mapping.gl.GlAccounts;
import io.tillbridge.mapping.gl.GlRule;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Outcome;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.mapping.risk.RiskInput;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.CredentialType;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.sandbox.syspro.SysproBooks;
import io.tillbridge.sandbox.syspro.SysproEmulator;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.SysproEnvironment;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The SYSPRO half of the demo: paid web orders into SYSPRO sales orders and AR payments (with resets,
 * an expired session, a risky order held then released, and orders SYSPRO cannot take), a refund and a
 * chargeback as credit notes, the day's Opayo batch as GL journals with its reconciliation, a quarter
 * of recurring charges run by two runners on one store, and a payer set up as a SYSPRO customer — all
 * against the Opayo and SYSPRO emulators on this machine, on a flow store in an H2 file.
 */
final class SysproDemo {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    static final GlRuleTable GL = GlRuleTable.of(List.of(GlRule.catchAll("all",
            new GlAccounts("4000", "4010", "4020", "6100", "GB"))));

    private SysproDemo() {
    }

    /** What the SYSPRO run came to, for the summary and its test. */
    record Summary(int orders, int imported, long mostImportsOfOnePo, int arPayments, long mostPaymentsOfOneReference, int creditNotes,
                   int journals, boolean journalsBalance, ReconciliationReport reconciliation, int repeatsCharged,
                   long mostRepeatsOfOneCode, int repeatsDeclined, int notices, List<String> deadLetters, BigDecimal creditValue,
                   int releasedFromSuspense) {
    }

    static Summary run(PrintStream out, long seed, Path storeDirectory) {
        out.println();
        out.println("Tillbridge Opayo + SYSPRO demo — Opayo and SYSPRO e.net emulators on 127.0.0.1");
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        try (HikariDataSource dataSource = Demo.h2(storeDirectory);
             SysproEmulator sysproEmulator = new SysproEmulator(clock).start();
             OpayoEmulator opayoEmulator = new OpayoEmulator(SandboxWorld.VENDOR, "integration-key", "integration-password",
                     "reporter", "reporting-password", clock).start();
             OpayoClient opayo = SandboxWorld.opayoClient(opayoEmulator.piUrl(), opayoEmulator.reportingUrl(), clock)) {
            FlowStore store = JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
            seed(sysproEmulator);
            try (SysproClient syspro = sysproClient(sysproEmulator.baseUrl())) {
                return run(out, seed, clock, dataSource, store, sysproEmulator, opayoEmulator, opayo, new SysproTarget(syspro));
            }
        }
    }

    /** The demo's SYSPRO company: its operator, three customers, two stock codes in FG, the bank and ledger codes, March 2026 open. */
    static void seed(SysproEmulator sysproEmulator) {
        sysproEmulator.operator("TILLBRIDGE", "op-Pa55word").company("EDU1", "", "Outdoors Ltd", "GBP");
        sysproEmulator.books().customer("000001", "Bayside Bikes", "GBP").customer("000002", "Hill Top Ltd", "GBP")
                .customer("000003", "Coastal Cycles", "GBP").stock("A100", "Tent", "FG", new BigDecimal("500"))
                .stock("B200", "Stove", "FG", new BigDecimal("500")).bank("GB").currentPeriod(2026, 3)
                .ledgerCodes("4000", "4010", "4020", "6100", "GB");
    }

    /** A client on the seeded company, with fast retries. */
    static SysproClient sysproClient(String baseUrl) {
        return SysproClient.builder().environment(SysproEnvironment.custom(baseUrl))
                .operator("TILLBRIDGE", Secret.of("op-Pa55word")).company("EDU1", null)
                .retry(new RetrySettings(3, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(1))).build();
    }

    private static Summary run(PrintStream out, long seed, MutableClock clock, javax.sql.DataSource dataSource, FlowStore store, SysproEmulator sysproEmulator,
                               OpayoEmulator opayoEmulator, OpayoClient opayo, SysproTarget syspro) {
        EffectEngine engine = EffectEngine.builder(store).clock(clock).runner("syspro-demo").build();

        // ---- orders: each paid in Opayo, then into SYSPRO ---------------------------------------------------
        Map<String, WebOrder> orders = new LinkedHashMap<>();
        String[] customers = {"000001", "000002", "000003"};
        for (int i = 1; i <= 12; i++) {
            String code = "WEB-" + (1000 + i);
            String customer = i == 11 ? "009999" : customers[i % 3];
            String stock = i == 12 ? "Z999" : i % 2 == 0 ? "A100" : "B200";
            BigDecimal price = new BigDecimal(i % 2 == 0 ? "49.99" : "24.50");
            Money paid = Money.of(price.multiply(BigDecimal.valueOf(2)), java.util.Currency.getInstance("GBP"));
            String transactionId = pay(opayo, code, paid.toMinorUnits(), false);
            RiskInput risk = i != 7 ? null : new RiskInput(paid, clock.instant(), new AvsCv2Result(AvsCv2Result.Overall.NO_MATCHES,
                    AvsCv2Result.Check.NOT_MATCHED, AvsCv2Result.Check.NOT_MATCHED, AvsCv2Result.Check.NOT_MATCHED),
                    ThreeDSecureResult.NOT_AUTHENTICATED, "GB", "NG", List.of());
            orders.put(code, new WebOrder(code, transactionId, paid, customer, "FG",
                    List.of(new WebOrder.Line(stock, new BigDecimal("2"), price)),
                    new Address(List.of(i + " Harbour Road"), "Bristol", null, "BS1 4DJ", "GB"), null, "Visa", "web", risk, null));
        }
        SysproOrderFlow orderFlow = new SysproOrderFlow(syspro, engine, orders::get, new SysproOrderFlow.Settings(
                RiskPolicy.defaults(), GL, SysproOrderFlow.PaymentPosting.ON_PAYMENT, clock, ZONE));
        sysproEmulator.faults().seed(seed).resetAfterProcessing(0.2).only(r -> r.path().toLowerCase().contains("transaction/post"));
        Map<String, SysproOutcome> outcomes = new LinkedHashMap<>();
        for (String code : orders.keySet()) {
            if (code.equals("WEB-1006")) {
                sysproEmulator.endAllSessions(); // the e.net session expires mid-run
            }
            outcomes.put(code, untilSettled(() -> orderFlow.run(code)));
        }
        String held = outcomes.entrySet().stream().filter(e -> e.getValue() instanceof SysproOutcome.Held).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (held != null) {
            outcomes.put(held, orderFlow.release(held)); // a person looked and released it
        }
        sysproEmulator.faults().clear();

        // ---- refunds and chargebacks: credit notes -----------------------------------------------------------
        Map<String, CreditRequest> credits = new LinkedHashMap<>();
        WebOrder refunded = orders.get("WEB-1001");
        TransactionOutcome refund = opayo.transactions().refund(new RefundRequest(refunded.transactionId(), "RF-1001", 1000,
                "Refund of one item"));
        credits.put("RF-1001", new CreditRequest("RF-1001", CreditRequest.Kind.REFUND, "WEB-1001", refunded.transactionId(),
                refunded.paid(), Money.of("10.00", "GBP"), refunded.customer(), null, refund.transactionId()));
        WebOrder charged = orders.get("WEB-1002");
        credits.put("CB-1002", new CreditRequest("CB-1002", CreditRequest.Kind.CHARGEBACK, "WEB-1002", charged.transactionId(),
                charged.paid(), charged.paid(), charged.customer(), null, null));
        credits.put("CB-1003", new CreditRequest("CB-1003", CreditRequest.Kind.CHARGEBACK, "WEB-1003", orders.get("WEB-1003").transactionId(),
                orders.get("WEB-1003").paid(), Money.of("500.00", "GBP"), orders.get("WEB-1003").customer(), null, null));
        SysproCreditFlow creditFlow = new SysproCreditFlow(syspro, engine, credits::get, clock, ZONE);
        credits.keySet().forEach(creditFlow::run);
        credits.keySet().forEach(creditFlow::run); // again: nothing is credited twice

        // ---- the day's settlement batch: GL journals and reconciliation --------------------------------------
        opayoEmulator.closeBatch();
        Map<String, SettlementBatch> batches = new OpayoBatches(opayo, ZONE).day(LocalDate.ofInstant(clock.instant(), ZONE));
        SysproSettlementFlow settlement = new SysproSettlementFlow(syspro, engine, batches::get, Reconciler.builder().build(),
                SysproSettlementFlow.Settings.monthly(GL, "web", ZONE));
        batches.keySet().forEach(settlement::run);
        batches.keySet().forEach(settlement::run); // again: once per batch
        ReconciliationReport reconciliation = batches.keySet().stream().findFirst().map(settlement::reconcile).orElse(null);

        // ---- customers: a payer set up in SYSPRO -------------------------------------------------------------
        Address home = new Address(List.of("Flat 4, Harbour View Apartments, 17 Long Quay Road"), "Bristol", null, "BS1 4DJ", "GB");
        SysproCustomerFlow customerFlow = new SysproCustomerFlow(syspro, null, engine);
        customerFlow.push(new Payer("C1001", 1, "Ann Walker", "ann@example.com", null, "GBP", home, home));

        // ---- a quarter of recurring charges, run by two runners on the same store ----------------------------
        Map<String, Integer> notices = new ConcurrentHashMap<>();
        RecurringBilling.Notifier notifier = (s, period, reason) -> notices.merge(s.id() + "@" + period, 1, Integer::sum);
        RecurringBilling first = new RecurringBilling(opayo, syspro,
                EffectEngine.builder(store).clock(clock).runner("scheduler-1").build(), Dunning.standard(), notifier, GL, ZONE);
        RecurringBilling second = new RecurringBilling(opayo, syspro,
                EffectEngine.builder(store).clock(clock).runner("scheduler-2").build(), Dunning.standard(), notifier, GL, ZONE);
        first.save(new Subscription("GYM-1", "000001", pay(opayo, "CIT-GYM-1", 2500, true), Money.of("25.00", "GBP"),
                LocalDate.of(2026, 3, 10), 1, 0, true));
        second.save(new Subscription("BOX-7", "000002", pay(opayo, "CIT-BOX-7", 1299, true), Money.of("12.99", "GBP"),
                LocalDate.of(2026, 3, 20), 1, 0, true));
        LocalDate start = LocalDate.of(2026, 3, 3);
        for (LocalDate day = start; day.isBefore(start.plusDays(92)); day = day.plusDays(1)) {
            clock.set(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
            // BOX-7's card is declined for the whole of its April period: retried, then given up and the host told.
            opayoEmulator.declineRepeats(day.getMonthValue() == 4 && day.getDayOfMonth() >= 20 ? 1 : 0);
            // The body of a daily runner job (TillbridgeRunner.Builder.recurring), run here by both runners in
            // turn, as two instances whose ticks overlap would: each charge is still made once.
            for (RecurringBilling runner : List.of(first, second)) {
                runner.chargeAllDue(clock.instant());
            }
        }

        Summary summary = summarise(orders, sysproEmulator.books(), opayoEmulator.transactions(), reconciliation, notices,
                store.openDeadLetters());
        print(out, summary, outcomes);
        return summary;
    }

    private static SysproOutcome untilSettled(java.util.function.Supplier<SysproOutcome> run) {
        SysproOutcome outcome = run.get();
        // An outcome held by a reset or an ended session is looked up and finished by the next run.
        for (int i = 0; i < 3 && outcome instanceof SysproOutcome.Held held && !held.reason().contains("on hold"); i++) {
            outcome = run.get();
        }
        return outcome;
    }

    /** An authorised Opayo payment (storing the card for repeats when asked), made as the host's web shop would; its transaction id. */
    static String pay(OpayoClient opayo, String vendorTxCode, long minor, boolean storeCard) {
        MerchantSessionKey key = opayo.merchantSessionKeys().create();
        var card = opayo.sandboxCardIdentifiers().create(key,
                new SandboxCard("Demo Customer", SandboxCards.VISA_DEBIT, "1229", SandboxCards.SECURITY_CODE));
        TransactionOutcome outcome = opayo.transactions().payment(PaymentRequest.builder()
                .card(storeCard ? CardPayment.saveForLater(key.key(), card.identifier()) : CardPayment.singleUse(key.key(), card.identifier()))
                .vendorTxCode(vendorTxCode).amount(minor, "GBP").description("Web order " + vendorTxCode)
                .customer("Demo", "Customer")
                .billingAddress(new BillingAddress(SandboxCards.ADDRESS_1 + " Harbour Road", null, "Bristol", SandboxCards.POSTCODE, "GB", null))
                .credentialType(storeCard ? CredentialType.firstCardholderInitiated() : null).build());
        if (!(outcome instanceof TransactionOutcome.Authorised)) {
            throw new IllegalStateException("the demo payment " + vendorTxCode + " was not authorised");
        }
        return outcome.transactionId();
    }

    private static Summary summarise(Map<String, WebOrder> orders, SysproBooks books, List<EmulatedTransaction> transactions,
                                     ReconciliationReport reconciliation, Map<String, Integer> notices, List<DeadLetter> letters) {
        List<SysproBooks.SalesOrder> salesOrders = books.salesOrders().stream().filter(o -> o.documentType().equals("O")).toList();
        long mostImports = salesOrders.stream().collect(Collectors.groupingBy(SysproBooks.SalesOrder::customerPoNumber,
                Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<String, Long> perReference = books.payments().stream().collect(Collectors.groupingBy(SysproBooks.Payment::reference,
                Collectors.counting()));
        List<EmulatedTransaction> repeats = transactions.stream().filter(t -> t.type().equals("Repeat")).toList();
        long mostRepeats = repeats.stream().collect(Collectors.groupingBy(EmulatedTransaction::vendorTxCode, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        boolean balanced = books.journals().stream()
                .allMatch(j -> j.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0);
        List<String> dead = new ArrayList<>();
        letters.stream().filter(l -> l.flow().startsWith("syspro-")).forEach(l -> dead.add(l.flow() + " " + l.subject() + ": " + l.reason()));
        return new Summary(orders.size(), salesOrders.size(), mostImports, perReference.size(),
                perReference.values().stream().mapToLong(Long::longValue).max().orElse(0),
                (int) books.salesOrders().stream().filter(o -> o.documentType().equals("C")).count(), books.journals().size(), balanced,
                reconciliation, (int) repeats.stream().filter(t -> t.status().equals("Ok")).count(), mostRepeats,
                (int) repeats.stream().filter(t -> !t.status().equals("Ok")).count(),
                notices.values().stream().mapToInt(Integer::intValue).sum(), dead,
                books.salesOrders().stream().filter(o -> o.documentType().equals("C")).map(SysproBooks.SalesOrder::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                (int) salesOrders.stream().filter(o -> o.status().equals("1")
                        && o.comments().stream().anyMatch(c -> c.startsWith("Held by Tillbridge"))).count());
    }

    private static void print(PrintStream out, Summary s, Map<String, SysproOutcome> outcomes) {
        long done = outcomes.values().stream().filter(o -> o instanceof SysproOutcome.Done).count();
        out.printf("SYSPRO orders   %d paid web orders: %d in SYSPRO (SORTOI, at most %d per CustomerPoNumber), %d dead-lettered%n",
                s.orders(), s.imported(), s.mostImportsOfOnePo(), s.orders() - done);
        out.printf("AR payments     %d posted through ARSTPY (at most %d per reference)%n", s.arPayments(), s.mostPaymentsOfOneReference());
        out.printf("Risk holds      %d order(s) imported in suspense with the reasons, released with SORTOS%n", s.releasedFromSuspense());
        out.printf("Credit notes    %d (a refund and a chargeback) worth %s in SYSPRO (SORTCH + SORTCL); a chargeback above its"
                + " payment dead-lettered%n", s.creditNotes(), s.creditValue().toPlainString());
        out.printf("GL journals     %d GENTJL journal(s) for the day's batch, %s%n", s.journals(), s.journalsBalance() ? "balanced" : "NOT BALANCED");
        if (s.reconciliation() != null) {
            out.printf("Reconciliation  %d settlement lines matched to AR payments, %d discrepancies (refunds have no AR payment)%n",
                    s.reconciliation().settlementCount(Outcome.MATCHED), s.reconciliation().discrepancies().size());
        }
        out.printf("Recurring       %d repeats charged over a quarter by two runners (at most %d per vendorTxCode), %d declined, %d notice(s)%n",
                s.repeatsCharged(), s.mostRepeatsOfOneCode(), s.repeatsDeclined(), s.notices());
        out.printf("Dead letters    %d%n", s.deadLetters().size());
        s.deadLetters().forEach(l -> out.println("  " + l));
    }
}
