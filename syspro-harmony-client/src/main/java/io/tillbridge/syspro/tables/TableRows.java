package io.tillbridge.syspro.tables;

import io.tillbridge.syspro.UnreadableAnswerException;
import io.tillbridge.syspro.internal.EnetValues;
import io.tillbridge.syspro.internal.XmlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * COMFND's answer: {@code <{TableName}>HeaderDetails, Row*>{columns}, RowsReturned} (reference:
 * syspro.md §4). Values are trimmed of SYSPRO's padding; column names keep the answer's case but are
 * looked up ignoring it.
 *
 * @param table         the answer's root element name
 * @param headerDetails what {@code HeaderDetails} held
 * @param rows          one map per {@code Row}, column to trimmed value
 * @param rowsReturned  SYSPRO's own count
 */
public record TableRows(String table, Map<String, String> headerDetails, List<Map<String, String>> rows, int rowsReturned) {

    /**
     * Copies the header details and the rows.
     *
     * @param table         the answer's root element name
     * @param headerDetails what {@code HeaderDetails} held
     * @param rows          one map per {@code Row}, column to trimmed value
     * @param rowsReturned  SYSPRO's own count
     */
    public TableRows {
        headerDetails = Collections.unmodifiableMap(new LinkedHashMap<>(headerDetails));
        rows = List.copyOf(rows);
    }

    static TableRows from(XmlNode root) {
        Map<String, String> header = new LinkedHashMap<>();
        root.child("HeaderDetails").ifPresent(h -> h.children().forEach(c -> header.put(c.name(), c.value().trim())));
        List<Map<String, String>> rows = new ArrayList<>();
        for (XmlNode row : root.all("Row")) {
            Map<String, String> values = new LinkedHashMap<>();
            row.children().forEach(c -> values.put(c.name(), c.value().trim()));
            rows.add(Collections.unmodifiableMap(values));
        }
        int returned = root.child("RowsReturned")
                .flatMap(n -> EnetValues.decimal(n.name(), n.value()))
                .map(java.math.BigDecimal::intValueExact)
                .orElse(rows.size());
        if (returned != rows.size()) {
            throw new UnreadableAnswerException("COMFND said RowsReturned " + returned + " but held " + rows.size() + " rows");
        }
        return new TableRows(root.name(), header, rows, returned);
    }

    /**
     * A value of a row, column matched ignoring case.
     *
     * @param row    the row
     * @param column the column's name
     * @return the value, or empty
     */
    public static Optional<String> value(Map<String, String> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue).findFirst();
    }
}
