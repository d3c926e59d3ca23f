package io.tillbridge.zoho.model;

/** A person at a contact (reference: zoho-inventory.md §3.3). */
public record ContactPerson(String contactPersonId, String contactId, String salutation, String firstName, String lastName,
                            String email, String phone, String mobile, Boolean isPrimaryContact) {
}
