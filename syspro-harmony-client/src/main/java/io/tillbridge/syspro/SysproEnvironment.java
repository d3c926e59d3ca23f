package io.tillbridge.syspro;

import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.client.endpoint.Endpoints;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a SYSPRO site's e.net Communications Load Balancer answers REST. There is no preset: each site
 * is the customer's own server with its own host and port, and there is no SaaS host (reference:
 * syspro.md §0–1), so {@link #custom(String)} is the only way in. HTTPS is required except on this
 * machine (an emulator or an SSH tunnel), because the operator password and the session id travel in
 * the URL.
 *
 * @param restRoot the {@code …/SYSPROWCFService/Rest} root
 */
public record SysproEnvironment(URI restRoot) {

    /**
     * Requires the REST root, https unless it is on this machine.
     *
     * @param restRoot the {@code …/SYSPROWCFService/Rest} root
     */
    public SysproEnvironment {
        Objects.requireNonNull(restRoot, "restRoot");
        String scheme = restRoot.getScheme() == null ? "" : restRoot.getScheme().toLowerCase(Locale.ROOT);
        if (restRoot.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("a SYSPRO site is an http(s) URL with a host, for example https://erp.example.com:31002");
        }
        if (scheme.equals("http") && !loopback(restRoot.getHost())) {
            throw new IllegalArgumentException("SYSPRO's REST endpoint carries the operator password and session id in the URL: "
                    + "use https for " + restRoot.getHost() + " (plain http is allowed only on this machine)");
        }
        if (restRoot.getRawQuery() != null || restRoot.getRawUserInfo() != null) {
            throw new IllegalArgumentException("give the site's URL without a query or user information");
        }
    }

    /**
     * The site's host and port, for example {@code https://erp.example.com:31002}; the REST path is added.
     *
     * @param url the site's scheme, host and port
     * @return the environment
     */
    public static SysproEnvironment custom(String url) {
        java.util.Objects.requireNonNull(url, "url");
        return new SysproEnvironment(SysproConnection.restRoot(URI.create(url)));
    }

    /** A loopback address literal or localhost, never a name that merely starts with "127.". */
    private static boolean loopback(String host) {
        return Endpoints.isLoopbackHost(host);
    }
}
