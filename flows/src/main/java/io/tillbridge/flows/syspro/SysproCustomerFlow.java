package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.address.SysproAddressProfile.SysproAddress;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.syspro.customers.Customer;
import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.Contact;
import io.tillbridge.zoho.model.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Customers both ways. Payers from the shop or Zoho become SYSPRO AR customers (ARSSCS add, then an
 * update per new payer version), their addresses fitted to SYSPRO's five 40-character lines by
 * mapping-core's SYSPRO profile — refused, never truncated, when they do not fit. Customers changed in
 * SYSPRO are pushed to their Zoho contacts.
 *
 * <p>No echo: every write is an {@link Effect} whose lookup is the target's current state. An update
 * SYSPRO (or Zoho) already holds is found, not written, so a change that came from the other side
 * bounces back as one read and stops. {@link #push} and {@link #toZoho} never throw.
 */
public final class SysproCustomerFlow {

    /** The name of the flow into SYSPRO, in effect keys and dead letters. */
    public static final String TO_SYSPRO = "syspro-customer-in";
    /** The name of the flow from SYSPRO to Zoho, in effect keys and dead letters. */
    public static final String TO_ZOHO = "syspro-customer-out";

    private final SysproTarget syspro;
    private final ZohoInventoryClient zoho;
    private final EffectEngine engine;
    private final AddressProfile<SysproAddress> addresses = AddressProfile.syspro();

    /**
     * @param zoho where SYSPRO's changes go; null when the host pushes them nowhere ({@link #toZoho} then
     *     dead-letters)
     *
     * @param syspro the SYSPRO target
     * @param engine the effect engine
     */
    public SysproCustomerFlow(SysproTarget syspro, ZohoInventoryClient zoho, EffectEngine engine) {
        this.syspro = Objects.requireNonNull(syspro, "syspro");
        this.zoho = zoho;
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Sets up or updates a payer in SYSPRO. Never throws.
     *
     * @param payer the payer
     * @return the outcome
     */
    public SysproOutcome push(Payer payer) {
        return LeasedRun.run(engine, TO_SYSPRO, payer.customer(), () -> MoneyMoved.NONE, run -> {
            CustomerSetup setup = setup(payer);
            Map<String, String> refs = describe(setup);
            Map<String, String> results = new LinkedHashMap<>();
            results.put("customer", LeasedRun.done(run.effect(new Effect<>(new EffectKey(TO_SYSPRO, "customer-add", payer.customer(), 1),
                    Intent.of(Map.of("customer", payer.customer())),
                    situation -> syspro.one("customer " + payer.customer(), SysproTables.CUSTOMERS,
                            Map.of(SysproTables.CUSTOMER, payer.customer()), SysproTables.CUSTOMER),
                    () -> SysproTarget.post("ARSSCS", () -> syspro.client().customers().add(setup)).customer(),
                    ResultCodec.text("customer"))), "ARSSCS add of " + payer.customer()));
            results.put("version", LeasedRun.done(run.effect(new Effect<>(
                    new EffectKey(TO_SYSPRO, "customer-update", payer.customer(), payer.version()), Intent.of(refs),
                    situation -> holds(payer.customer(), setup),
                    () -> {
                        syspro.client().customers().update(setup);
                        return Integer.toString(payer.version());
                    }, ResultCodec.text("version"))), "ARSSCS update of " + payer.customer()));
            return new SysproOutcome.Done(payer.customer(), results);
        });
    }

    /**
     * Pushes a SYSPRO customer's name to its Zoho contact when it changed; a contact that already has it is
     * left alone. Never throws.
     *
     * @param customer      the SYSPRO customer code
     * @param zohoContactId the Zoho contact's id
     * @return the outcome
     */
    public SysproOutcome toZoho(String customer, String zohoContactId) {
        return LeasedRun.run(engine, TO_ZOHO, customer, () -> MoneyMoved.NONE, run -> {
            if (zoho == null) {
                throw new LeasedRun.Refused("no Zoho client is configured for SYSPRO's customer changes");
            }
            Customer current = syspro.client().customers().get(customer);
            Intent intent = Intent.of(Map.of("contactId", zohoContactId, "name", current.name()));
            List<EffectRecord> earlier = engine.store().effects(TO_ZOHO, customer);
            EffectRecord last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (last != null && last.state() == EffectRecord.State.DONE && last.fingerprint().equals(intent.fingerprint())) {
                return new SysproOutcome.Done(customer, Map.of("contact", zohoContactId, "changed", "no"));
            }
            int version = last == null ? 1 : Integer.parseInt(last.key().substring(last.key().lastIndexOf('/') + 1))
                    + (last.state() == EffectRecord.State.DONE ? 1 : 0);
            String id = LeasedRun.done(run.effect(new Effect<>(new EffectKey(TO_ZOHO, "zoho-contact", customer, version), intent,
                    situation -> {
                        Contact contact = zoho.contacts().get(zohoContactId);
                        return current.name().equals(contact.contactName()) ? Lookup.found(zohoContactId) : Lookup.absent();
                    },
                    () -> zoho.contacts().update(zohoContactId, new Inputs.ContactInput(current.name(), current.name(), null, null,
                            null, null, null, null)).contactId(),
                    ResultCodec.text("contact"))), "Zoho contact of " + customer);
            return new SysproOutcome.Done(customer, Map.of("contact", id, "changed", "yes"));
        });
    }

    /** Found when SYSPRO already holds every field this update would send (ARSQRY), absent otherwise. */
    private Lookup<String> holds(String customer, CustomerSetup setup) {
        Customer current;
        try {
            current = syspro.client().customers().get(customer);
        } catch (io.tillbridge.TillbridgeException e) {
            return Lookup.unknown("reading customer " + customer + " from SYSPRO failed: " + e.getMessage());
        }
        boolean same = setup.name().equals(current.name()) && orEmpty(setup.email()).equals(current.email())
                && orEmpty(setup.telephone()).equals(current.telephone());
        return same ? Lookup.found("held") : Lookup.absent();
    }

    private CustomerSetup setup(Payer payer) {
        CustomerSetup.Builder b = CustomerSetup.update(payer.customer()).name(payer.name()).email(payer.email())
                .telephone(payer.telephone()).currency(payer.currency());
        if (payer.soldTo() != null) {
            SysproAddress sold = fit(payer.soldTo(), "soldTo");
            b.soldTo(sold.lines(), sold.postalCode());
        }
        if (payer.shipTo() != null) {
            SysproAddress ship = fit(payer.shipTo(), "shipTo");
            b.shipTo(ship.lines(), ship.postalCode());
        }
        return b.build();
    }

    private SysproAddress fit(Address address, String field) {
        try {
            return addresses.fit(address, field);
        } catch (RuntimeException e) {
            throw new LeasedRun.Refused("the " + field + " address does not fit SYSPRO's five 40-character lines and is not truncated: "
                    + e.getMessage());
        }
    }

    private static Map<String, String> describe(CustomerSetup setup) {
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put("name", setup.name());
        refs.put("email", orEmpty(setup.email()));
        refs.put("telephone", orEmpty(setup.telephone()));
        refs.put("currency", orEmpty(setup.currency()));
        refs.put("soldTo", String.join("|", setup.soldToAddress()) + "|" + orEmpty(setup.soldPostalCode()));
        refs.put("shipTo", String.join("|", setup.shipToAddress()) + "|" + orEmpty(setup.shipPostalCode()));
        return refs;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
