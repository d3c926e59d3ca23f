package io.tillbridge.benchmarks;

import io.tillbridge.examples.SandboxWorld;
import java.time.Clock;

/** Orders per second through order to cash against the emulators with no added latency (tracked, no target). */
final class EndToEndProbe {

    private EndToEndProbe() {
    }

    record Result(int orders, double seconds) {
        double ordersPerSecond() {
            return orders / seconds;
        }
    }

    static Result run(int orders) {
        try (SandboxWorld world = new SandboxWorld(orders, 99, Clock.systemUTC())) {
            long start = System.nanoTime();
            for (String order : world.salesOrders) {
                world.orderToCash.run(order);
            }
            return new Result(orders, (System.nanoTime() - start) / 1e9);
        }
    }
}
