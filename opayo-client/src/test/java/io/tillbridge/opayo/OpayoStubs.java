package io.tillbridge.opayo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.opayo.transactions.TransactionService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Shared test fixtures: a client pointed at WireMock with millisecond retries, and a valid request. */
public final class OpayoStubs {

    public static final Secret KEY = Secret.of("hJYxsw7HLbj40cB8udES8CDRFLhuJ8G54O6rDpUXvE6hYDrria");
    public static final Secret PASSWORD = Secret.of("o2iHSrFybYMZpmWOQMuhsXP52V4fBtpuSDshrKDSWsBY1OiN6hwd9Kb12z4j5Us5u");
    public static final Secret REPORTING_PASSWORD = Secret.of("pa&ss");

    private OpayoStubs() {
    }

    public static OpayoClient.Builder client(WireMockExtension stub) {
        return OpayoClient.builder()
                .environment(OpayoEnvironment.custom(stub.baseUrl() + "/api/v1", stub.baseUrl() + "/access/access.htm"))
                .vendorName("testvendor")
                .integrationKey(KEY)
                .integrationPassword(PASSWORD)
                .reporting("reporter", REPORTING_PASSWORD)
                .requestTimeout(Duration.ofSeconds(5)) // generous: a cold stub on a loaded machine must not time out
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)))
                .resolution(new TransactionService.Resolution(3, Duration.ofMillis(1)));
    }

    public static PaymentRequest.Builder payment() {
        return PaymentRequest.builder()
                .card(CardPayment.singleUse(Secret.of("M1E996F5-A9BC-41FE-B088-E5B73DB94277"),
                        Secret.of("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6")))
                .vendorTxCode("SO-00042.1")
                .amount(8951, "GBP")
                .description("Sales order SO-00042")
                .customer("Ada", "Lovelace")
                .billingAddress(new BillingAddress("88", null, "London", "412", "GB", null));
    }

    public static String fixture(String name) {
        try (InputStream in = OpayoStubs.class.getResourceAsStream("/fixtures/opayo/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
