package io.tillbridge.opayo.transactions;

import java.time.OffsetDateTime;

/**
 * An instruction Opayo accepted: void, abort, release or cancel.
 *
 * @param instructionType lower case as on the wire
 * @param date            when Opayo recorded it
 */
public record Instruction(String instructionType, OffsetDateTime date) {
}
