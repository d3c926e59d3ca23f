package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A sales return (RMA) (reference: zoho-inventory.md §3.8). */
public record SalesReturn(String salesreturnId, String salesreturnNumber, LocalDate date, String reason,
                          String salesorderId, String salesorderNumber, String salesreturnStatus, String receiveStatus,
                          String refundStatus, List<LineItem> lineItems, @JsonAnySetter Map<String, Object> other) {

    public SalesReturn {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
