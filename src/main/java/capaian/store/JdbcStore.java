package capaian.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@link Store} over JDBC, one implementation for both databases; what differs is in {@link Dialect}.
 * <ul>
 * <li>SQLite, one file ({@code capaian.db}) in the data directory, the default: one connection, used by one
 * thread at a time ({@link Connections#single}); SQLite writes one transaction at a time anyway. WAL journal with
 * synchronous=FULL, so a committed row survives a power cut; busy_timeout lets the {@code user} command write
 * while the server runs. Files live beside it on disk ({@link FileStore}).</li>
 * <li>PostgreSQL, shared by several servers ({@link PostgresDatabase}): a small pool, a connection per call, and
 * every rule that must hold across servers kept by the database (unique keys, a transaction-scoped lock on a
 * submission key). Files live in the database too ({@link DatabaseFiles}), written in the submission's
 * transaction.</li>
 * </ul>
 * A call takes a connection for its duration and binds it to the thread, so that the helpers below and nested
 * calls inside a transaction use the same one.
 */
public class JdbcStore implements Store {
    public static final String FILE_NAME = "capaian.db";

    private static final String USER_COLUMNS = "u.id, u.username, u.role, u.kode_opd, u.display_name, u.disabled, u.created_at, "
            + "u.is_admin, u.must_change_password";
    private static final int USER_COLUMN_COUNT = 9;
    private static final String SUBMISSION_COLUMNS = "s.id, s.kode_opd, s.tahun, s.periode, s.form, s.version, s.opd_name, "
            + "s.status, s.errors, s.warnings, s.infos, s.original_name, s.original_sha256, s.original_size, "
            + "s.result_sha256, sb.username, s.submitted_at, s.status_note, st.username, s.status_at";
    private static final String SUBMISSION_FROM = " FROM submissions s JOIN users sb ON sb.id = s.submitted_by "
            + "LEFT JOIN users st ON st.id = s.status_by";

    private static final String TOKEN_SELECT = "SELECT t.id, u.username, t.name, t.created_at, t.expires_at, t.last_used_at "
            + "FROM api_tokens t JOIN users u ON u.id = t.user_id";
    private static final String FAILURE_SELECT = "SELECT username, address, failures, last_failure, locked_until FROM login_failures";
    private static final long LAST_USED_GRANULARITY_MS = 60_000;

    private final Dialect dialect;
    private final Connections connections;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final StoredFiles files;
    private final PasswordHasher hasher;
    private final String dummyHash;
    private final DeskTables desk;

    JdbcStore(Dialect dialect, Connections connections, java.util.function.Function<JdbcStore, StoredFiles> files,
              PasswordHasher hasher) {
        this.dialect = dialect;
        this.connections = connections;
        this.hasher = hasher;
        this.dummyHash = hasher.dummyHash();
        this.files = files.apply(this);
        this.desk = new DeskTables(this::conn);
    }

    /** The SQLite store of a data directory (created when missing), migrated to the latest schema. */
    public static JdbcStore open(Path dataDir) {
        return open(dataDir, new PasswordHasher());
    }

    public static JdbcStore open(Path dataDir, PasswordHasher hasher) {
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 10000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(c, Dialect.SQLITE);
            return new JdbcStore(Dialect.SQLITE, Connections.single(c), s -> new FileStore(dataDir), hasher);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("basis data di " + dataDir + " tidak dapat dibuka: " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        return call(() -> Migrations.current(conn()));
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public StoredFiles files() {
        return files;
    }

    // accounts

    @Override
    public User addUser(String username, Role role, String kodeOpd, String displayName, char[] password) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new StoreException("nama pengguna harus 2-64 huruf, angka, titik, garis bawah, @ atau tanda hubung");
        }
        if (role == Role.OPD && (kodeOpd == null || kodeOpd.isBlank())) {
            throw new StoreException("akun OPD harus punya kode OPD (--opd KODE)");
        }
        if (findUser(name).isPresent()) throw new StoreException("pengguna \"" + name + "\" sudah ada");
        String hash = hasher.hash(password);
        long now = System.currentTimeMillis();
        long id = call(() -> insert("INSERT INTO users (username, role, kode_opd, display_name, password_hash, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", name, role.id(), role == Role.OPD ? kodeOpd.trim() : null,
                displayName, hash, now));
        return new User(id, name, role, role == Role.OPD ? kodeOpd.trim() : null, displayName, false, Instant.ofEpochMilli(now));
    }

    @Override
    public Optional<User> findUser(String username) {
        return call(() -> queryOne("SELECT " + USER_COLUMNS + " FROM users u WHERE lower(u.username) = lower(?)", this::user, username));
    }

    @Override
    public List<User> listUsers() {
        return call(() -> query("SELECT " + USER_COLUMNS + " FROM users u ORDER BY u.role, u.kode_opd, u.username", this::user));
    }

    @Override
    public Revoked setPassword(String username, char[] password) {
        User u = findUser(username).orElseThrow(() -> noSuchUser(username));
        return changePassword(u.id(), password, null);
    }

    @Override
    public Revoked changePassword(long userId, char[] password, String keepSessionCookie) {
        String hash = hasher.hash(password);
        String keep = keepSessionCookie == null ? "" : Secrets.sha256Hex(keepSessionCookie);
        return inTransaction(() -> {
            // The owner's own choice (or the operator's, on the command line): no longer one to change first.
            if (update("UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?", hash, userId) == 0) {
                throw new StoreException("pengguna " + userId + " tidak ada");
            }
            int sessions = update("DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?", userId, keep);
            int tokens = update("DELETE FROM api_tokens WHERE user_id = ?", userId);
            return new Revoked(sessions, tokens);
        });
    }

    @Override
    public void setDisabled(String username, boolean disabled) {
        User u = findUser(username).orElseThrow(() -> noSuchUser(username));
        inTransaction(() -> {
            update("UPDATE users SET disabled = ? WHERE id = ?", disabled ? 1 : 0, u.id());
            if (disabled) {
                update("DELETE FROM sessions WHERE user_id = ?", u.id());
                update("DELETE FROM api_tokens WHERE user_id = ?", u.id());
            }
            return null;
        });
    }

    @Override
    public boolean hasActiveBappeda() {
        return call(() -> queryOne("SELECT COUNT(*) FROM users WHERE role = 'bappeda' AND disabled = 0",
                rs -> rs.getInt(1), new Object[0]).orElse(0) > 0);
    }

    @Override
    public Optional<User> authenticate(String username, char[] password) {
        // Hashing happens outside the lock: it takes a good part of a second by design.
        String stored;
        Optional<User> user;
        {
            user = findUser(username == null ? "" : username.trim());
            stored = user.isEmpty() ? null : call(() -> queryOne(
                    "SELECT password_hash FROM users WHERE id = ?", rs -> rs.getString(1), user.get().id()).orElse(null));
        }
        boolean ok = hasher.verify(password, stored == null ? dummyHash : stored) && stored != null;
        return ok && !user.get().disabled() ? user : Optional.empty();
    }

    // sessions and API tokens

    @Override
    public String createSession(long userId, Duration lifetime, String csrfToken) {
        String secret = Secrets.newToken();
        long now = System.currentTimeMillis();
        call(() -> {
            update("DELETE FROM sessions WHERE expires_at < ?", now);
            return update("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    Secrets.sha256Hex(secret), userId, csrfToken, now, now + lifetime.toMillis());
        });
        return secret;
    }

    @Override
    public Optional<Session> findSession(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) return Optional.empty();
        return call(() -> queryOne("SELECT " + USER_COLUMNS + ", s.csrf_token, s.created_at, s.expires_at FROM sessions s "
                        + "JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ? AND u.disabled = 0",
                rs -> new Session(user(rs), rs.getString(USER_COLUMN_COUNT + 1), Instant.ofEpochMilli(rs.getLong(USER_COLUMN_COUNT + 2)),
                        Instant.ofEpochMilli(rs.getLong(USER_COLUMN_COUNT + 3))),
                Secrets.sha256Hex(cookieValue), System.currentTimeMillis()));
    }

    @Override
    public void deleteSession(String cookieValue) {
        if (cookieValue == null) return;
        call(() -> update("DELETE FROM sessions WHERE id_hash = ?", Secrets.sha256Hex(cookieValue)));
    }

    @Override
    public NewApiToken createApiToken(long userId, String name, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) throw new StoreException("masa berlaku token harus lebih dari nol");
        String secret = "cap_" + Secrets.newToken();
        long now = System.currentTimeMillis();
        long id = call(() -> insert("INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", Secrets.sha256Hex(secret), userId, name, now, now + lifetime.toMillis()));
        return new NewApiToken(secret, findApiToken(id).orElseThrow());
    }

    @Override
    public Optional<User> findUserByApiToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        long now = System.currentTimeMillis();
        String hash = Secrets.sha256Hex(token);
        Optional<User> u = call(() -> queryOne("SELECT " + USER_COLUMNS + " FROM api_tokens t JOIN users u ON u.id = t.user_id "
                + "WHERE t.token_hash = ? AND t.expires_at > ? AND u.disabled = 0", this::user, hash, now));
        if (u.isPresent()) {
            call(() -> update("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? "
                    + "AND (last_used_at IS NULL OR last_used_at < ?)", now, hash, now - LAST_USED_GRANULARITY_MS));
        }
        return u;
    }

    @Override
    public List<ApiToken> listApiTokens(long userId) {
        return call(() -> query(TOKEN_SELECT + " WHERE t.user_id = ? ORDER BY t.created_at DESC, t.id DESC", this::apiToken, userId));
    }

    @Override
    public Optional<ApiToken> findApiToken(long id) {
        return call(() -> queryOne(TOKEN_SELECT + " WHERE t.id = ?", this::apiToken, id));
    }

    @Override
    public boolean revokeApiToken(long id) {
        return call(() -> update("DELETE FROM api_tokens WHERE id = ?", id)) > 0;
    }

    // failed logins

    private static String loginName(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<LoginFailures> findLoginFailures(String username, String address) {
        return call(() -> queryOne(FAILURE_SELECT + " WHERE username = ? AND address = ?", this::loginFailures,
                loginName(username), address));
    }

    @Override
    public void saveLoginFailures(LoginFailures f, int maxRows) {
        call(() -> {
            update("INSERT INTO login_failures (username, address, failures, last_failure, locked_until) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (username, address) DO UPDATE SET failures = excluded.failures, "
                            + "last_failure = excluded.last_failure, locked_until = excluded.locked_until",
                    loginName(f.username()), f.address(), f.failures(), f.lastFailure(), f.lockedUntil());
            // Random names from a guesser must not grow the table without end.
            // Ties at the cut may drop a few more: "at most" still holds, in both dialects.
            return update("DELETE FROM login_failures WHERE last_failure <= (SELECT last_failure FROM login_failures "
                    + "ORDER BY last_failure DESC LIMIT 1 OFFSET ?)", maxRows);
        });
    }

    @Override
    public void deleteLoginFailures(String username, String address) {
        call(() -> update("DELETE FROM login_failures WHERE username = ? AND address = ?", loginName(username), address));
    }

    @Override
    public int unlockLogins(String username, String address) {
        if (username == null && address == null) return call(() -> update("DELETE FROM login_failures"));
        if (address == null) return call(() -> update("DELETE FROM login_failures WHERE username = ?", loginName(username)));
        if (username == null) return call(() -> update("DELETE FROM login_failures WHERE address = ?", address));
        return call(() -> update("DELETE FROM login_failures WHERE address = ? AND username IN (?, '')",
                address, loginName(username)));
    }

    @Override
    public List<LoginFailures> listLoginFailures(long sinceMillis) {
        return call(() -> query(FAILURE_SELECT + " WHERE last_failure >= ? OR locked_until > ? ORDER BY last_failure DESC",
                this::loginFailures, sinceMillis, sinceMillis));
    }

    // submissions

    @Override
    public Submission addSubmission(NewSubmission n) {
        return addSubmission(n, List.of());
    }

    @Override
    public Submission addSubmission(NewSubmission n, List<FileContent> contents) {
        SubmissionKey k = n.key();
        // On disk the files are made durable before the row, outside the database lock; in PostgreSQL they go
        // into the row's own transaction.
        if (!files.inDatabase()) for (FileContent c : contents) files.put(c);
        long id = retryingConflicts(() -> inTransaction(() -> {
            if (files.inDatabase()) for (FileContent c : contents) files.put(c);
            // Servers sending the same key at once take turns here (the unique key would refuse the loser anyway).
            dialect.lockKey(conn(), k.kodeOpd() + "|" + k.tahun() + "|" + k.periode() + "|" + k.form());
            int version = queryOne("SELECT COALESCE(MAX(version), 0) + 1 FROM submissions "
                            + "WHERE kode_opd = ? AND tahun = ? AND periode = ? AND form = ?",
                    rs -> rs.getInt(1), k.kodeOpd(), k.tahun(), k.periode(), k.form()).orElse(1);
            return insert("INSERT INTO submissions (kode_opd, opd_name, tahun, periode, form, version, status, errors, "
                            + "warnings, infos, original_name, original_sha256, original_size, result_sha256, report_json, "
                            + "submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    k.kodeOpd(), n.opdName(), k.tahun(), k.periode(), k.form(), version, n.status().label(), n.errors(),
                    n.warnings(), n.infos(), n.originalName(), n.originalSha256(), n.originalSize(), n.resultSha256(),
                    n.reportJson(), n.submittedBy(), System.currentTimeMillis());
        }));
        return findSubmission(id).orElseThrow();
    }

    /**
     * PostgreSQL may end one of two transactions that wait on each other (two sends storing the same two files in
     * opposite order); the loser is run again, a few times, before the error reaches the user.
     */
    private <T> T retryingConflicts(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (StoreException e) {
                String state = e.getCause() instanceof SQLException s ? s.getSQLState() : null;
                boolean conflict = "40P01".equals(state) || "40001".equals(state);
                if (!conflict || attempt >= 3) throw e;
            }
        }
    }

    @Override
    public Optional<Submission> findSubmission(long id) {
        return call(() -> queryOne("SELECT " + SUBMISSION_COLUMNS + SUBMISSION_FROM + " WHERE s.id = ?", this::submission, id));
    }

    @Override
    public Optional<String> reportJson(long id) {
        return call(() -> queryOne("SELECT report_json FROM submissions WHERE id = ?", rs -> rs.getString(1), id));
    }

    @Override
    public List<Submission> listSubmissions(SubmissionQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + SUBMISSION_COLUMNS + SUBMISSION_FROM + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "s.kode_opd", q.kodeOpd());
        filter(sql, args, "s.tahun", q.tahun());
        filter(sql, args, "s.periode", q.periode());
        filter(sql, args, "s.form", q.form());
        if (q.latestOnly()) {
            sql.append(" AND s.version = (SELECT MAX(x.version) FROM submissions x WHERE x.kode_opd = s.kode_opd "
                    + "AND x.tahun = s.tahun AND x.periode = s.periode AND x.form = s.form)");
        }
        sql.append(" ORDER BY s.tahun DESC, s.periode, s.kode_opd, s.form, s.version DESC");
        return call(() -> query(sql.toString(), this::submission, args.toArray()));
    }

    @Override
    public Submission setStatus(long id, SubmissionStatus status, String note, long byUserId) {
        int n = call(() -> update("UPDATE submissions SET status = ?, status_note = ?, status_by = ?, status_at = ? WHERE id = ?",
                status.label(), note, byUserId, System.currentTimeMillis(), id));
        if (n == 0) throw new StoreException("kiriman " + id + " tidak ada");
        return findSubmission(id).orElseThrow();
    }

    @Override
    public List<String> knownOpds() {
        TreeSet<String> kodes = new TreeSet<>(call(() -> query(
                "SELECT kode_opd FROM users WHERE kode_opd IS NOT NULL AND disabled = 0 "
                        + "UNION SELECT kode_opd FROM submissions", rs -> rs.getString(1))));
        return List.copyOf(kodes);
    }

    @Override
    public void close() {
        try {
            connections.close();
        } catch (SQLException e) {
            throw new StoreException("basis data tidak dapat ditutup: " + e.getMessage(), e);
        }
    }

    @Override
    public LoginFailures changeLoginFailures(String username, String address, java.util.function.UnaryOperator<LoginFailures> change,
                                             int maxRows) {
        String name = loginName(username);
        return inTransaction(() -> {
            // A placeholder row to lock when there is none yet; failures 0 reads as "no entry".
            update("INSERT INTO login_failures (username, address, failures, last_failure, locked_until) VALUES (?, ?, 0, 0, 0) "
                    + "ON CONFLICT (username, address) DO NOTHING", name, address);
            LoginFailures now = queryOne(FAILURE_SELECT + " WHERE username = ? AND address = ?" + dialect.forUpdate(),
                    this::loginFailures, name, address).orElseThrow();
            LoginFailures next = change.apply(now.failures() == 0 ? null : now);
            update("UPDATE login_failures SET failures = ?, last_failure = ?, locked_until = ? WHERE username = ? AND address = ?",
                    next.failures(), next.lastFailure(), next.lockedUntil(), name, address);
            update("DELETE FROM login_failures WHERE last_failure <= (SELECT last_failure FROM login_failures "
                    + "ORDER BY last_failure DESC LIMIT 1 OFFSET ?)", maxRows);
            return next;
        });
    }

    // mapping

    private User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getInt(6) != 0, Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8) != 0, rs.getInt(9) != 0);
    }

    private ApiToken apiToken(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                Instant.ofEpochMilli(rs.getLong(5)), instantOrNull(rs, 6));
    }

    private LoginFailures loginFailures(ResultSet rs) throws SQLException {
        return new LoginFailures(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5));
    }

    private Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong(1),
                new SubmissionKey(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)),
                rs.getInt(6), rs.getString(7), SubmissionStatus.parse(rs.getString(8)), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getLong(14), rs.getString(15), rs.getString(16),
                Instant.ofEpochMilli(rs.getLong(17)), rs.getString(18), rs.getString(19), instantOrNull(rs, 20));
    }

    private static Instant instantOrNull(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    // JDBC plumbing

    @FunctionalInterface
    interface Rows<T> { T map(ResultSet rs) throws SQLException; }

    @FunctionalInterface
    interface Work<T> { T run() throws SQLException; }

    private static void filter(StringBuilder sql, List<Object> args, String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** The connection of the call in progress on this thread. */
    Connection conn() {
        Connection c = bound.get();
        if (c == null) throw new IllegalStateException("no store call in progress on this thread");
        return c;
    }

    <T> T call(Work<T> work) {
        try {
            if (bound.get() != null) return work.run();
            Connection c = connections.acquire();
            bound.set(c);
            try {
                return work.run();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    // The connection itself failed: closed, the pool drops it instead of handing it to the next call.
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // it is broken anyway
                    }
                }
                throw e;
            } finally {
                bound.remove();
                connections.release(c);
            }
        } catch (SQLException e) {
            throw new StoreException("kesalahan basis data: " + e.getMessage(), e);
        }
    }

    <T> T inTransaction(Work<T> work) {
        return call(() -> {
            Connection conn = conn();
            if (!conn.getAutoCommit()) return work.run(); // nested: part of the caller's transaction
            conn.setAutoCommit(false);
            try {
                T result = work.run();
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        });
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = conn().prepareStatement(sql);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps;
    }

    <T> List<T> query(String sql, Rows<T> rows, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(rows.map(rs));
            return out;
        }
    }

    <T> Optional<T> queryOne(String sql, Rows<T> rows, Object... args) throws SQLException {
        List<T> all = query(sql, rows, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the id the database generated. */
    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = conn().prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) throw new SQLException("no generated id");
                return rs.getLong(1);
            }
        }
    }

    private static StoreException noSuchUser(String username) {
        return new StoreException("pengguna \"" + username + "\" tidak ada");
    }

    // Bappeda's desk (issue 15): accounts made on the web, the OPD registry, the audit log

    /** The connection lent to the store's smaller parts, under this store's lock. */
    private final Sql.Access access = new Sql.Access() {
        @Override
        public <T> T read(Sql.Work<T> work) {
            return call(() -> work.run(conn()));
        }

        @Override
        public <T> T write(Sql.Work<T> work) {
            return inTransaction(() -> work.run(conn()));
        }
    };
    private final AuditLog audit = new AuditLog(access);
    private final OpdRegistry opdRegistry = new OpdRegistry(access);

    @Override
    public List<User> addAccounts(List<NewAccount> accounts) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (NewAccount a : accounts) {
            String name = a.username() == null ? "" : a.username().trim();
            if (!name.matches("[A-Za-z0-9._@-]{2,64}")) {
                throw new StoreException("Nama pengguna \"" + name + "\" tidak sah: pakai 2-64 huruf, angka, titik, garis bawah, @ "
                        + "atau tanda hubung.");
            }
            if (a.role() == Role.OPD && (a.kodeOpd() == null || a.kodeOpd().isBlank())) {
                throw new StoreException("Akun OPD " + name + " perlu Kode OPD.");
            }
            if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new StoreException("Nama pengguna " + name + " muncul dua kali.");
            }
        }
        // Hashing takes a good part of a second per password by design: done in parallel, before the transaction.
        List<String> hashes = accounts.parallelStream().map(a -> hasher.hash(a.password())).toList();
        long now = System.currentTimeMillis();
        List<Long> ids = inTransaction(() -> {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                NewAccount a = accounts.get(i);
                String name = a.username().trim();
                if (queryOne("SELECT id FROM users WHERE lower(username) = lower(?)", rs -> rs.getLong(1), name).isPresent()) {
                    throw new StoreException("Nama pengguna " + name + " sudah dipakai akun lain. Pilih nama lain.");
                }
                out.add(insert("INSERT INTO users (username, role, kode_opd, display_name, password_hash, created_at, is_admin, "
                                + "must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", name, a.role().id(),
                        a.role() == Role.OPD ? a.kodeOpd().trim() : null, a.displayName(), hashes.get(i), now,
                        a.role() == Role.BAPPEDA && a.admin() ? 1 : 0));
            }
            return out;
        });
        List<User> made = new ArrayList<>();
        for (long id : ids) {
            made.add(call(() -> queryOne("SELECT " + USER_COLUMNS + " FROM users u WHERE u.id = ?", this::user, id)).orElseThrow());
        }
        return made;
    }

    @Override
    public Revoked resetPassword(String username, char[] password) {
        User u = findUser(username).orElseThrow(() -> noSuchUser(username));
        String hash = hasher.hash(password);
        return inTransaction(() -> {
            update("UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?", hash, u.id());
            return new Revoked(update("DELETE FROM sessions WHERE user_id = ?", u.id()),
                    update("DELETE FROM api_tokens WHERE user_id = ?", u.id()));
        });
    }

    @Override
    public void setAdmin(String username, boolean admin) {
        User u = findUser(username).orElseThrow(() -> noSuchUser(username));
        if (admin && !u.isBappeda()) throw new StoreException("Hanya akun Bappeda yang dapat menjadi admin akun.");
        call(() -> update("UPDATE users SET is_admin = ? WHERE id = ?", admin ? 1 : 0, u.id()));
    }

    @Override
    public boolean hasActiveAdmin() {
        return call(() -> queryOne("SELECT COUNT(*) FROM users WHERE role = 'bappeda' AND is_admin = 1 AND disabled = 0",
                rs -> rs.getInt(1), new Object[0]).orElse(0) > 0);
    }


    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public OpdRegistry opdRegistry() {
        return opdRegistry;
    }

    // Bappeda's desk (issue 15, items 2 and 3): the SQL is in DeskTables

    @Override
    public void setDeadline(int tahun, String periode, String form, java.time.LocalDate opensOn,
                                         java.time.LocalDate dueOn, long byUserId) {
        call(() -> {
            desk.setDeadline(tahun, periode, form, opensOn, dueOn, byUserId);
            return null;
        });
    }

    @Override
    public boolean deleteDeadline(int tahun, String periode, String form) {
        return call(() -> desk.deleteDeadline(tahun, periode, form));
    }

    @Override
    public List<Deadline> listDeadlines(Integer tahun) {
        return call(() -> desk.listDeadlines(tahun));
    }

    @Override
    public Optional<PeriodLock> findPeriodLock(int tahun, String periode) {
        return call(() -> desk.findLock(tahun, periode));
    }

    @Override
    public List<PeriodLock> listPeriodLocks(Integer tahun) {
        return call(() -> desk.listLocks(tahun));
    }

    @Override
    public List<RekapSnapshot> closePeriod(int tahun, String periode, long byUserId,
                                                        List<NewRekapSnapshot> snapshots) {
        List<Long> ids = inTransaction(() -> desk.close(tahun, periode, byUserId, snapshots));
        List<RekapSnapshot> out = new ArrayList<>();
        for (long id : ids) out.add(findSnapshot(id).orElseThrow());
        return out;
    }

    @Override
    public boolean reopenPeriodFor(int tahun, String periode, String kodeOpd, long byUserId) {
        return call(() -> desk.reopenFor(tahun, periode, kodeOpd, byUserId));
    }

    @Override
    public List<RekapSnapshot> listSnapshots(Integer tahun, String periode) {
        return call(() -> desk.listSnapshots(tahun, periode));
    }

    @Override
    public Optional<RekapSnapshot> findSnapshot(long id) {
        return call(() -> desk.findSnapshot(id));
    }

    @Override
    public Optional<String> snapshotJson(long id) {
        return call(() -> desk.snapshotJson(id));
    }

    @Override
    public SubmissionNote addNote(long submissionId, String sheet, int row, String cell, String note,
                                               long byUserId) {
        return call(() -> desk.addNote(submissionId, sheet, row, cell, note, byUserId));
    }

    @Override
    public List<SubmissionNote> listNotes(long submissionId) {
        return call(() -> desk.listNotes(submissionId));
    }
}
