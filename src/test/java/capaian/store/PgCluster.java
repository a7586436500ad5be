package capaian.store;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster of the test run's own: {@code initdb} under {@code target/pg-test}, a free
 * loopback port, its socket directory beside it, stopped when the test JVM exits. Each test takes a fresh database
 * from it ({@link #newDatabaseUrl}). initdb refuses to run as root, so as root the cluster runs as the
 * {@code postgres} user. Without PostgreSQL installed the tests are skipped, and with CI=true they fail.
 */
public final class PgCluster {
    private static final Path DIR = Path.of("target", "pg-test").toAbsolutePath();
    private static final String USER = "capaian";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgCluster running;
    /** Tests crash Capaian, never PostgreSQL, so they skip fsync; the benchmark sets this to measure real commits. */
    private static final boolean DURABLE = Boolean.getBoolean("capaian.pg.durable");

    private final Path bin;
    private final int port;

    private PgCluster(Path bin, int port) {
        this.bin = bin;
        this.port = port;
    }

    /** The cluster, started on first use; skips (or, with CI=true, fails) the calling test when PostgreSQL is missing. */
    public static synchronized PgCluster get() {
        if (running != null) return running;
        Path bin = findBin();
        if (bin == null) {
            String why = "PostgreSQL (initdb, pg_ctl) is not installed: run scripts/test as root, or apt-get install postgresql";
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(why);
            Assumptions.abort(why);
        }
        try {
            running = start(bin);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL cluster: " + e.getMessage(), e);
        }
        PgCluster c = running;
        Runtime.getRuntime().addShutdownHook(new Thread(c::stop, "pg-test-stop"));
        return c;
    }

    public int port() {
        return port;
    }

    /** A new empty database; its URL as {@code --database} takes it (no password: the cluster trusts loopback). */
    public String newDatabaseUrl() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database: " + e.getMessage(), e);
        }
        return "postgresql://127.0.0.1:" + port + "/" + name + "?user=" + USER;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public static Connection connect(String url) throws SQLException {
        return PostgresDatabase.parse(url, java.util.Map.of()).connect();
    }

    static Path findBin() {
        for (String dir : List.of("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin",
                "/usr/lib/postgresql/14/bin", "/usr/local/bin", "/usr/bin")) {
            Path p = Path.of(dir);
            if (Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))) return p;
        }
        return null;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static PgCluster start(Path bin) throws IOException, InterruptedException {
        Path data = DIR.resolve("data");
        // initdb --no-sync is fine for both: what matters is that the server fsyncs its commits (unless told not to).
        if (Files.exists(data.resolve("postmaster.pid"))) {
            // A cluster left running by a test JVM that was killed: stop it before starting afresh.
            run(bin, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), false);
        }
        deleteTree(DIR);
        Files.createDirectories(DIR);
        if (root()) run(bin, List.of("chown", "postgres:postgres", DIR.toString()), false);
        run(bin, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--no-sync", "--locale=C"), true);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(bin, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", DIR.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + DIR + " -c listen_addresses=127.0.0.1 "
                        + (DURABLE ? "" : "-c fsync=off ") + "-c max_connections=300 -c shared_buffers=128MB", "start"), true);
        return new PgCluster(bin, port);
    }

    private void stop() {
        try {
            run(bin, List.of(bin.resolve("pg_ctl").toString(), "-D", DIR.resolve("data").toString(), "-m", "fast", "-w", "stop"),
                    false);
        } catch (IOException | InterruptedException e) {
            System.err.println("test PostgreSQL not stopped: " + e.getMessage());
        }
    }

    private static void run(Path bin, List<String> cmd, boolean mustSucceed) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root() && !cmd.get(0).equals("chown")) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(cmd);
        Path out = Files.createTempFile("pg-test-", ".log");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + full);
            }
            if (mustSucceed && p.exitValue() != 0) {
                throw new IOException(full + " exited " + p.exitValue() + ": " + Files.readString(out));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
