package io.tillbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark once, small, so that the build proves they work. It asserts nothing about
 * speed: performance is measured by the report command, never by tests.
 */
class ReportSmokeTest {

    @Test
    void everyMeasurementRunsAndTheReportIsWritten(@TempDir Path dir) throws Exception {
        List<Report.Figure> figures = Report.run(Report.Profile.SMOKE);
        Report.write(figures, dir, true);
        assertThat(figures).hasSize(9);
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(Files.readString(dir.resolve("latest.md"))).contains("Smoke run").contains("Reconciliation");
        assertThat(Files.readString(dir.resolve("latest.json"))).contains("\"figures\"");
    }
}
