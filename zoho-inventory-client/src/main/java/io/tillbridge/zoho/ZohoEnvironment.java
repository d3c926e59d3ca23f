package io.tillbridge.zoho;

import io.tillbridge.client.endpoint.Endpoints;
import java.net.URI;

/**
 * Where the client sends its calls: the Inventory API domain and the OAuth accounts server, set
 * separately because Canada's differ ({@code www.zohoapis.ca} vs {@code accounts.zohocloud.ca})
 * (reference: zoho-inventory.md §1, §2). One preset per data centre; a custom pair serves emulators
 * and proxies. https only, except on this machine.
 *
 * @param apiDomain      for example {@code https://www.zohoapis.eu}; the Inventory root is this plus {@code /inventory/v1}
 * @param accountsServer for example {@code https://accounts.zoho.eu}
 */
public record ZohoEnvironment(URI apiDomain, URI accountsServer) {

    /** The United States, the default. */
    public static final ZohoEnvironment COM = of("https://www.zohoapis.com", "https://accounts.zoho.com");
    /** Europe. */
    public static final ZohoEnvironment EU = of("https://www.zohoapis.eu", "https://accounts.zoho.eu");
    /** India. */
    public static final ZohoEnvironment IN = of("https://www.zohoapis.in", "https://accounts.zoho.in");
    /** Australia. */
    public static final ZohoEnvironment COM_AU = of("https://www.zohoapis.com.au", "https://accounts.zoho.com.au");
    /** Japan. */
    public static final ZohoEnvironment JP = of("https://www.zohoapis.jp", "https://accounts.zoho.jp");
    /** Canada. */
    public static final ZohoEnvironment CA = of("https://www.zohoapis.ca", "https://accounts.zohocloud.ca");
    /** China. */
    public static final ZohoEnvironment COM_CN = of("https://www.zohoapis.com.cn", "https://accounts.zoho.com.cn");
    /** Saudi Arabia. */
    public static final ZohoEnvironment SA = of("https://www.zohoapis.sa", "https://accounts.zoho.sa");

    /**
     * Requires both URLs to be well formed; https is the client builder's check.
     *
     * @param apiDomain      for example {@code https://www.zohoapis.eu}; the Inventory root is this plus {@code /inventory/v1}
     * @param accountsServer for example {@code https://accounts.zoho.eu}
     */
    public ZohoEnvironment {
        // Well formed here; https off this machine is the client builder's check, which a test may relax.
        Endpoints.requireWellFormed(apiDomain, "apiDomain");
        Endpoints.requireWellFormed(accountsServer, "accountsServer");
    }

    /**
     * True for the data centres' presets. Only then may the token answer's {@code api_domain} move the
     * API calls; a custom pair (an emulator, a proxy) is what the host chose and is never overridden.
     *
     * @return true for a preset
     */
    public boolean preset() {
        return java.util.List.of(COM, EU, IN, COM_AU, JP, CA, COM_CN, SA).contains(this);
    }

    /**
     * A custom pair, for example an emulator at {@code http://localhost:8080} for both.
     *
     * @param apiDomain      the API domain
     * @param accountsServer the OAuth accounts server
     * @return the environment
     */
    public static ZohoEnvironment custom(URI apiDomain, URI accountsServer) {
        return new ZohoEnvironment(apiDomain, accountsServer);
    }

    /**
     * A custom pair from strings.
     *
     * @param apiDomain      the API domain
     * @param accountsServer the OAuth accounts server
     * @return the environment
     * @throws io.tillbridge.client.ValidationException naming each one that is missing or not a URL
     */
    public static ZohoEnvironment custom(String apiDomain, String accountsServer) {
        return new ZohoEnvironment(uri("apiDomain", apiDomain), uri("accountsServer", accountsServer));
    }

    /** URI.create throws NullPointerException and IllegalArgumentException; the host gets the field named. */
    private static URI uri(String field, String text) {
        if (text == null) {
            return null; // the record's own check names it
        }
        try {
            return URI.create(text);
        } catch (IllegalArgumentException malformed) {
            throw new io.tillbridge.client.ValidationException(field, "is not a URL");
        }
    }

    private static ZohoEnvironment of(String apiDomain, String accountsServer) {
        return new ZohoEnvironment(URI.create(apiDomain), URI.create(accountsServer));
    }
}
