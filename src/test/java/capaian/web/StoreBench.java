package capaian.web;

import capaian.bench.LampiranGenerator;
import capaian.store.JdbcStore;
import capaian.store.PasswordHasher;
import capaian.store.PgCluster;
import capaian.store.PostgresDatabase;
import capaian.store.Role;
import capaian.store.User;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * scripts/bench's store section: sends (POST /api/v1/submissions, checked, processed and stored) of a generated
 * 300-row Lampiran by {@value #CLIENTS} OPDs at once, on SQLite, on PostgreSQL with one server and with two
 * servers behind the clients (round robin), each server a child JVM as in production. PostgreSQL runs with fsync
 * on, as SQLite runs with synchronous=FULL. Writes its own section of BENCHMARKS.md.
 */
public final class StoreBench {
    static final int CLIENTS = 4;
    static final int ROWS = 300;
    /** This benchmark's own part of BENCHMARKS.md, replaced by each run. */
    static final capaian.bench.MarkedSection SECTION = new capaian.bench.MarkedSection("store-bench");

    private record Result(String what, int ok, int errors, double seconds, long p50, long p99) {
        double perSecond() {
            return ok / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("capaian.storebench.seconds", 30);
        Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        Path work = Path.of("target", "store-bench").toAbsolutePath();
        Files.createDirectories(work);
        List<byte[]> books = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Path f = work.resolve("lampiran-" + i + ".xlsx");
            LampiranGenerator.write(f, ROWS, "Dinas Uji " + i, kode(i));
            books.add(Files.readAllBytes(f));
        }
        System.setProperty("capaian.pg.durable", "true");
        List<Result> results = new ArrayList<>();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        // The store alone, in this JVM: what a send costs the database once the workbook is processed.
        byte[] result = books.get(1);
        try (JdbcStore s = JdbcStore.open(Files.createTempDirectory(work, "sqlite-store-"), new PasswordHasher(1_000))) {
            results.add(storeOnly("SQLite, store only", s, books.get(0), result));
        }
        try (JdbcStore s = PostgresDatabase.fromEnvironment(PgCluster.get().newDatabaseUrl()).open(new PasswordHasher(1_000))) {
            results.add(storeOnly("PostgreSQL, store only", s, books.get(0), result));
        }

        Path sqlite = Files.createTempDirectory(work, "sqlite-");
        List<String> tokens;
        try (JdbcStore s = JdbcStore.open(sqlite, new PasswordHasher(1_000))) {
            tokens = seed(s);
        }
        try (ChildServer a = ChildServer.start(sqlite, work)) {
            results.add(run("SQLite, 1 server", List.of(a), tokens, books, seconds));
        }

        String url = PgCluster.get().newDatabaseUrl();
        try (JdbcStore s = PostgresDatabase.fromEnvironment(url).open(new PasswordHasher(1_000))) {
            tokens = seed(s);
        }
        try (ChildServer a = ChildServer.start(Files.createTempDirectory(work, "pg1-"), work, "--database", url)) {
            results.add(run("PostgreSQL, 1 server", List.of(a), tokens, books, seconds));
        }
        try (ChildServer a = ChildServer.start(Files.createTempDirectory(work, "pg2a-"), work, "--database", url);
             ChildServer b = ChildServer.start(Files.createTempDirectory(work, "pg2b-"), work, "--database", url)) {
            results.add(run("PostgreSQL, 2 servers", List.of(a, b), tokens, books, seconds));
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        write(out, results, seconds, books.get(0).length, loadBefore, loadAfter);
    }

    /**
     * {@value #CLIENTS} threads each storing 50 sends (a distinct original of the workbook's size, a result, a
     * 100 KB report) straight into the store: its own capacity, without the processing in front of it.
     */
    private static Result storeOnly(String what, JdbcStore s, byte[] original, byte[] result) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            ids.add(s.addUser("opd" + i, Role.OPD, kode(i), null, TestServer.PASSWORD.toCharArray()).id());
        }
        String report = "{\"x\":\"" + "a".repeat(100_000) + "\"}";
        int each = 50;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            int id = k;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    byte[] o = original.clone();
                    o[o.length - 1 - (i % 100)] ^= (byte) (id * 100 + i + 1); // distinct content: stored, not deduplicated
                    capaian.store.FileContent fo = capaian.store.FileContent.of(o);
                    capaian.store.FileContent fr = capaian.store.FileContent.of(result);
                    long a = System.nanoTime();
                    s.addSubmission(new capaian.store.NewSubmission(new capaian.store.SubmissionKey(kode(id), 2025, "II",
                            "lampiran-realisasi"), null, capaian.store.SubmissionStatus.DITERIMA, 0, 0, 0, "l.xlsx", fo.sha256(),
                            o.length, fr.sha256(), report, ids.get(id)), List.of(fo, fr));
                    latencies.add((System.nanoTime() - a) / 1_000_000);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result r = new Result(what, sorted.size(), 0, elapsed, sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))));
        System.out.printf(Locale.ROOT, "%s: %d stored, %.1f stores/s, p50 %d ms, p99 %d ms%n", what, r.ok(), r.perSecond(),
                r.p50(), r.p99());
        return r;
    }

    private static String kode(int i) {
        return "5.0" + (i + 1) + ".0.00.0.00.01.0000";
    }

    private static List<String> seed(JdbcStore s) {
        List<String> tokens = new ArrayList<>();
        s.addUser("bappeda", Role.BAPPEDA, null, null, TestServer.PASSWORD.toCharArray());
        for (int i = 0; i < CLIENTS; i++) {
            User u = s.addUser("opd" + i, Role.OPD, kode(i), null, TestServer.PASSWORD.toCharArray());
            tokens.add(s.createApiToken(u.id(), "bench"));
        }
        return tokens;
    }

    private static Result run(String what, List<ChildServer> servers, List<String> tokens, List<byte[]> books, int seconds)
            throws Exception {
        // Warm-up: the first sends pay class loading and JIT in every server.
        for (ChildServer s : servers) {
            for (int i = 0; i < 3; i++) send(s, tokens.get(0), books.get(0));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            int id = k;
            fs.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    ChildServer to = servers.get((id + i) % servers.size());
                    long a = System.nanoTime();
                    // each send a distinct file: the server records an identical resend as "sama", not as a new version
                    int status = send(to, tokens.get(id), distinct(books.get(id), i));
                    latencies.add((System.nanoTime() - a) / 1_000_000);
                    (status == 201 ? ok : errors).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get(seconds + 300L, TimeUnit.SECONDS);
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result r = new Result(what, ok.get(), errors.get(), elapsed, sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))));
        System.out.printf(Locale.ROOT, "%s: %d sent, %d errors, %.2f uploads/s, p50 %d ms, p99 %d ms%n", what, r.ok(), r.errors(),
                r.perSecond(), r.p50(), r.p99());
        return r;
    }

    /**
     * The workbook with {@code n} as its zip comment (the end-of-central-directory record's last field): the same
     * workbook to every reader, other bytes to the server's duplicate check.
     */
    static byte[] distinct(byte[] zip, int n) {
        byte[] comment = Integer.toString(n).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int eocd = zip.length - 22; // a package as LampiranGenerator writes it has no comment yet
        if (eocd < 0 || zip[eocd] != 'P' || zip[eocd + 1] != 'K' || zip[eocd + 2] != 5 || zip[eocd + 3] != 6) return zip;
        byte[] out = java.util.Arrays.copyOf(zip, zip.length + comment.length);
        out[zip.length - 2] = (byte) comment.length;
        out[zip.length - 1] = 0;
        System.arraycopy(comment, 0, out, zip.length, comment.length);
        return out;
    }

    private static int send(ChildServer s, String token, byte[] book) {
        try {
            Client c = s.client();
            c.bearer = token;
            HttpResponse<String> r = c.upload("/api/v1/submissions", Multipart.file("lampiran.xlsx", book));
            return r.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void write(Path out, List<Result> results, int seconds, int bookBytes, String loadBefore, String loadAfter)
            throws Exception {
        StringBuilder md = new StringBuilder().append("## Store: SQLite and PostgreSQL, one and two servers\n\n")
                .append(String.format(Locale.ROOT, "Written by `scripts/bench` (store section, %s). %d OPD clients at once, each "
                        + "sending its own generated %d-row Lampiran Realisasi to `POST /api/v1/submissions` (read, checked, "
                        + "computed, written back, original + result + report stored) for %d s after 3 warm-up sends per "
                        + "server; each server a child JVM (-Xmx512m, --max-jobs = cores); PostgreSQL %s on the same machine, "
                        + "fsync on. The workbook is %,d bytes. \"store only\": %d threads storing 50 sends each (original, "
                        + "result, 100 KB report) straight into the store, no processing. Load average before %s, after %s "
                        + "(2 cores).\n\n", java.time.LocalDate.now(), CLIENTS, ROWS, seconds, "15", bookBytes, CLIENTS, loadBefore,
                        loadAfter))
                .append("| store | servers | sends stored | errors | uploads/s (store only: stores/s) | p50 (ms) | p99 (ms) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %d | %d |%n", r.what().split(",")[0],
                    r.what().endsWith("store only") ? "store only" : r.what().split(", ")[1].split(" ")[0], r.ok(), r.errors(), r.perSecond(), r.p50(),
                    r.p99()));
        }
        SECTION.write(out, md.toString(), false);
        System.out.println("store section written to " + out);
    }
}
