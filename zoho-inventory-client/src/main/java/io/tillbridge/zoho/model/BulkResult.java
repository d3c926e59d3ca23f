package io.tillbridge.zoho.model;

import java.util.List;

/**
 * What a bulk operation did to each record; Zoho reports per-record codes rather than one
 * (reference: zoho-inventory.md §1).
 *
 * @param records one entry per record or group Zoho reported on
 */
public record BulkResult(List<RecordResult> records) {

    /**
     * Copies the list.
     *
     * @param records one entry per record or group Zoho reported on
     */
    public BulkResult {
        records = List.copyOf(records);
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
     */
    public record RecordResult(List<String> ids, int code, String message) {
        /**
         * Reads absent ids as none and copies them.
         *
         * @param ids     the record ids it concerns; may be empty
         * @param code    0 for success
         * @param message Zoho's words
         */
        public RecordResult {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }
}
