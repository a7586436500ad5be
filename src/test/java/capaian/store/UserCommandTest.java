package capaian.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class UserCommandTest {
    private final InputStream stdin = System.in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path data;

    @AfterEach
    void restore() {
        System.setIn(stdin);
    }

    private int run(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return UserCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void addListPasswdDisable() {
        assertEquals(0, run("rahasia-panjang", "add", "admin", "--role", "bappeda", "--password-stdin"));
        assertEquals(0, run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--name", "Operator BKD", "--password-stdin"));
        assertEquals(0, run("", "list"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("admin") && listing.contains("5.03") && listing.contains("Operator BKD"), listing);
        assertFalse(listing.contains("rahasia-panjang"));

        assertEquals(0, run("sandi-baru-sekali", "passwd", "bkd", "--password-stdin"));
        assertEquals(0, run("", "disable", "bkd"));
        try (JdbcStore s = JdbcStore.open(data)) {
            assertTrue(s.findUser("bkd").orElseThrow().disabled());
            assertTrue(s.authenticate("admin", "rahasia-panjang".toCharArray()).isPresent());
        }
        assertEquals(0, run("", "enable", "bkd"));
        try (JdbcStore s = JdbcStore.open(data)) {
            assertTrue(s.authenticate("bkd", "sandi-baru-sekali".toCharArray()).isPresent());
        }
    }

    @Test
    void refusesShortPasswordsMissingOpdAndUnknownFlags() {
        assertEquals(1, run("pendek", "add", "a1", "--role", "bappeda", "--password-stdin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("minimal"));
        assertEquals(1, run("rahasia-panjang", "add", "a2", "--role", "opd", "--password-stdin"));
        assertEquals(2, run("rahasia-panjang", "add", "a3", "--role", "bappeda", "--password", "x"));
        assertEquals(1, run("", "disable", "tidak-ada"));
        assertEquals(2, run("", "hapus", "x"));
    }

    @Test
    void tokenIsPrintedOnceAndWorks() {
        run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--password-stdin");
        out.reset();
        assertEquals(0, run("", "token", "bkd"));
        String token = out.toString(StandardCharsets.UTF_8).trim();
        try (JdbcStore s = JdbcStore.open(data)) {
            assertEquals("bkd", s.findUserByApiToken(token).orElseThrow().username());
        }
    }

    @Test
    void tokensHaveANameAndAnExpiryAndAreListedAndRevokedFromTheCommandLine() {
        run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--password-stdin");
        out.reset();
        assertEquals(0, run("", "token", "bkd", "--label", "rekap malam", "--days", "7"));
        String token = out.toString(StandardCharsets.UTF_8).trim();
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("berlaku sampai"), err.toString(StandardCharsets.UTF_8));
        long id;
        try (JdbcStore s = JdbcStore.open(data)) {
            ApiToken t = s.listApiTokens(s.findUser("bkd").orElseThrow().id()).get(0);
            assertEquals("rekap malam", t.name());
            assertEquals(java.time.Duration.ofDays(7), java.time.Duration.between(t.createdAt(), t.expiresAt()));
            id = t.id();
        }
        assertEquals(1, run("", "token", "bkd", "--days", "0"));
        assertEquals(1, run("", "token", "bkd", "--days", "tujuh"));
        out.reset();
        assertEquals(0, run("", "tokens", "bkd"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("rekap malam") && listing.contains("berlaku") && listing.lines().anyMatch(l -> l.startsWith(id + " ")),
                listing);
        assertFalse(listing.contains(token), "the secret is never listed");
        assertEquals(0, run("", "revoke-token", Long.toString(id)));
        try (JdbcStore s = JdbcStore.open(data)) {
            assertTrue(s.findUserByApiToken(token).isEmpty());
        }
        assertEquals(1, run("", "revoke-token", Long.toString(id)), "already revoked");
        assertEquals(1, run("", "revoke-token", "abc"));
    }

    @Test
    void passwdEndsSessionsAndRevokesTokens() {
        run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--password-stdin");
        String cookie;
        String token;
        try (JdbcStore s = JdbcStore.open(data)) {
            long id = s.findUser("bkd").orElseThrow().id();
            cookie = s.createSession(id, java.time.Duration.ofHours(1), "c");
            token = s.createApiToken(id, "t");
        }
        out.reset();
        assertEquals(0, run("sandi-baru-sekali", "passwd", "bkd", "--password-stdin"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 sesi diakhiri dan 1 token API dicabut"),
                out.toString(StandardCharsets.UTF_8));
        try (JdbcStore s = JdbcStore.open(data)) {
            assertTrue(s.findSession(cookie).isEmpty());
            assertTrue(s.findUserByApiToken(token).isEmpty());
        }
    }

    @Test
    void locksAreListedAndUnlockedByNameOrAddress() {
        run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--password-stdin");
        long now = System.currentTimeMillis();
        try (JdbcStore s = JdbcStore.open(data)) {
            s.saveLoginFailures(new LoginFailures("bkd", "10.0.0.1", 5, now, now + 30_000), 100);
            s.saveLoginFailures(new LoginFailures("bkd", "10.0.0.2", 1, now, 0), 100);
            s.saveLoginFailures(new LoginFailures("dinkes", "10.0.0.1", 1, now, 0), 100);
            s.saveLoginFailures(new LoginFailures(LoginFailures.ANY_USER, "10.0.0.1", 30, now, now + 30_000), 100);
        }
        out.reset();
        assertEquals(0, run("", "locks"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("bkd") && listing.contains("10.0.0.1") && listing.contains("(semua nama)"), listing);
        out.reset();
        assertEquals(0, run("", "unlock", "BKD"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 kuncian dibuka"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("", "unlock", "--address", "10.0.0.1"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 kuncian dibuka"), "dinkes's pair and the ceiling");
        try (JdbcStore s = JdbcStore.open(data)) {
            assertEquals(List.of(), s.listLoginFailures(0));
        }
        assertEquals(2, run("", "unlock"), "names what to unlock");
    }

    @Test
    void theFirstBappedaAccountIsAnAdminOthersOnlyWhenAskedAndTheLogSaysTheCommandLineDidIt() {
        assertEquals(0, run("rahasia-panjang", "add", "kepala", "--role", "bappeda", "--password-stdin"));
        assertEquals(0, run("rahasia-panjang", "add", "staf", "--role", "bappeda", "--password-stdin"));
        assertEquals(0, run("rahasia-panjang", "add", "wakil", "--role", "bappeda", "--admin", "--password-stdin"));
        assertEquals(1, run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--admin", "--password-stdin"));
        try (JdbcStore s = JdbcStore.open(data)) {
            assertTrue(s.findUser("kepala").orElseThrow().isAdmin(), "nobody could make accounts on the web otherwise");
            assertFalse(s.findUser("staf").orElseThrow().isAdmin());
            assertTrue(s.findUser("wakil").orElseThrow().isAdmin());
            assertTrue(s.findUser("bkd").isEmpty());
        }
        assertEquals(0, run("", "admin", "staf"));
        assertEquals(0, run("", "admin", "wakil", "--off"));
        try (JdbcStore s = JdbcStore.open(data)) {
            assertTrue(s.findUser("staf").orElseThrow().isAdmin());
            assertFalse(s.findUser("wakil").orElseThrow().isAdmin());
            List<AuditLog.Entry> log = s.audit().query(AuditLog.Query.latest(10));
            assertEquals(List.of("wakil akun.admin", "staf akun.admin", "wakil akun.buat", "staf akun.buat", "kepala akun.buat"),
                    log.stream().map(e -> e.target() + " " + e.action()).toList());
            assertTrue(log.stream().allMatch(e -> "baris perintah".equals(e.actorName()) && e.actorUserId() == null));
            assertEquals("akun Bappeda dengan hak admin akun", log.get(4).detail());
        }
    }
}
