/**
 * Addresses fitted to each target: an address is first cleaned (whitespace, empty lines, the country
 * resolved to ISO 3166-1 alpha-2, UK postcodes validated and normalised), then fitted by an
 * {@link io.tillbridge.mapping.address.AddressProfile} to the target's fields — Opayo's two lines of 50,
 * KashFlow's four free lines, SYSPRO's five ship-address lines. Text that does not fit wraps to the next
 * line or is an error naming the field; nothing is silently truncated.
 */
package io.tillbridge.mapping.address;
