package io.tillbridge.client.internal.http;

import dev.failsafe.Bulkhead;
import dev.failsafe.BulkheadFullException;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.Policy;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.client.redact.Redactor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link Call}s to one downstream system over {@code java.net.http}, wrapped in Failsafe
 * policies in the order they run: Retry → CircuitBreaker → RateLimiter → Bulkhead; each attempt is
 * bounded by the request timeout (plus half a second for the body).
 * One instance per client; thread-safe.
 *
 * <p>Retries follow {@link RetrySettings} and the call's {@link Call.RetryMode}: a call that could
 * have a second effect is repeated only when the request certainly did not reach the server. Any
 * HTTP status is returned as an {@link HttpResult} for the client to interpret; only when no
 * response came does it throw {@link TransportException}, with {@code outcomeUnknown} true when the
 * request may have been processed.
 *
 * <p>Every attempt writes one DEBUG line (method, redacted path, status, duration, attempt, request
 * id) and notifies the {@link ClientListener}.
 */
public final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final String system;
    private final URI baseUri;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Duration attemptBound;
    private final String basePath;
    private final RetrySettings retry;
    private final List<Policy<HttpResult>> innerPolicies;
    private final ClientListener listener;
    private final Redactor redactor;
    private final Clock clock;
    private final String userAgent;
    private final List<String> requestIdHeaders;
    private final Duration defaultDeadline;
    private final Function<HttpResult, RetryVerdict> classifier;

    /** A client's own say on whether an answer may be retried, over the status-based default. */
    public enum RetryVerdict {
        /** Decide by HTTP status and the call's mode. */
        DEFAULT,
        /** Retry even though the status looks final (for example a rate-limit code inside an HTTP 200 envelope). */
        RETRY,
        /** Do not retry even though the status looks transient (for example a daily quota that resets tomorrow). */
        DO_NOT_RETRY
    }

    private HttpTransport(Builder b) {
        this.system = Objects.requireNonNull(b.system, "system");
        this.baseUri = Objects.requireNonNull(b.baseUri, "baseUri");
        this.requestTimeout = b.requestTimeout;
        this.attemptBound = b.requestTimeout.plusMillis(500);
        this.basePath = baseUri.getPath().replaceAll("/$", "");
        this.retry = b.retry;
        this.listener = b.listener;
        this.redactor = b.redactor;
        this.clock = b.clock;
        this.userAgent = b.userAgent;
        this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
        this.defaultDeadline = b.defaultDeadline;
        this.classifier = b.classifier;
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        List<Policy<HttpResult>> policies = new ArrayList<>();
        CircuitSettings circuit = b.circuit;
        policies.add(CircuitBreaker.<HttpResult>builder()
                .handleIf((result, failure) -> failure != null && !(failure instanceof RateLimitExceededException)
                        && !(failure instanceof BulkheadFullException) || result != null && result.status() >= 500)
                .withFailureThreshold(circuit.failures(), circuit.window())
                .withDelay(circuit.openFor())
                .onOpen(e -> circuitChanged(e.getPreviousState().name(), "OPEN"))
                .onHalfOpen(e -> circuitChanged(e.getPreviousState().name(), "HALF_OPEN"))
                .onClose(e -> circuitChanged(e.getPreviousState().name(), "CLOSED"))
                .build());
        if (b.ratePermits > 0) {
            policies.add(RateLimiter.<HttpResult>smoothBuilder(b.ratePermits, b.ratePeriod).withMaxWaitTime(b.rateMaxWait).build());
        }
        if (b.maxConcurrent > 0) {
            policies.add(Bulkhead.<HttpResult>builder(b.maxConcurrent).withMaxWaitTime(b.bulkheadMaxWait).build());
        }
        // The whole-attempt guard (body included) is AttemptWatchdog in exchange(), not a Failsafe Timeout:
        // that one schedules and cancels an interrupting task on every call, about 30 µs a call in the
        // client-overhead benchmark.
        this.innerPolicies = List.copyOf(policies);
    }

    private HttpTransport(HttpTransport shared, URI baseUri) {
        this.system = shared.system;
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.http = shared.http;
        this.requestTimeout = shared.requestTimeout;
        this.attemptBound = shared.attemptBound;
        this.basePath = baseUri.getPath().replaceAll("/$", "");
        this.retry = shared.retry;
        this.innerPolicies = shared.innerPolicies;
        this.listener = shared.listener;
        this.redactor = shared.redactor;
        this.clock = shared.clock;
        this.userAgent = shared.userAgent;
        this.requestIdHeaders = shared.requestIdHeaders;
        this.defaultDeadline = shared.defaultDeadline;
        this.classifier = shared.classifier;
    }

    /**
     * The same transport pointed at another base URL, sharing the HTTP client and every policy — one
     * circuit breaker, rate limiter and bulkhead per downstream, whichever host it answers on.
     */
    public HttpTransport withBaseUri(URI newBase) {
        return newBase.equals(baseUri) ? this : new HttpTransport(this, newBase);
    }

    public static Builder builder(String system, URI baseUri) {
        return new Builder(system, baseUri);
    }

    public String system() {
        return system;
    }

    public URI baseUri() {
        return baseUri;
    }

    /**
     * Sends a call, retrying as its mode allows.
     *
     * @throws TransportException when no response came
     */
    public HttpResult send(Call call) {
        Instant started = clock.instant();
        Duration deadline = call.deadlineIfAny().orElse(defaultDeadline);
        RetryPolicyBuilder<HttpResult> policy = RetryPolicy.<HttpResult>builder()
                .handleIf((result, failure) -> retryable(call, result, failure))
                .abortIf((result, failure) -> result != null && retryAfter(result).map(a -> a.compareTo(retry.maxRetryAfter()) > 0).orElse(false))
                .withMaxAttempts(retry.maxAttempts())
                .withDelayFn(context -> delay(context, started, deadline))
                .onRetryScheduled(e -> listener.retryScheduled(system, call.operation(), e.getAttemptCount() + 1, e.getDelay(),
                        e.getLastException() != null ? describe(e.getLastException()) : "HTTP " + e.getLastResult().status()));
        if (deadline != null) {
            policy.withMaxDuration(deadline);
        }
        List<Policy<HttpResult>> policies = new ArrayList<>();
        policies.add(policy.build());
        policies.addAll(innerPolicies);
        try {
            return Failsafe.with(policies).get(context -> attempt(call, context.getAttemptCount() + 1));
        } catch (CircuitBreakerOpenException e) {
            throw new TransportException(system + " circuit breaker is open; " + call.operation() + " was not sent", false, e);
        } catch (RateLimitExceededException e) {
            throw new TransportException(system + " client-side rate limit reached; " + call.operation() + " was not sent", false, e);
        } catch (BulkheadFullException e) {
            throw new TransportException(system + " has too many calls in flight; " + call.operation() + " was not sent", false, e);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TransportException transport) {
                throw transport;
            }
            throw new TransportException(system + " " + call.operation() + " failed: " + describe(cause), true, cause);
        }
    }

    private HttpResult attempt(Call call, int attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(basePath + call.path()))
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        boolean notify = listener != ClientListener.NONE;
        // Redacting the path is a regex pass: only pay for it when someone will read the line.
        String path = notify || LOG.isDebugEnabled() ? (call.logPath() != null ? call.logPath() : redactor.url(call.path())) : null;
        if (notify) {
            listener.exchangeStarted(system, call.operation(), call.method(), path, attempt);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = exchange(request.build());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String requestId = requestId(response);
            LOG.debug("{} {} {} -> {} in {} ms (attempt {}, request id {})", system, call.method(), path,
                    response.statusCode(), took.toMillis(), attempt, requestId);
            if (notify) {
                listener.exchangeFinished(system, call.operation(), call.method(), path, attempt, response.statusCode(), took, null);
            }
            return new HttpResult(response.statusCode(), response.headers().map(), response.body(), attempt, requestId);
        } catch (IOException | UnresolvedAddressException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            boolean sent = mayHaveBeenSent(e);
            LOG.debug("{} {} {} -> no response in {} ms (attempt {}): {}", system, call.method(), path, took.toMillis(),
                    attempt, describe(e));
            if (notify) {
                listener.exchangeFinished(system, call.operation(), call.method(), path, attempt, -1, took, e);
            }
            throw new TransportException(system + " " + call.operation() + ": " + describe(e)
                    + (sent ? "; it may have been processed" : "; it was not sent"), sent, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(system + " " + call.operation() + " was interrupted; it may have been processed", true, e);
        }
    }

    /** One exchange, bounded as a whole — headers and body — by the request timeout plus half a second. */
    private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
        AttemptWatchdog.Guard guard = AttemptWatchdog.SHARED.guard(attemptBound);
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            guard.close();
            if (guard.expired()) {
                throw new HttpTimeoutException("no complete answer within " + attemptBound.toMillis() + " ms");
            }
            throw e;
        } finally {
            guard.close();
        }
    }

    private String requestId(HttpResponse<?> response) {
        for (String name : requestIdHeaders) {
            Optional<String> value = response.headers().firstValue(name);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    /** Connection refused or never established means the server never saw the request. */
    static boolean mayHaveBeenSent(Throwable failure) {
        return !(failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException
                || failure instanceof UnresolvedAddressException || failure.getCause() instanceof ConnectException
                || failure.getCause() instanceof UnresolvedAddressException);
    }

    private boolean retryable(Call call, HttpResult result, Throwable failure) {
        if (failure != null) {
            if (failure instanceof CircuitBreakerOpenException || failure instanceof RateLimitExceededException
                    || failure instanceof BulkheadFullException) {
                return false; // local refusals: retrying at once cannot help
            }
            boolean unknown = !(failure instanceof TransportException transport) || transport.outcomeUnknown();
            return call.retry() == Call.RetryMode.SAFE || !unknown;
        }
        RetryVerdict verdict = classifier.apply(result);
        if (verdict != RetryVerdict.DEFAULT) {
            return verdict == RetryVerdict.RETRY;
        }
        int status = result.status();
        if (status == 429) {
            return true; // refused before processing
        }
        return call.retry() == Call.RetryMode.SAFE && (status == 408 || status >= 500);
    }

    private Duration delay(ExecutionContext<HttpResult> context, Instant started, Duration deadline) {
        HttpResult last = context.getLastResult();
        Duration ceiling = retry.ceiling(context.getAttemptCount());
        Duration delay = last != null ? retryAfter(last).orElse(null) : null;
        if (delay == null) {
            delay = Duration.ofMillis(ceiling.toMillis() == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling.toMillis() + 1));
        }
        if (deadline != null) {
            Duration left = deadline.minus(Duration.between(started, clock.instant()));
            if (delay.compareTo(left) > 0) {
                delay = left.isNegative() ? Duration.ZERO : left;
            }
        }
        return delay;
    }

    /** The server's Retry-After, in seconds or as an HTTP date. */
    Optional<Duration> retryAfter(HttpResult result) {
        return result.header("Retry-After").flatMap(value -> parseRetryAfter(value, clock));
    }

    static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), when.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void circuitChanged(String from, String to) {
        LOG.info("{} circuit breaker {} -> {}", system, from, to);
        listener.circuitStateChanged(system, from, to);
    }

    private String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : " (" + redactor.text(message) + ")");
    }

    @Override
    public void close() {
        // java.net.http.HttpClient has no close() before Java 21; its threads end when it is unreachable.
    }

    /** Configures a transport. */
    public static final class Builder {
        private final String system;
        private final URI baseUri;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration defaultDeadline;
        private RetrySettings retry = RetrySettings.DEFAULTS;
        private CircuitSettings circuit = CircuitSettings.DEFAULTS;
        private long ratePermits;
        private Duration ratePeriod;
        private Duration rateMaxWait = Duration.ZERO;
        private int maxConcurrent;
        private Duration bulkheadMaxWait = Duration.ZERO;
        private ClientListener listener = ClientListener.NONE;
        private Redactor redactor = Redactor.standard();
        private Clock clock = Clock.systemUTC();
        private String userAgent = "Tillbridge/0.1.0 (Java " + Runtime.version().feature() + ")";
        private final List<String> requestIdHeaders = new ArrayList<>(List.of("X-Request-Id", "X-Request-ID"));
        private Function<HttpResult, RetryVerdict> classifier = result -> RetryVerdict.DEFAULT;

        private Builder(String system, URI baseUri) {
            this.system = system;
            this.baseUri = baseUri;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long one attempt may wait for its response. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** Bounds every call, retries included, unless the call sets its own deadline. */
        public Builder defaultDeadline(Duration deadline) {
            this.defaultDeadline = positive(deadline, "defaultDeadline");
            return this;
        }

        public Builder retry(RetrySettings retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        public Builder circuit(CircuitSettings circuit) {
            this.circuit = Objects.requireNonNull(circuit, "circuit");
            return this;
        }

        /** A client-side rate limit: at most {@code permits} calls per {@code period}, waiting up to {@code maxWait} for one. */
        public Builder rateLimit(long permits, Duration period, Duration maxWait) {
            if (permits < 1) {
                throw new IllegalArgumentException("permits must be at least 1");
            }
            this.ratePermits = permits;
            this.ratePeriod = positive(period, "period");
            this.rateMaxWait = Objects.requireNonNull(maxWait, "maxWait");
            return this;
        }

        /** At most {@code maxConcurrent} calls in flight, waiting up to {@code maxWait} for a slot. */
        public Builder bulkhead(int maxConcurrent, Duration maxWait) {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("maxConcurrent must be at least 1");
            }
            this.maxConcurrent = maxConcurrent;
            this.bulkheadMaxWait = Objects.requireNonNull(maxWait, "maxWait");
            return this;
        }

        public Builder listener(ClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /** Lets a client overrule the status-based retry decision for answers it understands better. */
        public Builder retryClassifier(Function<HttpResult, RetryVerdict> classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /** A response header that carries the system's request id. */
        public Builder requestIdHeader(String name) {
            requestIdHeaders.add(0, name);
            return this;
        }

        public HttpTransport build() {
            return new HttpTransport(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }
}
