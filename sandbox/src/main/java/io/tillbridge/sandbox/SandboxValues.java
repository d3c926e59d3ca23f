package io.tillbridge.sandbox;

import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.sandbox.zoho.SeedAddress;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import java.time.Clock;

/**
 * Every value the sandbox knows, in one place: the credentials the emulators accept when started by
 * {@link io.tillbridge.sandbox.junit.SandboxExtension} or {@link #opayoEmulator}/{@link #zohoEmulator},
 * the magic values that make Opayo's address and security-code checks match, the 3-D Secure password,
 * and addresses that pass Tillbridge's own address rules.
 *
 * <h2>Opayo</h2>
 * <table>
 *   <caption>Opayo sandbox values</caption>
 *   <tr><th>what</th><th>value</th></tr>
 *   <tr><td>vendor name</td><td>{@value #OPAYO_VENDOR}</td></tr>
 *   <tr><td>integration key / password</td><td>{@value #OPAYO_INTEGRATION_KEY} / {@value #OPAYO_INTEGRATION_PASSWORD}</td></tr>
 *   <tr><td>Reporting API user / password</td><td>{@value #OPAYO_REPORTING_USER} / {@value #OPAYO_REPORTING_PASSWORD}</td></tr>
 *   <tr><td>security code (CV2) that matches</td><td>{@value #SECURITY_CODE}</td></tr>
 *   <tr><td>numbers in the first address line / postcode that match</td><td>{@value #AVS_HOUSE_NUMBER} / {@value #AVS_POSTCODE_DIGITS}</td></tr>
 *   <tr><td>3-D Secure v1 password that authenticates</td><td>{@value #THREE_D_SECURE_PASSWORD}</td></tr>
 *   <tr><td>card expiry that is always in the future for the demo</td><td>{@value #CARD_EXPIRY}</td></tr>
 * </table>
 * The test cards, and what each does, are {@link SandboxCards}.
 *
 * <h2>Why the address is not simply "88" and "412"</h2>
 * Opayo documents address line {@code 88} and postcode {@code 412} as the values that pass AVS in its
 * sandbox. {@code 412} is not a UK postcode, so a Zoho customer in the United Kingdom with that postcode
 * is refused by Tillbridge's address rules (the order is dead-lettered, never charged). UK AVS compares
 * only the <em>numbers</em> in the first address line and the postcode, and the emulator does the same:
 * {@link #AVS_MATCHING_UK_ADDRESS} — {@code 88 High Street, Glasgow, G41 2AA} — carries the numbers 88 and
 * 412, is a well-formed UK postcode, and matches. The bare {@code 88}/{@code 412} still match too, and
 * are fine for addresses outside the UK postcode countries (GB, GG, JE, IM).
 *
 * <h2>Zoho Inventory</h2>
 * Organisation {@value #ZOHO_ORGANIZATION_ID}; OAuth client {@value #ZOHO_CLIENT_ID} with secret
 * {@value #ZOHO_CLIENT_SECRET} and refresh token {@value #ZOHO_REFRESH_TOKEN}. Access tokens last an hour
 * of the emulator's clock. The emulated allowance is Zoho's: 100 calls a minute, changeable with
 * {@link io.tillbridge.sandbox.zoho.ZohoEmulator#rateLimit}.
 *
 * <p>These are sandbox values only: none of them works against a live service, and none is a secret.
 */
public final class SandboxValues {

    /** The Opayo vendor name the emulator accepts. */
    public static final String OPAYO_VENDOR = "sandbox";
    /** The Opayo integration key (HTTP Basic user) the emulator accepts. */
    public static final String OPAYO_INTEGRATION_KEY = "integration-key";
    /** The Opayo integration password (HTTP Basic password) the emulator accepts. */
    public static final String OPAYO_INTEGRATION_PASSWORD = "integration-password";
    /** The Reporting &amp; Admin API user the emulator accepts. */
    public static final String OPAYO_REPORTING_USER = "reporter";
    /** The Reporting &amp; Admin API password the emulator checks the signature with. */
    public static final String OPAYO_REPORTING_PASSWORD = "reporting-password";

    /** The CV2 that matches (Opayo's published sandbox value). */
    public static final String SECURITY_CODE = SandboxCards.SECURITY_CODE;
    /** The number in the first address line that matches AVS (Opayo's published {@code "88"}). */
    public static final String AVS_HOUSE_NUMBER = SandboxCards.ADDRESS_1;
    /** The digits of the postcode that match AVS (Opayo's published {@code "412"}). */
    public static final String AVS_POSTCODE_DIGITS = SandboxCards.POSTCODE;
    /** The 3-D Secure v1 simulator password that authenticates. */
    public static final String THREE_D_SECURE_PASSWORD = SandboxCards.THREE_D_PASSWORD;
    /** An expiry (MMYY) for test cards. Opayo's sandbox takes any future date. */
    public static final String CARD_EXPIRY = "1229";

    /**
     * A UK billing address that passes Tillbridge's address rules <em>and</em> Opayo's sandbox AVS:
     * the numbers in its first line are 88 and in its postcode 412.
     */
    public static final SeedAddress AVS_MATCHING_UK_ADDRESS =
            new SeedAddress("88 High Street", "Glasgow", "G41 2AA", "United Kingdom");

    /** A UK address that passes the address rules but not AVS: the card's security code alone matches. */
    public static final SeedAddress UK_ADDRESS = new SeedAddress("10 Downing Street", "London", "SW1A 2AA", "United Kingdom");

    /** The Zoho organisation id the emulator accepts. */
    public static final String ZOHO_ORGANIZATION_ID = "20071234567";
    /** The Zoho OAuth client id the emulator accepts. */
    public static final String ZOHO_CLIENT_ID = "1000.DEMO";
    /** The Zoho OAuth client secret the emulator accepts. */
    public static final String ZOHO_CLIENT_SECRET = "client-secret";
    /** The Zoho refresh token the emulator exchanges for access tokens. */
    public static final String ZOHO_REFRESH_TOKEN = "refresh-token";

    private SandboxValues() {
    }

    /**
     * An Opayo emulator that accepts the values above.
     *
     * @param clock the emulator's clock
     * @return the emulator, not yet started
     */
    public static OpayoEmulator opayoEmulator(Clock clock) {
        return new OpayoEmulator(OPAYO_VENDOR, OPAYO_INTEGRATION_KEY, OPAYO_INTEGRATION_PASSWORD,
                OPAYO_REPORTING_USER, OPAYO_REPORTING_PASSWORD, clock);
    }

    /**
     * A Zoho emulator that accepts the values above.
     *
     * @param clock the emulator's clock
     * @return the emulator, not yet started
     */
    public static ZohoEmulator zohoEmulator(Clock clock) {
        return new ZohoEmulator(ZOHO_ORGANIZATION_ID, ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET,
                ZOHO_REFRESH_TOKEN, clock);
    }
}
