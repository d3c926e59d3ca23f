package io.tillbridge.flows.syspro;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.mapping.gl.GlAccounts;
import io.tillbridge.mapping.gl.GlRule;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.sandbox.EmulatorRequest;
import io.tillbridge.sandbox.syspro.SysproEmulator;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.SysproEnvironment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** A SYSPRO emulator seeded with customers, stock, bank and ledger codes, and flows over it on one store. */
final class SysproWorld implements AutoCloseable {

    static final GlAccounts ACCOUNTS = new GlAccounts("4000", "4010", "4020", "6100", "GB");
    static final GlRuleTable GL = GlRuleTable.of(List.of(GlRule.catchAll("all", ACCOUNTS)));

    final MutableClock clock;
    final SysproEmulator emulator;
    final FlowStore store;
    final Map<String, WebOrder> orders = new ConcurrentHashMap<>();
    final SysproClient client;

    SysproWorld() {
        this(null);
    }

    SysproWorld(FlowStore store) {
        this(store, new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));
    }

    SysproWorld(FlowStore store, MutableClock clock) {
        this.clock = clock;
        this.emulator = new SysproEmulator(clock).start();
        this.store = store == null ? new InMemoryFlowStore(clock) : store;
        emulator.operator("TILLBRIDGE", "op-Pa55word").company("EDU1", "", "Outdoors Ltd", "GBP");
        emulator.books().customer("000001", "Bayside Bikes", "GBP").customer("000002", "Hill Top Ltd", "GBP")
                .stock("A100", "Tent", "FG", new BigDecimal("100")).stock("B200", "Stove", "FG", new BigDecimal("100"))
                .bank("GB").currentPeriod(2026, 1).ledgerCodes("4000", "4010", "4020", "6100", "GB").invoice("100466", "000001", new BigDecimal("59.98"));
        client = client();
    }

    SysproClient client() {
        return client(emulator.baseUrl());
    }

    /**
     * A client of the same operator as if from another process: clients of one site, operator and company
     * in one JVM share their session, so this one reaches the emulator through another spelling of its address.
     */
    SysproClient otherProcessClient() {
        return client(emulator.baseUrl().replace("localhost", "127.0.0.1"));
    }

    private SysproClient client(String baseUrl) {
        return SysproClient.builder().environment(SysproEnvironment.custom(baseUrl))
                .operator("TILLBRIDGE", Secret.of("op-Pa55word")).company("EDU1", null)
                .retry(new RetrySettings(3, Duration.ofMillis(1), 1.0, Duration.ofMillis(2), Duration.ofMillis(50))).build();
    }

    /** Counts the engine's boundaries: a send that returned, and a record written (sent now or adopted after a lookup). */
    final Map<EffectEngine.Boundary, java.util.concurrent.atomic.AtomicInteger> boundaries = new ConcurrentHashMap<>();

    EffectEngine engine(String runner) {
        return engine(runner, store);
    }

    /** An engine for a runner over another handle on the same records (another pool on the same H2 file, say). */
    EffectEngine engine(String runner, FlowStore over) {
        return EffectEngine.builder(over).clock(clock).runner(runner).probe((boundary, key) ->
                boundaries.computeIfAbsent(boundary, b -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet()).build();
    }

    int seen(EffectEngine.Boundary boundary) {
        var count = boundaries.get(boundary);
        return count == null ? 0 : count.get();
    }

    SysproOrderFlow orderFlow(String runner, SysproOrderFlow.PaymentPosting posting) {
        return orderFlow(runner, posting, client);
    }

    SysproOrderFlow orderFlow(String runner, SysproOrderFlow.PaymentPosting posting, SysproClient using) {
        return new SysproOrderFlow(new SysproTarget(using), engine(runner), this::order,
                new SysproOrderFlow.Settings(RiskPolicy.defaults(), GL, posting, clock, ZoneOffset.UTC));
    }

    private WebOrder order(String vendorTxCode) {
        WebOrder order = orders.get(vendorTxCode);
        if (order == null) {
            throw new IllegalStateException("the host has no order " + vendorTxCode);
        }
        return order;
    }

    WebOrder webOrder(String vendorTxCode, String customer, String stockCode, String invoice) {
        WebOrder order = new WebOrder(vendorTxCode, "TX-" + vendorTxCode, Money.of("59.98", "GBP"), customer, "FG",
                List.of(new WebOrder.Line(stockCode, new BigDecimal("2"), new BigDecimal("29.99"))),
                new Address(List.of("1 High Street", "Flat 2"), "Bristol", null, "BS1 4DJ", "GB"), "a@example.com", "Visa", "web",
                null, invoice);
        orders.put(vendorTxCode, order);
        return order;
    }

    static Predicate<EmulatorRequest> businessObject(String name) {
        return r -> name.equalsIgnoreCase(r.query().getOrDefault("BusinessObject", "").trim());
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
