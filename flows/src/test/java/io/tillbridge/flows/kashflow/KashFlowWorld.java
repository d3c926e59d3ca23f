package io.tillbridge.flows.kashflow;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowEnvironment;
import io.tillbridge.mapping.fx.ExchangeRateTable;
import io.tillbridge.mapping.gl.GlAccounts;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.posting.PostingRules;
import io.tillbridge.mapping.vendortx.InvoiceNumberRule;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.RefundRequest;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.opayo.transactions.TransactionService;
import io.tillbridge.sandbox.kashflow.KashFlowEmulator;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Opayo and KashFlow emulators, their clients, and the KashFlow flows over one store: what the tests run against. */
final class KashFlowWorld implements AutoCloseable {

    static final String KF_USER = "accounts@tillbridge.example";
    static final String KF_PASSWORD = "Tr0ub4dor&3-kf";
    static final String KF_WORD = "pineapple";
    static final int BANK = 7;
    static final int DEPOSIT = 8;
    static final int CARD_METHOD = 3;
    static final VendorTxCodes CODES = VendorTxCodes.withPrefix("SHOP");
    static final ZoneId UK = ZoneId.of("Europe/London");

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final OpayoEmulator opayoEmulator;
    final KashFlowEmulator kashflowEmulator;
    final OpayoClient opayo;
    KashFlowClient kashflow;
    final OpayoPayments reader;

    KashFlowWorld() {
        opayoEmulator = new OpayoEmulator("tillbridge", "integration-key", "integration-password", "reporter", "reporting-password",
                clock).start();
        kashflowEmulator = new KashFlowEmulator(KF_USER, KF_PASSWORD, KF_WORD, clock).start();
        kashflowEmulator.seedBankAccount(BANK, "Opayo clearing");
        kashflowEmulator.seedBankAccount(DEPOSIT, "Current Account");
        kashflowEmulator.seedNominal(11, 1200, "Bank");
        kashflowEmulator.seedNominal(12, 4000, "Sales");
        kashflowEmulator.seedNominal(13, 7900, "Card fees");
        opayo = OpayoClient.builder()
                .environment(OpayoEnvironment.custom(opayoEmulator.piUrl(), opayoEmulator.reportingUrl()))
                .vendorName("tillbridge").integrationKey(Secret.of("integration-key")).integrationPassword(Secret.of("integration-password"))
                .reporting("reporter", Secret.of("reporting-password"))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(500, 500, Duration.ofSeconds(1))).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(2))).clock(clock).build();
        kashflow = kashflowClient(KF_PASSWORD);
        reader = new OpayoPayments(opayo, UK);
    }

    KashFlowClient kashflowClient(String password) {
        return KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(kashflowEmulator.restUrl(), kashflowEmulator.soapUrl()))
                .userName(KF_USER).password(Secret.of(password)).memorableWord(Secret.of(KF_WORD))
                .clock(clock).requestTimeout(Duration.ofSeconds(5))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(500, 500, Duration.ofSeconds(1)))
                .build();
    }

    static KashFlowSettings settings(ExchangeRateTable rates) {
        GlAccounts accounts = new GlAccounts("4000", "4000", "4000", "7900", "1200");
        return new KashFlowSettings(InvoiceNumberRule.documentOfVendorTxCodes("SHOP", ""), BANK, CARD_METHOD,
                Currency.getInstance("GBP"), PostingRules.defaults(), KashFlowSettings.defaultFields(), rates,
                GlRuleTable.withDefault(List.of(), accounts), DEPOSIT, "OP");
    }

    /** The flows of one runner over a store. */
    record Flows(EffectEngine engine, KashFlowPaymentFlow payments, KashFlowRefundFlow refunds, KashFlowSettlementFlow settlement) {
    }

    Flows flows(FlowStore store, String runner, KashFlowSettings settings) {
        EffectEngine engine = EffectEngine.builder(store).clock(clock).runner(runner).build();
        return new Flows(engine, new KashFlowPaymentFlow(kashflow, engine, settings), new KashFlowRefundFlow(kashflow, engine, settings),
                new KashFlowSettlementFlow(kashflow, engine, settings, io.tillbridge.mapping.reconcile.Reconciler.builder().build()));
    }

    Flows flows() {
        return flows(new InMemoryFlowStore(clock), "runner-1", settings(null));
    }

    /** Charges a card in Opayo under a vendorTxCode; the transaction id. */
    String charge(String vendorTxCode, long minor, String currency) {
        MerchantSessionKey key = opayo.merchantSessionKeys().create();
        var card = opayo.sandboxCardIdentifiers().create(key, new SandboxCard("Ada Lovelace", SandboxCards.VISA_DEBIT, "1229",
                SandboxCards.SECURITY_CODE));
        TransactionOutcome outcome = opayo.transactions().payment(PaymentRequest.builder()
                .card(CardPayment.singleUse(key.key(), card.identifier())).vendorTxCode(vendorTxCode).amount(minor, currency)
                .description("Invoice").customer("Ada", "Lovelace")
                .billingAddress(new BillingAddress(SandboxCards.ADDRESS_1 + " High Street", null, "London", "SW1A 1AA", "GB", null))
                .build());
        if (!(outcome instanceof TransactionOutcome.Authorised authorised)) {
            throw new AssertionError("the emulator did not authorise " + vendorTxCode + ": " + outcome);
        }
        return authorised.transactionId();
    }

    String refund(String paymentId, String vendorTxCode, long minor) {
        TransactionOutcome outcome = opayo.transactions().refund(new RefundRequest(paymentId, vendorTxCode, minor, "Refund"));
        if (!(outcome instanceof TransactionOutcome.Authorised authorised)) {
            throw new AssertionError("the emulator did not refund " + vendorTxCode + ": " + outcome);
        }
        return authorised.transactionId();
    }

    OpayoPayment read(String vendorTxCode, String related) {
        return reader.read(vendorTxCode, related, null).orElseThrow();
    }

    /** Seeds a GBP invoice for a customer and charges its gross under SHOP.&lt;number&gt;.1; the payment as Opayo has it. */
    OpayoPayment invoicePaid(int number, String customer, String currency, String net) {
        BigDecimal gross = kashflowEmulator.seedInvoice(number, customer, currency, new BigDecimal(net), new BigDecimal("20"));
        String code = CODES.generate(Integer.toString(number), 1);
        charge(code, gross.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits()).longValueExact(), currency);
        return read(code, null);
    }

    @Override
    public void close() {
        kashflow.close();
        opayo.close();
        opayoEmulator.close();
        kashflowEmulator.close();
    }
}
