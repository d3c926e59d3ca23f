package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MappingDemoTest {

    @Test
    void theReadmeDemoRunsAndShowsItsFigures() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        MappingDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("-> Opayo amount 8951")
                .contains("vendorTxCode DEMO.SO-00042.1 (parses back to SO-00042)")
                .contains("postalCode=BA1 1AA")
                .contains("Opayo 'Teleported' -> UNKNOWN")
                .contains("EXCEEDS_REFUNDABLE -> manual review")
                .contains("a US address needs its state");
    }
}
