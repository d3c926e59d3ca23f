package io.tillbridge.flows.syspro;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.CredentialType;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.opayo.transactions.TransactionService;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import java.time.Clock;
import java.time.Duration;

/** The Opayo emulator and a client on it, with fast retries and short lookup pauses. */
final class OpayoSandbox implements AutoCloseable {

    final OpayoEmulator emulator;
    final OpayoClient client;

    OpayoSandbox(Clock clock) {
        emulator = new OpayoEmulator("sandbox", "integration-key", "integration-password", "reporter", "reporting-password", clock)
                .start();
        client = OpayoClient.builder().environment(OpayoEnvironment.custom(emulator.piUrl(), emulator.reportingUrl()))
                .vendorName("sandbox").integrationKey(Secret.of("integration-key")).integrationPassword(Secret.of("integration-password"))
                .reporting("reporter", Secret.of("reporting-password"))
                .retry(new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(200, 200, Duration.ofSeconds(1))).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(5))).clock(clock).build();
    }

    /** A first cardholder-initiated payment that stores the card; its transaction id is what repeats reference. */
    String firstPayment(String vendorTxCode, long minor, String currency) {
        MerchantSessionKey key = client.merchantSessionKeys().create();
        var card = client.sandboxCardIdentifiers().create(key,
                new SandboxCard("Sam Subscriber", SandboxCards.VISA_DEBIT, "1229", SandboxCards.SECURITY_CODE));
        TransactionOutcome outcome = client.transactions().payment(PaymentRequest.builder()
                .card(CardPayment.saveForLater(key.key(), card.identifier())).vendorTxCode(vendorTxCode).amount(minor, currency)
                .description("First payment").customer("Sam", "Subscriber")
                .billingAddress(new BillingAddress(SandboxCards.ADDRESS_1 + " High St", null, "Bristol", SandboxCards.POSTCODE, "GB", null))
                .credentialType(CredentialType.firstCardholderInitiated()).build());
        if (!(outcome instanceof TransactionOutcome.Authorised authorised)) {
            throw new IllegalStateException("the first payment was not authorised: " + outcome);
        }
        return authorised.transactionId();
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
