/**
 * Exchange rates the host supplies, and the rules for using them: a direct rate, else the inverse, else a
 * cross rate through a base currency; one {@code HALF_EVEN} rounding at the end; a rate older than the
 * table's staleness limit is an error rather than a guess.
 */
package io.tillbridge.mapping.fx;
