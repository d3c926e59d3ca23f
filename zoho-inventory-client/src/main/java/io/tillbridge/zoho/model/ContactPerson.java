package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * A person at a contact (reference: zoho-inventory.md §3.3). What Zoho sends beyond the typed fields
 * ({@code designation}, {@code department}, {@code communication_preference}, …) is kept in {@code other}.
 *
 * @param contactPersonId  Zoho's {@code contact_person_id}
 * @param contactId        Zoho's {@code contact_id}
 * @param salutation       Zoho's {@code salutation}
 * @param firstName        Zoho's {@code first_name}
 * @param lastName         Zoho's {@code last_name}
 * @param email            Zoho's {@code email}
 * @param phone            Zoho's {@code phone}
 * @param mobile           Zoho's {@code mobile}
 * @param isPrimaryContact Zoho's {@code is_primary_contact}
 * @param other            every other field Zoho sent, by its wire name
 */
public record ContactPerson(String contactPersonId, String contactId, String salutation, String firstName, String lastName,
                            String email, String phone, String mobile, Boolean isPrimaryContact,
                            @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads an absent map as empty, so that callers never meet a null collection.
     *
     * @param contactPersonId  Zoho's {@code contact_person_id}
     * @param contactId        Zoho's {@code contact_id}
     * @param salutation       Zoho's {@code salutation}
     * @param firstName        Zoho's {@code first_name}
     * @param lastName         Zoho's {@code last_name}
     * @param email            Zoho's {@code email}
     * @param phone            Zoho's {@code phone}
     * @param mobile           Zoho's {@code mobile}
     * @param isPrimaryContact Zoho's {@code is_primary_contact}
     * @param other            every other field Zoho sent, by its wire name
     */
    public ContactPerson {
        other = other == null ? Map.of() : other;
    }

    /**
     * The form without other fields, kept for existing callers.
     *
     * @param contactPersonId  Zoho's {@code contact_person_id}
     * @param contactId        Zoho's {@code contact_id}
     * @param salutation       Zoho's {@code salutation}
     * @param firstName        Zoho's {@code first_name}
     * @param lastName         Zoho's {@code last_name}
     * @param email            Zoho's {@code email}
     * @param phone            Zoho's {@code phone}
     * @param mobile           Zoho's {@code mobile}
     * @param isPrimaryContact Zoho's {@code is_primary_contact}
     */
    public ContactPerson(String contactPersonId, String contactId, String salutation, String firstName, String lastName,
                         String email, String phone, String mobile, Boolean isPrimaryContact) {
        this(contactPersonId, contactId, salutation, firstName, lastName, email, phone, mobile, isPrimaryContact, null);
    }
}
