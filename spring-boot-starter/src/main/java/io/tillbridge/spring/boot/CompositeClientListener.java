package io.tillbridge.spring.boot;

import io.tillbridge.client.http.ClientListener;
import java.time.Duration;
import java.util.List;

/**
 * Every {@link ClientListener} bean of the application as the one listener a client takes — the health
 * status, the metrics, and any of the host's own — in their bean order.
 */
final class CompositeClientListener implements ClientListener {

    private final List<ClientListener> listeners;

    CompositeClientListener(List<ClientListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** The one listener to give the clients: none, the only one, or all of them. */
    static ClientListener of(List<ClientListener> listeners) {
        return switch (listeners.size()) {
            case 0 -> ClientListener.NONE;
            case 1 -> listeners.get(0);
            default -> new CompositeClientListener(listeners);
        };
    }

    @Override
    public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
        for (ClientListener l : listeners) {
            l.exchangeStarted(system, operation, method, path, attempt);
        }
    }

    @Override
    public void exchangeFinished(String system, String operation, String method, String path, int attempt, int status,
                                 Duration duration, Throwable failure) {
        for (ClientListener l : listeners) {
            l.exchangeFinished(system, operation, method, path, attempt, status, duration, failure);
        }
    }

    @Override
    public void retryScheduled(String system, String operation, int nextAttempt, Duration delay, String reason) {
        for (ClientListener l : listeners) {
            l.retryScheduled(system, operation, nextAttempt, delay, reason);
        }
    }

    @Override
    public void rateLimitWaited(String system, String operation, Duration waited, boolean granted) {
        for (ClientListener l : listeners) {
            l.rateLimitWaited(system, operation, waited, granted);
        }
    }

    @Override
    public void circuitStateChanged(String system, String from, String to) {
        for (ClientListener l : listeners) {
            l.circuitStateChanged(system, from, to);
        }
    }
}
