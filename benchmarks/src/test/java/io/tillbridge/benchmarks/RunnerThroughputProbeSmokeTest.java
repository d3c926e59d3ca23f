package io.tillbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.store.jdbc.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the runner probe once, small, so that the build proves it works; it asserts what holds at any
 * speed (every order reached an outcome, nothing refused for the rate limit), never the throughput.
 */
class RunnerThroughputProbeSmokeTest {

    @Test
    void theProbeRunsTwentyOrdersOnOneInstanceAndWritesItsReport() throws Exception {
        HikariDataSource dataSource = TestDatabases.postgresInOwnSchema(12);
        try {
            RunnerThroughputProbe.Result result = RunnerThroughputProbe.run(dataSource, 1, 20);
            assertThat(result.orders()).isEqualTo(20);
            assertThat(result.rateLimited()).isZero();
            assertThat(result.callsPerOrder()).isBetween(1.0, 4.0);
            assertThat(RunnerThroughputProbe.report(List.of(result))).contains("| 1 | 20 |").contains("Orders a day per plan");
        } finally {
            TestDatabases.dropSchemaAndClose(dataSource);
        }
    }
}
