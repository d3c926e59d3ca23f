package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A sales return (RMA) (reference: zoho-inventory.md §3.8).
 *
 * @param salesreturnId     Zoho's {@code salesreturn_id}
 * @param salesreturnNumber Zoho's {@code salesreturn_number}
 * @param date              Zoho's {@code date}
 * @param reason            Zoho's {@code reason}
 * @param salesorderId      Zoho's {@code salesorder_id}
 * @param salesorderNumber  Zoho's {@code salesorder_number}
 * @param salesreturnStatus Zoho's {@code salesreturn_status}
 * @param receiveStatus     Zoho's {@code receive_status}
 * @param refundStatus      Zoho's {@code refund_status}
 * @param lineItems         Zoho's {@code line_items}
 * @param other             every other field Zoho sent, by its wire name
 */
public record SalesReturn(String salesreturnId, String salesreturnNumber, LocalDate date, String reason,
                          String salesorderId, String salesorderNumber, String salesreturnStatus, String receiveStatus,
                          String refundStatus, List<LineItem> lineItems, @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param salesreturnId     Zoho's {@code salesreturn_id}
     * @param salesreturnNumber Zoho's {@code salesreturn_number}
     * @param date              Zoho's {@code date}
     * @param reason            Zoho's {@code reason}
     * @param salesorderId      Zoho's {@code salesorder_id}
     * @param salesorderNumber  Zoho's {@code salesorder_number}
     * @param salesreturnStatus Zoho's {@code salesreturn_status}
     * @param receiveStatus     Zoho's {@code receive_status}
     * @param refundStatus      Zoho's {@code refund_status}
     * @param lineItems         Zoho's {@code line_items}
     * @param other             every other field Zoho sent, by its wire name
     */
    public SalesReturn {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
