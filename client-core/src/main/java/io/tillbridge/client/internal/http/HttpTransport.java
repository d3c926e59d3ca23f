package io.tillbridge.client.internal.http;

import dev.failsafe.Bulkhead;
import dev.failsafe.BulkheadFullException;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.Policy;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.client.http.RequestPermits;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link Call}s to one downstream system over {@code java.net.http}, wrapped in Failsafe
 * policies in the order they run: Retry → CircuitBreaker → rate limit → bulkhead; the waits for a
 * rate-limit permit and a bulkhead slot are bounded by what remains of the call's deadline, and each
 * attempt then by the smaller of the request timeout (plus half a second for the body) and what remains.
 * The policies are built once, one chain per {@link Call.RetryMode}.
 * One instance per client; thread-safe. NOT API: for Tillbridge's client modules.
 *
 * <p>{@link #close()} stops the one thread a transport may run (its {@link AttemptWatchdog}, which
 * cuts off trickling bodies) and refuses further calls; views made by {@link #withBaseUri} share the
 * transport's resources and close with it.
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
    private final Map<Call.RetryMode, FailsafeExecutor<HttpResult>> executors;
    private final AttemptWatchdog watchdog;
    private final CircuitBreaker<HttpResult> breaker;
    private final AtomicBoolean closed;
    private final ClientListener listener;
    private final Redactor redactor;
    private final Clock clock;
    private final String userAgent;
    private final List<String> requestIdHeaders;
    private final Duration defaultDeadline;
    private final Function<HttpResult, RetryVerdict> classifier;
    private final long maxResponseBytes;
    /** A limit shared with other processes, asked before every attempt; null when the limit (if any) is in-process. */
    private final RequestPermits permits;
    private final Duration permitWait;
    /** The in-process rate limit (null for none, or when {@link #permits} replaces it) and the longest wait for it. */
    private final RateLimiter<HttpResult> limiter;
    /** Calls in flight (null for no bulkhead) and the longest wait for a slot. */
    private final Bulkhead<HttpResult> bulkhead;
    private final Duration bulkheadWait;

    /**
     * The call this thread is sending. Failsafe runs a synchronous execution and its policies' functions
     * on the caller's thread, so this is how policies built once learn each call's deadline.
     */
    private static final ThreadLocal<InFlight> IN_FLIGHT = new ThreadLocal<>();

    /**
     * One call being sent: when its deadline falls (null for none), and the wait planned after each
     * attempt — planned once, so that the decision to give up at the deadline and the wait itself agree.
     * Touched only by the calling thread.
     */
    private static final class InFlight {
        private final Call call;
        private final Instant deadline;
        private int attempt;
        private int plannedAfter;
        private Duration planned;

        private InFlight(Call call, Instant deadline) {
            this.call = call;
            this.deadline = deadline;
        }

        Call call() {
            return call;
        }

        Duration remaining(Clock clock) {
            return deadline == null ? null : Duration.between(clock.instant(), deadline);
        }
    }

    /** The default cap on an answer's size: far above any page these APIs send. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

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
        this.maxResponseBytes = b.maxResponseBytes;
        this.permits = b.permits;
        this.permitWait = b.rateMaxWait;
        this.closed = new AtomicBoolean();
        this.watchdog = new AttemptWatchdog("tillbridge-watchdog-" + system, b.watchdogTick, Duration.ofSeconds(30));
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        List<Policy<HttpResult>> policies = new ArrayList<>();
        CircuitSettings circuit = b.circuit;
        this.breaker = CircuitBreaker.<HttpResult>builder()
                .handleIf((result, failure) -> failure != null && !(failure instanceof RateLimitExceededException)
                        && !(failure instanceof BulkheadFullException) && !(failure instanceof PermitRefused)
                        || result != null && result.status() >= 500)
                .withFailureThreshold(circuit.failures(), circuit.window())
                .withDelay(circuit.openFor())
                .onOpen(e -> circuitChanged(e.getPreviousState().name(), "OPEN"))
                .onHalfOpen(e -> circuitChanged(e.getPreviousState().name(), "HALF_OPEN"))
                .onClose(e -> circuitChanged(e.getPreviousState().name(), "CLOSED"))
                .build();
        policies.add(breaker);
        // The rate limiter and the bulkhead are asked inside the attempt, not as Failsafe policies: a policy
        // waits its configured maximum whatever is left of the caller's deadline, and the attempt's own bound
        // must be measured from when it can really start, after those waits.
        this.limiter = b.ratePermits > 0 && b.permits == null
                ? RateLimiter.<HttpResult>smoothBuilder(b.ratePermits, b.ratePeriod).withMaxWaitTime(b.rateMaxWait).build()
                : null;
        this.bulkhead = b.maxConcurrent > 0
                ? Bulkhead.<HttpResult>builder(b.maxConcurrent).withMaxWaitTime(b.bulkheadMaxWait).build() : null;
        this.bulkheadWait = b.bulkheadMaxWait;
        // The whole-attempt guard (body included) is AttemptWatchdog in exchange(), not a Failsafe Timeout:
        // that one schedules and cancels an interrupting task on every call, about 30 µs a call in the
        // client-overhead benchmark.
        Map<Call.RetryMode, FailsafeExecutor<HttpResult>> chains = new EnumMap<>(Call.RetryMode.class);
        for (Call.RetryMode mode : Call.RetryMode.values()) {
            List<Policy<HttpResult>> chain = new ArrayList<>();
            chain.add(retryPolicy(mode));
            chain.addAll(policies);
            chains.put(mode, Failsafe.with(chain));
        }
        this.executors = Map.copyOf(chains);
    }

    private RetryPolicy<HttpResult> retryPolicy(Call.RetryMode mode) {
        return RetryPolicy.<HttpResult>builder()
                .handleIf((result, failure) -> retryable(mode, result, failure))
                .abortIf((result, failure) -> result != null && retryAfter(result).map(a -> a.compareTo(retry.maxRetryAfter()) > 0).orElse(false))
                .abortIf((result, failure) -> retryable(mode, result, failure) && noTimeForAnotherAttempt(result))
                .withMaxAttempts(retry.maxAttempts())
                .withDelayFn(this::delay)
                .onRetryScheduled(e -> listener.retryScheduled(system, IN_FLIGHT.get().call().operation(), e.getAttemptCount() + 1,
                        e.getDelay(), e.getLastException() != null ? describe(e.getLastException()) : "HTTP " + e.getLastResult().status()))
                .build();
    }

    /** Whether the deadline falls before the wait for another attempt ends: then the last answer stands. */
    private boolean noTimeForAnotherAttempt(HttpResult last) {
        InFlight inFlight = IN_FLIGHT.get();
        Duration remaining = inFlight.remaining(clock);
        return remaining != null && plannedDelay(inFlight, last).compareTo(remaining) >= 0;
    }

    /** The wait before the next attempt: the server's Retry-After, else full jitter below the backoff ceiling. */
    private Duration plannedDelay(InFlight inFlight, HttpResult last) {
        if (inFlight.plannedAfter != inFlight.attempt || inFlight.planned == null) {
            Duration delay = last != null ? retryAfter(last).orElse(null) : null;
            if (delay == null) {
                Duration ceiling = retry.ceiling(inFlight.attempt);
                delay = Duration.ofMillis(ceiling.toMillis() == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling.toMillis() + 1));
            }
            inFlight.planned = delay;
            inFlight.plannedAfter = inFlight.attempt;
        }
        return inFlight.planned;
    }

    private HttpTransport(HttpTransport shared, URI baseUri) {
        this.system = shared.system;
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.http = shared.http;
        this.requestTimeout = shared.requestTimeout;
        this.attemptBound = shared.attemptBound;
        this.basePath = baseUri.getPath().replaceAll("/$", "");
        this.retry = shared.retry;
        this.executors = shared.executors;
        this.watchdog = shared.watchdog;
        this.breaker = shared.breaker;
        this.closed = shared.closed;
        this.listener = shared.listener;
        this.redactor = shared.redactor;
        this.clock = shared.clock;
        this.userAgent = shared.userAgent;
        this.requestIdHeaders = shared.requestIdHeaders;
        this.defaultDeadline = shared.defaultDeadline;
        this.classifier = shared.classifier;
        this.maxResponseBytes = shared.maxResponseBytes;
        this.permits = shared.permits;
        this.permitWait = shared.permitWait;
        this.limiter = shared.limiter;
        this.bulkhead = shared.bulkhead;
        this.bulkheadWait = shared.bulkheadWait;
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
        if (closed.get()) {
            throw new IllegalStateException(system + " client is closed; " + call.operation() + " was not sent");
        }
        Instant started = clock.instant();
        Duration deadline = call.deadlineIfAny().orElse(defaultDeadline);
        InFlight inFlight = new InFlight(call, deadline == null ? null : started.plus(deadline));
        InFlight outer = IN_FLIGHT.get(); // a listener may send on another transport from inside a call
        IN_FLIGHT.set(inFlight);
        try {
            return executors.get(call.retry()).get(context -> attempt(inFlight, context.getAttemptCount() + 1));
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
        } finally {
            if (outer == null) {
                IN_FLIGHT.remove();
            } else {
                IN_FLIGHT.set(outer);
            }
        }
    }

    /**
     * One attempt: a rate-limit permit, then a bulkhead slot (each waited for no longer than its own
     * maximum nor what remains of the deadline), then the exchange, bounded by what remains after them.
     */
    private HttpResult attempt(InFlight inFlight, int attempt) {
        inFlight.attempt = attempt;
        Call call = inFlight.call();
        remainingBeforeAttempt(inFlight, attempt);
        if (permits != null) {
            takePermit(call, attempt, withinDeadline(permitWait, inFlight));
        } else if (limiter != null) {
            takeRatePermit(call, withinDeadline(limiter.getConfig().getMaxWaitTime(), inFlight));
        }
        if (bulkhead == null) {
            return boundedExchange(inFlight, call, attempt);
        }
        takeSlot(call, withinDeadline(bulkheadWait, inFlight));
        try {
            return boundedExchange(inFlight, call, attempt);
        } finally {
            bulkhead.releasePermit();
        }
    }

    /** What remains of the call's deadline (null for none); none left means the attempt is not sent. */
    private Duration remainingBeforeAttempt(InFlight inFlight, int attempt) {
        Duration remaining = inFlight.remaining(clock);
        if (remaining != null && (remaining.isNegative() || remaining.isZero())) {
            throw new TransportException(system + " " + inFlight.call().operation() + ": its deadline passed before attempt "
                    + attempt + "; it was not sent", false, null);
        }
        return remaining;
    }

    /** A wait of at most {@code configured}, and never past the call's deadline. */
    private Duration withinDeadline(Duration configured, InFlight inFlight) {
        Duration remaining = inFlight.remaining(clock);
        if (remaining == null || configured.compareTo(remaining) <= 0) {
            return configured;
        }
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** A permit from the in-process limiter, or a refusal (nothing sent, not retried). */
    private void takeRatePermit(Call call, Duration wait) {
        boolean granted = false;
        long asked = System.nanoTime();
        try {
            granted = limiter.tryAcquirePermit(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PermitRefused(system + " " + call.operation() + " was interrupted waiting for the rate limit; it was not sent");
        } finally {
            // Timed only when someone listens: two clock reads per attempt otherwise wasted.
            if (listener != ClientListener.NONE) {
                listener.rateLimitWaited(system, call.operation(), Duration.ofNanos(System.nanoTime() - asked), granted);
            }
        }
        if (!granted) {
            throw new RateLimitExceededException(limiter);
        }
    }

    /** A bulkhead slot, or a refusal (nothing sent, not retried); the caller releases it. */
    private void takeSlot(Call call, Duration wait) {
        boolean granted;
        try {
            granted = bulkhead.tryAcquirePermit(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PermitRefused(system + " " + call.operation() + " was interrupted waiting for a slot; it was not sent");
        }
        if (!granted) {
            throw new BulkheadFullException(bulkhead);
        }
    }

    private HttpResult boundedExchange(InFlight inFlight, Call call, int attempt) {
        // Each attempt ends by the call's deadline: the headers wait and the whole exchange both shrink to what
        // remains of it once the permit and slot waits are over.
        Duration remaining = remainingBeforeAttempt(inFlight, attempt);
        Duration headersBound = remaining == null || requestTimeout.compareTo(remaining) <= 0 ? requestTimeout : remaining;
        Duration wholeBound = remaining == null || attemptBound.compareTo(remaining) <= 0 ? attemptBound : remaining;
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(basePath + call.path()))
                .timeout(headersBound)
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
        java.util.concurrent.atomic.AtomicBoolean oversize = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            HttpResponse<byte[]> response = exchange(request.build(), start, wholeBound, oversize);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String requestId = requestId(response);
            LOG.debug("{} {} {} -> {} in {} ms (attempt {}, request id {})", system, call.method(), path,
                    response.statusCode(), took.toMillis(), attempt, requestId);
            if (notify) {
                listener.exchangeFinished(system, call.operation(), call.method(), path, attempt, response.statusCode(), took, null);
            }
            return new HttpResult(response.statusCode(), response.headers().map(), response.body(), attempt, requestId, redactor);
        } catch (IOException | UnresolvedAddressException e) {
            if (oversize.get() || tooLarge(e)) {
                throw new TransportException(system + " " + call.operation() + ": the answer is larger than " + maxResponseBytes
                        + " bytes, the most this client reads; it may have been processed", true, new ResponseTooLarge(maxResponseBytes));
            }
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

    /** A permit from the shared limit, or a refusal: nothing is sent, and the refusal is not retried. */
    private void takePermit(Call call, int attempt, Duration wait) {
        boolean granted = false;
        long asked = System.nanoTime();
        try {
            granted = permits.acquire(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PermitRefused(system + " " + call.operation() + " was interrupted waiting for a request permit; it was not sent");
        } finally {
            if (listener != ClientListener.NONE) {
                listener.rateLimitWaited(system, call.operation(), Duration.ofNanos(System.nanoTime() - asked), granted);
            }
        }
        if (!granted) {
            throw new PermitRefused(system + " " + call.operation() + ": no request permit within " + wait.toMillis()
                    + " ms from the shared rate limit (attempt " + attempt + "); it was not sent");
        }
    }

    /**
     * Tells the shared limit (if any) that the downstream's budget is spent until {@code until}, so that
     * every instance holds; for clients that read such an answer (Zoho's daily quota).
     */
    public void quotaExhausted(Instant until, String reason) {
        if (permits != null) {
            permits.exhausted(until, reason);
        }
    }

    /**
     * Tells the shared limit (if any) what the downstream said about its quota in an answer's headers.
     *
     * @param report the remaining quota and when it resets
     */
    public void quotaReported(io.tillbridge.client.http.QuotaReport report) {
        if (permits != null) {
            permits.reported(report);
        }
    }

    /** The shared rate limit refused a permit: a local refusal, like the in-process limiter's. */
    static final class PermitRefused extends io.tillbridge.client.PermitRefusedException {
        private static final long serialVersionUID = 1L;

        PermitRefused(String message) {
            super(message);
        }
    }

    /**
     * One exchange, bounded as a whole: the headers by the request's own timeout, the body by the
     * watchdog, which cuts the body off at {@code started + bound} (by default the request timeout plus
     * half a second) — without interrupting this thread — and by size, at {@code maxResponseBytes}.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request, long started, Duration bound,
                                          java.util.concurrent.atomic.AtomicBoolean oversize) throws IOException, InterruptedException {
        GuardedBody body = new GuardedBody(bound, new Bounded(HttpResponse.BodySubscribers.ofByteArray(), maxResponseBytes, oversize));
        AttemptWatchdog.Guard guard = watchdog.guard(started + bound.toNanos(), body);
        try {
            return http.send(request, info -> {
                // A declared length over the limit is refused before a byte is read.
                if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > maxResponseBytes) {
                    body.refuseOnSubscribe();
                }
                return body;
            });
        } finally {
            guard.close();
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the body reader when an answer exceeds the limit. */
    static final class ResponseTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLarge(long limit) {
            super("answer larger than " + limit + " bytes");
        }
    }

    /** Counts body bytes and fails the exchange once they pass the limit. */
    static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> delegate;
        private final long limit;
        private volatile boolean refuseAtOnce;
        private long received;
        private java.util.concurrent.Flow.Subscription subscription;
        private boolean failed;

        private final java.util.concurrent.atomic.AtomicBoolean oversize;

        Bounded(HttpResponse.BodySubscriber<byte[]> delegate, long limit, java.util.concurrent.atomic.AtomicBoolean oversize) {
            this.delegate = delegate;
            this.limit = limit;
            this.oversize = oversize;
        }

        /** The answer declared a length over the limit: fail as soon as the body is subscribed. */
        void refuseOnSubscribe() {
            this.refuseAtOnce = true;
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return delegate.getBody();
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            this.subscription = subscription;
            delegate.onSubscribe(subscription);
            if (refuseAtOnce) {
                fail();
            }
        }

        @Override
        public void onNext(List<java.nio.ByteBuffer> items) {
            if (failed) {
                return;
            }
            for (java.nio.ByteBuffer item : items) {
                received += item.remaining();
            }
            if (received > limit) {
                fail();
                return;
            }
            delegate.onNext(items);
        }

        private void fail() {
            failed = true;
            oversize.set(true); // the exchange may report the cancellation rather than the reason
            delegate.onError(new ResponseTooLarge(limit)); // completes the body with the reason first
            subscription.cancel();
        }

        @Override
        public void onError(Throwable throwable) {
            if (!failed) {
                delegate.onError(throwable);
            }
        }

        @Override
        public void onComplete() {
            if (!failed) {
                delegate.onComplete();
            }
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

    private boolean retryable(Call.RetryMode mode, HttpResult result, Throwable failure) {
        if (failure != null) {
            if (failure instanceof CircuitBreakerOpenException || failure instanceof RateLimitExceededException
                    || failure instanceof BulkheadFullException || failure instanceof PermitRefused) {
                return false; // local refusals: retrying at once cannot help
            }
            if (failure.getCause() instanceof ResponseTooLarge) {
                return false; // the same answer would come back just as large
            }
            boolean unknown = !(failure instanceof TransportException transport) || transport.outcomeUnknown();
            return mode == Call.RetryMode.SAFE || !unknown;
        }
        RetryVerdict verdict = classifier.apply(result);
        if (verdict != RetryVerdict.DEFAULT) {
            return verdict == RetryVerdict.RETRY;
        }
        int status = result.status();
        if (status == 429) {
            return true; // refused before processing
        }
        return mode == Call.RetryMode.SAFE && (status == 408 || status >= 500);
    }

    private Duration delay(ExecutionContext<HttpResult> context) {
        InFlight inFlight = IN_FLIGHT.get();
        Duration delay = plannedDelay(inFlight, context.getLastResult());
        Duration left = inFlight.remaining(clock);
        if (left != null) {
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

    /**
     * Stops the watchdog thread and refuses further calls, for this transport and every view of it;
     * bodies still being read are cut off. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            watchdog.close();
            // java.net.http.HttpClient is AutoCloseable from Java 21 (waits for exchanges to end); before
            // that its daemon threads end when it becomes unreachable.
            if (http instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /**
     * Moves the circuit breaker from open to half-open, what Failsafe does once the open period has
     * passed; for tests (here and in the client modules), which must not race a short real open period.
     */
    public void halfOpenCircuit() {
        breaker.halfOpen();
    }

    /** The watchdog; for tests in this package. */
    AttemptWatchdog watchdog() {
        return watchdog;
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
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private RequestPermits permits;
        private Duration watchdogTick = Duration.ofMillis(50);

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
        /** A limit shared with other processes: a permit before every attempt, waiting up to {@code maxWait}. */
        public Builder rateLimit(RequestPermits permits, Duration maxWait) {
            this.permits = Objects.requireNonNull(permits, "permits");
            this.rateMaxWait = Objects.requireNonNull(maxWait, "maxWait");
            return this;
        }

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

        /** The largest answer read, in bytes; a larger one fails with a clear error. Default 32 MiB. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1");
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** How often the watchdog looks at bodies in flight; the precision of the whole-attempt bound. */
        Builder watchdogTick(Duration tick) {
            this.watchdogTick = positive(tick, "tick");
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
