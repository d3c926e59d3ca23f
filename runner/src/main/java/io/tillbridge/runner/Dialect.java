package io.tillbridge.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the runner's tables are written for. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    String schemaResource(int version) {
        return "/io/tillbridge/runner/sql/" + folder + "/V" + version + "__runner.sql";
    }

    /** Reads the product name the driver reports; anything else is refused rather than guessed at. */
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
