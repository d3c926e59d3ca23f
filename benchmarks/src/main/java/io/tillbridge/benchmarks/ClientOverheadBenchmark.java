package io.tillbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.transactions.Transaction;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.SalesOrder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost the clients add — policies, logging, typed reading — over a raw {@code HttpClient} and
 * Jackson call to the same loopback stub with the same fixed body. Targets: p50 ≤ 1.10 ×,
 * throughput at 16 threads ≥ 0.90 × (design.md §7). Mode and threads are set by the report runner.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientOverheadBenchmark {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    LoopbackStub stub;
    OpayoClient opayo;
    ZohoInventoryClient zoho;
    HttpClient raw;
    String basic;
    String zohoOrder;

    @Setup
    public void setUp() throws IOException {
        byte[] order = Fixtures.zohoSalesOrder(20);
        zohoOrder = new String(order, StandardCharsets.UTF_8);
        stub = new LoopbackStub(path -> path.startsWith("/inventory") ? zohoOrder : Fixtures.OPAYO_TRANSACTION);
        opayo = OpayoClient.builder()
                .environment(OpayoEnvironment.custom(stub.baseUrl() + "/api/v1", stub.baseUrl() + "/access/access.htm"))
                .vendorName("bench").integrationKey(Secret.of("key")).integrationPassword(Secret.of("password"))
                .retry(RetrySettings.NONE).build();
        zoho = ZohoInventoryClient.builder().environment(ZohoEnvironment.custom(URI.create(stub.baseUrl()), URI.create(stub.baseUrl())))
                .organizationId("1").accessTokens(() -> Secret.of("token"))
                .rateLimit(1_000_000_000L, Duration.ofSeconds(1), Duration.ofSeconds(1)).bulkhead(64, Duration.ofMinutes(2))
                .retry(RetrySettings.NONE).build();
        raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        basic = "Basic " + Base64.getEncoder().encodeToString("key:password".getBytes(StandardCharsets.UTF_8));
    }

    @TearDown
    public void tearDown() {
        opayo.close();
        zoho.close();
        stub.close();
    }

    @Benchmark
    public Transaction opayoClientRetrieve() {
        return opayo.transactions().retrieve("DB79BA2D-05DA-5B85-D188-1293D16BBAC7");
    }

    @Benchmark
    public JsonNode opayoRaw() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = raw.send(HttpRequest.newBuilder(URI.create(stub.baseUrl()
                        + "/api/v1/transactions/DB79BA2D-05DA-5B85-D188-1293D16BBAC7")).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return PLAIN.readTree(response.body());
    }

    @Benchmark
    public SalesOrder zohoClientGet() {
        return zoho.salesOrders().get("4815000000044895");
    }

    @Benchmark
    public JsonNode zohoRaw() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = raw.send(HttpRequest.newBuilder(URI.create(stub.baseUrl()
                        + "/inventory/v1/salesorders/4815000000044895?organization_id=1")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Zoho-oauthtoken token").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return PLAIN.readTree(response.body());
    }
}
