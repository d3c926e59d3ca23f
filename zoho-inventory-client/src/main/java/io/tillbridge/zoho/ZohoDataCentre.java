package io.tillbridge.zoho;

import java.net.URI;

/**
 * Zoho's data centres, by name — for configuration that names one ({@code ZOHO_DATA_CENTRE=EU}). Each
 * gives its {@link ZohoEnvironment} preset (reference: zoho-inventory.md §1, §2).
 */
public enum ZohoDataCentre {
    COM(ZohoEnvironment.COM),
    EU(ZohoEnvironment.EU),
    IN(ZohoEnvironment.IN),
    COM_AU(ZohoEnvironment.COM_AU),
    JP(ZohoEnvironment.JP),
    CA(ZohoEnvironment.CA),
    COM_CN(ZohoEnvironment.COM_CN),
    SA(ZohoEnvironment.SA);

    private final ZohoEnvironment environment;

    ZohoDataCentre(ZohoEnvironment environment) {
        this.environment = environment;
    }

    /** The preset environment of this data centre. */
    public ZohoEnvironment environment() {
        return environment;
    }

    /** The API domain; the Inventory root is this plus {@code /inventory/v1}. */
    public URI apiDomain() {
        return environment.apiDomain();
    }

    /** The OAuth accounts server. */
    public URI accounts() {
        return environment.accountsServer();
    }
}
