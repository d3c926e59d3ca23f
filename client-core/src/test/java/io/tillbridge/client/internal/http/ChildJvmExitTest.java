package io.tillbridge.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.RetrySettings;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM that uses a transport — answers, a body cut off by the watchdog — and closes it ends as soon
 * as its main method returns, with no Tillbridge thread left: what a host's {@code main}, an
 * {@code exec:java} run or a container undeploy relies on.
 */
class ChildJvmExitTest {

    @Test
    void aJvmThatClosesItsTransportExitsAtOnceWithNoTillbridgeThreadLeft() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("tillbridge-child", ".log"); // a file, not a pipe: a full pipe would stall the child
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", classpath, Child.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = child.waitFor(60, TimeUnit.SECONDS); // generous for a loaded machine; a lingering thread never exits
        if (!exited) {
            child.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(exited).as("child exited; output:%n%s", output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("answered 200", "cut off", "tillbridge threads after close: []");
    }

    /** The child JVM's program. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/ok", exchange -> {
                exchange.sendResponseHeaders(200, 2);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write("ok".getBytes(StandardCharsets.UTF_8));
                }
            });
            server.createContext("/trickle", exchange -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream body = exchange.getResponseBody()) {
                    for (int i = 0; i < 100; i++) {
                        body.write('x');
                        body.flush();
                        Thread.sleep(100);
                    }
                } catch (Exception gone) {
                    // the client let go
                }
            });
            server.start();
            try {
                // The trickle's 100 bytes take 10 s; the bound is the 2 s request timeout plus half a second.
                HttpTransport transport = HttpTransport.builder("Child", URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                        .retry(RetrySettings.NONE).requestTimeout(Duration.ofSeconds(2)).build();
                System.out.println("answered " + transport.send(Call.get("/ok").build()).status());
                try {
                    transport.send(Call.get("/trickle").build());
                    System.out.println("trickle not cut off");
                } catch (TransportException e) {
                    System.out.println("cut off: " + e.getMessage());
                }
                transport.close();
                List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                        .filter(name -> name.startsWith("tillbridge-")).toList();
                System.out.println("tillbridge threads after close: " + left);
            } finally {
                server.stop(0); // its dispatcher is not a daemon: left running, it alone would keep this JVM alive
            }
        }
    }
}
