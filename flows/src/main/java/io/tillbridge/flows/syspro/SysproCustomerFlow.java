package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.flows.translate.ZohoTranslator;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.address.Countries;
import io.tillbridge.mapping.address.SysproAddressProfile;
import io.tillbridge.mapping.address.SysproAddressProfile.SysproAddress;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.syspro.customers.Customer;
import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.Contact;
import io.tillbridge.zoho.model.ContactPerson;
import io.tillbridge.zoho.model.ZohoAddress;
import io.tillbridge.zoho.model.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Customers both ways. Payers from the shop or Zoho become SYSPRO AR customers (ARSSCS add, then an
 * update per new payer version), their addresses fitted to SYSPRO's five 40-character lines by
 * mapping-core's SYSPRO profile — refused, never truncated, when they do not fit. Customers changed in
 * SYSPRO are pushed to their Zoho contacts: name, addresses, e-mail and telephone ({@link #toZoho}).
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
     * Pushes a SYSPRO customer to its Zoho contact when it changed: the name (as {@code contact_name} and
     * {@code company_name}), the sold-to and ship-to addresses as {@code billing_address} and
     * {@code shipping_address} (SYSPRO's five lines read back through mapping-core's SYSPRO address
     * profile: the country's name becomes the country, the line before it the city), and the e-mail and
     * telephone on the contact's primary person ({@code contact_persons}, the existing primary person's
     * {@code contact_person_id} kept). What SYSPRO leaves empty is not cleared in Zoho. The currency is not
     * pushed: Zoho takes a {@code currency_id} of its own, not an ISO code. A contact that already holds
     * all of it — compared in SYSPRO's own form, so a change that came from Zoho does not bounce back —
     * is left alone. Never throws.
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
            SysproAddress sold = sysproForm(current.soldToLines(), current.soldPostalCode());
            SysproAddress ship = sysproForm(current.shipToLines(), current.shipPostalCode());
            Map<String, String> refs = new LinkedHashMap<>();
            refs.put("contactId", zohoContactId);
            refs.put("name", current.name());
            refs.put("email", current.email());
            refs.put("telephone", current.telephone());
            refs.put("soldTo", describe(sold));
            refs.put("shipTo", describe(ship));
            Intent intent = Intent.of(refs);
            List<EffectRecord> earlier = engine.store().effects(TO_ZOHO, customer);
            EffectRecord last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (last != null && last.state() == EffectRecord.State.DONE && last.fingerprint().equals(intent.fingerprint())) {
                return new SysproOutcome.Done(customer, Map.of("contact", zohoContactId, "changed", "no"));
            }
            int version = last == null ? 1 : Integer.parseInt(last.key().substring(last.key().lastIndexOf('/') + 1))
                    + (last.state() == EffectRecord.State.DONE ? 1 : 0);
            String id = LeasedRun.done(run.effect(new Effect<>(new EffectKey(TO_ZOHO, "zoho-contact", customer, version), intent,
                    situation -> {
                        Contact contact;
                        try {
                            contact = zoho.contacts().get(zohoContactId);
                        } catch (io.tillbridge.TillbridgeException e) {
                            return Lookup.unknown("reading Zoho contact " + zohoContactId + " failed: " + e.getMessage());
                        }
                        return zohoHolds(contact, current, sold, ship) ? Lookup.found(zohoContactId) : Lookup.absent();
                    },
                    () -> zoho.contacts().update(zohoContactId, contactInput(zoho.contacts().get(zohoContactId), current, sold, ship))
                            .contactId(),
                    ResultCodec.text("contact"))), "Zoho contact of " + customer);
            return new SysproOutcome.Done(customer, Map.of("contact", id, "changed", "yes"));
        });
    }

    /** SYSPRO's address as its profile would write it, or null when SYSPRO holds none. */
    private static SysproAddress sysproForm(List<String> lines, String postalCode) {
        boolean none = lines.stream().allMatch(String::isBlank) && (postalCode == null || postalCode.isBlank());
        return none ? null : new SysproAddress(lines.stream().map(String::strip).toList(), postalCode == null || postalCode.isBlank()
                ? null : postalCode.strip());
    }

    private static String describe(SysproAddress address) {
        return address == null ? "" : String.join("|", address.lines()) + "|" + orEmpty(address.postalCode());
    }

    /** True when the Zoho contact already says everything SYSPRO says (addresses compared as SYSPRO would hold them). */
    private boolean zohoHolds(Contact contact, Customer current, SysproAddress sold, SysproAddress ship) {
        if (!current.name().equals(contact.contactName())) {
            return false;
        }
        ContactPerson primary = primary(contact);
        String email = primary != null ? primary.email() : contact.email();
        String phone = primary != null ? primary.phone() : contact.phone();
        if (!current.email().isBlank() && !current.email().equals(email)) {
            return false;
        }
        if (!current.telephone().isBlank() && !current.telephone().equals(phone)) {
            return false;
        }
        return sameAddress(sold, contact.billingAddress()) && sameAddress(ship, contact.shippingAddress());
    }

    private boolean sameAddress(SysproAddress syspro, ZohoAddress zohoAddress) {
        if (syspro == null) {
            return true; // SYSPRO has none: Zoho's is not cleared
        }
        Address canonical = ZohoTranslator.address(zohoAddress);
        if (canonical == null) {
            return false;
        }
        try {
            SysproAddress fitted = addresses.fit(canonical, "zoho");
            return fitted.lines().equals(syspro.lines()) && orEmpty(fitted.postalCode()).equals(orEmpty(syspro.postalCode()));
        } catch (RuntimeException e) {
            return false; // Zoho's address would not fit SYSPRO: it cannot be what SYSPRO holds
        }
    }

    private static ContactPerson primary(Contact contact) {
        return contact.contactPersons().stream().filter(p -> Boolean.TRUE.equals(p.isPrimaryContact())).findFirst()
                .orElse(contact.contactPersons().size() == 1 ? contact.contactPersons().get(0) : null);
    }

    private static Inputs.ContactInput contactInput(Contact existing, Customer current, SysproAddress sold, SysproAddress ship) {
        Inputs.ContactInput.Builder input = Inputs.ContactInput.builder(current.name()).company(current.name());
        if (sold != null) {
            input.billingAddress(zohoAddress(SysproAddressProfile.read(sold.lines(), sold.postalCode())));
        }
        if (ship != null) {
            input.shippingAddress(zohoAddress(SysproAddressProfile.read(ship.lines(), ship.postalCode())));
        }
        if (!current.email().isBlank() || !current.telephone().isBlank()) {
            ContactPerson primary = primary(existing);
            input.person(new Inputs.ContactPersonInput(primary == null ? null : primary.contactPersonId(),
                    primary == null ? null : primary.salutation(), primary == null ? null : primary.firstName(),
                    primary == null ? null : primary.lastName(), blankToNull(current.email()), blankToNull(current.telephone()),
                    primary == null ? null : primary.mobile(), Boolean.TRUE));
        }
        return input.build();
    }

    /** A canonical address in Zoho's fields: the first line, the others joined as {@code street2}, the country by name. */
    static ZohoAddress zohoAddress(Address address) {
        List<String> lines = address.lines();
        String first = lines.isEmpty() ? null : lines.get(0);
        String street2 = lines.size() < 2 ? null : String.join(", ", lines.subList(1, lines.size()));
        String country = address.country() == null ? null : Countries.englishName(address.country());
        return new ZohoAddress(null, first, street2, address.city(), address.region(), address.postalCode(), country, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
