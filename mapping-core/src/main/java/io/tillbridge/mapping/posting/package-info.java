/**
 * Which posting each Opayo transaction type becomes in KashFlow (an invoice payment, its reversal, a
 * journal entry) and in SYSPRO (an AR payment, an AR adjustment, a credit note, a GL journal); a type with
 * no posting is an error, never silently skipped.
 */
package io.tillbridge.mapping.posting;
