/**
 * The pure rules that join Opayo with Zoho Inventory, KashFlow and SYSPRO, and what they share: a
 * failure is an unchecked {@link io.tillbridge.mapping.MappingException}; bad input is an
 * {@link io.tillbridge.mapping.InvalidInputException} that lists every {@link io.tillbridge.mapping.Violation}
 * found, each naming its field, so that a caller fixes a record once rather than one field at a time.
 * Nothing in this module does I/O, starts a thread or reads a clock of its own; each system's vocabulary
 * (status words, codes) is taken as plain values, so a host with its own HTTP client can use the rules.
 */
package io.tillbridge.mapping;
