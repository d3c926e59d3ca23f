package io.tillbridge.opayo.transactions;

/** Small Pi vocabularies, spelt as Opayo spells them on the wire. */
public final class Enums {

    private Enums() {
    }

    /** How the card details were taken. */
    public enum EntryMethod { Ecommerce, MailOrder, TelephoneOrder }

    /** Whether 3-D Secure or AVS/CVC checks run for this transaction. */
    public enum CheckSetting { UseMSPSetting, Force, Disable, ForceIgnoringRules }

    /** First or later use of stored credentials. */
    public enum CofUsage { First, Subsequent }

    /** Cardholder- or merchant-initiated. */
    public enum InitiatedType { CIT, MIT }

    /** Why a merchant-initiated payment is taken. */
    public enum MitType { Recurring, Instalment, Unscheduled, Incremental, DelayedCharge, NoShow, Reauthorisation, Resubmission }

    /** 3-D Secure v2 challenge window size. */
    public enum ChallengeWindowSize { Small, Medium, Large, ExtraLarge, FullScreen }
}
