package io.tillbridge.sandbox.opayo;

import java.util.Map;

/**
 * The published Opayo sandbox test cards (reference: opayo.md §5) and how the emulator treats them.
 */
public final class SandboxCards {

    /** How a card behaves. */
    public enum Behaviour {
        /** Authorised without 3-D Secure (card or issuer not enrolled, or a debit card). */
        AUTHORISE,
        /** 3-D Secure enrolled: a v1 challenge, then authorised if the shopper enters {@code password}. */
        CHALLENGE,
        /** The bank declines: NotAuthed 2000, bank response 05. */
        DECLINE
    }

    /**
     * A test card.
     *
     * @param cardType  as Pi names it
     * @param behaviour what the emulator does with it
     */
    public record Card(String cardType, Behaviour behaviour) {
    }

    /** Visa, 3-D Secure enrolled: challenged, then authorised with the simulator password. */
    public static final String VISA_3DS = "4929000000006";
    /** Visa, not enrolled in 3-D Secure: authorised. */
    public static final String VISA_NOT_ENROLLED = "4929000005559";
    /** Visa Debit: authorised. */
    public static final String VISA_DEBIT = "4462000000000003";
    /** MasterCard, 3-D Secure enrolled: challenged, then authorised with the simulator password. */
    public static final String MASTERCARD_3DS = "5404000000000001";
    /** Debit MasterCard: authorised. */
    public static final String DEBIT_MASTERCARD = "5573470000000001";
    /** American Express: authorised. */
    public static final String AMEX = "374200000000004";
    /** Visa that the bank declines: NotAuthed, status code 2000, bank response 05. */
    public static final String VISA_DECLINED = "4929602110085639";
    /** MasterCard that the bank declines: NotAuthed, status code 2000, bank response 05. */
    public static final String MASTERCARD_DECLINED = "5403814948608092";

    static final Map<String, Card> CARDS = Map.of(
            VISA_3DS, new Card("Visa", Behaviour.CHALLENGE),
            VISA_NOT_ENROLLED, new Card("Visa", Behaviour.AUTHORISE),
            "4929000000014", new Card("Visa", Behaviour.AUTHORISE),
            VISA_DEBIT, new Card("VisaDebit", Behaviour.AUTHORISE),
            MASTERCARD_3DS, new Card("MasterCard", Behaviour.CHALLENGE),
            DEBIT_MASTERCARD, new Card("DebitMasterCard", Behaviour.AUTHORISE),
            AMEX, new Card("AmericanExpress", Behaviour.AUTHORISE),
            VISA_DECLINED, new Card("Visa", Behaviour.DECLINE),
            MASTERCARD_DECLINED, new Card("MasterCard", Behaviour.DECLINE));

    /** The CV2 that matches. All the sandbox's values, with addresses that pass Tillbridge's rules: {@link io.tillbridge.sandbox.SandboxValues}. */
    public static final String SECURITY_CODE = "123";
    /** The number in the first billing address line that matches AVS. */
    public static final String ADDRESS_1 = "88";
    /** The digits of the billing postcode that match AVS; not a UK postcode by itself, see {@link io.tillbridge.sandbox.SandboxValues#AVS_MATCHING_UK_ADDRESS}. */
    public static final String POSTCODE = "412";

    /** The 3-D Secure v1 simulator password that authenticates. */
    public static final String THREE_D_PASSWORD = "password";

    private SandboxCards() {
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
