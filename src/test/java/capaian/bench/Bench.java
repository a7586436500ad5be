package capaian.bench;

import capaian.realclients.Soffice;
import capaian.web.Multipart;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmarks of issue "Capaian against raw POI and LibreOffice, in one run": generates Lampiran workbooks,
 * measures the floor (POI open + save), check, process, consolidation, LibreOffice and the server on the same
 * files, and writes BENCHMARKS.md. Every measurement runs in a child JVM (BenchChild): wall time is the whole
 * process, as a user or a script sees it; the median of several runs after a warm-up run.
 *
 * <p>Usage: {@code Bench [--smoke] [--out FILE] [--work DIR]}; {@code scripts/bench} runs the full set.
 */
public final class Bench {
    /** One measured line of the table. */
    record Line(String what, int rows, String status, double seconds, long peakHeap, long liveHeap, String note) {
        Line(String what, int rows, String status, double seconds, long peakHeap, String note) {
            this(what, rows, status, seconds, peakHeap, 0, note);
        }
    }

    private final boolean smoke;
    private final Path work;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Double> median = new LinkedHashMap<>();
    private String serverSummary = "not run";

    Bench(boolean smoke, Path work) {
        this.smoke = smoke;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        Path out = Path.of(option(args, "--out", smoke ? "target/bench-smoke/BENCHMARKS.md" : "BENCHMARKS.md"));
        Path work = Path.of(option(args, "--work", smoke ? "target/bench-smoke" : "target/bench"));
        Bench b = new Bench(smoke, work);
        b.runAll();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, b.markdown(), StandardCharsets.UTF_8);
        System.out.println("written " + out);
    }

    List<Line> lines() {
        return lines;
    }

    private String loadBefore = "";
    private String loadAfter = "";

    void runAll() throws Exception {
        loadBefore = load();
        Files.createDirectories(work);
        int[] sizes = smoke ? new int[]{30, 120} : new int[]{300, 2_000, 20_000, 100_000};
        for (int rows : sizes) {
            Path file = work.resolve("lampiran-" + rows + ".xlsx");
            if (!Files.exists(file)) LampiranGenerator.write(file, rows);
            boolean huge = rows >= 100_000;
            String xmx = huge ? "-Xmx512m" : "-Xmx1g";
            int runs = smoke ? 1 : huge ? 1 : 3;
            int warm = smoke || huge ? 0 : 1;
            for (String mode : List.of("floor", "check", "process")) measure(mode, rows, file, xmx, warm, runs);
            libreOffice(rows, file);
        }
        consolidation();
        rkpd();
        server();
        loadAfter = load();
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine slows every figure down. */
    private static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private void measure(String mode, int rows, Path file, String xmx, int warm, int runs) throws Exception {
        measure(mode, mode, rows, file, xmx, warm, runs);
    }

    private void measure(String what, String mode, int rows, Path file, String xmx, int warm, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        long peak = 0;
        long live = 0;
        String status = "ok";
        for (int i = 0; i < warm + runs; i++) {
            long start = System.nanoTime();
            String[] r = child(xmx, mode, file.toString());
            double s = (System.nanoTime() - start) / 1e9;
            status = r[0];
            if (!status.equals("ok")) break;
            if (i >= warm) {
                times.add(s);
                peak = Math.max(peak, Long.parseLong(r[2]));
                if (r.length > 3) live = Math.max(live, Long.parseLong(r[3]));
            }
        }
        double m = status.equals("ok") ? median(times) : Double.NaN;
        if (status.equals("ok")) median.put(what + ":" + rows, m);
        lines.add(new Line(what, rows, status, m, peak, live, xmx + ", " + runs + " run" + (runs > 1 ? "s" : "")
                + (warm > 0 ? " after " + warm + " warm-up" : "")));
        System.out.printf(Locale.ROOT, "%-9s %7d rows: %s %.2f s%n", what, rows, status, m);
    }

    private void libreOffice(int rows, Path file) throws Exception {
        var exe = Soffice.locate();
        if (smoke || exe.isEmpty() || rows > 20_000) {
            lines.add(new Line("libreoffice", rows, "skipped", Double.NaN, 0, smoke ? "smoke mode"
                    : exe.isEmpty() ? "LibreOffice not installed" : "not run: over the time budget of the benchmark"));
            return;
        }
        // The generated upload holds values only (0 formulas), so converting it recalculates nothing. What is
        // measured is LibreOffice recalculating Capaian's result: the same workbook with every computed cell
        // as a formula (recalculation forced by Soffice's private profile, checked to take effect).
        Path processed = work.resolve("lo-in").resolve(file.getFileName());
        if (!Files.exists(processed)) {
            Files.createDirectories(processed.getParent());
            try (var in = Files.newInputStream(file)) {
                new capaian.process.Processor(capaian.rules.ProfileLoader.defaultProfile())
                        .process(in, file.getFileName().toString(), null, processed);
            }
        }
        try (Soffice soffice = new Soffice(exe.get(), work.resolve("lo"))) {
            List<Double> times = new ArrayList<>();
            int runs = rows >= 20_000 ? 1 : 3;
            for (int i = 0; i < runs + 1; i++) {
                long start = System.nanoTime();
                soffice.convert(List.of(processed), work.resolve("lo-out"));
                if (i > 0) times.add((System.nanoTime() - start) / 1e9);
            }
            double m = median(times);
            median.put("libreoffice:" + rows, m);
            lines.add(new Line("libreoffice", rows, "ok", m, 0, "soffice --convert-to xlsx of the processed result (its formulas), recalculation forced, "
                    + runs + " run" + (runs > 1 ? "s" : "") + " after 1 warm-up"));
        }
    }

    /** (d) Consolidation: 60 and 1,000 OPD workbooks of 300 rows (generated once, kept in the work directory). */
    private void consolidation() throws Exception {
        int rows = smoke ? 30 : 300;
        for (int n : smoke ? new int[]{3} : new int[]{60, 1_000}) {
            Path dir = Consolidation.workbooks(work, n, rows);
            boolean many = n >= 1_000;
            int runs = smoke || many ? 1 : 3;
            int warm = smoke || many ? 0 : 1;
            measure("consolidate " + n + " × " + rows, "consolidate", n * rows, dir, "-Xmx1g", warm, runs);
        }
    }

    /** The Evaluasi terhadap Hasil RKPD of 60 OPDs' Monitoring forms of 150 rows (goal: under 10 s). */
    private void rkpd() throws Exception {
        int n = smoke ? 3 : 60, rows = smoke ? 30 : 150;
        Path dir = RkpdBench.workbooks(work, n, rows);
        measure("evaluasi-rkpd " + n + " × " + rows, "evaluasi-rkpd", n * rows, dir, "-Xmx1g", smoke ? 0 : 1, smoke ? 1 : 3);
    }

    /** (f) Sustained uploads of a 300-row workbook from concurrent clients over loopback, bounded in time. */
    private void server() throws Exception {
        int rows = smoke ? 30 : 300;
        Path file = work.resolve("lampiran-" + rows + ".xlsx");
        if (!Files.exists(file)) LampiranGenerator.write(file, rows);
        byte[] upload = Files.readAllBytes(file);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory(work.toAbsolutePath(), "server-");
        Path peakFile = data.resolve("peak-heap");
        Process server = new ProcessBuilder(java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BenchChild.class.getName(), "serve", peakFile.toString(), "--port", Integer.toString(port),
                "--host", "127.0.0.1", "--data", data.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        int clients = 4;
        int seconds = smoke ? 2 : 30;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            waitForHealth(http, base, server);
            load(http, base, upload, clients, smoke ? 1 : 5); // warm-up
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            load(http, base, upload, clients, seconds, latencies, ok, errors);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> l = new ArrayList<>(latencies);
            Collections.sort(l);
            double perSecond = ok.get() / elapsed;
            median.put("server", perSecond);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            long peak = Files.exists(peakFile) ? Long.parseLong(Files.readString(peakFile).trim()) : 0;
            serverSummary = String.format(Locale.ROOT, "%d clients, %d s: %d uploads answered 2xx, %d errors; "
                            + "%.1f uploads/s; latency p50 %d ms, p99 %d ms", clients, seconds, ok.get(), errors.get(),
                    perSecond, pct(l, 50), pct(l, 99));
            lines.add(new Line("server " + clients + " clients", rows, errors.get() == 0 ? "ok" : errors.get() + " errors",
                    elapsed / Math.max(1, ok.get()), peak, String.format(Locale.ROOT, "%.1f uploads/s, p50 %d ms, p99 %d ms",
                    perSecond, pct(l, 50), pct(l, 99))));
            System.out.println("server: " + serverSummary);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static void load(HttpClient http, String base, byte[] upload, int clients, int seconds) throws InterruptedException {
        load(http, base, upload, clients, seconds, new ConcurrentLinkedQueue<>(), new AtomicInteger(), new AtomicInteger());
    }

    private static void load(HttpClient http, String base, byte[] upload, int clients, int seconds,
                             ConcurrentLinkedQueue<Long> latencies, AtomicInteger ok, AtomicInteger errors)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Multipart m = Multipart.file("lampiran.xlsx", upload);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/process"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", m.contentType()).POST(m.body()).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() / 100 == 2 && r.body().length > 0) ok.incrementAndGet();
                        else errors.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - s) / 1_000_000);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
    }

    private static void waitForHealth(HttpClient http, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IOException("server exited with " + server.exitValue());
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("server did not start within 60 s");
    }

    /** Runs BenchChild; returns {status, innerMillis, peakHeap}. */
    private String[] child(String xmx, String mode, String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(), xmx, "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                BenchChild.class.getName(), mode, arg).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new String[]{"timeout", "0", "0"};
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("BENCH ")) return line.substring(6).trim().split(" ");
        }
        // killed by the JVM itself (OutOfMemoryError outside our catch, e.g. in a POI thread)
        return new String[]{out.contains("OutOfMemoryError") ? "oom" : "failed", "0", "0"};
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(smoke ? "**Smoke run (tiny sizes): figures mean nothing, only that the harness works.**\n\n" : "");
        md.append("Written by `scripts/bench` (").append(java.time.LocalDate.now()).append(").\n\n");
        md.append("## Machine\n\n").append(machine()).append(". Load average before the run ").append(loadBefore)
                .append(", after ").append(loadAfter).append(".\n\n");
        md.append("## Results\n\n");
        md.append("Wall time is the whole child JVM (start, work, exit), median of the runs; rows/s = data rows / wall time; ")
                .append("peak heap = sum of the heap pools' peaks reported by the child (an over-estimate: each pool peaks at ")
                .append("its own moment, so it can exceed -Xmx); live heap = the largest heap in use right after a garbage ")
                .append("collection (what the run really kept alive at its fullest).\n\n");
        md.append("| operation | rows | status | wall (s) | rows/s | peak heap (MB) | live heap (MB) | notes |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---|\n");
        for (Line l : lines) {
            boolean has = !Double.isNaN(l.seconds());
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s | %s |%n", l.what(), l.rows(), l.status(),
                    has ? String.format(Locale.ROOT, "%.2f", l.seconds()) : "–",
                    has && !l.what().startsWith("server") ? String.format(Locale.ROOT, "%,.0f", l.rows() / l.seconds()) : "–",
                    l.peakHeap() > 0 ? Long.toString(l.peakHeap() / (1024 * 1024)) : "–",
                    l.liveHeap() > 0 ? Long.toString(l.liveHeap() / (1024 * 1024)) : "–", l.note()));
        }
        md.append("\n## Ratios\n\n| rows | process / floor | LibreOffice / process |\n|---:|---:|---:|\n");
        for (Line l : lines) {
            if (!l.what().equals("floor")) continue;
            Double floor = median.get("floor:" + l.rows());
            Double process = median.get("process:" + l.rows());
            Double lo = median.get("libreoffice:" + l.rows());
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", l.rows(),
                    floor != null && process != null ? String.format(Locale.ROOT, "%.2f", process / floor)
                            : process != null ? "floor failed (" + l.status() + ")" : "–",
                    lo != null && process != null ? String.format(Locale.ROOT, "%.1f", lo / process) : "–"));
        }
        md.append("\nServer: ").append(serverSummary).append(".\n");
        md.append("""

                ## How to run

                `scripts/bench` runs the full set (about 5 minutes, plus a few minutes on the first run to generate the
                workbooks, 1,000 of them for consolidation) and rewrites this file. `scripts/test` runs the
                same harness at tiny sizes (`BenchSmokeTest`), so it keeps working; its table goes to
                `target/bench-smoke/BENCHMARKS.md`. Generated workbooks are kept in `target/bench/`.

                A plain harness rather than JMH: the targets are whole-process times and peak heap under an `-Xmx`
                limit, as a user running `scripts/capaian process` or the server pays them (JVM start, class loading
                of POI's schemas, the heap limit). Each measurement is a fresh child JVM (`BenchChild`); JMH's
                steady-state in-JVM scores would hide exactly those costs.
                """);
        return md.toString();
    }

    private static String machine() {
        String cpu = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        long mem = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%s, %d cores, %d GB RAM; %s %s; Java %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), mem / (1L << 30), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String option(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return def;
    }
}
