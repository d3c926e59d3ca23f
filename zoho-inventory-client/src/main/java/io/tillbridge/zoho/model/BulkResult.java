package io.tillbridge.zoho.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk operation did to each record; Zoho reports per-record codes rather than one
 * (reference: zoho-inventory.md §1). Whatever the answer carried besides those results is kept in
 * {@code other}, so that nothing Zoho reported is dropped.
 *
 * @param records one entry per record or group Zoho reported on
 * @param other   the answer's other fields by their wire names (not {@code code} and {@code message}, nor
 *                the groups the records were read from); {@code data}'s unread members under {@code data}
 */
public record BulkResult(List<RecordResult> records, Map<String, Object> other) {

    /**
     * Copies the list and the map.
     *
     * @param records one entry per record or group Zoho reported on
     * @param other   the answer's other fields by their wire names
     */
    public BulkResult {
        records = List.copyOf(records);
        other = other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other)); // Zoho sends nulls
    }

    /**
     * The form without other fields, kept for existing callers.
     *
     * @param records one entry per record or group Zoho reported on
     */
    public BulkResult(List<RecordResult> records) {
        this(records, null);
    }

    /**
     * True when every record succeeded.
     *
     * @return true when every code is 0
     */
    public boolean allSucceeded() {
        return records.stream().allMatch(r -> r.code() == 0);
    }

    /**
     * One record's outcome.
     *
     * @param ids     the record ids it concerns; may be empty
     * @param code    0 for success
     * @param message Zoho's words
     * @param other   the entry's other fields by their wire names (not those read into ids, code and message)
     */
    public record RecordResult(List<String> ids, int code, String message, Map<String, Object> other) {
        /**
         * Reads absent ids and fields as none and copies them.
         *
         * @param ids     the record ids it concerns; may be empty
         * @param code    0 for success
         * @param message Zoho's words
         * @param other   the entry's other fields by their wire names
         */
        public RecordResult {
            ids = ids == null ? List.of() : List.copyOf(ids);
            other = other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other)); // Zoho sends nulls
        }

        /**
         * The form without other fields, kept for existing callers.
         *
         * @param ids     the record ids it concerns; may be empty
         * @param code    0 for success
         * @param message Zoho's words
         */
        public RecordResult(List<String> ids, int code, String message) {
            this(ids, code, message, null);
        }
    }
}
