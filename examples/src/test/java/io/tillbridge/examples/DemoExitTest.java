package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's demo, run in a JVM of its own, leaves no thread behind: its JVM ends as soon as the
 * demo returns, and no thread of ours is alive for {@code exec:java} (which interrupts what is left
 * and waits 15 s for it) to wait on.
 */
class DemoExitTest {

    @Test
    void theDemosJvmExitsWhenTheDemoEndsWithNoThreadLeft() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("tillbridge-child", ".log"); // a file, not a pipe: a full pipe would stall the child
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, DemoThenThreads.class.getName()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OPAYO_") || name.startsWith("ZOHO_"));
        Process child = builder.start();
        boolean exited = child.waitFor(120, TimeUnit.SECONDS); // generous for a loaded machine; a lingering thread never exits
        if (!exited) {
            child.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(exited).as("the demo's JVM exited; output:%n%s", output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("Orders        paid").contains("threads left: []");
    }

    /** Runs the demo, then lists the threads that would keep a JVM or exec:java waiting. */
    public static final class DemoThenThreads {
        public static void main(String[] args) {
            Demo.main(new String[] {"8"});
            List<Thread> candidates = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && t != Thread.currentThread())
                    .filter(t -> !t.isDaemon() && !t.getName().equals("DestroyJavaVM") || t.getName().startsWith("tillbridge-"))
                    .toList();
            // A pool's worker may still be unwinding for a moment after its executor reported termination
            // (HikariCP's "connection-closer" did once in CI): give each thread a bounded join, so only a
            // thread that really lingers is listed.
            for (Thread t : candidates) {
                try {
                    t.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<String> left = candidates.stream().filter(Thread::isAlive).map(Thread::getName).toList();
            System.out.println("threads left: " + left);
        }
    }
}
