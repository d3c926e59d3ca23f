package io.tillbridge.spring.boot;

import io.tillbridge.runner.TillbridgeRunner;

/**
 * Adds to the auto-configured runner before it is built: further kinds of work, a finder, the daily
 * settlement, dead-letter replays, a shared rate limit's hold. Every such bean is applied, in bean order.
 */
@FunctionalInterface
public interface TillbridgeRunnerCustomizer {

    /**
     * Changes the builder; the starter has set threads, polling, instance name, schema and the order/refund work.
     *
     * @param builder the runner's builder, before it is built
     */
    void customize(TillbridgeRunner.Builder builder);
}
