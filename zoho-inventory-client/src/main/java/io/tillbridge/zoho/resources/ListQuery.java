package io.tillbridge.zoho.resources;

import io.tillbridge.client.ValidationException;
import io.tillbridge.zoho.model.ZohoTimestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
     * sets itself, and parameters without a name.
     *
     * @param parameters the query parameters
     * @throws ValidationException naming each parameter refused
     */
    public ListQuery {
        if (parameters == null) {
            throw new ValidationException("query", "is missing");
        }
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters)); // keeps the caller's order
        List<ValidationException.FieldError> errors = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (name == null || name.isBlank()) {
                errors.add(new ValidationException.FieldError("query", "a parameter has no name"));
            } else if (name.equals("page") || name.equals("per_page")) {
                errors.add(new ValidationException.FieldError("query." + name, "is set by the list itself"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
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
         * @throws ValidationException when it is null
         */
        public Builder modifiedAfter(OffsetDateTime time) {
            if (time == null) {
                throw new ValidationException("modifiedAfter", "is missing");
            }
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
