package io.tillbridge.opayo.transactions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * 3-D Secure v2 browser data (reference: opayo.md §1.5, {@code strongCustomerAuthentication}); the
 * commonly required subset.
 *
 * @param notificationURL          where the ACS posts the challenge result
 * @param browserIP                the shopper's IP
 * @param browserAcceptHeader      the shopper's Accept header
 * @param browserJavascriptEnabled whether JavaScript ran
 * @param browserLanguage          for example {@code en-GB}
 * @param browserUserAgent         the shopper's User-Agent
 * @param challengeWindowSize      the iframe size
 * @param transType                for example {@code GoodsAndServicePurchase}
 */
public record StrongCustomerAuthentication(@NotBlank String notificationURL, @NotBlank String browserIP,
                                           @NotBlank String browserAcceptHeader, boolean browserJavascriptEnabled,
                                           @NotBlank String browserLanguage, @NotBlank String browserUserAgent,
                                           @NotNull Enums.ChallengeWindowSize challengeWindowSize, @NotBlank String transType) {
}
