package io.tillbridge.flows.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.FlowStoreContract;
import io.tillbridge.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store on PostgreSQL keeps the store contract; each test has its own table prefix. Skipped
 * when no server answers (see {@link TestDatabases}).
 */
class PostgresFlowStoreTest extends FlowStoreContract {

    private HikariDataSource dataSource;
    private String prefix;

    @Override
    protected FlowStore newStore(MutableClock clock) {
        dataSource = TestDatabases.postgres(4);
        prefix = TestDatabases.uniquePrefix();
        return JdbcFlowStore.builder(dataSource).tablePrefix(prefix).clock(clock).migrate(true).build();
    }

    @Override
    protected FlowStore sameData(MutableClock clock) {
        return JdbcFlowStore.builder(dataSource).tablePrefix(prefix).clock(clock).build();
    }

    @Override
    protected void cleanUp() throws Exception {
        if (dataSource != null) {
            TestDatabases.dropTables(dataSource, prefix);
            dataSource.close();
        }
    }

    @Test
    void instancesStartingTogetherApplyTheSchemaOnce() throws Exception {
        String fresh = TestDatabases.uniquePrefix();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<FlowStore>> started = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                started.add(pool.submit(() -> JdbcFlowStore.builder(dataSource).tablePrefix(fresh).clock(clock).migrate(true).build()));
            }
            for (java.util.concurrent.Future<FlowStore> s : started) {
                assertThat(s.get().openDeadLetters()).isEmpty();
            }
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.ResultSet r = c.createStatement()
                    .executeQuery("SELECT count(*) FROM " + fresh + "schema_version")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            TestDatabases.dropTables(dataSource, fresh);
        }
    }

    @Test
    void theDialectIsFoundFromTheConnectionAndASecondMigrationAppliesNothing() {
        assertThat(((JdbcFlowStore) store).dialect()).isEqualTo(Dialect.POSTGRESQL);
        FlowStore again = JdbcFlowStore.builder(dataSource).tablePrefix(prefix).clock(clock).migrate(true).build();
        assertThat(again.openDeadLetters()).isEmpty();
    }
}
