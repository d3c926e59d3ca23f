package io.tillbridge.client.http;

import io.tillbridge.client.ValidationException;
import io.tillbridge.client.endpoint.Endpoints;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.redact.Redactor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The settings every client builder shares — timeouts, deadline, retries, circuit breaker, rate
 * limit, bulkhead, listener, clock — so that each client only adds its environment, credentials and
 * its own options (docs/clients.md). The plumbing a client needs from it (its transports, the
 * endpoint check, the clock) is protected: a client's builder opens what its constructor uses to its own
 * package by overriding it, so a host never sees an internal type on a public builder. Every setter refuses a null or bad value at once with a
 * {@link ValidationException} naming the setting.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout;
    private Duration deadline;
    private RetrySettings retry = RetrySettings.DEFAULTS;
    private CircuitSettings circuit = CircuitSettings.DEFAULTS;
    private long ratePermits;
    private Duration ratePeriod;
    private Duration rateMaxWait = Duration.ZERO;
    private RequestPermits sharedPermits;
    private int maxConcurrent;
    private Duration bulkheadMaxWait = Duration.ZERO;
    private ClientListener listener = ClientListener.NONE;
    private Clock clock = Clock.systemUTC();
    private boolean plainHttpAllowed;

    /**
     * Creates a builder with the client's own default request timeout.
     *
     * @param defaultRequestTimeout what one attempt may take unless the host says otherwise
     */
    protected ClientBuilder(Duration defaultRequestTimeout) {
        this.requestTimeout = defaultRequestTimeout;
    }

    /**
     * This builder as its own subtype, so that the shared setters chain into the client's own.
     *
     * @return this builder
     */
    protected abstract B self();

    /**
     * How long opening a connection may take.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * How long one attempt may take, body included.
     *
     * @param requestTimeout a positive duration
     * @return this builder
     */
    public B requestTimeout(Duration requestTimeout) {
        this.requestTimeout = positive(requestTimeout, "requestTimeout");
        return self();
    }

    /**
     * Bounds every call as a whole, retries and their waits included; an attempt in flight is cut off
     * when the deadline passes. Default: none beyond the retries' own limits.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public B deadline(Duration deadline) {
        this.deadline = positive(deadline, "deadline");
        return self();
    }

    /**
     * How failed attempts are retried.
     *
     * @param retry the retry settings; {@link RetrySettings#NONE} for none
     * @return this builder
     */
    public B retry(RetrySettings retry) {
        this.retry = ValidationException.required(retry, "retry");
        return self();
    }

    /**
     * When the downstream's circuit breaker opens and how long it stays open.
     *
     * @param circuit the circuit settings
     * @return this builder
     */
    public B circuit(CircuitSettings circuit) {
        this.circuit = ValidationException.required(circuit, "circuit");
        return self();
    }

    /**
     * A client-side rate limit: at most {@code permits} calls started per {@code period}, a call
     * waiting up to {@code maxWait} for a permit before it is refused unsent. Off unless the client or
     * the host sets it.
     *
     * @param permits calls allowed per period
     * @param period  the period
     * @param maxWait the longest a call waits for a permit
     * @return this builder
     */
    public B rateLimit(long permits, Duration period, Duration maxWait) {
        if (permits < 1) {
            throw new ValidationException("permits", "must be at least 1");
        }
        this.ratePermits = permits;
        this.ratePeriod = positive(period, "period");
        this.rateMaxWait = notNegative(maxWait, "maxWait");
        return self();
    }

    /**
     * A rate limit shared with other processes (every instance of the host, say): a permit is taken
     * from {@code permits} before every attempt, each waiting up to {@code maxWait}; a call that gets
     * none is refused unsent. Replaces the in-process limit of {@link #rateLimit(long, Duration, Duration)}.
     *
     * @param permits the shared permits
     * @param maxWait the longest a call waits for a permit
     * @return this builder
     */
    public B rateLimit(RequestPermits permits, Duration maxWait) {
        this.sharedPermits = ValidationException.required(permits, "permits");
        this.rateMaxWait = notNegative(maxWait, "maxWait");
        return self();
    }

    /**
     * At most {@code maxConcurrent} calls in flight, a call waiting up to {@code maxWait} for a slot
     * before it is refused unsent. A wait of its own: not the rate limit's. Off unless set.
     *
     * @param maxConcurrent the most calls in flight at once
     * @param maxWait       the longest a call waits for a slot
     * @return this builder
     */
    public B bulkhead(int maxConcurrent, Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new ValidationException("maxConcurrent", "must be at least 1");
        }
        this.maxConcurrent = maxConcurrent;
        this.bulkheadMaxWait = notNegative(maxWait, "maxWait");
        return self();
    }

    /**
     * Metrics and tracing hooks.
     *
     * @param listener the listener
     * @return this builder
     */
    public B listener(ClientListener listener) {
        this.listener = ValidationException.required(listener, "listener");
        return self();
    }

    /**
     * The clock for token expiry, Retry-After dates and deadlines; tests pass a fixed one.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = ValidationException.required(clock, "clock");
        return self();
    }

    /**
     * Allows plain http to hosts other than this machine. For tests against stubs only: credentials
     * and card data would cross the network unencrypted.
     *
     * @return this builder
     */
    public B allowPlainHttp() {
        this.plainHttpAllowed = true;
        return self();
    }

    /**
     * Checks an endpoint the host configured: https unless loopback or {@link #allowPlainHttp()}. For client
     * implementations.
     *
     * @param field the setting's name, for the error
     * @param uri   the endpoint
     * @return the endpoint, checked
     */
    protected URI secureEndpoint(String field, URI uri) {
        return Endpoints.requireSecure(field, uri, plainHttpAllowed);
    }

    /**
     * Whether {@link #allowPlainHttp()} was called. For client implementations.
     *
     * @return true when plain http is allowed
     */
    protected boolean plainHttpAllowed() {
        return plainHttpAllowed;
    }

    /**
     * The configured clock. For client implementations.
     *
     * @return the clock
     */
    protected Clock clockInUse() {
        return clock;
    }

    /**
     * A transport builder with every shared setting applied; the client adds its own (retry
     * classifier, request-id header). For client implementations: the type is internal.
     *
     * @param system   the downstream's name, for errors and listener events
     * @param base     the base URL requests are resolved against
     * @param redactor the redactor for logs and exception text
     * @return a transport builder
     */
    protected HttpTransport.Builder transport(String system, URI base, Redactor redactor) {
        HttpTransport.Builder transport = auxiliaryTransport(system, base, redactor);
        if (sharedPermits != null) {
            transport.rateLimit(sharedPermits, rateMaxWait);
        } else if (ratePermits > 0) {
            transport.rateLimit(ratePermits, ratePeriod, rateMaxWait);
        }
        if (maxConcurrent > 0) {
            transport.bulkhead(maxConcurrent, bulkheadMaxWait);
        }
        return transport;
    }

    /**
     * A transport builder for a side service the system's published limits do not cover (an OAuth
     * token server): every shared setting but the rate limit and bulkhead, which belong to the API. For
     * client implementations.
     *
     * @param system   the side service's name, for errors and listener events
     * @param base     the base URL requests are resolved against
     * @param redactor the redactor for logs and exception text
     * @return a transport builder
     */
    protected HttpTransport.Builder auxiliaryTransport(String system, URI base, Redactor redactor) {
        HttpTransport.Builder transport = HttpTransport.builder(system, base)
                .connectTimeout(connectTimeout)
                .requestTimeout(requestTimeout)
                .retry(retry)
                .circuit(circuit)
                .listener(listener)
                .clock(clock)
                .redactor(redactor);
        if (deadline != null) {
            transport.defaultDeadline(deadline);
        }
        return transport;
    }

    private static Duration positive(Duration duration, String name) {
        ValidationException.required(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new ValidationException(name, "must be positive");
        }
        return duration;
    }

    private static Duration notNegative(Duration duration, String name) {
        ValidationException.required(duration, name);
        if (duration.isNegative()) {
            throw new ValidationException(name, "must not be negative");
        }
        return duration;
    }
}
