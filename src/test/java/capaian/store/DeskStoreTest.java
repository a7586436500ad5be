package capaian.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The V3 parts of the store: admin flag, forced password change, OPD registry, audit log; kept across restarts. */
class DeskStoreTest {
    private static final PasswordHasher FAST = new PasswordHasher(1_000);

    @TempDir
    Path dir;

    private JdbcStore open() {
        return JdbcStore.open(dir, FAST);
    }

    @Test
    void upgradingFromVersion2MakesTheExistingBappedaAccountsAdminsAndNobodyMustChange() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JdbcStore.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            for (String v : List.of("V1__accounts_and_submissions.sql", "V2__credentials_that_end.sql")) {
                String sql = new String(Migrations.class.getResourceAsStream("migrations/" + v).readAllBytes(), StandardCharsets.UTF_8);
                for (String s : Migrations.statements(sql)) st.execute(s);
            }
            st.execute("INSERT INTO schema_version VALUES (1, 'V1__accounts_and_submissions.sql', 0), (2, 'V2__credentials_that_end.sql', 0)");
            String hash = FAST.hash("kata-sandi-1".toCharArray());
            st.execute("INSERT INTO users (id, username, role, kode_opd, password_hash, created_at) VALUES "
                    + "(1, 'admin', 'bappeda', NULL, '" + hash + "', 0), (2, 'bkd', 'opd', 'K1', '" + hash + "', 0)");
        }
        try (JdbcStore s = open()) {
            assertEquals(Migrations.latest(), s.schemaVersion());
            User admin = s.findUser("admin").orElseThrow();
            User bkd = s.findUser("bkd").orElseThrow();
            assertTrue(admin.isAdmin(), "the operator's Bappeda account keeps managing accounts");
            assertFalse(bkd.isAdmin());
            assertFalse(admin.mustChangePassword() || bkd.mustChangePassword());
            assertTrue(s.authenticate("bkd", "kata-sandi-1".toCharArray()).isPresent());
            assertTrue(s.hasActiveAdmin());
        }
    }

    @Test
    void accountsMadeOnTheWebMustChangeTheirPasswordAndAResetMakesThemChangeAgain() {
        try (JdbcStore s = open()) {
            List<User> made = s.addAccounts(List.of(
                    new NewAccount("dinas-kesehatan", Role.OPD, "1.02", "Dinas Kesehatan", false, "abcd-efgh-jkmn".toCharArray()),
                    new NewAccount("perencana", Role.BAPPEDA, null, null, true, "pqrs-tuvw-xyz2".toCharArray()),
                    new NewAccount("bkd", Role.OPD, "5.03", null, true, "k7md-x2qa-9fht".toCharArray())));
            assertEquals(List.of("dinas-kesehatan", "perencana", "bkd"), made.stream().map(User::username).toList());
            assertTrue(made.stream().allMatch(User::mustChangePassword));
            assertTrue(made.get(1).isAdmin());
            assertFalse(made.get(2).isAdmin(), "an OPD account is never an admin, whatever was asked");
            User dinkes = s.authenticate("dinas-kesehatan", "abcd-efgh-jkmn".toCharArray()).orElseThrow();
            assertEquals("1.02", dinkes.kodeOpd());

            // All or none: one taken name (in any case) stops the whole batch.
            StoreException e = assertThrows(StoreException.class, () -> s.addAccounts(List.of(
                    new NewAccount("baru", Role.OPD, "9.99", null, false, "aaaa-bbbb-cccc".toCharArray()),
                    new NewAccount("BKD", Role.OPD, "9.98", null, false, "aaaa-bbbb-cccc".toCharArray()))));
            assertTrue(e.getMessage().contains("sudah dipakai"), e.getMessage());
            assertTrue(s.findUser("baru").isEmpty());

            String cookie = s.createSession(dinkes.id(), Duration.ofHours(1), "csrf");
            s.changePassword(dinkes.id(), "pilihan-sendiri".toCharArray(), cookie);
            assertFalse(s.findUser("dinas-kesehatan").orElseThrow().mustChangePassword());
            assertTrue(s.findSession(cookie).isPresent(), "the session the owner changed it from stays");

            Revoked r = s.resetPassword("dinas-kesehatan", "mnop-qrst-uvwx".toCharArray());
            assertEquals(1, r.sessions());
            assertTrue(s.findSession(cookie).isEmpty());
            assertTrue(s.findUser("dinas-kesehatan").orElseThrow().mustChangePassword());
            assertTrue(s.authenticate("dinas-kesehatan", "pilihan-sendiri".toCharArray()).isEmpty());
            assertTrue(s.authenticate("dinas-kesehatan", "mnop-qrst-uvwx".toCharArray()).isPresent());
        }
    }

    @Test
    void registryImportsAddUpdateAndKeepAndRefusesABadListWhole() {
        try (JdbcStore s = open()) {
            OpdRegistry reg = s.opdRegistry();
            assertEquals(new OpdRegistry.ImportResult(3, 0, 0), reg.importAll(List.of(
                    new OpdRegistry.Opd("1.01", "Dinas Pendidikan", "Pendidikan"),
                    new OpdRegistry.Opd("1.02", "Dinas Kesehatan", "Kesehatan"),
                    new OpdRegistry.Opd(" 5.03 ", "  Badan   Kepegawaian Daerah ", null))));
            assertEquals(new OpdRegistry.Opd("5.03", "Badan Kepegawaian Daerah", null), reg.find("5.03").orElseThrow());
            // One renamed, one as it was, one new; 1.01 is not in this list and stays.
            assertEquals(new OpdRegistry.ImportResult(1, 1, 1), reg.importAll(List.of(
                    new OpdRegistry.Opd("1.02", "Dinas Kesehatan dan KB", "Kesehatan"),
                    new OpdRegistry.Opd("5.03", "Badan Kepegawaian Daerah", null),
                    new OpdRegistry.Opd("2.01", "Dinas Sosial", "Sosial"))));
            assertEquals(List.of("1.01", "1.02", "2.01", "5.03"), reg.list().stream().map(OpdRegistry.Opd::kode).toList());
            assertEquals("Dinas Kesehatan dan KB", reg.names().get("1.02"));

            StoreException noKode = assertThrows(StoreException.class, () -> reg.importAll(List.of(
                    new OpdRegistry.Opd("3.01", "Dinas Baru", null), new OpdRegistry.Opd(null, "Dinas Tanpa Kode", null))));
            assertTrue(noKode.getMessage().contains("OPD ke-2") && noKode.getMessage().contains("Dinas Tanpa Kode"), noKode.getMessage());
            StoreException twice = assertThrows(StoreException.class, () -> reg.importAll(List.of(
                    new OpdRegistry.Opd("3.01", "Dinas Baru", null), new OpdRegistry.Opd("3.01", "Dinas Lain", null))));
            assertTrue(twice.getMessage().contains("3.01"), twice.getMessage());
            assertTrue(reg.find("3.01").isEmpty(), "nothing of a refused list is kept");

            assertTrue(reg.delete("2.01"));
            assertFalse(reg.delete("2.01"));
        }
    }

    @Test
    void auditLogFiltersByWhoWhatAndWhenAndSurvivesARestart() throws Exception {
        long between;
        try (JdbcStore s = open()) {
            User admin = s.addUser("admin", Role.BAPPEDA, null, null, "kata-sandi-1".toCharArray());
            AuditLog log = s.audit();
            log.record(admin.id(), AuditLog.ACCOUNT_CREATED, "bkd", "akun OPD 5.03");
            log.recordNamed("penebak", AuditLog.LOGIN_FAILED, "penebak", "dari alamat 10.0.0.9");
            Thread.sleep(20);
            between = System.currentTimeMillis();
            Thread.sleep(20);
            log.record(admin.id(), AuditLog.ACCOUNT_RESET, "bkd", null);
            log.record(admin.id(), "akunting.lain", "x", null); // shares the first letters of a group, not the group
            log.record(null, AuditLog.PERIOD_CLOSED, "2025 TW I", null);
        }
        try (JdbcStore s = open()) {
            AuditLog log = s.audit();
            List<AuditLog.Entry> all = log.query(AuditLog.Query.latest(0));
            assertEquals(List.of(AuditLog.PERIOD_CLOSED, "akunting.lain", AuditLog.ACCOUNT_RESET, AuditLog.LOGIN_FAILED,
                    AuditLog.ACCOUNT_CREATED), all.stream().map(AuditLog.Entry::action).toList(), "newest first");
            assertEquals("admin", all.get(4).actorName());
            assertNotNull(all.get(4).actorUserId());
            assertNull(all.get(3).actorUserId());
            assertEquals(List.of(AuditLog.ACCOUNT_RESET, AuditLog.ACCOUNT_CREATED),
                    log.query(new AuditLog.Query(null, "akun", null, null, 10)).stream().map(AuditLog.Entry::action).toList());
            assertEquals(3, log.query(new AuditLog.Query("ADMIN", null, null, null, 10)).size(), "who, in any case");
            assertEquals(List.of(AuditLog.PERIOD_CLOSED, "akunting.lain", AuditLog.ACCOUNT_RESET),
                    log.query(new AuditLog.Query(null, null, between, null, 10)).stream().map(AuditLog.Entry::action).toList());
            assertEquals(List.of(AuditLog.LOGIN_FAILED, AuditLog.ACCOUNT_CREATED),
                    log.query(new AuditLog.Query(null, null, null, between, 10)).stream().map(AuditLog.Entry::action).toList());
            assertEquals(List.of(AuditLog.LOGIN_FAILED),
                    log.query(new AuditLog.Query("penebak", "masuk", null, between, 10)).stream().map(AuditLog.Entry::action).toList());
            assertEquals(2, log.query(new AuditLog.Query(null, null, null, null, 2)).size());
            assertEquals("Membuat akun", AuditLog.label(AuditLog.ACCOUNT_CREATED));
            assertEquals("Akunting lain", AuditLog.label("akunting.lain"));
        }
    }
}
