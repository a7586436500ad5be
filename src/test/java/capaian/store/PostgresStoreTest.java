package capaian.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The store's contract on a real PostgreSQL (every test of {@link SqliteStoreTest}, each on a fresh database of
 * the test cluster), the SQLite-file tests redone on PostgreSQL, and what only matters with several servers: two
 * stores on one database stand for two servers.
 */
class PostgresStoreTest extends SqliteStoreTest {
    private String url;

    @BeforeEach
    void freshDatabase() {
        url = PgCluster.get().newDatabaseUrl();
    }

    @Override
    JdbcStore open() {
        return PostgresDatabase.parse(url, Map.of()).open(FAST);
    }

    private Connection sql() throws Exception {
        return PgCluster.connect(url);
    }

    private long count(String query) throws Exception {
        try (Connection c = sql(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @Override
    void migratesOnceAndRecordsTheVersion() throws Exception {
        try (JdbcStore s = open()) {
            assertEquals(Migrations.latest(), s.schemaVersion());
            assertEquals(Dialect.POSTGRESQL, s.dialect());
        }
        try (JdbcStore s = open()) {
            assertEquals(Migrations.latest(), s.schemaVersion());
        }
        assertEquals(Migrations.ALL.size(), count("SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    void everyMigrationHasAPostgresTwinOfTheSameVersion() {
        for (Migrations.Migration m : Migrations.ALL) {
            assertNotNull(Migrations.class.getResource("migrations/postgresql/" + m.resource()), "twin of " + m.resource());
        }
    }

    @Test
    void twoServersStartingAtOnceMigrateOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> f = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                f.add(pool.submit(() -> {
                    try (JdbcStore s = open()) {
                        return s.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> x : f) assertEquals(Migrations.latest(), x.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(Migrations.ALL.size(), count("SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    @Override
    void upgradingFromVersion1KeepsAccountsSessionsAndTokensAndGivesTokensTheDefaultExpiry() throws Exception {
        String token = "cap_" + Secrets.newToken();
        String cookie = Secrets.newToken();
        long created = System.currentTimeMillis() - Duration.ofDays(400).toMillis();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            for (String q : Migrations.statements(Migrations.load("postgresql/V1__accounts_and_submissions.sql"))) st.execute(q);
            st.execute("INSERT INTO schema_version VALUES (1, 'V1__accounts_and_submissions.sql', 0)");
            st.execute("INSERT INTO users (id, username, role, kode_opd, password_hash, created_at) VALUES (7, 'bkd', 'opd', 'K1', "
                    + "'" + FAST.hash("kata-sandi-1".toCharArray()) + "', 0)");
            st.execute("INSERT INTO api_tokens VALUES ('" + Secrets.sha256Hex(token) + "', 7, 'skrip lama', " + created + ")");
            st.execute("INSERT INTO sessions VALUES ('" + Secrets.sha256Hex(cookie) + "', 7, 'csrf', " + created + ", "
                    + (System.currentTimeMillis() + 3_600_000) + ")");
        }
        long before = System.currentTimeMillis();
        try (JdbcStore s = open()) {
            assertEquals(Migrations.latest(), s.schemaVersion());
            assertEquals(7, s.findUserByApiToken(token).orElseThrow().id(), "the old token still works after the upgrade");
            ApiToken t = s.listApiTokens(7).get(0);
            assertEquals("skrip lama", t.name());
            assertEquals(created, t.createdAt().toEpochMilli());
            long expiry = t.expiresAt().toEpochMilli() - before;
            assertTrue(Math.abs(expiry - Duration.ofDays(90).toMillis()) < 60_000, "90 days from the upgrade: " + expiry);
            assertEquals(created, s.findSession(cookie).orElseThrow().createdAt().toEpochMilli());
        }
    }

    @Test
    @Override
    void refusesADatabaseFromANewerProgram() throws Exception {
        open().close();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (999, 'future', 0)");
        }
        StoreException e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("lebih baru"), e.getMessage());
    }

    @Test
    @Override
    void storesOnlyHashesOfSecrets() throws Exception {
        String cookie;
        String token;
        try (JdbcStore s = open()) {
            User u = s.addUser("admin", Role.BAPPEDA, null, null, "kata-sandi-rahasia".toCharArray());
            cookie = s.createSession(u.id(), Duration.ofHours(1), "csrf-token");
            token = s.createApiToken(u.id(), null);
        }
        StringBuilder dump = new StringBuilder();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            for (String table : List.of("users", "sessions", "api_tokens")) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) dump.append(rs.getString(i)).append('|');
                    }
                }
            }
        }
        assertTrue(dump.indexOf("csrf-token") >= 0, "the dump reads the tables");
        assertFalse(dump.toString().contains("kata-sandi-rahasia"));
        assertFalse(dump.toString().contains(cookie));
        assertFalse(dump.toString().contains(token));
    }

    @Test
    void twoServersSendingTheSameKeyAtOnceGetUniqueVersionsAndLoseNothing() throws Exception {
        int perThread = 10;
        int threads = 4;
        try (JdbcStore a = open(); JdbcStore b = open()) {
            User u = a.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            ExecutorService pool = Executors.newFixedThreadPool(threads * 2);
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads * 2; t++) {
                JdbcStore server = t % 2 == 0 ? a : b;
                int id = t;
                Callable<List<Integer>> sends = () -> {
                    List<Integer> versions = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        byte[] content = ("buku kerja " + id + "-" + i).getBytes(StandardCharsets.UTF_8);
                        FileContent f = FileContent.of(content);
                        NewSubmission n = new NewSubmission(new SubmissionKey("K1", 2025, "I", "renja"), null,
                                SubmissionStatus.DITERIMA, 0, 0, 0, "r.xlsx", f.sha256(), content.length, null, "{}", u.id());
                        versions.add(server.addSubmission(n, List.of(f)).version());
                    }
                    return versions;
                };
                futures.add(pool.submit(sends));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : futures) all.addAll(f.get());
            pool.shutdown();
            int total = perThread * threads * 2;
            assertEquals(IntStream.rangeClosed(1, total).boxed().toList(), all.stream().sorted().toList(),
                    "versions 1..80, each once");
            assertEquals(total, b.listSubmissions(SubmissionQuery.all()).size());
            assertEquals(total, count("SELECT COUNT(*) FROM blobs"), "every file stored");
        }
    }

    @Test
    void aSessionOrTokenOpenedOnOneServerWorksOnTheOtherAndEndsOnBoth() {
        try (JdbcStore a = open(); JdbcStore b = open()) {
            User u = a.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            String cookie = a.createSession(u.id(), Duration.ofHours(1), "csrf-1");
            String token = a.createApiToken(u.id(), "skrip");
            assertEquals("csrf-1", b.findSession(cookie).orElseThrow().csrfToken());
            assertEquals(u.id(), b.findUserByApiToken(token).orElseThrow().id());
            b.saveLoginFailures(new LoginFailures("bkd", "10.0.0.9", 5, System.currentTimeMillis(), Long.MAX_VALUE), 100);
            assertEquals(5, a.findLoginFailures("bkd", "10.0.0.9").orElseThrow().failures(), "a lockout holds on every server");
            b.setDisabled("bkd", true);
            assertTrue(a.findSession(cookie).isEmpty());
            assertTrue(a.findUserByApiToken(token).isEmpty());
        }
    }

    @Test
    void failedLoginsCountedByTwoServersAtOnceAreAllCounted() throws Exception {
        try (JdbcStore a = open(); JdbcStore b = open()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcStore server = t % 2 == 0 ? a : b;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        server.changeLoginFailures("bkd", "10.0.0.7", f -> new LoginFailures("bkd", "10.0.0.7",
                                (f == null ? 0 : f.failures()) + 1, System.currentTimeMillis(), 0), 100);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            assertEquals(80, a.findLoginFailures("bkd", "10.0.0.7").orElseThrow().failures(), "8 threads x 10, none lost");
        }
    }

    @Test
    void aSubmissionThatFailsLeavesNoFileBehind() throws Exception {
        try (JdbcStore s = open()) {
            FileContent f = FileContent.of("yatim".getBytes(StandardCharsets.UTF_8));
            NewSubmission n = new NewSubmission(new SubmissionKey("K1", 2025, "I", "renja"), null, SubmissionStatus.DITERIMA,
                    0, 0, 0, "r.xlsx", f.sha256(), 5, null, "{}", 999); // no user 999: the row is refused
            assertThrows(StoreException.class, () -> s.addSubmission(n, List.of(f)));
            assertTrue(s.files().size(f.sha256()).isEmpty(), "the file went with the refused row");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM blob_chunks"));
    }

    @Test
    void refusesAPasswordInTheUrl() {
        StoreException e = assertThrows(StoreException.class,
                () -> PostgresDatabase.parse("postgresql://capaian:rahasia@db.contoh/capaian", Map.of()));
        assertTrue(e.getMessage().contains("CAPAIAN_DATABASE_PASSWORD"), e.getMessage());
        assertThrows(StoreException.class, () -> PostgresDatabase.parse("postgresql://db.contoh/capaian?user=x&password=y", Map.of()));
        PostgresDatabase d = PostgresDatabase.parse("postgresql://db.contoh:6543/capaian?user=x&sslmode=require",
                Map.of(PostgresDatabase.PASSWORD_ENV, "rahasia"));
        assertEquals("jdbc:postgresql://db.contoh:6543/capaian?user=x&sslmode=require", d.jdbcUrl());
        assertFalse(d.shown().contains("rahasia"));
    }
}
