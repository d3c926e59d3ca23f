package io.tillbridge.flows.syspro;

import io.tillbridge.mapping.model.Address;
import java.util.Objects;

/**
 * A paying customer as the web shop or Zoho knows them, to be set up or updated in SYSPRO.
 *
 * @param customer  the SYSPRO customer code the host assigns (at most 15)
 * @param version   the host's version of this payer, 1 or more; each new version is one ARSSCS update at most
 * @param name      at most 50 (SYSPRO's Name; refused, never truncated, when longer)
 * @param email     may be null
 * @param telephone may be null
 * @param currency  ISO 4217
 * @param soldTo    the billing address; may be null
 * @param shipTo    the delivery address; may be null
 */
public record Payer(String customer, int version, String name, String email, String telephone, String currency, Address soldTo,
                    Address shipTo) {

    /**
     * Requires the customer code, the name and the currency, and a version of at least 1.
     *
     * @param customer  the SYSPRO customer code the host assigns (at most 15)
     * @param version   the host's version of this payer, 1 or more; each new version is one ARSSCS update at most
     * @param name      at most 50 (SYSPRO's Name; refused, never truncated, when longer)
     * @param email     may be null
     * @param telephone may be null
     * @param currency  ISO 4217
     * @param soldTo    the billing address; may be null
     * @param shipTo    the delivery address; may be null
     */
    public Payer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }
}
