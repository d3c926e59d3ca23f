package io.tillbridge.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tillbridge.runner.ingest.EventIngress;
import io.tillbridge.runner.ingest.InboundEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The runner's {@link EventIngress} behind the JDK's own HTTP server, as a host without a web framework
 * would wire it: {@code POST /events/{source}} with the raw body, headers and query handed over as they
 * came. The body is read up to one byte past the ingress's limit, so an oversize delivery is refused
 * without being read whole. Loopback only here; a real host puts TLS in front.
 */
public final class IngressHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    public IngressHttpServer(EventIngress ingress, int maxBodyBytes) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "tillbridge-ingress");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/events/", exchange -> handle(exchange, ingress, maxBodyBytes));
        server.start();
    }

    /** Where a source's deliveries go, for example {@code events("zoho")}. */
    public URI events(String source) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events/" + source);
    }

    private static void handle(HttpExchange exchange, EventIngress ingress, int maxBodyBytes) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String source = exchange.getRequestURI().getPath().substring("/events/".length());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(maxBodyBytes + 1);
            }
            EventIngress.Reply reply = ingress.handle(source,
                    new InboundEvent(exchange.getRequestHeaders(), exchange.getRequestURI().getRawQuery(), body));
            byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
