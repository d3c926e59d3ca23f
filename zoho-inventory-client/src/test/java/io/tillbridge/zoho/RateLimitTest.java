package io.tillbridge.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.http.ClientListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theClientSideLimiterNeverExceedsItsRate() throws Exception {
        ZohoStubs.tokenEndpoint(stub, "tok");
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items/1")).willReturn(okJson(fixture("item.json"))));
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        int permits = 10;
        Duration period = Duration.ofMillis(200);
        ZohoInventoryClient zoho = ZohoStubs.client(stub)
                .rateLimit(permits, period, Duration.ofSeconds(5))
                .maxConcurrent(4)
                .listener(new ClientListener() {
                    @Override
                    public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                        if (path.startsWith("/inventory")) {
                            starts.add(System.nanoTime());
                        }
                    }
                }).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(() -> zoho.items().get("1")));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(40);
        // In any window of one period, at most `permits` calls may start (one of slack for the window's edge).
        int first = 0;
        for (int last = 0; last < sorted.size(); last++) {
            while (sorted.get(last) - sorted.get(first) >= period.toNanos()) {
                first++;
            }
            assertThat(last - first + 1).as("calls starting within %s ending at call %d", period, last).isLessThanOrEqualTo(permits + 1);
        }
        long elapsed = sorted.get(sorted.size() - 1) - sorted.get(0);
        assertThat(elapsed).as("40 calls at 10 per 200 ms take at least ~700 ms").isGreaterThan(Duration.ofMillis(600).toNanos());
    }
}
