package io.tillbridge.client.internal.http;

import java.io.Closeable;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into bytes that the {@link AttemptWatchdog} can cut off: {@link #close()}
 * fails the body with an {@link HttpTimeoutException} and cancels the exchange, which ends the
 * caller's blocked {@code HttpClient.send} without touching its interrupt status.
 */
final class GuardedBody implements HttpResponse.BodySubscriber<byte[]>, Closeable {

    private final HttpTransport.Bounded bytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final Duration bound;
    private volatile Flow.Subscription subscription;

    /** @param bytes the body reader, itself bounded by size */
    GuardedBody(Duration bound, HttpTransport.Bounded bytes) {
        this.bound = bound;
        this.bytes = bytes;
        bytes.getBody().whenComplete((body, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(body);
            }
        });
    }

    /** The answer declared more bytes than the client reads: refused before a byte is read. */
    void refuseOnSubscribe() {
        bytes.refuseOnSubscribe();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel(); // cut off before the body began
        }
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        bytes.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Cuts the body off: the exchange fails as timed out and the connection is let go. */
    @Override
    public void close() {
        if (result.completeExceptionally(new HttpTimeoutException("no complete answer within " + bound.toMillis() + " ms"))) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
