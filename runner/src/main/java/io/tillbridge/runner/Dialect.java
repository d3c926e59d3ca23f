package io.tillbridge.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the runner's tables are written for. */
public enum Dialect {
    /** H2, for tests and single-instance hosts that keep the runner's state in an embedded database. */
    H2("h2"),
    /** PostgreSQL, for production and for several instances sharing one database. */
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    String schemaResource(int version) {
        return "/io/tillbridge/runner/sql/" + folder + "/V" + version + "__runner.sql";
    }

    /**
     * Reads the product name the driver reports; anything else is refused rather than guessed at.
     *
     * @param dataSource the database the runner's tables live in; one connection is borrowed and closed
     * @return the dialect whose schema scripts fit that database
     * @throws RunnerException when the database is neither H2 nor PostgreSQL, or its metadata cannot be read
     */
    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("h2")) {
                return H2;
            }
            throw new RunnerException("database '" + product + "' is not supported: use H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new RunnerException("cannot read the database's product name", e);
        }
    }
}
