package io.tillbridge.opayo.transactions;

/** Small Pi vocabularies, spelt as Opayo spells them on the wire. */
public final class Enums {

    private Enums() {
    }

    /** How the card details were taken. */
    public enum EntryMethod {
        /** Taken online. */
        Ecommerce,
        /** Taken from a mail order. */
        MailOrder,
        /** Taken over the telephone. */
        TelephoneOrder
    }

    /** Whether 3-D Secure or AVS/CVC checks run for this transaction. */
    public enum CheckSetting {
        /** Follow the rules set in the merchant's Opayo account. */
        UseMSPSetting,
        /** Run the checks even when the account's rules would skip them, and apply the rules. */
        Force,
        /** Skip the checks. */
        Disable,
        /** Run the checks but ignore the account's rules on the result. */
        ForceIgnoringRules
    }

    /** First or later use of stored credentials. */
    public enum CofUsage {
        /** The first use, which stores the credentials. */
        First,
        /** A later use of stored credentials. */
        Subsequent
    }

    /** Cardholder- or merchant-initiated. */
    public enum InitiatedType {
        /** The cardholder started the payment. */
        CIT,
        /** The merchant started the payment under an earlier agreement. */
        MIT
    }

    /** Why a merchant-initiated payment is taken. */
    public enum MitType {
        /** A recurring payment on an agreed schedule, such as a subscription. */
        Recurring,
        /** One of a fixed number of instalments. */
        Instalment,
        /** A payment at no fixed time, such as an account top-up. */
        Unscheduled,
        /** An increase to an earlier authorisation. */
        Incremental,
        /** A charge after the service, such as hotel extras. */
        DelayedCharge,
        /** A no-show charge agreed in advance. */
        NoShow,
        /** A new authorisation after the first expired. */
        Reauthorisation,
        /** A retry of a payment that was declined for lack of funds. */
        Resubmission
    }

    /** 3-D Secure v2 challenge window size. */
    public enum ChallengeWindowSize {
        /** 250 × 400 pixels. */
        Small,
        /** 390 × 400 pixels. */
        Medium,
        /** 500 × 600 pixels. */
        Large,
        /** 600 × 400 pixels. */
        ExtraLarge,
        /** The whole browser window. */
        FullScreen
    }
}
