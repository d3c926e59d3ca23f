package io.tillbridge.opayo.transactions;

import io.tillbridge.client.ValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 3-D Secure v2 browser and account data (reference: opayo.md §1.5, {@code strongCustomerAuthentication}).
 * When the shopper's browser ran JavaScript, the card schemes need the screen and time-zone data too:
 * {@code browserJavaEnabled}, {@code browserColorDepth}, {@code browserScreenHeight},
 * {@code browserScreenWidth} and {@code browserTZ}; a request without them is refused before sending.
 * The account and risk objects ({@code threeDSRequestorAuthenticationInfo}, {@code acctInfo},
 * {@code merchantRiskIndicator}, …) have dozens of optional members and are passed through as given,
 * with Opayo's member names.
 *
 * @param notificationURL          where the ACS posts the challenge result
 * @param browserIP                the shopper's IP
 * @param browserAcceptHeader      the shopper's Accept header
 * @param browserJavascriptEnabled whether JavaScript ran
 * @param browserLanguage          for example {@code en-GB}
 * @param browserUserAgent         the shopper's User-Agent
 * @param challengeWindowSize      the iframe size
 * @param transType                for example {@code GoodsAndServicePurchase}
 * @param browserJavaEnabled       whether Java ran; required when JavaScript ran
 * @param browserColorDepth        bits per pixel, one of 1, 4, 8, 15, 16, 24, 32, 48; required when JavaScript ran
 * @param browserScreenHeight      pixels; required when JavaScript ran
 * @param browserScreenWidth       pixels; required when JavaScript ran
 * @param browserTZ                minutes between UTC and the browser's local time, as JavaScript's
 *                                 {@code getTimezoneOffset()} gives it (for example {@code -60}); required when JavaScript ran
 * @param acctID                   the shopper's account id at the merchant, at most 64; may be null
 * @param threeDSRequestorAuthenticationInfo how the shopper logged in; may be null
 * @param threeDSRequestorPriorAuthenticationInfo a prior 3-D Secure authentication; may be null
 * @param acctInfo                 the shopper's account history; may be null
 * @param merchantRiskIndicator    the merchant's assessment of the purchase; may be null
 * @param threeDSExemptionIndicator for example {@code LowValue}, {@code TransactionRiskAnalysis}; may be null
 * @param website                  the site the purchase was made on; may be null
 */
