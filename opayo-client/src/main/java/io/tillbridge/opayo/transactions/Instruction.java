package io.tillbridge.opayo.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.opayo.internal.PiResponses;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * An instruction Opayo accepted: void, abort, release or cancel.
 *
 * @param instructionType lower case as on the wire; the type that was sent when Opayo's answer left it out
 * @param date            when Opayo recorded it; null when the answer had no date this client can read
 * @param dateText        the date exactly as Opayo wrote it, null when absent
 */
public record Instruction(String instructionType, OffsetDateTime date, String dateText) {

    /** Opayo's examples write the date both with an offset and without one; without, it is UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * Reads an instruction answer leniently: it follows a 2xx, so nothing in it may throw.
     *
     * @param node the answer or list entry, possibly null or of the wrong shape
     * @param sent the instruction type that was sent, used when the answer leaves it out
     */
    static Instruction read(JsonNode node, String sent) {
        JsonNode object = node != null && node.isObject() ? node : null;
        String type = object == null ? null : PiResponses.text(object, "instructionType");
        String dateText = object == null ? null : PiResponses.text(object, "date");
        return new Instruction(type == null ? sent : type, parse(dateText), dateText);
    }

    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(UK).toOffsetDateTime();
            } catch (DateTimeParseException unreadable) {
                return null; // the raw text is kept in dateText
            }
        }
    }
}
