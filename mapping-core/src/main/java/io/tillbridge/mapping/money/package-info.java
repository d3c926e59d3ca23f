/**
 * Money: an amount of one currency at exactly its ISO 4217 minor-unit scale, with {@code long} minor
 * units for Opayo's wire. An amount with more decimals than its currency allows is refused unless the caller
 * asks for rounding, and arithmetic across currencies is a {@link io.tillbridge.mapping.money.CurrencyMismatchException}.
 */
package io.tillbridge.mapping.money;
