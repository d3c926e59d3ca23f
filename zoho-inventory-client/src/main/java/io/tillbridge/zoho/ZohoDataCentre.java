package io.tillbridge.zoho;

import java.net.URI;

/**
 * Zoho's data centres, each with its API host and its accounts (OAuth) host, set separately because
 * Canada's differ ({@code www.zohoapis.ca} vs {@code accounts.zohocloud.ca}) (reference:
 * zoho-inventory.md §1, §2).
 */
public enum ZohoDataCentre {
    COM("https://www.zohoapis.com", "https://accounts.zoho.com"),
    EU("https://www.zohoapis.eu", "https://accounts.zoho.eu"),
    IN("https://www.zohoapis.in", "https://accounts.zoho.in"),
    COM_AU("https://www.zohoapis.com.au", "https://accounts.zoho.com.au"),
    JP("https://www.zohoapis.jp", "https://accounts.zoho.jp"),
    CA("https://www.zohoapis.ca", "https://accounts.zohocloud.ca"),
    COM_CN("https://www.zohoapis.com.cn", "https://accounts.zoho.com.cn"),
    SA("https://www.zohoapis.sa", "https://accounts.zoho.sa");

    private final URI apiDomain;
    private final URI accounts;

    ZohoDataCentre(String apiDomain, String accounts) {
        this.apiDomain = URI.create(apiDomain);
        this.accounts = URI.create(accounts);
    }

    /** The API domain; the Inventory root is this plus {@code /inventory/v1}. */
    public URI apiDomain() {
        return apiDomain;
    }

    /** The OAuth accounts server. */
    public URI accounts() {
        return accounts;
    }
}
