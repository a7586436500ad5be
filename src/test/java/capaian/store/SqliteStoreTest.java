package capaian.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The store's contract on SQLite; {@link PostgresStoreTest} inherits every test and runs it on PostgreSQL. */
class SqliteStoreTest {
    static final PasswordHasher FAST = new PasswordHasher(1_000);

    @TempDir
    Path dir;

    /** The store under test; {@link PostgresStoreTest} runs every test here against PostgreSQL too. */
    JdbcStore open() {
        return JdbcStore.open(dir, FAST);
    }

    static NewSubmission submission(String kode, int tahun, String periode, String form, boolean errors, long by) {
        return new NewSubmission(new SubmissionKey(kode, tahun, periode, form), "Dinas Contoh",
                errors ? SubmissionStatus.ADA_TEMUAN : SubmissionStatus.DITERIMA, errors ? 2 : 0, 1, 0, "lampiran.xlsx",
                "a".repeat(64), 1234, "b".repeat(64), "{\"form\":\"" + form + "\"}", by);
    }

    @Test
    void migratesOnceAndRecordsTheVersion() throws Exception {
        try (JdbcStore s = open()) {
            assertEquals(Migrations.latest(), s.schemaVersion());
        }
        try (JdbcStore s = open()) {
            assertEquals(Migrations.latest(), s.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JdbcStore.FILE_NAME));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            assertEquals(Migrations.ALL.size(), rs.getInt(1));
        }
    }

    @Test
    void upgradingFromVersion1KeepsAccountsSessionsAndTokensAndGivesTokensTheDefaultExpiry() throws Exception {
        // A database as the first release left it: only V1 applied, a token minted without expiry.
        String token = "cap_" + Secrets.newToken();
        String cookie = Secrets.newToken();
        long created = System.currentTimeMillis() - Duration.ofDays(400).toMillis();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JdbcStore.FILE_NAME));
             Statement st = c.createStatement()) {
            String v1 = new String(Migrations.class.getResourceAsStream("migrations/V1__accounts_and_submissions.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            for (String sql : Migrations.statements(v1)) st.execute(sql);
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
            assertNotNull(t.lastUsedAt(), "its use was noted");
            assertEquals(created, s.findSession(cookie).orElseThrow().createdAt().toEpochMilli());
        }
    }

    @Test
    void passwordChangesEndSessionsAndRevokeTokens() {
        try (JdbcStore s = open()) {
            User u = s.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            String here = s.createSession(u.id(), Duration.ofHours(1), "c1");
            String there = s.createSession(u.id(), Duration.ofHours(1), "c2");
            String token = s.createApiToken(u.id(), "a");
            User other = s.addUser("dinkes", Role.OPD, "K2", null, "kata-sandi-2".toCharArray());
            String othersSession = s.createSession(other.id(), Duration.ofHours(1), "c3");
            String othersToken = s.createApiToken(other.id(), "b");

            assertEquals(new Revoked(1, 1), s.changePassword(u.id(), "kata-sandi-baru".toCharArray(), here));
            assertTrue(s.findSession(here).isPresent(), "the session that changed it stays");
            assertTrue(s.findSession(there).isEmpty());
            assertTrue(s.findUserByApiToken(token).isEmpty());
            assertTrue(s.findSession(othersSession).isPresent(), "other users untouched");
            assertTrue(s.findUserByApiToken(othersToken).isPresent());

            s.createApiToken(u.id(), "c");
            assertEquals(new Revoked(1, 1), s.setPassword("BKD", "kata-sandi-lain".toCharArray()), "an admin's reset ends all");
            assertTrue(s.findSession(here).isEmpty());
            assertThrows(StoreException.class, () -> s.setPassword("tidak-ada", "kata-sandi-3".toCharArray()));
        }
    }

    @Test
    void tokensExpireAndAreRevokedOneByOne() {
        try (JdbcStore s = open()) {
            User u = s.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            NewApiToken shortLived = s.createApiToken(u.id(), "sebentar", Duration.ofMillis(1));
            NewApiToken a = s.createApiToken(u.id(), "a", Duration.ofDays(30));
            NewApiToken b = s.createApiToken(u.id(), "b", Duration.ofDays(30));
            assertEquals(Duration.ofDays(30), Duration.between(a.token().createdAt(), a.token().expiresAt()));
            long until = System.currentTimeMillis() + 20;
            while (System.currentTimeMillis() < until) Thread.onSpinWait();
            assertTrue(s.findUserByApiToken(shortLived.secret()).isEmpty(), "expired");
            assertTrue(s.listApiTokens(u.id()).stream().anyMatch(t -> t.name().equals("sebentar") && t.expired(java.time.Instant.now())));
            assertTrue(s.revokeApiToken(a.token().id()));
            assertFalse(s.revokeApiToken(a.token().id()));
            assertTrue(s.findUserByApiToken(a.secret()).isEmpty());
            assertTrue(s.findUserByApiToken(b.secret()).isPresent());
            assertEquals(List.of("b", "sebentar"), s.listApiTokens(u.id()).stream().map(ApiToken::name).toList());
            assertThrows(StoreException.class, () -> s.createApiToken(u.id(), "x", Duration.ZERO));
        }
    }

    @Test
    void refusesADatabaseFromANewerProgram() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JdbcStore.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (999, 'future', 0)");
        }
        StoreException e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("lebih baru"), e.getMessage());
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        List<String> st = Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n ON a (x);\n");
        assertEquals(List.of("CREATE TABLE a (x INT);", "CREATE INDEX i\n ON a (x);"), st);
    }

    @Test
    void accountsAuthenticateAndCanBeDisabled() {
        try (JdbcStore s = open()) {
            assertFalse(s.hasActiveBappeda());
            User b = s.addUser("admin", Role.BAPPEDA, null, "Admin Bappeda", "kata-sandi-1".toCharArray());
            User o = s.addUser("bkd", Role.OPD, "5.03.0.00.0.00.01.0000", null, "kata-sandi-2".toCharArray());
            assertTrue(s.hasActiveBappeda());
            assertEquals(b, s.authenticate("admin", "kata-sandi-1".toCharArray()).orElseThrow());
            assertEquals(o.id(), s.authenticate("BKD", "kata-sandi-2".toCharArray()).orElseThrow().id(), "names ignore case");
            assertTrue(s.authenticate("admin", "salah-salah".toCharArray()).isEmpty());
            assertTrue(s.authenticate("tidak-ada", "kata-sandi-1".toCharArray()).isEmpty());

            String cookie = s.createSession(o.id(), Duration.ofHours(1), "csrf");
            String token = s.createApiToken(o.id(), "uji");
            s.setDisabled("bkd", true);
            assertTrue(s.authenticate("bkd", "kata-sandi-2".toCharArray()).isEmpty());
            assertTrue(s.findSession(cookie).isEmpty(), "disabling ends sessions");
            assertTrue(s.findUserByApiToken(token).isEmpty(), "disabling revokes tokens");

            s.setDisabled("bkd", false);
            s.setPassword("bkd", "baru-sekali".toCharArray());
            assertTrue(s.authenticate("bkd", "baru-sekali".toCharArray()).isPresent());
        }
    }

    @Test
    void rejectsDuplicateAndIncompleteAccounts() {
        try (JdbcStore s = open()) {
            s.addUser("admin", Role.BAPPEDA, null, null, "kata-sandi-1".toCharArray());
            assertThrows(StoreException.class, () -> s.addUser("ADMIN", Role.BAPPEDA, null, null, "x2345678".toCharArray()));
            assertThrows(StoreException.class, () -> s.addUser("opd1", Role.OPD, " ", null, "x2345678".toCharArray()));
            assertThrows(StoreException.class, () -> s.addUser("a b", Role.BAPPEDA, null, null, "x2345678".toCharArray()));
        }
    }

    @Test
    void storesOnlyHashesOfSecrets() throws Exception {
        String cookie;
        String token;
        try (JdbcStore s = open()) {
            User u = s.addUser("admin", Role.BAPPEDA, null, null, "kata-sandi-rahasia".toCharArray());
            cookie = s.createSession(u.id(), Duration.ofHours(1), "csrf-token");
            token = s.createApiToken(u.id(), null);
            assertEquals("csrf-token", s.findSession(cookie).orElseThrow().csrfToken());
            assertEquals(u.id(), s.findUserByApiToken(token).orElseThrow().id());
        }
        String dump = new String(java.nio.file.Files.readAllBytes(dir.resolve(JdbcStore.FILE_NAME)))
                + new String(readIfExists(dir.resolve(JdbcStore.FILE_NAME + "-wal")));
        assertFalse(dump.contains("kata-sandi-rahasia"));
        assertFalse(dump.contains(cookie));
        assertFalse(dump.contains(token));
    }

    private static byte[] readIfExists(Path p) throws Exception {
        return java.nio.file.Files.exists(p) ? java.nio.file.Files.readAllBytes(p) : new byte[0];
    }

    @Test
    void sessionsExpire() throws Exception {
        try (JdbcStore s = open()) {
            User u = s.addUser("admin", Role.BAPPEDA, null, null, "kata-sandi-1".toCharArray());
            String cookie = s.createSession(u.id(), Duration.ofMillis(1), "c");
            Thread.sleep(5);
            assertTrue(s.findSession(cookie).isEmpty());
            String live = s.createSession(u.id(), Duration.ofHours(1), "c");
            s.deleteSession(live);
            assertTrue(s.findSession(live).isEmpty(), "logout");
        }
    }

    @Test
    void resubmissionsBecomeNewVersionsPerKey() {
        try (JdbcStore s = open()) {
            User u = s.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            Submission v1 = s.addSubmission(submission("K1", 2025, "I", "lampiran-realisasi", true, u.id()));
            Submission v2 = s.addSubmission(submission("K1", 2025, "I", "lampiran-realisasi", false, u.id()));
            Submission other = s.addSubmission(submission("K1", 2025, "II", "lampiran-realisasi", false, u.id()));
            assertEquals(1, v1.version());
            assertEquals(2, v2.version());
            assertEquals(1, other.version());
            assertEquals(SubmissionStatus.ADA_TEMUAN, v1.status());
            assertEquals("bkd", v2.submittedBy());
            assertEquals(3, s.listSubmissions(SubmissionQuery.all()).size());
            List<Submission> latest = s.listSubmissions(new SubmissionQuery("K1", 2025, "I", null, true));
            assertEquals(List.of(v2.id()), latest.stream().map(Submission::id).toList());
            assertEquals("{\"form\":\"lampiran-realisasi\"}", s.reportJson(v1.id()).orElseThrow());
        }
    }

    @Test
    void bappedaCanRejectAVersion() {
        try (JdbcStore s = open()) {
            User o = s.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            User b = s.addUser("admin", Role.BAPPEDA, null, null, "kata-sandi-1".toCharArray());
            Submission v1 = s.addSubmission(submission("K1", 2025, "I", "renja", false, o.id()));
            Submission r = s.setStatus(v1.id(), SubmissionStatus.DITOLAK, "pagu tidak sesuai DPA", b.id());
            assertEquals(SubmissionStatus.DITOLAK, r.status());
            assertEquals("admin", r.statusBy());
            assertEquals("pagu tidak sesuai DPA", r.statusNote());
            assertNotNull(r.statusAt());
            assertThrows(StoreException.class, () -> s.setStatus(999, SubmissionStatus.DITOLAK, null, b.id()));
        }
    }

    @Test
    void everythingSurvivesReopening() {
        long id;
        try (JdbcStore s = open()) {
            User u = s.addUser("bkd", Role.OPD, "K1", "Operator BKD", "kata-sandi-1".toCharArray());
            id = s.addSubmission(submission("K1", 2025, "I", "lampiran-realisasi", false, u.id())).id();
        }
        try (JdbcStore s = open()) {
            assertTrue(s.authenticate("bkd", "kata-sandi-1".toCharArray()).isPresent());
            Submission sub = s.findSubmission(id).orElseThrow();
            assertEquals(new SubmissionKey("K1", 2025, "I", "lampiran-realisasi"), sub.key());
            assertEquals(List.of("K1"), s.knownOpds());
            assertEquals(2, s.addSubmission(submission("K1", 2025, "I", "lampiran-realisasi", false, 1)).version());
        }
    }

    // files with the submission, and the throttle's table bound (issue 16): both databases

    @Test
    void filesAreStoredWithTheSubmissionAndStreamedBackByteForByte() throws Exception {
        byte[] original = new byte[2_500_000]; // more than two database chunks
        for (int i = 0; i < original.length; i++) original[i] = (byte) (i * 31 + (i >> 9));
        byte[] result = "hasil".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (JdbcStore s = open()) {
            User u = s.addUser("bkd", Role.OPD, "K1", null, "kata-sandi-1".toCharArray());
            FileContent o = FileContent.of(original);
            FileContent r = FileContent.of(result);
            NewSubmission n = new NewSubmission(new SubmissionKey("K1", 2025, "I", "renja"), null, SubmissionStatus.DITERIMA,
                    0, 0, 0, "renja.xlsx", o.sha256(), original.length, r.sha256(), "{}", u.id());
            Submission saved = s.addSubmission(n, List.of(o, r));
            assertEquals(2_500_000, s.files().size(saved.originalSha256()).orElseThrow());
            try (java.io.InputStream in = s.files().open(saved.originalSha256())) {
                assertArrayEquals(original, in.readAllBytes());
            }
            try (java.io.InputStream in = s.files().open(saved.resultSha256())) {
                assertEquals("hasil", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertEquals(2, s.addSubmission(n, List.of(o, r)).version(), "the same content again is a new version, stored once");
            assertTrue(s.files().size("c".repeat(64)).isEmpty());
            assertThrows(java.nio.file.NoSuchFileException.class, () -> s.files().open("c".repeat(64)));
        }
    }

    @Test
    void loginFailuresKeepAtMostTheNewestRows() {
        try (JdbcStore s = open()) {
            for (int i = 0; i < 10; i++) s.saveLoginFailures(new LoginFailures("nama" + i, "10.0.0.1", 1, 1_000 + i, 0), 4);
            List<LoginFailures> kept = s.listLoginFailures(0);
            assertEquals(List.of("nama9", "nama8", "nama7", "nama6"), kept.stream().map(LoginFailures::username).toList());
            s.saveLoginFailures(new LoginFailures("NAMA9", "10.0.0.1", 3, 2_000, 5_000), 4);
            assertEquals(3, s.findLoginFailures("nama9", "10.0.0.1").orElseThrow().failures(), "names are kept in lower case");
        }
    }
}
