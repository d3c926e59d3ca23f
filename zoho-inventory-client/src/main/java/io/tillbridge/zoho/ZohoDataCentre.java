package io.tillbridge.zoho;

import java.net.URI;

/**
 * Zoho's data centres, by name — for configuration that names one ({@code ZOHO_DATA_CENTRE=EU}). Each
 * gives its {@link ZohoEnvironment} preset (reference: zoho-inventory.md §1, §2).
 */
public enum ZohoDataCentre {
    /** The United States (zohoapis.com), the default. */
    COM(ZohoEnvironment.COM),
    /** Europe (zohoapis.eu). */
    EU(ZohoEnvironment.EU),
    /** India (zohoapis.in). */
    IN(ZohoEnvironment.IN),
    /** Australia (zohoapis.com.au). */
    COM_AU(ZohoEnvironment.COM_AU),
    /** Japan (zohoapis.jp). */
    JP(ZohoEnvironment.JP),
    /** Canada (zohoapis.ca). */
    CA(ZohoEnvironment.CA),
    /** China (zohoapis.com.cn). */
    COM_CN(ZohoEnvironment.COM_CN),
    /** Saudi Arabia (zohoapis.sa). */
    SA(ZohoEnvironment.SA);

    private final ZohoEnvironment environment;

    ZohoDataCentre(ZohoEnvironment environment) {
        this.environment = environment;
    }

    /**
     * The preset environment of this data centre.
     *
     * @return the environment
     */
    public ZohoEnvironment environment() {
        return environment;
    }

    /**
     * The API domain; the Inventory root is this plus {@code /inventory/v1}.
     *
     * @return the API domain
     */
    public URI apiDomain() {
        return environment.apiDomain();
    }

    /**
     * The OAuth accounts server.
     *
     * @return the accounts server
     */
    public URI accounts() {
        return environment.accountsServer();
    }
}
