package io.tillbridge.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.ClientListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client-side limiter, by counting: calls that reached Zoho versus calls refused unsent. The
 * periods are long enough (minutes to hours) that no machine is slow enough to see a permit renew
 * during a test, so the counts are exact.
 */
class RateLimitTest {

    private static final String ITEM = "/inventory/v1/items/1";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theClientSideLimiterNeverExceedsItsRate() throws Exception {
        ZohoStubs.tokenEndpoint(stub, "tok");
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson(fixture("item.json"))));
        AtomicInteger started = new AtomicInteger();
        // 6 an hour, spread evenly: one every 10 minutes, and a call waits at most 1 s for its permit.
        ZohoInventoryClient zoho = ZohoStubs.client(stub)
                .rateLimit(6, Duration.ofHours(1), Duration.ofSeconds(1))
                .bulkhead(4, Duration.ofSeconds(30))
                .listener(counting(started)).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        int refused = 0;
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(() -> zoho.items().get("1")));
            }
            for (Future<?> call : calls) {
                try {
                    call.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(TransportException.class).hasMessageContaining("rate limit");
                    assertThat(((TransportException) e.getCause()).outcomeUnknown()).isFalse();
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
            zoho.close();
        }
        assertThat(started).as("calls that reached Zoho").hasValue(1);
        assertThat(refused).isEqualTo(39);
        stub.verify(1, getRequestedFor(urlPathEqualTo(ITEM)));
    }

    @Test
    void callsWaitForAPermitUpToTheirMaximumWait() throws Exception {
        ZohoStubs.tokenEndpoint(stub, "tok");
        stub.stubFor(get(urlPathEqualTo(ITEM)).willReturn(okJson(fixture("item.json"))));
        // One every 20 ms; a minute's wait is far more than 8 calls need, so none is refused.
        ZohoInventoryClient zoho = ZohoStubs.client(stub)
                .rateLimit(50, Duration.ofSeconds(1), Duration.ofMinutes(1)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> zoho.items().get("1")));
            }
            for (Future<?> call : calls) {
                call.get(); // throws if any was refused
            }
        } finally {
            pool.shutdownNow();
            zoho.close();
        }
        stub.verify(8, getRequestedFor(urlPathEqualTo(ITEM)));
    }

    private static ClientListener counting(AtomicInteger started) {
        return new ClientListener() {
            @Override
            public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                if (path.startsWith("/inventory")) {
                    started.incrementAndGet();
                }
            }
        };
    }
}
