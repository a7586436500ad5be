package capaian.web;

import capaian.process.Processor;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import capaian.store.Store;
import capaian.store.StoredFiles;
import capaian.store.Stores;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The web service: Undertow, no servlet container. Handler chain, outermost first: graceful shutdown →
 * security headers → thread lane ({@link RequestLanes}: worker threads, or upload threads for requests with a
 * body) → JSON errors → who is asking → CSRF → API routes or pages.
 */
public final class CapaianServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CapaianServer.class.getName());
    private static final long SHUTDOWN_WAIT_MS = 30_000;

    private final ServerConfig config;
    private final Store store;
    private final JobLimiter limiter;
    private final RequestLanes lanes;
    private final GracefulShutdownHandler graceful;
    private final Undertow undertow;
    private final Profile profile;
    private final java.util.function.IntSupplier runningJobs;

    private CapaianServer(ServerConfig config, String databaseUrl) {
        this.config = config;
        // Before anything is opened: a wrong keystore must not leave the database open.
        javax.net.ssl.SSLContext ssl = config.tls() ? Tls.context(config.tlsKeystore(), config.tlsPassword()) : null;
        CredentialPolicy credentials = CredentialPolicy.fromEnvironment(); // a bad setting, like a bad keystore, opens nothing
        this.profile = config.profile() == null ? ProfileLoader.defaultProfile() : ProfileLoader.load(config.profile());
        Path data = config.dataDir().toAbsolutePath();
        Path tmp = ScratchDirectory.prepare(data); // before anything is opened that writes there
        // SQLite in the data directory by default; with a PostgreSQL URL the data directory keeps only temp files.
        this.store = Stores.open(databaseUrl, data);
        StoredFiles files = store.files();
        ServerConfig.Fairness fair = config.fairness();
        this.limiter = new JobLimiter(config.maxJobs(), fair.jobMemoryOrHalfHeap(), config.queueWait(), config.jobTimeout(),
                fair.jobCpu());
        this.runningJobs = limiter::running;
        capaian.job.IdleCores.watch(runningJobs); // one client's large result is deflated on the idle core
        Uploads uploads = new Uploads(config.maxUploadBytes(), tmp);
        Workbooks workbooks = new Workbooks(new Processor(profile, capaian.read.Limits.fromEnvironment(), tmp), limiter);

        RoutingHandler api = new RoutingHandler()
                .setFallbackHandler(ex -> {
                    throw ApiException.notFound("Alamat API tidak dikenal: " + ex.getRequestPath());
                })
                .setInvalidMethodHandler(ex -> {
                    throw new ApiException(405, "METODE_TIDAK_DIIZINKAN", "Metode " + ex.getRequestMethod()
                            + " tidak berlaku untuk " + ex.getRequestPath() + ".");
                });
        new ProcessingRoutes(workbooks, uploads).register(api);
        new ConvertRoutes(workbooks, uploads, profile).register(api);
        LoginThrottle throttle = new LoginThrottle(store, credentials, java.time.Clock.systemUTC());
        new SessionRoutes(store, config.sessionLifetime(), throttle).register(api);
        new TokenRoutes(store, throttle, credentials).register(api);
        new LoginLockRoutes(throttle).register(api);
        new SubmissionRoutes(store, files, workbooks, uploads).register(api);
        new MatrixRoute(store).register(api);
        RekapRoute rekap = new RekapRoute(store, files, workbooks, limiter, uploads, data, config.maxUploadBytes());
        rekap.register(api);
        DeskRoutes.register(api, store, files, workbooks, rekap); // calendar, closed periods, verification
        OpdRegistryRoutes.adoptListFile(store, data.resolve(RekapRoute.LIST_FILE));
        new OpdRegistryRoutes(store, uploads).register(api);
        new AccountRoutes(store, this::publicUrl).register(api);
        new AuditRoutes(store).register(api);
        new RkpdRoute(store, files, workbooks, limiter, data).register(api);

        Pages pages = new Pages();
        Addin addin = new Addin(this::publicUrl, config.officeJsUrl(), pages);
        HttpHandler dispatch = ex -> (ex.getRequestPath().startsWith("/api/") ? api
                : ex.getRequestPath().startsWith(Addin.PREFIX) ? addin : pages).handleRequest(ex);
        HttpHandler chain = new ErrorHandler(new AuthHandler(store, new PasswordChangeGate(new CsrfHandler(dispatch))), config.maxUploadBytes());
        this.lanes = new RequestLanes(chain, fair.uploadsPerAddress(), fair.minUploadRate(),
                Uploads.drainLimit(config.maxUploadBytes()));
        this.graceful = new GracefulShutdownHandler(
                new SecurityHeadersHandler(lanes, Addin.contentSecurityPolicy(config.officeJsUrl())));
        Undertow.Builder builder = Undertow.builder();
        if (config.tls()) {
            builder.addHttpsListener(config.port(), config.host(), ssl);
        } else {
            builder.addHttpListener(config.port(), config.host());
        }
        this.undertow = builder
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE,
                        Uploads.drainLimit(config.maxUploadBytes() * RekapRoute.UPLOAD_FACTOR) + 1024 * 1024)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .setHandler(graceful)
                .build();
    }

    public static CapaianServer start(ServerConfig config) {
        return start(config, null);
    }

    /** @param databaseUrl a PostgreSQL URL shared with other servers, or null for SQLite in the data directory */
    public static CapaianServer start(ServerConfig config, String databaseUrl) {
        CapaianServer s = new CapaianServer(config, databaseUrl);
        try {
            s.undertow.start();
        } catch (RuntimeException e) {
            s.lanes.close();
            s.limiter.close();
            s.store.close();
            throw e;
        }
        LOG.info("Capaian " + ProcessingRoutes.VERSION + " at " + s.uri() + " (data: " + config.dataDir().toAbsolutePath()
                + ", profile: " + s.profile.name() + " " + s.profile.version() + ", max upload "
                + config.maxUploadBytes() / (1024 * 1024) + " MB, " + config.maxJobs() + " workbooks at once)");
        if (!s.store.hasActiveBappeda()) {
            String data = config.dataDir().equals(Path.of("data")) ? "" : " --data " + config.dataDir();
            LOG.warning("Belum ada akun Bappeda. Buat dengan: scripts/capaian user add NAMA --role bappeda" + data
                    + "   (akun OPD: scripts/capaian user add NAMA --role opd --opd KODE_OPD" + data + ")");
        }
        return s;
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    public URI uri() {
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        return URI.create((config.tls() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** The address people reach the server at: configured, else this server's own. No trailing slash. */
    public String publicUrl() {
        return config.publicUrl() != null ? config.publicUrl() : uri().toString();
    }

    public Store store() {
        return store;
    }

    /** Stops taking requests, lets running ones finish (up to 30 s), then closes the database. */
    @Override
    public void close() {
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(SHUTDOWN_WAIT_MS)) LOG.warning("requests still running after 30 s; stopping anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        lanes.close();
        limiter.close();
        capaian.job.IdleCores.stopWatching(runningJobs);
        store.close();
        LOG.info("Capaian stopped");
    }
}
