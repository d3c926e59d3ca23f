package io.tillbridge.benchmarks;

import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Zoho client pushing calls from many threads at an emulator that enforces {@code allowed}
 * requests per window: the achieved rate against the allowed one, and how many calls Zoho refused.
 * Target: ≥ 0.95 of the allowed rate and no 429 (design.md §7).
 */
final class RateLimitProbe {

    private RateLimitProbe() {
    }

    record Result(int calls, double seconds, double allowedPerSecond, int refused) {
        double achievedPerSecond() {
            return calls / seconds;
        }

        double ratio() {
            return achievedPerSecond() / allowedPerSecond;
        }
    }

    /** The client is set to 97 % of the emulator's allowance: the margin absorbs loopback jitter. */
    static Result run(int calls, int allowed, Duration window) throws Exception {
        try (ZohoEmulator emulator = new ZohoEmulator("1", "c", "s", "r", Clock.systemUTC()).start()) {
            emulator.rateLimit(allowed, window);
            String item = emulator.seedItem("Widget", "W-1", BigDecimal.ONE, BigDecimal.TEN);
            int clientPermits = (int) Math.floor(allowed * 0.97);
            ZohoInventoryClient zoho = ZohoInventoryClient.builder()
                    .environment(ZohoEnvironment.custom(URI.create(emulator.baseUrl()), URI.create(emulator.baseUrl())))
                    .organizationId("1").refreshToken("c", Secret.of("s"), Secret.of("r"))
                    .rateLimit(clientPermits, window, Duration.ofMinutes(5)).bulkhead(10, Duration.ofMinutes(2))
                    .retry(RetrySettings.NONE).build();
            zoho.items().get(item); // token and connection before the clock starts
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(10);
            long start = System.nanoTime();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    futures.add(pool.submit(() -> {
                        try {
                            zoho.items().get(item);
                        } catch (RateLimitedException e) {
                            refused.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double allowedPerSecond = allowed / (window.toNanos() / 1e9);
            return new Result(calls, seconds, allowedPerSecond, Math.max(refused.get(), emulator.rateLimitedCalls()));
        }
    }
}
