package io.tillbridge.flows.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.FlowStoreContract;
import io.tillbridge.flows.store.Lease;
import io.tillbridge.sandbox.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on an embedded H2 file keeps the store contract, and its data outlives the pool. */
class H2FlowStoreTest extends FlowStoreContract {

    @TempDir
    Path directory;
    private HikariDataSource dataSource;

    @Override
    protected FlowStore newStore(MutableClock clock) {
        dataSource = TestDatabases.h2File(directory.resolve("flows"), 4);
        return JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
    }

    @Override
    protected FlowStore sameData(MutableClock clock) {
        return JdbcFlowStore.builder(dataSource).clock(clock).build();
    }

    @Override
    protected void cleanUp() {
        dataSource.close();
    }

    @Test
    void theSchemaIsAppliedOnceAndRecordedAndTheDataSurvivesANewPool() throws Exception {
        assertThat(((JdbcFlowStore) store).dialect()).isEqualTo(Dialect.H2);
        Lease lease = store.acquire("order-to-cash", "SO-1", "a", TTL).orElseThrow();
        EffectKey key = new EffectKey("order-to-cash", "zoho-invoice", "SO-1", 1);
        store.complete(lease, key, "fp", Map.of(), Map.of("invoiceId", "INV-1"), Map.of());
        dataSource.close();

        dataSource = TestDatabases.h2File(directory.resolve("flows"), 2);
        FlowStore reopened = JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
        assertThat(reopened.effect(key).orElseThrow().result()).containsEntry("invoiceId", "INV-1");
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement()
                .executeQuery("SELECT version, description FROM tb_schema_version")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(1);
            assertThat(r.getString(2)).isEqualTo("flow_store");
            assertThat(r.next()).isFalse();
        }
    }
}
