package io.tillbridge.kashflow;

import io.tillbridge.client.endpoint.Endpoints;
import java.net.URI;
import java.util.Objects;

/**
 * Where the client sends its calls: the REST v2 root and the SOAP endpoint (reference: kashflow.md §0).
 * The live REST host is {@code api.kashflow.com/v2}, the sandbox {@code api-sandbox.kashflow.com/v2}.
 * KashFlow documents no SOAP sandbox, so {@link #SANDBOX} keeps the one SOAP endpoint
 * ({@code securedwebapp.com/api/service.asmx}) — an assumption; point a custom environment elsewhere
 * when IRIS gives you another.
 *
 * @param restBaseUrl for example {@code https://api.kashflow.com/v2}
 * @param soapUrl     for example {@code https://securedwebapp.com/api/service.asmx}
 */
public record KashFlowEnvironment(URI restBaseUrl, URI soapUrl) {

    /** KashFlow's live REST and SOAP hosts. */
    public static final KashFlowEnvironment LIVE = new KashFlowEnvironment(
            URI.create("https://api.kashflow.com/v2"), URI.create("https://securedwebapp.com/api/service.asmx"));

    /** KashFlow's REST sandbox; SOAP has no sandbox, so it is the live SOAP endpoint. */
    public static final KashFlowEnvironment SANDBOX = new KashFlowEnvironment(
            URI.create("https://api-sandbox.kashflow.com/v2"), URI.create("https://securedwebapp.com/api/service.asmx"));

    /**
     * Requires both URLs, https unless they point at this machine.
     *
     * @param restBaseUrl for example {@code https://api.kashflow.com/v2}
     * @param soapUrl     for example {@code https://securedwebapp.com/api/service.asmx}
     */
    public KashFlowEnvironment {
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(soapUrl, "soapUrl");
        requireHttpsOffLoopback(restBaseUrl);
        requireHttpsOffLoopback(soapUrl);
    }

    /**
     * A custom pair, for example an emulator at {@code http://127.0.0.1:8080/v2} and {@code …/api/service.asmx}.
     *
     * @param restBaseUrl the REST API base URL
     * @param soapUrl     the SOAP endpoint URL
     * @return the environment
     */
    public static KashFlowEnvironment custom(String restBaseUrl, String soapUrl) {
        return new KashFlowEnvironment(URI.create(restBaseUrl), URI.create(soapUrl));
    }

    /** Credentials travel in every SOAP body and the session token in every header: plain http only on this machine. */
    private static void requireHttpsOffLoopback(URI uri) {
        String host = uri.getHost();
        // A loopback address literal or localhost, never a name that merely starts with "127.".
        boolean loopback = Endpoints.isLoopbackHost(host);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !loopback) {
            throw new IllegalArgumentException("KashFlow URLs must use https off loopback: " + uri.getScheme() + "://" + host);
        }
    }
}
