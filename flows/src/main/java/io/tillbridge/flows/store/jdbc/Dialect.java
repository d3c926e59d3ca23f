package io.tillbridge.flows.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the JDBC store runs on; each has its own schema scripts in the jar. */
public enum Dialect {
    /** H2 2.x, typically an embedded file database: the default for one instance. */
    H2("h2"),
    /** PostgreSQL: for many instances sharing one database. */
    POSTGRESQL("postgresql");

    private final String directory;

    Dialect(String directory) {
        this.directory = directory;
    }

    /** Where this dialect's versioned scripts are, inside the jar. */
    String scripts() {
        return "io/tillbridge/flows/store/sql/" + directory + "/";
    }

    /**
     * The dialect of the database a connection is to.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws java.sql.SQLException when the connection's metadata cannot be read
     */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("no flow-store dialect for database '" + product + "'; H2 and PostgreSQL are supported");
    }
}
