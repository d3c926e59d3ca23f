package io.tillbridge.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An emulator: an embedded WireMock server on a random loopback port whose every answer comes from
 * {@link #handle}, wrapped in the {@link Faults}. Subclasses hold the API's state. Start it, point a
 * client at {@link #baseUrl()}, close it when done.
 */
public abstract class Emulator implements AutoCloseable {

    private final Faults faults = new Faults();
    private final String name;
    private WireMockServer server;

    /**
     * An emulator not yet started.
     *
     * @param name what it emulates, for messages and WireMock's extension name
     */
    protected Emulator(String name) {
        this.name = name;
    }

    /**
     * Starts the server on a free loopback port; does nothing when it is already started.
     *
     * @return this emulator, for chaining
     */
    public synchronized Emulator start() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                    .containerThreads(24).jettyAcceptors(1).extensions(new Transformer()));
            server.start();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        }
        return this;
    }

    /**
     * Where the emulator listens.
     *
     * @return for example {@code http://localhost:54321} (bound to 127.0.0.1 only)
     * @throws IllegalStateException when it is not started
     */
    public String baseUrl() {
        if (server == null) {
            throw new IllegalStateException(name + " emulator is not started");
        }
        return server.baseUrl();
    }

    /**
     * The fault settings, changeable while the emulator runs.
     *
     * @return this emulator's faults
     */
    public Faults faults() {
        return faults;
    }

    /**
     * Answers one request. WireMock calls it from many threads at once, so implementations synchronise
     * their state.
     *
     * @param request the request
     * @return the answer, before any fault is applied
     */
    protected abstract EmulatorReply handle(EmulatorRequest request);

    /** Stops the server; a closed emulator may be started again, with its records kept. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * The bytes of a reply's body on the wire: UTF-8 unless an emulator answers in another charset (SYSPRO's
     * Windows-1252, say).
     *
     * @param reply the reply
     * @return the body's bytes
     */
    protected byte[] bodyBytes(EmulatorReply reply) {
        return reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            LoggedRequest logged = event.getRequest();
            Map<String, String> headers = new LinkedHashMap<>();
            for (HttpHeader header : logged.getHeaders().all()) {
                headers.put(header.key().toLowerCase(Locale.ROOT), header.firstValue());
            }
            EmulatorRequest request = EmulatorRequest.of(logged.getMethod().getName(), logged.getUrl(), headers, logged.getBodyAsString());
            Duration latency = faults.latencyFor(request);
            Faults.Verdict verdict = faults.decide(request);
            ResponseDefinitionBuilder response;
            if (verdict == Faults.Verdict.FAIL_BEFORE) {
                response = aResponse().withStatus(faults.outageStatus()).withBody("{\"fault\":\"injected before processing\"}");
            } else {
                EmulatorReply reply;
                try {
                    reply = handle(request);
                } catch (RuntimeException bug) {
                    reply = EmulatorReply.json(500, "{\"emulatorError\":\"" + bug.getClass().getSimpleName() + "\"}");
                }
                if (verdict == Faults.Verdict.RESET_AFTER) {
                    response = aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                } else {
                    response = aResponse().withStatus(reply.status()).withBody(bodyBytes(reply));
                    reply.headers().forEach(response::withHeader);
                }
            }
            if (!latency.isZero()) {
                response.withFixedDelay((int) latency.toMillis());
            }
            return response.build();
        }

        @Override
        public String getName() {
            return name + "-emulator";
        }
    }
}
