package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.model.ZohoTimestamps;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters for a list call, as Zoho names them ({@code search_text}, {@code sort_column},
 * {@code filter_by}, {@code date_start}, {@code last_modified_time}, …). Paging is added by the list
 * itself. Immutable.
 *
 * @param parameters the query parameters
 */
public record ListQuery(Map<String, String> parameters) {

    /** No filter. */
    public static final ListQuery ALL = new ListQuery(Map.of());

    /**
     * Copies the parameters, keeping their order, and refuses {@code page} and {@code per_page}, which the list
     * sets itself.
     *
     * @param parameters the query parameters
     */
    public ListQuery {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters)); // keeps the caller's order
        if (parameters.containsKey("page") || parameters.containsKey("per_page")) {
            throw new IllegalArgumentException("page and per_page are set by the list itself");
        }
    }

    /**
     * Starts a query with no filters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListQuery}. */
    public static final class Builder {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Any Zoho filter parameter.
         *
         * @param name  the parameter's name
         * @param value its value
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /**
         * Records modified after this time ({@code last_modified_time}, incremental sync).
         *
         * @param time the time
         * @return this builder
         */
        public Builder modifiedAfter(OffsetDateTime time) {
            return parameter("last_modified_time", ZohoTimestamps.format(time));
        }

        /**
         * {@code sort_column} ascending or descending.
         *
         * @param column    the column
         * @param ascending whether to sort ascending
         * @return this builder
         */
        public Builder sortBy(String column, boolean ascending) {
            parameter("sort_column", column);
            return parameter("sort_order", ascending ? "A" : "D");
        }

        /**
         * Zoho's free-text {@code search_text} filter.
         *
         * @param text the text
         * @return this builder
         */
        public Builder search(String text) {
            return parameter("search_text", text);
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public ListQuery build() {
            return new ListQuery(parameters);
        }
    }
}
