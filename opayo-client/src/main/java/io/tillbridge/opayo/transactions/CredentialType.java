package io.tillbridge.opayo.transactions;

import jakarta.validation.constraints.NotNull;

/**
 * Stored-credential data for recurring payments (reference: opayo.md §1.5, {@code credentialType}).
 *
 * @param cofUsage           First when saving the card, Subsequent when using it
 * @param initiatedType      CIT with the cardholder present, MIT without
 * @param mitType            required for MIT
 * @param recurringExpiry    {@code YYYYMMDD}; may be null
 * @param recurringFrequency days between payments; may be null
 */
public record CredentialType(@NotNull Enums.CofUsage cofUsage, @NotNull Enums.InitiatedType initiatedType,
                             Enums.MitType mitType, String recurringExpiry, String recurringFrequency) {

    /**
     * The first, cardholder-initiated payment that saves a card for later.
     *
     * @return the credential type
     */
    public static CredentialType firstCardholderInitiated() {
        return new CredentialType(Enums.CofUsage.First, Enums.InitiatedType.CIT, null, null, null);
    }

    /**
     * A later merchant-initiated payment of the given kind.
     *
     * @param type why the merchant takes the payment
     * @return the credential type
     */
    public static CredentialType merchantInitiated(Enums.MitType type) {
        return new CredentialType(Enums.CofUsage.Subsequent, Enums.InitiatedType.MIT, type, null, null);
    }
}