public record StrongCustomerAuthentication(@NotBlank String notificationURL, @NotBlank String browserIP,
                                           @NotBlank String browserAcceptHeader, boolean browserJavascriptEnabled,
                                           @NotBlank String browserLanguage, @NotBlank String browserUserAgent,
                                           @NotNull Enums.ChallengeWindowSize challengeWindowSize, @NotBlank String transType,
                                           Boolean browserJavaEnabled, Integer browserColorDepth,
                                           @Positive Integer browserScreenHeight, @Positive Integer browserScreenWidth,
                                           @Pattern(regexp = "[+-]?\\d{1,4}", message = "must be minutes from UTC, for example -60")
                                           String browserTZ,
                                           @Size(max = 64) String acctID,
                                           Map<String, Object> threeDSRequestorAuthenticationInfo,
                                           Map<String, Object> threeDSRequestorPriorAuthenticationInfo,
                                           Map<String, Object> acctInfo,
                                           Map<String, Object> merchantRiskIndicator,
                                           String threeDSExemptionIndicator,
                                           @Size(max = 100) String website) {

    /** The colour depths EMV 3-D Secure defines. */
    public static final Set<Integer> COLOR_DEPTHS = Set.of(1, 4, 8, 15, 16, 24, 32, 48);

    /**
     * Copies the maps, so that the data cannot change after it is built.
     *
     * @param notificationURL          where the ACS posts the challenge result
     * @param browserIP                the shopper's IP
     * @param browserAcceptHeader      the shopper's Accept header
     * @param browserJavascriptEnabled whether JavaScript ran
     * @param browserLanguage          for example {@code en-GB}
     * @param browserUserAgent         the shopper's User-Agent
     * @param challengeWindowSize      the iframe size
     * @param transType                for example {@code GoodsAndServicePurchase}
     * @param browserJavaEnabled       whether Java ran; required when JavaScript ran
     * @param browserColorDepth        bits per pixel, one of 1, 4, 8, 15, 16, 24, 32, 48; required when JavaScript
     *     ran
     * @param browserScreenHeight      pixels; required when JavaScript ran
     * @param browserScreenWidth       pixels; required when JavaScript ran
     * @param browserTZ                minutes between UTC and the browser's local time, as JavaScript's
     *                                 {@code getTimezoneOffset()} gives it (for example {@code -60}); required
     *                                 when JavaScript ran
     * @param acctID                   the shopper's account id at the merchant, at most 64; may be null
     * @param threeDSRequestorAuthenticationInfo how the shopper logged in; may be null
     * @param threeDSRequestorPriorAuthenticationInfo a prior 3-D Secure authentication; may be null
     * @param acctInfo                 the shopper's account history; may be null
     * @param merchantRiskIndicator    the merchant's assessment of the purchase; may be null
     * @param threeDSExemptionIndicator for example {@code LowValue}, {@code TransactionRiskAnalysis}; may be null
     * @param website                  the site the purchase was made on; may be null
     */
    public StrongCustomerAuthentication {
        threeDSRequestorAuthenticationInfo = copy(threeDSRequestorAuthenticationInfo);
        threeDSRequestorPriorAuthenticationInfo = copy(threeDSRequestorPriorAuthenticationInfo);
        acctInfo = copy(acctInfo);
        merchantRiskIndicator = copy(merchantRiskIndicator);
    }

    /**
     * The browser subset without screen data: only valid when the shopper's browser did not run JavaScript.
     *
     * @param notificationURL          where the ACS posts the challenge result
     * @param browserIP                the shopper's IP address
     * @param browserAcceptHeader      the browser's Accept header
     * @param browserJavascriptEnabled false, as this constructor is for browsers without JavaScript
     * @param browserLanguage          the browser's language
     * @param browserUserAgent         the browser's User-Agent
     * @param challengeWindowSize      the challenge window's size
     * @param transType                the 3-D Secure transaction type
     */
    public StrongCustomerAuthentication(String notificationURL, String browserIP, String browserAcceptHeader,
                                        boolean browserJavascriptEnabled, String browserLanguage, String browserUserAgent,
                                        Enums.ChallengeWindowSize challengeWindowSize, String transType) {
        this(notificationURL, browserIP, browserAcceptHeader, browserJavascriptEnabled, browserLanguage, browserUserAgent,
                challengeWindowSize, transType, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The same data with the browser's screen and time-zone details, as a JavaScript-enabled browser reports them.
     *
     * @param javaEnabled           whether Java is enabled in the browser
     * @param colorDepth            the screen's colour depth in bits
     * @param screenHeight          the screen height in pixels
     * @param screenWidth           the screen width in pixels
     * @param timeZoneOffsetMinutes the browser's offset from UTC in minutes
     * @return the completed data
     */
    public StrongCustomerAuthentication withScreen(boolean javaEnabled, int colorDepth, int screenHeight, int screenWidth,
                                                   int timeZoneOffsetMinutes) {
        return new StrongCustomerAuthentication(notificationURL, browserIP, browserAcceptHeader, browserJavascriptEnabled,
                browserLanguage, browserUserAgent, challengeWindowSize, transType, javaEnabled, colorDepth, screenHeight,
                screenWidth, Integer.toString(timeZoneOffsetMinutes), acctID, threeDSRequestorAuthenticationInfo,
                threeDSRequestorPriorAuthenticationInfo, acctInfo, merchantRiskIndicator, threeDSExemptionIndicator, website);
    }

    /**
     * The same data with the optional account and risk details; any may be null.
     *
     * @param acctID                                  the shopper's account id at the merchant
     * @param threeDSRequestorAuthenticationInfo      how the shopper logged in to the merchant
     * @param threeDSRequestorPriorAuthenticationInfo an earlier 3-D Secure authentication of the shopper
     * @param acctInfo                                the shopper's account history
     * @param merchantRiskIndicator                   the merchant's view of the order's risk
     * @param threeDSExemptionIndicator               the exemption the merchant claims
     * @param website                                 the website the order was placed on
     * @return the completed data
     */
    public StrongCustomerAuthentication withAccount(String acctID, Map<String, Object> threeDSRequestorAuthenticationInfo,
                                                    Map<String, Object> threeDSRequestorPriorAuthenticationInfo,
                                                    Map<String, Object> acctInfo, Map<String, Object> merchantRiskIndicator,
                                                    String threeDSExemptionIndicator, String website) {
        return new StrongCustomerAuthentication(notificationURL, browserIP, browserAcceptHeader, browserJavascriptEnabled,
                browserLanguage, browserUserAgent, challengeWindowSize, transType, browserJavaEnabled, browserColorDepth,
                browserScreenHeight, browserScreenWidth, browserTZ, acctID, threeDSRequestorAuthenticationInfo,
                threeDSRequestorPriorAuthenticationInfo, acctInfo, merchantRiskIndicator, threeDSExemptionIndicator, website);
    }

    /** The rules a field annotation cannot say: what JavaScript makes required, and the colour depths. */
    List<ValidationException.FieldError> crossFieldErrors(String prefix) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (browserJavascriptEnabled) {
            require(browserJavaEnabled, prefix + "browserJavaEnabled", errors);
            require(browserColorDepth, prefix + "browserColorDepth", errors);
            require(browserScreenHeight, prefix + "browserScreenHeight", errors);
            require(browserScreenWidth, prefix + "browserScreenWidth", errors);
            require(browserTZ, prefix + "browserTZ", errors);
        }
        if (browserColorDepth != null && !COLOR_DEPTHS.contains(browserColorDepth)) {
            errors.add(new ValidationException.FieldError(prefix + "browserColorDepth",
                    "must be one of 1, 4, 8, 15, 16, 24, 32, 48, got " + browserColorDepth));
        }
        return errors;
    }

    private static void require(Object value, String field, List<ValidationException.FieldError> errors) {
        if (value == null) {
            errors.add(new ValidationException.FieldError(field, "is required when browserJavascriptEnabled is true"));
        }
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
