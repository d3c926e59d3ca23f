package io.tillbridge.opayo;

import io.tillbridge.client.endpoint.Endpoints;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where the client sends its calls: Opayo Pi REST v1 and the Reporting &amp; Admin API. The presets
 * are the Elavon hosts that became mandatory in March 2024 (reference: opayo.md §1.1, §2); a custom
 * pair serves emulators and proxies. https only, except on this machine.
 *
 * @param piBaseUrl     for example {@code https://sandbox.opayo.eu.elavon.com/api/v1}
 * @param reportingUrl  for example {@code https://sandbox.opayo.eu.elavon.com/access/access.htm}
 */
public record OpayoEnvironment(URI piBaseUrl, URI reportingUrl) {

    /** Opayo's sandbox hosts, the default. */
    public static final OpayoEnvironment SANDBOX = new OpayoEnvironment(
            URI.create("https://sandbox.opayo.eu.elavon.com/api/v1"),
            URI.create("https://sandbox.opayo.eu.elavon.com/access/access.htm"));

    /** Opayo's live hosts. */
    public static final OpayoEnvironment LIVE = new OpayoEnvironment(
            URI.create("https://live.opayo.eu.elavon.com/api/v1"),
            URI.create("https://live.opayo.eu.elavon.com/access/access.htm"));

    /**
     * Requires both URLs to be well formed; https is the client builder's check.
     *
     * @param piBaseUrl     for example {@code https://sandbox.opayo.eu.elavon.com/api/v1}
     * @param reportingUrl  for example {@code https://sandbox.opayo.eu.elavon.com/access/access.htm}
     */
    public OpayoEnvironment {
        // Well formed here; https off this machine is the client builder's check, which a test may relax.
        Endpoints.requireWellFormed(piBaseUrl, "piBaseUrl");
        Endpoints.requireWellFormed(reportingUrl, "reportingUrl");
    }

    /** Opayo's test hosts: the Elavon sandbox and the retired Sage Pay one (reference: opayo.md §1.1). */
    private static final Set<String> SANDBOX_HOSTS = Set.of("sandbox.opayo.eu.elavon.com", "pi-test.sagepay.com");

    /**
     * Whether test cards may be tokenised here: only Opayo's sandbox hosts and this machine (emulators).
     * An allow-list, not a check against {@link #LIVE}: a custom environment naming a live host, an old
     * live host or a proxy in front of one must never receive a card number from the server side.
     *
     * @return true where test cards may be used
     */
    public boolean acceptsTestCards() {
        String host = piBaseUrl.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        // A loopback address literal or localhost, never a name that merely starts with "127.".
        return SANDBOX_HOSTS.contains(host) || Endpoints.isLoopbackHost(host);
    }

    /**
     * A custom pair, for example an emulator at {@code http://localhost:8080}.
     *
     * @param piBaseUrl    the Pi API base URL
     * @param reportingUrl the Reporting API URL
     * @return the environment
     * @throws io.tillbridge.client.ValidationException naming a missing or malformed URL
     */
    public static OpayoEnvironment custom(String piBaseUrl, String reportingUrl) {
        return new OpayoEnvironment(Endpoints.parse(piBaseUrl, "piBaseUrl"), Endpoints.parse(reportingUrl, "reportingUrl"));
    }
}
