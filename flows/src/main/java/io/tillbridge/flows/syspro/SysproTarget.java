package io.tillbridge.flows.syspro;

import io.tillbridge.TillbridgeException;
import io.tillbridge.client.TransportException;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.TargetRefusedAsDuplicate;
import io.tillbridge.syspro.BusinessObjectValidationException;
import io.tillbridge.syspro.PostingNotRepeatedException;
import io.tillbridge.syspro.PostingOutcome;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableQuery;
import io.tillbridge.syspro.tables.TableRows;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * How the SYSPRO flows' effects find and send postings. Every lookup is exact: the rows COMFND returns
 * are checked column by column on this side; none is proven absent, one is found, and more than one
 * (or rows that do not match exactly) is unknown — never the first of several. A posting that SYSPRO
 * says it already has, or one cut by an ended session, goes back to the engine, which looks it up
 * again rather than sending it twice.
 */
public final class SysproTarget {

    /** SYSPRO's validation error for a CustomerPoNumber it already holds (CheckForCustomerPoNumbers=Y). */
    private static final String DUPLICATE_PO = "100042";
    private static final int ROWS = 50;

    private final SysproClient syspro;

    /**
     * Wraps a SYSPRO client for the flows.
     *
     * @param syspro the SYSPRO client
     */
    public SysproTarget(SysproClient syspro) {
        this.syspro = Objects.requireNonNull(syspro, "syspro");
    }

    /**
     * The SYSPRO client underneath.
     *
     * @return the client
     */
    public SysproClient client() {
        return syspro;
    }

    /** The rows whose columns equal these values exactly; {@code columns} must include the compared ones. */
    List<Map<String, String>> rows(String table, Map<String, String> equals, String... columns) {
        TableQuery.Builder query = TableQuery.builder(table).columns(columns).returnRows(ROWS);
        new TreeMap<>(equals).forEach(query::whereEquals);
        List<Map<String, String>> rows = syspro.tables().query(query.build()).rows();
        List<Map<String, String>> exact = rows.stream().filter(row -> equals.entrySet().stream()
                .allMatch(e -> TableRows.value(row, e.getKey()).map(v -> v.equals(e.getValue().trim())).orElse(false))).toList();
        if (exact.size() != rows.size()) {
            throw new InexactAnswer(table + " returned rows that do not match " + equals.keySet() + " exactly");
        }
        return exact;
    }

    /**
     * The one value of {@code column} among the rows matching exactly (several rows may carry it, as a
     * payment applied to two invoices does): none is absent, one distinct value is found, more is unknown.
     */
    Lookup<String> one(String what, String table, Map<String, String> equals, String column) {
        Set<String> values = new LinkedHashSet<>();
        try {
            String[] columns = new LinkedHashSet<>(concat(equals.keySet(), column)).toArray(String[]::new);
            for (Map<String, String> row : rows(table, equals, columns)) {
                values.add(TableRows.value(row, column).orElse(""));
            }
        } catch (TillbridgeException | InexactAnswer e) {
            return Lookup.unknown("looking up " + what + " in SYSPRO failed: " + e.getMessage());
        }
        if (values.isEmpty()) {
            return Lookup.absent();
        }
        if (values.size() > 1 || values.contains("")) {
            return Lookup.unknown("SYSPRO holds " + (values.size() > 1 ? "more than one " : "an unnumbered ") + what
                    + " (" + String.join(", ", values) + "); a person has to say which is ours");
        }
        return Lookup.found(values.iterator().next());
    }

    /** The sales order (or credit note) whose CustomerPoNumber is this. */
    Lookup<String> salesOrderByPo(String customerPoNumber) {
        return one("sales order with CustomerPoNumber " + customerPoNumber, SysproTables.SALES_ORDERS,
                Map.of(SysproTables.CUSTOMER_PO_NUMBER, customerPoNumber), SysproTables.SALES_ORDER);
    }

    /** The AR journal of the payment with this customer and reference. */
    Lookup<String> arPayment(String customer, String reference) {
        return one("AR payment " + reference + " of " + customer, SysproTables.AR_PAYMENTS,
                Map.of(SysproTables.CUSTOMER, customer, SysproTables.REFERENCE, reference), SysproTables.JOURNAL);
    }

    /** The GL journal with this reference. */
    Lookup<String> glJournal(String reference) {
        return one("GL journal " + reference, SysproTables.GL_JOURNALS, Map.of(SysproTables.JOURNAL_REFERENCE, reference),
                SysproTables.JOURNAL);
    }

    /**
     * Sends a posting in the engine's terms: SYSPRO's answer when it posted it; "already there" (by the
     * client's lookup or SYSPRO's duplicate refusal) as {@link TargetRefusedAsDuplicate}; a posting cut by
     * an ended session and not repeated as an outcome-unknown {@link TransportException} — both are then
     * looked up by the engine.
     */
    static <R> R post(String businessObject, Supplier<PostingOutcome<R>> send) {
        PostingOutcome<R> outcome;
        try {
            outcome = send.get();
        } catch (PostingNotRepeatedException e) {
            throw new TransportException(e.getMessage(), true, e);
        } catch (BusinessObjectValidationException e) {
            if (e.errors().stream().anyMatch(err -> DUPLICATE_PO.equals(err.errorNumber()))) {
                throw new TargetRefusedAsDuplicate(businessObject + ": " + e.getMessage(), e);
            }
            throw e;
        }
        if (outcome instanceof PostingOutcome.Posted<R> posted) {
            return posted.result();
        }
        throw new TargetRefusedAsDuplicate(businessObject + ": SYSPRO already had it", null);
    }

    private static List<String> concat(Set<String> first, String last) {
        List<String> all = new java.util.ArrayList<>(first);
        all.add(last);
        return all;
    }

    /** COMFND answered rows that the filter should not have returned: the lookup cannot be trusted. */
    static final class InexactAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InexactAnswer(String message) {
            super(message);
        }
    }
}
