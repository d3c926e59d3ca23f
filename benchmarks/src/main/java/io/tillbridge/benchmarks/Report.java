package io.tillbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures the design's performance targets side by side with their comparators, in one run, and
 * writes {@code results/latest.md} and {@code results/latest.json}. The full run takes a few minutes
 * on two cores; {@code --smoke} runs each measurement once, small, for the build.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How much to measure. */
    record Profile(boolean smoke, int forks, int warmups, int iterations, TimeValue time, int reconcileLines,
                   int pagingItems, int rateCalls, int rateAllowed, Duration rateWindow, int endToEndOrders) {

        static final Profile FULL = new Profile(false, 2, 3, 5, TimeValue.seconds(2), 1_000_000, 100_000, 2_000, 200,
                Duration.ofSeconds(1), 300);
        static final Profile SMOKE = new Profile(true, 0, 0, 1, TimeValue.milliseconds(100), 20_000, 2_000, 40, 400,
                Duration.ofSeconds(1), 10);
    }

    /** One measured figure, its comparator and the target. */
    record Figure(String name, double value, String unit, Double comparator, Double ratio, String target, Boolean met, String note) {
    }

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = args.length > 0 && args[0].equals("--smoke");
        Path out = Path.of(args.length > 1 ? args[1] : "results");
        List<Figure> figures = run(smoke ? Profile.SMOKE : Profile.FULL);
        write(figures, out, smoke);
        figures.forEach(f -> System.out.println(line(f)));
    }

    static List<Figure> run(Profile profile) throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(mapping(profile));
        figures.add(reconciliation(profile));
        figures.addAll(clientOverhead(profile));
        figures.add(rateLimit(profile));
        figures.add(paging(profile));
        figures.add(endToEnd(profile));
        return figures;
    }

    private static List<Figure> mapping(Profile profile) throws RunnerException {
        Collection<RunResult> results = jmh(profile, MappingBenchmark.class, Mode.AverageTime, 1);
        double ours = score(results, "tillbridge");
        double base = score(results, "jacksonBaseline");
        double ratio = ours / base;
        return List.of(new Figure("Mapping: Zoho order (20 lines) → Opayo request JSON", ours, "µs/op", base, ratio,
                "≤ 1.3 × bare Jackson parse + write", ratio <= 1.3, null));
    }

    private static Figure reconciliation(Profile profile) throws IOException, InterruptedException {
        JsonNode result = child("-Xmx256m", ReconcileProbe.class, profile.reconcileLines());
        double perSecond = result.get("lines").asDouble() / result.get("seconds").asDouble();
        double heapMb = result.get("peakHeapBytes").asDouble() / (1024 * 1024);
        return new Figure("Reconciliation: " + result.get("lines").asLong() + " settlement lines × as many ledger records, one thread, -Xmx256m",
                perSecond, "lines/s", null, null, "≥ 1,000,000 lines/s, heap ≤ 256 MB", perSecond >= 1_000_000 && heapMb <= 256,
                String.format(Locale.ROOT, "peak heap %.0f MB; %d discrepancies", heapMb, result.get("discrepancies").asLong()));
    }

    private static List<Figure> clientOverhead(Profile profile) throws RunnerException {
        Collection<RunResult> latency = jmh(profile, ClientOverheadBenchmark.class, Mode.SampleTime, 1);
        Collection<RunResult> throughput = jmh(profile, ClientOverheadBenchmark.class, Mode.Throughput, 16);
        List<Figure> figures = new ArrayList<>();
        for (String[] pair : new String[][] {{"opayoClientRetrieve", "opayoRaw", "OpayoClient transaction retrieve"},
            {"zohoClientGet", "zohoRaw", "Zoho client sales-order get"}}) {
            double p50 = percentile(latency, pair[0], 50);
            double rawP50 = percentile(latency, pair[1], 50);
            double p99 = percentile(latency, pair[0], 99);
            double rawP99 = percentile(latency, pair[1], 99);
            figures.add(new Figure("Client overhead: " + pair[2] + ", p50 latency, 1 thread", p50, "µs", rawP50, p50 / rawP50,
                    "≤ 1.10 × raw HttpClient + Jackson", p50 / rawP50 <= 1.10,
                    String.format(Locale.ROOT, "p99 %.0f µs vs %.0f µs raw", p99, rawP99)));
            double ops = score(throughput, pair[0]);
            double rawOps = score(throughput, pair[1]);
            figures.add(new Figure("Client overhead: " + pair[2] + ", throughput, 16 threads", ops, "ops/ms", rawOps, ops / rawOps,
                    "≥ 0.90 × raw HttpClient + Jackson", ops / rawOps >= 0.90, null));
        }
        return figures;
    }

    private static Figure rateLimit(Profile profile) throws Exception {
        RateLimitProbe.Result result = RateLimitProbe.run(profile.rateCalls(), profile.rateAllowed(), profile.rateWindow());
        return new Figure("Rate-limit use: " + result.calls() + " Zoho calls at a stub allowing " + profile.rateAllowed() + " per "
                + profile.rateWindow().toMillis() + " ms", result.achievedPerSecond(), "calls/s", result.allowedPerSecond(),
                result.ratio(), "≥ 0.95 of the allowed rate, 0 × 429", result.ratio() >= 0.95 && result.refused() == 0,
                result.refused() + " calls refused with 429");
    }

    private static Figure paging(Profile profile) throws IOException, InterruptedException {
        JsonNode result = child("-Xmx64m", PagingProbe.class, profile.pagingItems());
        double heapMb = result.get("peakHeapBytes").asDouble() / (1024 * 1024);
        return new Figure("Paging: " + result.get("items").asLong() + " Zoho items through lazy paging, -Xmx64m", heapMb, "MB peak heap",
                null, null, "constant memory (completes under -Xmx64m)", result.get("items").asLong() == profile.pagingItems(),
                String.format(Locale.ROOT, "%.1f s", result.get("seconds").asDouble()));
    }

    private static Figure endToEnd(Profile profile) {
        EndToEndProbe.Result result = EndToEndProbe.run(profile.endToEndOrders());
        return new Figure("End to end: order to cash against the emulators, " + result.orders() + " orders", result.ordersPerSecond(),
                "orders/s", null, null, "tracked, no target yet", null, null);
    }

    private static Collection<RunResult> jmh(Profile profile, Class<?> benchmark, Mode mode, int threads) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .mode(mode)
                .timeUnit(mode == Mode.Throughput ? TimeUnit.MILLISECONDS : TimeUnit.MICROSECONDS)
                .threads(threads)
                .forks(profile.forks())
                .warmupIterations(profile.warmups())
                .warmupTime(profile.time())
                .measurementIterations(profile.iterations())
                .measurementTime(profile.time())
                .shouldFailOnError(true);
        if (profile.forks() > 0) {
            options.jvmArgsAppend("-Xmx512m");
        }
        return new Runner(options.build()).run();
    }

    private static double score(Collection<RunResult> results, String method) {
        return find(results, method).getPrimaryResult().getScore();
    }

    private static double percentile(Collection<RunResult> results, String method, double percentile) {
        return find(results, method).getPrimaryResult().getStatistics().getPercentile(percentile);
    }

    private static RunResult find(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method));
    }

    /** Runs a probe's main in a fresh JVM with the given heap, and reads the JSON line it prints. */
    private static JsonNode child(String heap, Class<?> probe, int size) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), probe.getName(), Integer.toString(size))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(probe.getSimpleName() + " failed: " + output);
        }
        String last = output.strip().lines().reduce((first, second) -> second).orElse("{}");
        return JSON.readTree(last);
    }

    static void write(List<Figure> figures, Path dir, boolean smoke) throws IOException {
        Files.createDirectories(dir);
        String when = Instant.now().toString();
        StringBuilder md = new StringBuilder("# Tillbridge performance report\n\n")
                .append(smoke ? "**Smoke run** (one short iteration each; not a measurement).\n\n" : "")
                .append("Measured ").append(when).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append(". Targets: design.md §7.\n\n")
                .append("| figure | value | comparator | ratio | target | met | note |\n|---|---|---|---|---|---|---|\n");
        ObjectNode json = JSON.createObjectNode().put("measuredAt", when).put("smoke", smoke)
                .put("cores", Runtime.getRuntime().availableProcessors()).put("java", Runtime.version().toString());
        ArrayNode list = json.putArray("figures");
        for (Figure f : figures) {
            md.append("| ").append(f.name()).append(" | ").append(format(f.value())).append(' ').append(f.unit()).append(" | ")
                    .append(f.comparator() == null ? "" : format(f.comparator()) + " " + f.unit()).append(" | ")
                    .append(f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio())).append(" | ")
                    .append(f.target()).append(" | ").append(f.met() == null ? "—" : f.met() ? "yes" : "**no**").append(" | ")
                    .append(f.note() == null ? "" : f.note()).append(" |\n");
            ObjectNode node = list.addObject().put("name", f.name()).put("value", f.value()).put("unit", f.unit()).put("target", f.target());
            if (f.comparator() != null) {
                node.put("comparator", f.comparator()).put("ratio", f.ratio());
            }
            if (f.met() != null) {
                node.put("met", f.met());
            }
            if (f.note() != null) {
                node.put("note", f.note());
            }
        }
        Path history = dir.resolve("history.md");
        if (Files.exists(history)) {
            md.append('\n').append(Files.readString(history));
        }
        Files.writeString(dir.resolve("latest.md"), md.toString());
        Files.writeString(dir.resolve("latest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String line(Figure f) {
        return String.format(Locale.ROOT, "%-100s %14s %-10s %s", f.name(), format(f.value()), f.unit(),
                f.met() == null ? "" : f.met() ? "met" : "MISSED");
    }
}
