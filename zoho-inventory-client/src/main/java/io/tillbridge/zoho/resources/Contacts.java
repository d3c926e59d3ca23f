package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Contact;
import java.util.List;

/** Customers and vendors, with their contact persons (reference: zoho-inventory.md §3.3). Obtain it from {@code ZohoInventoryClient}. */
public final class Contacts extends ResourceService<Contact, Inputs.ContactInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public Contacts(ZohoConnection connection) {
        super(connection, "/contacts", List.of("contact"), List.of("contacts"), Contact.class);
    }

    /**
     * The contact's people.
     *
     * @param contactId the contact's id
     * @return the contact persons
     */
    public List<io.tillbridge.zoho.model.ContactPerson> contactPersons(String contactId) {
        return resource.listBelow(contactId, "contactpersons", "contact_persons", io.tillbridge.zoho.model.ContactPerson.class);
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("contact_name");
    }
}
