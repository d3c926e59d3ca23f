package io.tillbridge.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.resources.ListQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Iterates N Zoho items through lazy paging from a stub that makes each page on request, and reports
 * the peak heap. Run in its own JVM with {@code -Xmx64m} to show memory stays constant: {@code main}
 * prints one JSON line.
 */
public final class PagingProbe {

    private PagingProbe() {
    }

    record Result(long items, double seconds, long peakHeapBytes) {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Result result = run(n);
        System.out.println("{\"items\":" + result.items() + ",\"seconds\":" + result.seconds() + ",\"peakHeapBytes\":"
                + result.peakHeapBytes() + "}");
    }

    static Result run(int n) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // no 40 ms delayed-ACK wait per page
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/inventory/v1/items", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int page = Integer.parseInt(query.replaceAll(".*(?:^|&)page=(\\d+).*", "$1"));
            byte[] body = page(page, n).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (ZohoInventoryClient zoho = ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), URI.create("http://127.0.0.1:1")))
                .organizationId("1").accessTokens(() -> Secret.of("token")).retry(RetrySettings.NONE)
                .rateLimit(1_000_000, Duration.ofSeconds(1), Duration.ofSeconds(1)).build()) {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            long count = zoho.items().list(ListQuery.ALL).count();
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return new Result(count, seconds, peak);
        } finally {
            server.stop(0);
        }
    }

    private static String page(int page, int total) {
        int from = (page - 1) * 200;
        int to = Math.min(total, from + 200);
        StringBuilder out = new StringBuilder("{\"code\":0,\"message\":\"success\",\"items\":[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(',');
            }
            out.append("{\"item_id\":\"").append(4815000000000000L + i).append("\",\"name\":\"Item ").append(i)
                    .append("\",\"sku\":\"SKU-").append(i).append("\",\"rate\":").append(1 + i % 100).append(".50,\"stock_on_hand\":")
                    .append(i % 1000).append(",\"status\":\"active\",\"unit\":\"pcs\"}");
        }
        return out.append("],\"page_context\":{\"page\":").append(page).append(",\"per_page\":200,\"has_more_page\":")
                .append(to < total).append("}}").toString();
    }
}
