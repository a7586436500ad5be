package capaian.web;

import capaian.store.Role;
import capaian.store.JdbcStore;
import capaian.store.User;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a child JVM with a 512 MB heap, on a free loopback port: for the tests that must see
 * what a heap limit, an out-of-memory or a SIGKILL does to the whole process. An out-of-memory error ends
 * the child at once (-XX:+ExitOnOutOfMemoryError), so it cannot go unnoticed; the GC log gives heap figures.
 */
final class ChildServer implements AutoCloseable {
    final Process process;
    final int port;
    final Path data;
    final Path log;
    final Path gcLog;
    final URI uri;

    private ChildServer(Process process, int port, Path data, Path log, Path gcLog) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.log = log;
        this.gcLog = gcLog;
        this.uri = URI.create("http://127.0.0.1:" + port);
    }

    static ChildServer start(Path data, Path logDir, String... serveArgs) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, "server-", ".log");
        Path gc = Files.createTempFile(logDir, "gc-", ".log");
        // the system's temporary directory of the child's own, so a test sees what the server leaves there
        Path javaTmp = Files.createDirectories(javaTmp(logDir));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gc, "-Djava.io.tmpdir=" + javaTmp,
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), "capaian.cli.Main", "serve",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", data.toString()));
        cmd.addAll(List.of(serveArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildServer c = new ChildServer(p, port, data, log, gc);
        c.awaitHealthy(Duration.ofSeconds(60));
        return c;
    }

    /** The java.io.tmpdir of the servers started with this log directory. */
    static Path javaTmp(Path logDir) {
        return logDir.resolve("java-tmp");
    }

    void awaitHealthy(Duration max) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IllegalStateException("server exited: " + Files.readString(log));
            try {
                if (health(http) == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("server not healthy after " + max + ": " + Files.readString(log));
    }

    int health(HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(uri.resolve("/api/v1/health")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Client client() {
        return new Client(uri);
    }

    /** The most heap in use right after a collection, in MB, from the GC log; -1 when no collection ran. */
    long maxHeapAfterGcMb() throws IOException {
        Matcher m = Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gcLog));
        long max = -1;
        while (m.find()) max = Math.max(max, Long.parseLong(m.group(1)));
        return max;
    }

    /** SIGKILL: no shutdown hook, no flush; what a power cut or the OOM killer does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: graceful
            if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) kill();
        }
    }

    /** Bappeda and two OPD accounts with API tokens, written before the child starts: name to token. */
    static Map<String, String> seedAccounts(Path data) {
        try (JdbcStore store = JdbcStore.open(data)) {
            return seedAccounts(store);
        }
    }

    /** The same accounts in any store (PostgreSQL shared by several child servers). */
    static Map<String, String> seedAccounts(JdbcStore store) {
        Map<String, String> tokens = new LinkedHashMap<>();
        {
            User b = store.addUser("bappeda", Role.BAPPEDA, null, null, TestServer.PASSWORD.toCharArray());
            User bkd = store.addUser("bkd", Role.OPD, TestServer.KODE_BKD, null, TestServer.PASSWORD.toCharArray());
            User dinkes = store.addUser("dinkes", Role.OPD, TestServer.KODE_DINKES, null, TestServer.PASSWORD.toCharArray());
            tokens.put("bappeda", store.createApiToken(b.id(), "uji"));
            tokens.put("bkd", store.createApiToken(bkd.id(), "uji"));
            tokens.put("dinkes", store.createApiToken(dinkes.id(), "uji"));
        }
        return tokens;
    }
}
