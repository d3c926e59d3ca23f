package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingOutcome;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableRows;
import io.tillbridge.syspro.tables.TableService;
import java.util.Map;
import java.util.Objects;

/**
 * Sales orders: SORTOI imports, SORQRY reads, SORTOS status changes, SORTCH/SORTCI credit notes, and the exact lookups by
 * CustomerPoNumber that make each of them safe to attempt again.
 */
public final class SalesOrderService {

    static final String IMPORT = "SORTOI";
    static final String QUERY = "SORQRY";

    private final SysproConnection enet;
    private final TableService tables;

    /**
     * Creates the service; {@link io.tillbridge.syspro.SysproClient} builds it, hosts normally do not.
     *
     * @param enet   the e.net session
     * @param tables the table lookups
     */
    public SalesOrderService(SysproConnection enet, TableService tables) {
        this.enet = Objects.requireNonNull(enet, "enet");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Imports one order. If the session ends under the call, the order is sent again only when a
     * lookup by CustomerPoNumber proves SYSPRO does not have it. When SYSPRO's answer omits the new
     * order number, the same lookup finds it.
     *
     * @param order the order
     * @return what was done
     */
    public PostingOutcome<SalesOrderImportResult> importOrder(SalesOrderImport order) {
        return enet.post(IMPORT, order.parameters(), order.document(),
                order.options().validateOnly() ? null : () -> findByCustomerPoNumber(order.customerPoNumber()))
                .outcome(answer -> {
                    SalesOrderImportResult result = SalesOrderImportResult.from(answer, order);
                    if (result.outcome() == SalesOrderImportResult.Outcome.CREATED && result.salesOrder() == null
                            && findByCustomerPoNumber(order.customerPoNumber()) instanceof LookupResult.Found<String> found) {
                        return result.withSalesOrder(found.value());
                    }
                    return result;
                });
    }

    /**
     * Reads one order with its stocked, non-stocked, freight, misc and comment lines:
     * {@code Query>{Key>SalesOrder, Option>{Include…Lines=Y}}}.
     *
     * @param salesOrder the order number
     * @return the order
     */
    public SalesOrder get(String salesOrder) {
        new Violations().required("salesOrder", salesOrder).maxLength("salesOrder", salesOrder, 20).throwIfAny();
        XmlNode query = XmlNode.of("Query", XmlNode.element("Key").leaf("SalesOrder", salesOrder).build(),
                XmlNode.element("Option").leaf("IncludeStockedLines", "Y").leaf("IncludeNonStockedLines", "Y")
                        .leaf("IncludeFreightLines", "Y").leaf("IncludeMiscLines", "Y").leaf("IncludeCommentLines", "Y")
                        .leaf("IncludeCompletedLines", "Y").leaf("IncludeValues", "Y").build());
        return SalesOrder.from(enet.query(QUERY, query));
    }

    /**
     * The order number SYSPRO holds for this CustomerPoNumber: found, proven absent, or unknown.
     *
     * @param customerPoNumber the order's key
     * @return the lookup's answer
     */
    public LookupResult<String> findByCustomerPoNumber(String customerPoNumber) {
        new Violations().required("customerPoNumber", customerPoNumber).throwIfAny();
        LookupResult<Map<String, String>> row = tables.find(SysproTables.SALES_ORDERS, SysproTables.CUSTOMER_PO_NUMBER,
                customerPoNumber, SysproTables.SALES_ORDER, SysproTables.CUSTOMER_PO_NUMBER);
        return map(row, SysproTables.SALES_ORDER);
    }

    /**
     * Posts a credit note (SORTCH or SORTCI). If the session ends under the call, it is sent again only
     * when the lookup by its CustomerPoNumber proves SYSPRO does not have it.
     *
     * @param request the credit note
     * @return what was done
     */
    public PostingOutcome<CreditNoteResult> creditNote(CreditNoteRequest request) {
        return enet.post(request.kind().businessObject(), request.parameters(), request.document(),
                request.options().validateOnly() ? null : () -> findByCustomerPoNumber(request.customerPoNumber()))
                .outcome(answer -> CreditNoteResult.from(answer, request.options().validateOnly()));
    }

    /**
     * Adds a line to an existing credit note with SORTCL. Not repeated when the session ends under the
     * call (a second line would credit twice): that is a {@link io.tillbridge.syspro.PostingNotRepeatedException}
     * for the caller's own lookup to settle.
     *
     * @param line the line
     * @return the posting's outcome
     */
    public PostingOutcome<CreditNoteResult> addCreditNoteLine(CreditNoteLine line) {
        return enet.post(CreditNoteLine.BUSINESS_OBJECT, line.parameters(), line.document(), null)
                .outcome(answer -> CreditNoteResult.from(answer, line.options().validateOnly()));
    }

    /**
     * Changes an order's status with SORTOS (for example releases it from suspense). If the session ends
     * under the call, it is sent again only when a lookup proves the order is not yet in the new status.
     *
     * @param change the change
     * @return the posting's outcome
     */
    public PostingOutcome<OrderStatusChangeResult> changeStatus(OrderStatusChange change) {
        return enet.post(OrderStatusChange.BUSINESS_OBJECT, change.parameters(), change.document(),
                change.options().validateOnly() ? null : () -> {
                    LookupResult<String> status = findStatus(change.salesOrder());
                    if (status instanceof LookupResult.Found<String> found) {
                        return found.value().equals(change.newStatus().code()) ? status : LookupResult.absent();
                    }
                    return status;
                })
                .outcome(answer -> OrderStatusChangeResult.from(answer, change));
    }

    /**
     * An order's current status.
     *
     * @param salesOrder the sales order
     * @return its {@code OrderStatus} code: found, proven absent (no such order), or unknown
     */
    public LookupResult<String> findStatus(String salesOrder) {
        new Violations().required("salesOrder", salesOrder).throwIfAny();
        LookupResult<Map<String, String>> row = tables.find(SysproTables.SALES_ORDERS, SysproTables.SALES_ORDER, salesOrder,
                SysproTables.SALES_ORDER, SysproTables.ORDER_STATUS);
        return map(row, SysproTables.ORDER_STATUS);
    }

    static LookupResult<String> map(LookupResult<Map<String, String>> row, String column) {
        if (row instanceof LookupResult.Found<Map<String, String>> found) {
            return TableRows.value(found.value(), column).filter(v -> !v.isEmpty())
                    .<LookupResult<String>>map(LookupResult::found)
                    .orElseGet(() -> LookupResult.unknown("the row found has no " + column));
        }
        if (row instanceof LookupResult.Unknown<Map<String, String>> unknown) {
            return LookupResult.unknown(unknown.reason());
        }
        return LookupResult.absent();
    }
}
