package io.tillbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tillbridge.client.Secret;
import io.tillbridge.flows.translate.ZohoTranslator;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.address.OpayoAddressProfile.OpayoAddress;
import io.tillbridge.mapping.lines.LineAggregation;
import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.transactions.BillingAddress;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.PaymentRequest;
import io.tillbridge.zoho.internal.ZohoJson;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A Zoho sales order (20 lines) to an Opayo payment request, against a bare Jackson parse of the
 * same input and write of the same output. Target: ratio ≤ 1.3 (design.md §7).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MappingBenchmark {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final CardPayment CARD = CardPayment.singleUse(Secret.of("M1E996F5-A9BC-41FE-B088-E5B73DB94277"),
            Secret.of("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6"));

    byte[] zoho;
    JsonNode opayoDocument;

    @Setup
    public void setUp() throws IOException {
        zoho = Fixtures.zohoSalesOrder(20);
        opayoDocument = PLAIN.readTree(tillbridge());
    }

    /** Zoho JSON → typed Zoho order → canonical order → checked total, fitted address → Pi JSON. */
    @Benchmark
    public String tillbridge() throws IOException {
        // One pass from bytes to the typed record, as the client's single-record reads do.
        Envelope envelope = ZohoJson.mapper().readValue(zoho, Envelope.class);
        SalesOrder order = ZohoTranslator.salesOrder(envelope.salesorder());
        long amount = LineAggregation.strict().opayoAmount(order);
        OpayoAddress billing = AddressProfile.opayo().fit(order.billing(), "billing_address");
        return PaymentRequest.builder()
                .card(CARD)
                .vendorTxCode(VendorTxCodes.withPrefix("TB").generate(order.number(), 1))
                .amount(amount, order.total().currency().getCurrencyCode())
                .description("Sales order " + order.number())
                .customer("Ada", "Lovelace")
                .billingAddress(new BillingAddress(billing.address1(), billing.address2(), billing.city(), billing.postalCode(),
                        billing.country(), billing.state()))
                .build()
                .toJson("Payment");
    }

    /** Zoho's envelope around one sales order. */
    public record Envelope(int code, String message, io.tillbridge.zoho.model.SalesOrder salesorder) {
    }

    /** The comparator: parse the same input and write the same output with plain Jackson. */
    @Benchmark
    public String jacksonBaseline() throws IOException {
        JsonNode parsed = PLAIN.readTree(zoho);
        if (parsed.isMissingNode()) {
            throw new IllegalStateException();
        }
        return PLAIN.writeValueAsString(opayoDocument);
    }
}
