package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the process-kill tests share: child JVMs of a main class over an H2 file store in the test's
 * directory, each logging to {@code <name>.log}; a child told to stop at an effect boundary writes a
 * marker there and is SIGKILLed once it has; what a killed child left in the store is checked.
 */
final class ChildProcesses {

    private final Path directory;
    private final Class<?> main;

    ChildProcesses(Path directory, Class<?> main) {
        this.directory = directory;
        this.main = main;
    }

    /** The H2 file store the children share. */
    Path store() {
        return directory.resolve("store");
    }

    /** A marker file for the named child. */
    Path marker(String name) {
        return directory.resolve(name + ".marker");
    }

    /** Starts a child of the main class with these arguments, its output in {@code <name>.log}. */
    Process start(String name, List<String> arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(directory.resolve(name + ".log").toFile()).start();
    }

    /** Waits until the child says it is at {@code where} (its marker), then kills it; its output. */
    String killWhenThere(Process child, String name, String where) throws Exception {
        Path marker = marker(name);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(marker)) {
            if (!child.isAlive()) {
                throw new AssertionError("the child ended before " + where + ": " + output(name));
            }
            if (Instant.now().isAfter(deadline)) {
                child.destroyForcibly();
                throw new AssertionError("the child never reached " + where + ": " + output(name));
            }
            child.waitFor(10, TimeUnit.MILLISECONDS); // wakes as soon as the child exits
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, no pool closing
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output(name);
    }

    /** Waits for a child told to stop nowhere to finish, successfully; its output. */
    String finish(Process child, String name) throws Exception {
        if (!child.waitFor(90, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the last child did not finish: " + output(name));
        }
        String out = output(name);
        assertThat(child.exitValue()).as(out).isZero();
        return out;
    }

    String output(String name) throws IOException {
        return Files.readString(directory.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    /** The children's {@code OUTCOME } lines, without the prefix. */
    static List<String> outcomes(String out) {
        return out.lines().filter(l -> l.startsWith("OUTCOME ")).map(l -> l.substring(8)).toList();
    }

    /** What the killed process left in the H2 file: "begun" before and right after the send, "done" after the record. */
    void assertRecorded(EffectKey key, String boundary) {
        try (HikariDataSource dataSource = Demo.h2(store())) {
            FlowStore store = JdbcFlowStore.builder(dataSource).build();
            EffectRecord record = store.effect(key).orElseThrow(() -> new AssertionError("no record of " + key + " after " + boundary));
            assertThat(record.state()).as(key + " at " + boundary)
                    .isEqualTo(boundary.equals("AFTER_RECORD") ? EffectRecord.State.DONE : EffectRecord.State.BEGUN);
        }
    }
}
