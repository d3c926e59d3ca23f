package io.tillbridge.client.endpoint;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The rule every client environment applies to its URLs: https, except on this machine (emulators and
 * tests), so that no credential crosses a network in clear text. Environment records call it from
 * their constructors, presets and {@code custom(...)} alike.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /**
     * Returns {@code url} when it is absolute and https, or http on a loopback host.
     *
     * @param field the environment component, named in the error
     * @throws IllegalArgumentException otherwise, naming the field
     */
    public static URI requireSecure(URI url, String field) {
        Objects.requireNonNull(url, field);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an absolute URL with a host: " + url.getScheme() + "://…");
        }
        if (scheme.equals("https") || scheme.equals("http") && isLoopback(url.getHost())) {
            return url;
        }
        throw new IllegalArgumentException(field + " must use https (http only for localhost), not " + scheme + "://" + url.getHost());
    }

    /** localhost, 127.0.0.0/8 and ::1, by name alone — no lookup. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("[::1]") || h.equals("::1");
    }
}
