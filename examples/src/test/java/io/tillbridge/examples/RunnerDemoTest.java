package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.ordertocash.OrderOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's runner command: two instances on one H2 file share a small day and settle it once. */
class RunnerDemoTest {

    @Test
    void twoInstancesShareADayAndSettleItOnce(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Map<String, OrderOutcome> outcomes = RunnerDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), 16, directory);
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(outcomes).hasSize(16);
        assertThat(printed).contains("0 refused for the rate limit").contains("0 charged twice").contains("ran 1 time(s) across the instances");
    }
}
