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
 * @param profile a rules profile JSON, or null for the built-in default
 */
public record ServerConfig(String host, int port, Path dataDir, long maxUploadBytes, int maxJobs, Duration jobTimeout,
                           Duration queueWait, Duration sessionLifetime, Path profile) {

    static final Set<String> FLAGS = Set.of("host", "port", "data", "max-upload-mb", "max-jobs", "job-timeout-seconds",
            "queue-wait-seconds", "session-hours", "profile");

    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("0.0.0.0", 8080, dataDir, 20L * 1024 * 1024, 2, Duration.ofSeconds(120),
                Duration.ofSeconds(15), Duration.ofHours(8), null);
    }

    public static ServerConfig from(Flags f) {
        int port = f.getInt("port", "CAPAIAN_PORT", 8080);
        int maxMb = f.getInt("max-upload-mb", "CAPAIAN_MAX_UPLOAD_MB", 20);
        int maxJobs = f.getInt("max-jobs", "CAPAIAN_MAX_JOBS", Math.max(1, Runtime.getRuntime().availableProcessors()));
        int timeout = f.getInt("job-timeout-seconds", "CAPAIAN_JOB_TIMEOUT_SECONDS", 120);
        int wait = f.getInt("queue-wait-seconds", "CAPAIAN_QUEUE_WAIT_SECONDS", 15);
        int hours = f.getInt("session-hours", "CAPAIAN_SESSION_HOURS", 8);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port harus 0-65535");
        if (maxMb < 1 || maxJobs < 1 || timeout < 1 || wait < 0 || hours < 1) {
            throw new IllegalArgumentException("batas harus bilangan positif");
        }
        String profile = f.get("profile", "CAPAIAN_PROFILE", null);
        return new ServerConfig(f.get("host", "CAPAIAN_HOST", "0.0.0.0"), port, f.dataDir(), maxMb * 1024L * 1024L, maxJobs,
                Duration.ofSeconds(timeout), Duration.ofSeconds(wait), Duration.ofHours(hours),
                profile == null ? null : Path.of(profile));
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, maxUploadBytes, maxJobs, jobTimeout, queueWait, sessionLifetime, profile);
    }

    public ServerConfig withMaxUploadBytes(long b) {
        return new ServerConfig(host, port, dataDir, b, maxJobs, jobTimeout, queueWait, sessionLifetime, profile);
    }
}
