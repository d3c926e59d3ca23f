package io.tillbridge.client.internal.http;

import dev.failsafe.PolicyConfig;
import dev.failsafe.RateLimiter;
import dev.failsafe.spi.ExecutionResult;
import dev.failsafe.spi.PolicyExecutor;
import dev.failsafe.spi.Scheduler;
import dev.failsafe.spi.SyncExecutionInternal;
import java.time.Duration;
import java.util.function.Function;

/**
 * Failsafe's rate limiter, in the same place in the chain, telling how long each attempt waited for its
 * permit: Failsafe has no event for a limiter's wait, and measuring it anywhere else (around the whole
 * attempt, say) would add the bulkhead's wait to it. Synchronous executions only, as the transport's are.
 */
final class TimedRateLimit implements dev.failsafe.Policy<HttpResult> {

    /** Told once per permit asked. */
    interface Waits {
        void waited(Duration waited, boolean granted);
    }

    private final RateLimiter<HttpResult> limiter;
    private final Waits waits;

    TimedRateLimit(RateLimiter<HttpResult> limiter, Waits waits) {
        this.limiter = limiter;
        this.waits = waits;
    }

    @Override
    public PolicyConfig<HttpResult> getConfig() {
        return limiter.getConfig();
    }

    @Override
    public PolicyExecutor<HttpResult> toExecutor(int policyIndex) {
        PolicyExecutor<HttpResult> inner = limiter.toExecutor(policyIndex);
        return new PolicyExecutor<>(this, policyIndex) {
            @Override
            public Function<SyncExecutionInternal<HttpResult>, ExecutionResult<HttpResult>> apply(
                    Function<SyncExecutionInternal<HttpResult>, ExecutionResult<HttpResult>> innerFn, Scheduler scheduler) {
                return execution -> {
                    long asked = System.nanoTime();
                    boolean[] granted = {false};
                    // The limiter calls the rest of the chain only once it has a permit: reaching it means granted.
                    ExecutionResult<HttpResult> result = inner.apply(next -> {
                        granted[0] = true;
                        waits.waited(Duration.ofNanos(System.nanoTime() - asked), true);
                        return innerFn.apply(next);
                    }, scheduler).apply(execution);
                    if (!granted[0]) {
                        waits.waited(Duration.ofNanos(System.nanoTime() - asked), false);
                    }
                    return result;
                };
            }
        };
    }
}
