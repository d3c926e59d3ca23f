package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A credit note (reference: zoho-inventory.md §3.7); note {@code updated_time}, not {@code last_modified_time}. */
public record CreditNote(String creditnoteId, String creditnoteNumber, LocalDate date, String status, String customerId,
                         String customerName, String referenceNumber, String currencyCode, BigDecimal total,
                         BigDecimal balance, List<LineItem> lineItems, @ZohoTimestamp OffsetDateTime createdTime,
                         @ZohoTimestamp OffsetDateTime updatedTime, @JsonAnySetter Map<String, Object> other) {

    public CreditNote {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
