package io.tillbridge.syspro.tables;

import io.tillbridge.TillbridgeException;
import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.internal.SysproConnection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * COMFND, SYSPRO's table query: the exact lookups an effect engine needs before it posts anything
 * again ("is this transaction id already posted?").
 */
public final class TableService {

    static final String BUSINESS_OBJECT = "COMFND";

    private final SysproConnection enet;

    /**
     * Creates the service; {@link io.tillbridge.syspro.SysproClient} builds it, hosts normally do not.
     *
     * @param enet the e.net session
     */
    public TableService(SysproConnection enet) {
        this.enet = Objects.requireNonNull(enet, "enet");
    }

    /**
     * Runs a table query.
     *
     * @param query the query
     * @return the rows
     */
    public TableRows query(TableQuery query) {
        return TableRows.from(enet.query(BUSINESS_OBJECT, query.toXml()));
    }

    /**
     * Finds the row whose {@code column} equals {@code value} exactly: found (exactly one row),
     * proven absent (SYSPRO answered zero rows), or unknown (several rows match, or the question could
     * not be asked or answered). Unknown never means absent.
     *
     * @param table   the table
     * @param column  the column
     * @param value   the value it must equal
     * @param columns the columns to return
     * @return the lookup's answer
     */
    public LookupResult<Map<String, String>> find(String table, String column, String value, String... columns) {
        return find(table, Map.of(column, value), columns.length == 0 ? new String[] {column} : columns);
    }

    /**
     * Finds the rows where every given column equals its value exactly. The returned columns must
     * include the compared ones, so that the match can be confirmed on this side too.
     *
     * @param table   the table
     * @param equals  the values the columns must equal, by column
     * @param columns the columns to return
     * @return the lookup's answer
     */
    public LookupResult<Map<String, String>> find(String table, Map<String, String> equals, String... columns) {
        TableQuery.Builder builder = TableQuery.builder(table).columns(columns).returnRows(2);
        new java.util.TreeMap<>(equals).forEach(builder::whereEquals);
        TableQuery query = builder.build();
        try {
            List<Map<String, String>> rows = query(query).rows();
            // COMFND compares as SYSPRO stores (keys may be padded): confirm the match here before calling it found.
            List<Map<String, String>> matching = rows.stream().filter(r -> equals.entrySet().stream().allMatch(e -> TableRows.value(r, e.getKey())
                            .map(v -> v.equals(e.getValue().trim())).orElse(false))).toList();
            if (matching.size() > 1) {
                // Two records answer the same key: picking one could adopt the wrong posting.
                return LookupResult.unknown("COMFND found " + matching.size() + " rows of " + table + " matching " + equals.keySet()
                        + "; an exact lookup must find one");
            }
            if (matching.size() == 1) {
                return LookupResult.found(matching.get(0));
            }
            return rows.isEmpty() ? LookupResult.absent()
                    : LookupResult.unknown("COMFND returned rows that do not match " + equals.keySet() + " exactly");
        } catch (TillbridgeException e) {
            return LookupResult.unknown(e.getMessage());
        }
    }
}
