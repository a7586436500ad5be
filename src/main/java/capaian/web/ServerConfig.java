package capaian.web;

import capaian.store.Flags;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Everything the server can be told, each from a flag, else an environment variable, else a default that
 * works with nothing installed or configured.
 *
 * @param port    0 picks a free port (tests)
 * @param profile     a rules profile JSON, or null for the built-in default
 * @param publicUrl   the address people reach the server at (written into the Excel add-in's manifest), or null
 *                    for this server's own http(s)://localhost:PORT
 * @param officeJsUrl where the add-in's task pane loads Office.js from: Microsoft's hosted URL, which an add-in
 *                    must use; tests point it at a local test double
 * @param tlsKeystore a PKCS12 keystore with the certificate and key to serve HTTPS with, or null for plain HTTP
 * @param tlsPassword the keystore's password
 */
public record ServerConfig(String host, int port, Path dataDir, long maxUploadBytes, int maxJobs, Duration jobTimeout,
                           Duration queueWait, Duration sessionLifetime, Path profile, String publicUrl,
                           String officeJsUrl, Path tlsKeystore, String tlsPassword, Fairness fairness) {

    /**
     * What keeps one client from taking what the others need (docs/SECURITY.md).
     *
     * @param jobCpu             CPU time one workbook job may use before it is stopped
     * @param jobMemoryMb        estimated heap all running jobs may hold together ({@link JobCost}); 0: half the heap
     * @param uploadsPerAddress  requests with a body one client address may have in progress at once
     * @param minUploadRate      bytes per second a request body must average once its first seconds are over
     */
    public record Fairness(Duration jobCpu, long jobMemoryMb, int uploadsPerAddress, int minUploadRate) {
        public static Fairness defaults() {
            return new Fairness(Duration.ofSeconds(60), 0, 16, 1024);
        }

        long jobMemoryOrHalfHeap() {
            return jobMemoryMb > 0 ? jobMemoryMb : Runtime.getRuntime().maxMemory() / (2 * 1024 * 1024);
        }
    }

    public static final String OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    static final Set<String> FLAGS = Set.of("host", "port", "data", "max-upload-mb", "max-jobs", "job-timeout-seconds",
            "queue-wait-seconds", "session-hours", "profile", "public-url", "tls-keystore", "tls-password",
            "job-cpu-seconds", "job-memory-mb", "uploads-per-address", "min-upload-bytes-per-second", "database");

    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("0.0.0.0", 8080, dataDir, 20L * 1024 * 1024, 2, Duration.ofSeconds(120),
                Duration.ofSeconds(15), Duration.ofHours(8), null, null, OFFICE_JS, null, null, Fairness.defaults());
    }

    /** The keystore password is never shown. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", data=" + dataDir + ", publicUrl=" + publicUrl
                + ", tls=" + (tlsKeystore != null) + "]";
    }

    public static ServerConfig from(Flags f) {
        int port = f.getInt("port", "CAPAIAN_PORT", 8080);
        int maxMb = f.getInt("max-upload-mb", "CAPAIAN_MAX_UPLOAD_MB", 20);
        int maxJobs = f.getInt("max-jobs", "CAPAIAN_MAX_JOBS", Math.max(1, Runtime.getRuntime().availableProcessors()));
        int timeout = f.getInt("job-timeout-seconds", "CAPAIAN_JOB_TIMEOUT_SECONDS", 120);
        int wait = f.getInt("queue-wait-seconds", "CAPAIAN_QUEUE_WAIT_SECONDS", 15);
        int hours = f.getInt("session-hours", "CAPAIAN_SESSION_HOURS", 8);
        int cpu = f.getInt("job-cpu-seconds", "CAPAIAN_JOB_CPU_SECONDS", 60);
        int jobMb = f.getInt("job-memory-mb", "CAPAIAN_JOB_MEMORY_MB", 0);
        int perAddress = f.getInt("uploads-per-address", "CAPAIAN_UPLOADS_PER_ADDRESS", 16);
        int minRate = f.getInt("min-upload-bytes-per-second", "CAPAIAN_MIN_UPLOAD_BYTES_PER_SECOND", 1024);
        if (cpu < 1 || jobMb < 0 || perAddress < 1 || minRate < 0) throw new IllegalArgumentException("batas harus bilangan positif");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port harus 0-65535");
        if (maxMb < 1 || maxJobs < 1 || timeout < 1 || wait < 0 || hours < 1) {
            throw new IllegalArgumentException("batas harus bilangan positif");
        }
        String profile = f.get("profile", "CAPAIAN_PROFILE", null);
        String publicUrl = publicUrl(f.get("public-url", "CAPAIAN_PUBLIC_URL", null));
        String keystore = f.get("tls-keystore", "CAPAIAN_TLS_KEYSTORE", null);
        String password = f.get("tls-password", "CAPAIAN_TLS_PASSWORD", null);
        if (keystore != null && password == null) {
            throw new IllegalArgumentException("--tls-keystore perlu --tls-password (atau CAPAIAN_TLS_PASSWORD)");
        }
        return new ServerConfig(f.get("host", "CAPAIAN_HOST", "0.0.0.0"), port, f.dataDir(), maxMb * 1024L * 1024L, maxJobs,
                Duration.ofSeconds(timeout), Duration.ofSeconds(wait), Duration.ofHours(hours),
                profile == null ? null : Path.of(profile), publicUrl, OFFICE_JS,
                keystore == null ? null : Path.of(keystore), password,
                new Fairness(Duration.ofSeconds(cpu), jobMb, perAddress, minRate));
    }

    /** An absolute http(s) URL without a trailing slash, or null. */
    static String publicUrl(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String u = raw.trim().replaceAll("/+$", "");
        java.net.URI uri;
        try {
            uri = java.net.URI.create(u);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--public-url harus alamat lengkap seperti https://capaian.contoh.go.id, bukan \""
                    + raw + "\"");
        }
        return u;
    }

    public boolean tls() {
        return tlsKeystore != null;
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl, officeJsUrl, tlsKeystore, tlsPassword, fairness);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl, officeJsUrl, tlsKeystore, tlsPassword, fairness);
    }

    public ServerConfig withMaxUploadBytes(long b) {
        return new ServerConfig(host, port, dataDir, b, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl, officeJsUrl, tlsKeystore, tlsPassword, fairness);
    }

    public ServerConfig withPublicUrl(String u) {
        return new ServerConfig(host, port, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl(u), officeJsUrl, tlsKeystore, tlsPassword, fairness);
    }

    /** Tests: the task pane loads this instead of Microsoft's Office.js. */
    public ServerConfig withOfficeJsUrl(String u) {
        return new ServerConfig(host, port, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl, u, tlsKeystore, tlsPassword, fairness);
    }

    public ServerConfig withTls(Path keystore, String password) {
        return new ServerConfig(host, port, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl, officeJsUrl, keystore, password, fairness);
    }

    public ServerConfig withFairness(Fairness f) {
        return new ServerConfig(host, port, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile,
                publicUrl, officeJsUrl, tlsKeystore, tlsPassword, f);
    }
}
