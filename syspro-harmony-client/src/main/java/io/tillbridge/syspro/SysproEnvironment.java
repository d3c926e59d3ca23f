package io.tillbridge.syspro;

import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.endpoint.Endpoints;
import java.net.URI;

/**
 * Where a SYSPRO site's e.net Communications Load Balancer answers REST. There is no preset: each site
 * is the customer's own server with its own host and port, and there is no SaaS host (reference:
 * syspro.md §0–1), so {@link #custom(String)} is the only way in. The client builder then requires
 * https except on this machine (an emulator or an SSH tunnel) or after
 * {@link io.tillbridge.client.http.ClientBuilder#allowPlainHttp()}, as for every client, because the
 * operator password and the session id travel in the URL.
 *
 * @param restRoot the {@code …/SYSPROWCFService/Rest} root
 */
public record SysproEnvironment(URI restRoot) {

    /**
     * Requires a well-formed http(s) REST root with a host, and no query or user information.
     *
     * @param restRoot the {@code …/SYSPROWCFService/Rest} root
     * @throws ValidationException naming {@code restRoot}
     */
    public SysproEnvironment {
        Endpoints.requireWellFormed(restRoot, "restRoot");
        if (restRoot.getRawQuery() != null || restRoot.getRawUserInfo() != null) {
            throw new ValidationException("restRoot", "give the site's URL without a query or user information");
        }
    }

    /**
     * The site's host and port, for example {@code https://erp.example.com:31002}; the REST path is added.
     *
     * @param url the site's scheme, host and port
     * @return the environment
     */
    public static SysproEnvironment custom(String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("url", "is required");
        }
        URI site;
        try {
            site = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("url", "is not a URL: " + e.getMessage());
        }
        return new SysproEnvironment(SysproConnection.restRoot(site));
    }
}
