package capaian.web;

import capaian.rules.ProfileException;
import capaian.store.Flags;
import capaian.store.StoreException;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code capaian serve [--port N] [--data DIR] ...}: runs the web service until SIGTERM or Ctrl-C. */
public final class ServeCommand {
    private static final String USAGE = """
            Pemakaian: capaian serve [--port N] [--host ALAMAT] [--data DIR] [--max-upload-mb N] [--max-jobs N]
                                     [--job-timeout-seconds N] [--queue-wait-seconds N] [--session-hours N] [--profile BERKAS]
                                     [--public-url URL] [--tls-keystore BERKAS.p12 --tls-password SANDI]
                                     [--job-cpu-seconds N] [--job-memory-mb N] [--uploads-per-address N]
                                     [--min-upload-bytes-per-second N] [--database postgresql://HOST/DB?user=NAMA]
            Variabel lingkungan: CAPAIAN_PORT, CAPAIAN_HOST, CAPAIAN_DATA, CAPAIAN_MAX_UPLOAD_MB, CAPAIAN_MAX_JOBS,
            CAPAIAN_JOB_TIMEOUT_SECONDS, CAPAIAN_QUEUE_WAIT_SECONDS, CAPAIAN_SESSION_HOURS, CAPAIAN_PROFILE,
            CAPAIAN_PUBLIC_URL, CAPAIAN_TLS_KEYSTORE, CAPAIAN_TLS_PASSWORD, CAPAIAN_JOB_CPU_SECONDS, CAPAIAN_JOB_MEMORY_MB,
            CAPAIAN_UPLOADS_PER_ADDRESS, CAPAIAN_MIN_UPLOAD_BYTES_PER_SECOND, CAPAIAN_DATABASE_URL, CAPAIAN_DATABASE_PASSWORD,
            CAPAIAN_DATABASE_PASSWORD_FILE, CAPAIAN_DATABASE_POOL.
            --database: PostgreSQL bersama beberapa server (kata sandi hanya dari CAPAIAN_DATABASE_PASSWORD atau
            CAPAIAN_DATABASE_PASSWORD_FILE); tanpa itu SQLite di direktori data.
            Bawaan: port 8080, data di ./data, unggahan maks. 20 MB, HTTP biasa (HTTPS dengan --tls-keystore).
            --public-url: alamat server yang dibuka pengguna (untuk manifes add-in Excel), mis. https://capaian.contoh.go.id""";

    private ServeCommand() {}

    public static int run(String[] args) {
        capaian.store.Logging.setUp();
        ServerConfig config;
        String database;
        try {
            Flags f = Flags.parse(args, ServerConfig.FLAGS, Set.of("help"));
            if (f.has("help")) {
                System.out.println(USAGE);
                return 0;
            }
            if (!f.positional().isEmpty()) throw new IllegalArgumentException("argumen tidak dikenal: " + f.positional());
            config = ServerConfig.from(f);
            database = capaian.store.Stores.databaseUrl(f);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        ProcessGuard.install();
        CapaianServer server;
        try {
            server = CapaianServer.start(config, database);
        } catch (StoreException | ProfileException e) {
            System.err.println("Server tidak dapat dimulai: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("Server tidak dapat dimulai: " + e.getMessage()
                    + (e.getMessage() != null && e.getMessage().contains("Address") ? " (port " + config.port() + " sudah dipakai?)" : ""));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and Ctrl-C run shutdown hooks: finish running requests, then close the database cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            // JUL may already be reset by its own shutdown hook, so say it plainly.
            System.err.println("Capaian berhenti.");
            stopped.countDown();
        }, "capaian-shutdown"));
        System.out.println("Capaian berjalan di " + server.uri() + "  (hentikan dengan Ctrl-C)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
