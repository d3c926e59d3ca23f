package io.tillbridge.opayo.transactions;

import io.tillbridge.client.Secret;

/**
 * A transaction as Opayo Pi reports it (reference: opayo.md §1.6). Optional parts are null when
 * Opayo left them out. Amounts are minor units.
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
 */
public record Transaction(String transactionId, String transactionType, String status, String statusCode,
                          String statusDetail, String retrievalReference, String bankResponseCode,
                          String bankAuthorisationCode, AvsCvcCheck avsCvcCheck, Card card, Long totalAmount,
                          Long saleAmount, Long surchargeAmount, String currency, String threeDSecureStatus) {

    /**
     * The AVS/CV2 results.
     *
     * @param status       AllMatched, SecurityCodeMatchOnly, AddressMatchOnly, NoMatches, NotChecked
     * @param address      Matched, NotMatched, NotProvided, NotChecked
     * @param postalCode   same values
     * @param securityCode same values
     */
    public record AvsCvcCheck(String status, String address, String postalCode, String securityCode) {
    }

    /**
     * The card, never its number.
     *
     * @param cardType       for example {@code Visa}
     * @param lastFourDigits four digits
     * @param expiryDate     {@code MMYY}
     * @param cardIdentifier the identifier, a credential for repeat payments when reusable
     * @param reusable       whether it was saved
     */
    public record Card(String cardType, String lastFourDigits, String expiryDate, Secret cardIdentifier, boolean reusable) {
    }
}
