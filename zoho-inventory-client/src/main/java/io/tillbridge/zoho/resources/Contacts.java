package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Contact;
import java.util.List;

/** Customers and vendors, with their contact persons (reference: zoho-inventory.md §3.3). Obtain it from {@code ZohoInventoryClient}. */
public final class Contacts extends ResourceService<Contact, Inputs.ContactInput> {

    public Contacts(ZohoConnection connection) {
        super(connection, "/contacts", List.of("contact"), List.of("contacts"), Contact.class);
    }

    /** The contact's people. */
    public List<io.tillbridge.zoho.model.ContactPerson> contactPersons(String contactId) {
        return resource.listBelow(contactId, "contactpersons", "contact_persons", io.tillbridge.zoho.model.ContactPerson.class);
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("contact_name");
    }
}
