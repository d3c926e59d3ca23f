package io.tillbridge.client.endpoint;

import io.tillbridge.client.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for the hosts a client talks to: https everywhere except this machine, and what "this
 * machine" means — {@code localhost} or a loopback address literal, checked as an address, never by
 * a name prefix such as {@code 127.} (which {@code 127.example.com} would pass). Environment records
 * check that each URL is well formed ({@link #requireWellFormed}); client builders then refuse plain
 * http off this machine ({@link #requireSecure}) unless a test explicitly allowed it.
 *
 * <p>NOT API for hosts: for Tillbridge's client modules, whose environment records and builders apply
 * these rules (a host meets them only as the {@link ValidationException} those throw). It is outside
 * {@code internal} because every client's public environment record calls it from its constructor;
 * its methods may still change between releases.
 */
public final class Endpoints {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Endpoints() {
    }

    /**
     * True for {@code localhost} and loopback address literals ({@code 127.0.0.0/8}, {@code ::1}); no DNS lookup.
     *
     * @param uri the URL
     * @return true when it points at this machine
     */
    public static boolean isLoopback(URI uri) {
        return uri != null && isLoopbackHost(uri.getHost());
    }

    /**
     * {@link #isLoopback(URI)} for a bare host name or literal, with or without IPv6 brackets.
     *
     * @param host the host name or address literal
     * @return true when it is this machine
     */
    public static boolean isLoopbackHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        boolean literal = IPV4.matcher(h).matches() || h.contains(":");
        if (!literal) {
            return false; // a name: resolving it would trust DNS, so it is not loopback
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /**
     * Reads a URL a host gave as text (an environment's {@code custom(...)}), refusing a missing or
     * malformed one with a typed error naming the setting rather than {@code URI.create}'s untyped ones.
     *
     * @param url   the URL as text
     * @param field the setting's name, for the error
     * @return the URL, not yet checked as well formed (see {@link #requireWellFormed})
     * @throws ValidationException naming the field
     */
    public static URI parse(String url, String field) {
        if (url == null || url.isBlank()) {
            throw new ValidationException(field, "is not set");
        }
        try {
            return new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new ValidationException(field, "is not a URL: " + e.getReason());
        }
    }

    /**
     * Refuses a URL that is not an absolute http(s) URL with a host.
     *
     * @param uri the URL
     * @param field the setting's name, for the error
     * @return the URL
     * @throws ValidationException naming the field
     */
    public static URI requireWellFormed(URI uri, String field) {
        return requireSecure(field, uri, true);
    }

    /**
     * {@link #requireSecure(String, URI, boolean)} with plain http allowed only on this machine.
     *
     * @param uri   the URL
     * @param field the setting's name, for the error
     * @return the URL
     */
    public static URI requireSecure(URI uri, String field) {
        return requireSecure(field, uri, false);
    }

    /**
     * Refuses a URL that is not https, unless it points at this machine or the host explicitly allowed
     * plain http (tests against a stub on another host).
     *
     * @param field the setting's name, for the error
     * @param uri              the URL
     * @param plainHttpAllowed whether the host allowed plain http
     * @return the URL
     * @throws ValidationException naming the field
     */
    public static URI requireSecure(String field, URI uri, boolean plainHttpAllowed) {
        if (uri == null) {
            throw new ValidationException(field, "is not set");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ValidationException(field, "must be an http(s) URL, got '" + uri + "'");
        }
        if (uri.getHost() == null) {
            throw new ValidationException(field, "has no host: '" + uri + "'");
        }
        if (scheme.equals("http") && !plainHttpAllowed && !isLoopback(uri)) {
            throw new ValidationException(field, "must use https off this machine, got '" + uri + "'");
        }
        return uri;
    }
}
