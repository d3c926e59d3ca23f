package io.tillbridge.client.http;

import io.tillbridge.client.redact.Redactor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings every client builder shares — timeouts, retries, circuit breaker, listener, clock —
 * so that each client only adds its own.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout;
    private RetrySettings retry = RetrySettings.DEFAULTS;
    private CircuitSettings circuit = CircuitSettings.DEFAULTS;
    private ClientListener listener = ClientListener.NONE;
    private Clock clock = Clock.systemUTC();
    private boolean plainHttpAllowed;

    /** @param defaultRequestTimeout what one attempt may take unless the host says otherwise */
    protected ClientBuilder(Duration defaultRequestTimeout) {
        this.requestTimeout = defaultRequestTimeout;
    }

    protected abstract B self();

    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        return self();
    }

    /** How long one attempt may wait for its answer. */
    public B requestTimeout(Duration requestTimeout) {
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        return self();
    }

    public B retry(RetrySettings retry) {
        this.retry = Objects.requireNonNull(retry, "retry");
        return self();
    }

    public B circuit(CircuitSettings circuit) {
        this.circuit = Objects.requireNonNull(circuit, "circuit");
        return self();
    }

    /** Metrics and tracing hooks. */
    public B listener(ClientListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return self();
    }

    /** The clock for token expiry, Retry-After dates and deadlines; tests pass a fixed one. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Allows plain http to hosts other than this machine. For tests against stubs only: credentials
     * and card data would cross the network unencrypted.
     */
    public B allowPlainHttp() {
        this.plainHttpAllowed = true;
        return self();
    }

    /** Checks an endpoint the host configured: https unless loopback or {@link #allowPlainHttp()}. For client implementations. */
    public URI secureEndpoint(String field, URI uri) {
        return Endpoints.requireSecure(field, uri, plainHttpAllowed);
    }

    /** Whether {@link #allowPlainHttp()} was called. For client implementations. */
    public boolean plainHttpAllowed() {
        return plainHttpAllowed;
    }

    /** The configured clock. For client implementations. */
    public Clock clockInUse() {
        return clock;
    }

    /** A transport builder with the shared settings applied; the client adds its own. For client implementations. */
    public HttpTransport.Builder transport(String system, URI base, Redactor redactor) {
        return HttpTransport.builder(system, base)
                .connectTimeout(connectTimeout)
                .requestTimeout(requestTimeout)
                .retry(retry)
                .circuit(circuit)
                .listener(listener)
                .clock(clock)
                .redactor(redactor);
    }
}
