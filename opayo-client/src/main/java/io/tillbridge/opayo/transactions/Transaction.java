package io.tillbridge.opayo.transactions;

import io.tillbridge.client.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transaction as Opayo Pi reports it (reference: opayo.md §1.6). Optional parts are null when
 * Opayo left them out. Amounts are minor units. Every field Opayo sent that is not read into a
 * component is kept in {@code other} (nested ones under a dotted path, {@code 3DSecure.dsTransId}), so
 * nothing the server said is dropped.
 *
 * @param transactionId         Opayo's id
 * @param transactionType       Payment, Deferred, Repeat, Refund, …; may be null after a failed 3-D Secure v2
 * @param status                Ok, NotAuthed, Rejected, 3DAuth, Registered, Authenticated, Malformed, Invalid, Error
 * @param statusCode            for example {@code 0000}, {@code 2000}
 * @param statusDetail          Opayo's words
 * @param retrievalReference    the acquirer reference (a number on the wire, kept as text)
 * @param bankResponseCode      for example {@code 00}, {@code 05}
 * @param bankAuthorisationCode the bank's authorisation code
 * @param avsCvcCheck           address and security-code results
 * @param card                  the card used
 * @param totalAmount           total charged, minor units
 * @param saleAmount            before surcharge
 * @param surchargeAmount       surcharge
 * @param currency              ISO 4217
 * @param threeDSecureStatus    for example {@code Authenticated}, {@code NotChecked}
 * @param other                 every other field, by name (or dotted path), as JSON values (maps, lists, text, numbers, null)
 */
public record Transaction(String transactionId, String transactionType, String status, String statusCode,
                          String statusDetail, String retrievalReference, String bankResponseCode,
                          String bankAuthorisationCode, AvsCvcCheck avsCvcCheck, Card card, Long totalAmount,
                          Long saleAmount, Long surchargeAmount, String currency, String threeDSecureStatus,
                          Map<String, Object> other) {

    /**
     * Copies {@code other}, which may hold JSON nulls (so not {@code Map.copyOf}).
     *
     * @param transactionId         Opayo's id
     * @param transactionType       Payment, Deferred, Repeat, Refund, …; may be null after a failed 3-D Secure v2
     * @param status                Ok, NotAuthed, Rejected, 3DAuth, Registered, Authenticated, Malformed, Invalid, Error
     * @param statusCode            for example {@code 0000}, {@code 2000}
     * @param statusDetail          Opayo's words
     * @param retrievalReference    the acquirer reference (a number on the wire, kept as text)
     * @param bankResponseCode      for example {@code 00}, {@code 05}
     * @param bankAuthorisationCode the bank's authorisation code
     * @param avsCvcCheck           address and security-code results
     * @param card                  the card used
     * @param totalAmount           total charged, minor units
     * @param saleAmount            before surcharge
     * @param surchargeAmount       surcharge
     * @param currency              ISO 4217
     * @param threeDSecureStatus    for example {@code Authenticated}, {@code NotChecked}
     * @param other                 every other field; null for none
     */
    public Transaction {
        other = kept(other);
    }

    private static Map<String, Object> kept(Map<String, Object> other) {
        return other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /**
     * The AVS/CV2 results.
     *
     * @param status       AllMatched, SecurityCodeMatchOnly, AddressMatchOnly, NoMatches, NotChecked
     * @param address      Matched, NotMatched, NotProvided, NotChecked
     * @param postalCode   same values
     * @param securityCode same values
     * @param other        every other field Opayo sent in the check
     */
    public record AvsCvcCheck(String status, String address, String postalCode, String securityCode, Map<String, Object> other) {
        /**
         * Copies {@code other}.
         *
         * @param status       AllMatched, SecurityCodeMatchOnly, AddressMatchOnly, NoMatches, NotChecked
         * @param address      Matched, NotMatched, NotProvided, NotChecked
         * @param postalCode   same values
         * @param securityCode same values
         * @param other        every other field Opayo sent in the check; null for none
         */
        public AvsCvcCheck {
            other = kept(other);
        }
    }

    /**
     * The card, never its number.
     *
     * @param cardType       for example {@code Visa}
     * @param lastFourDigits four digits
     * @param expiryDate     {@code MMYY}
     * @param cardIdentifier the identifier, a credential for repeat payments when reusable
     * @param reusable       whether it was saved
     * @param other          every other field Opayo sent about the card
     */
    public record Card(String cardType, String lastFourDigits, String expiryDate, Secret cardIdentifier, boolean reusable,
                       Map<String, Object> other) {
        /**
         * Copies {@code other}.
         *
         * @param cardType       for example {@code Visa}
         * @param lastFourDigits four digits
         * @param expiryDate     {@code MMYY}
         * @param cardIdentifier the identifier, a credential for repeat payments when reusable
         * @param reusable       whether it was saved
         * @param other          every other field Opayo sent about the card; null for none
         */
        public Card {
            other = kept(other);
        }
    }
}
