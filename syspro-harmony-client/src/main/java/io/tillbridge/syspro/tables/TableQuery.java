package io.tillbridge.syspro.tables;

import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A COMFND table query (reference: syspro.md §4, "Generic / utility BOs"):
 * {@code Query>{TableName, ReturnRows, Columns>Column*, Where>Expression*>{OpenBracket, AndOr, Column,
 * Condition, Value, CloseBracket}, OrderBy>Column}}. Conditions are joined with AND.
 *
 * @param tableName  a SYSPRO table, for example {@code SorMaster}
 * @param columns    the columns to return
 * @param where      conditions, all of which must hold
 * @param returnRows the most rows to return
 * @param orderBy    a column to sort by, or null
 */
public record TableQuery(String tableName, List<String> columns, List<Condition> where, int returnRows, String orderBy) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** COMFND's condition codes; {@code EQ} is the one seen on the wire, the others follow its naming. */
    public enum Operator {
        /** Equal. */
        EQ,
        /** Not equal. */
        NE,
        /** Less than. */
        LT,
        /** Less than or equal. */
        LE,
        /** Greater than. */
        GT,
        /** Greater than or equal. */
        GE
    }

    /**
     * One {@code Expression}.
     *
     * @param column   the column
     * @param operator how it compares
     * @param value    the value compared with
     */
    public record Condition(String column, Operator operator, String value) {
        /**
         * Requires an operator.
         *
         * @param column   the column
         * @param operator how it compares
         * @param value    the value compared with
         */
        public Condition {
            if (operator == null) {
                throw new io.tillbridge.client.ValidationException("operator", "is required");
            }
        }
    }

    /**
     * Copies the columns and conditions.
     *
     * @param tableName  a SYSPRO table, for example {@code SorMaster}
     * @param columns    the columns to return
     * @param where      conditions, all of which must hold
     * @param returnRows the most rows to return
     * @param orderBy    a column to sort by, or null
     */
    public TableQuery {
        columns = List.copyOf(columns);
        where = List.copyOf(where);
        Violations violations = new Violations();
        violations.check(tableName != null && NAME.matcher(tableName).matches(), "tableName", "must be a SYSPRO table name, was '" + tableName + "'");
        violations.check(!columns.isEmpty(), "columns", "name at least one column");
        for (int i = 0; i < columns.size(); i++) {
            violations.check(columns.get(i) != null && NAME.matcher(columns.get(i)).matches(), "columns[" + i + "]", "must be a column name");
        }
        for (int i = 0; i < where.size(); i++) {
            Condition c = where.get(i);
            violations.check(c.column() != null && NAME.matcher(c.column()).matches(), "where[" + i + "].column", "must be a column name");
            violations.required("where[" + i + "].value", c.value());
        }
        violations.check(returnRows >= 1 && returnRows <= 5000, "returnRows", "must be between 1 and 5000, was " + returnRows);
        violations.check(orderBy == null || NAME.matcher(orderBy).matches(), "orderBy", "must be a column name");
        violations.throwIfAny();
    }

    /**
     * Starts a query of a table.
     *
     * @param tableName the table, such as {@code SorMaster}
     * @return a new builder
     */
    public static Builder builder(String tableName) {
        return new Builder(tableName);
    }

    /**
     * A builder holding this query's table, columns, conditions, row limit and order, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(tableName);
        b.columns.addAll(columns);
        b.where.addAll(where);
        b.returnRows = returnRows;
        b.orderBy = orderBy;
        return b;
    }

    /**
     * The {@code XmlIn} document.
     *
     * @return the document
     */
    public XmlNode toXml() {
        XmlNode.Builder query = XmlNode.element("Query").leaf("TableName", tableName).leaf("ReturnRows", returnRows);
        XmlNode.Builder cols = XmlNode.element("Columns");
        columns.forEach(c -> cols.leaf("Column", c));
        query.child(cols.build());
        if (!where.isEmpty()) {
            XmlNode.Builder whereNode = XmlNode.element("Where");
            for (int i = 0; i < where.size(); i++) {
                Condition c = where.get(i);
                whereNode.child(XmlNode.element("Expression").leaf("OpenBracket", "(")
                        .leaf("AndOr", i == 0 ? null : "And").leaf("Column", c.column()).leaf("Condition", c.operator().name())
                        .leaf("Value", c.value()).leaf("CloseBracket", ")").build());
            }
            query.child(whereNode.build());
        }
        if (orderBy != null) {
            query.child(XmlNode.element("OrderBy").leaf("Column", orderBy).build());
        }
        return query.build();
    }

    /** Builds a {@link TableQuery}. */
    public static final class Builder {
        private final String tableName;
        private final List<String> columns = new ArrayList<>();
        private final List<Condition> where = new ArrayList<>();
        private int returnRows = 10;
        private String orderBy;

        private Builder(String tableName) {
            this.tableName = tableName;
        }

        /**
         * Adds columns to return.
         *
         * @param names the column names
         * @return this builder
         */
        public Builder columns(String... names) {
            columns.addAll(List.of(names));
            return this;
        }

        /**
         * Adds a condition.
         *
         * @param column   the column
         * @param operator the comparison
         * @param value    the value
         * @return this builder
         */
        public Builder where(String column, Operator operator, String value) {
            where.add(new Condition(column, operator, value));
            return this;
        }

        /**
         * Adds an equality condition.
         *
         * @param column the column
         * @param value  the value
         * @return this builder
         */
        public Builder whereEquals(String column, String value) {
            return where(column, Operator.EQ, value);
        }

        /**
         * The most rows to return.
         *
         * @param rows the number of rows
         * @return this builder
         */
        public Builder returnRows(int rows) {
            this.returnRows = rows;
            return this;
        }

        /**
         * The column to order by.
         *
         * @param column the column
         * @return this builder
         */
        public Builder orderBy(String column) {
            this.orderBy = column;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public TableQuery build() {
            return new TableQuery(tableName, columns, where, returnRows, orderBy);
        }
    }
}
