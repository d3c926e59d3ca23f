package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sales invoice: Zoho Inventory invoice, KashFlow invoice ({@code Number}), SYSPRO AR invoice.
 *
 * @param id           the source system's id
 * @param number       the invoice number; KashFlow's key, and what SYSPRO's {@code InvoiceNumber} holds
 * @param customerId   the customer
 * @param salesOrderId the order it bills; may be null
 * @param date         issue date; may be null
 * @param dueDate      may be null
 * @param lines        may be empty when only totals are known
 * @param total        gross total
 * @param balance      amount still unpaid, same currency as the total
 * @param status       the source's status, verbatim
 * @param customFields custom values by field name
 */
public record Invoice(String id, String number, String customerId, String salesOrderId, LocalDate date,
                      LocalDate dueDate, List<OrderLine> lines, Money total, Money balance, String status,
                      Map<String, String> customFields) {

    /**
     * Requires an id and a total; no lines read as none, and a missing balance as the whole total outstanding.
     *
     * @param id           the source system's id
     * @param number       the invoice number; KashFlow's key, and what SYSPRO's {@code InvoiceNumber} holds
     * @param customerId   the customer
     * @param salesOrderId the order it bills; may be null
     * @param date         issue date; may be null
     * @param dueDate      may be null
     * @param lines        may be empty when only totals are known
     * @param total        gross total
     * @param balance      amount still unpaid, same currency as the total
     * @param status       the source's status, verbatim
     * @param customFields custom values by field name
     */
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(total, "total");
        lines = lines == null ? List.of() : List.copyOf(lines);
        balance = balance == null ? total : balance;
        total.requireSameCurrency(balance);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
