package io.tillbridge.zoho.resources;

import java.util.List;

/**
 * One page of a list.
 *
 * @param records the records on it
 * @param page    its number, from 1
 * @param hasMore whether another page follows ({@code page_context.has_more_page})
 */
public record Page<T>(List<T> records, int page, boolean hasMore) {

    /**
     * Copies the records.
     *
     * @param records the records on it
     * @param page    its number, from 1
     * @param hasMore whether another page follows ({@code page_context.has_more_page})
     */
    public Page {
        records = List.copyOf(records);
    }
}
