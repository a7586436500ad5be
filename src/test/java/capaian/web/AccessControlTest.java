package capaian.web;

import capaian.store.LoginFailures;
import capaian.store.PasswordHasher;
import capaian.store.JdbcStore;
import capaian.store.Submission;
import capaian.store.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every endpoint against every role (anonymous, OPD A, OPD B, Bappeda) with the expected status; path
 * traversal in upload names, session fixation, CSRF, login throttling and the security headers.
 */
class AccessControlTest {
    @TempDir
    Path data;

    static final String[] ROLES = {"anonim", "opd-a", "opd-b", "bappeda"};

    record Call(String method, String path, int anon, int opdA, int opdB, int bappeda) {
        int expected(int role) {
            return new int[] {anon, opdA, opdB, bappeda}[role];
        }
    }

    @Test
    void everyEndpointAgainstEveryRole() throws Exception {
        byte[] workbook = Files.readAllBytes(Path.of(HostileFiles.BASE)); // Kode OPD of OPD A (BKD)
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            User bkd = s.server.store().findUser("bkd").orElseThrow();
            Submission x = StoredSubmissions.add(s, data, bkd, 2025, "I", "lampiran-realisasi", new byte[] {1, 2, 3}, false);
            String sub = "/api/v1/submissions/" + x.id();
            List<Call> calls = List.of(
                    new Call("GET", "/api/v1/health", 200, 200, 200, 200),
                    new Call("GET", "/api/v1/templates", 200, 200, 200, 200),
                    new Call("GET", "/api/v1/templates/renja", 200, 200, 200, 200),
                    new Call("GET", "/", 200, 200, 200, 200),
                    new Call("GET", "/bappeda", 200, 200, 200, 200),
                    new Call("POST", "/api/v1/process", 200, 200, 200, 200),
                    new Call("POST", "/api/v1/check", 200, 200, 200, 200),
                    new Call("GET", "/api/v1/session", 401, 200, 200, 200),
                    new Call("POST", "/api/v1/tokens", 401, 201, 201, 201),
                    new Call("GET", "/api/v1/submissions", 401, 200, 200, 200),
                    new Call("POST", "/api/v1/submissions", 401, 201, 422, 403),
                    new Call("GET", sub, 401, 200, 404, 200),
                    new Call("GET", sub + "/original", 401, 200, 404, 200),
                    new Call("GET", sub + "/result", 401, 200, 404, 200),
                    new Call("GET", sub + "/report", 401, 200, 404, 200),
                    new Call("POST", sub + "/status", 401, 403, 403, 200),
                    new Call("GET", "/api/v1/matrix?tahun=2025&periode=I", 401, 403, 403, 200),
                    new Call("GET", "/api/v1/tokens", 401, 200, 200, 200),
                    new Call("DELETE", "/api/v1/tokens/999999", 401, 404, 404, 404),
                    new Call("GET", "/api/v1/users/bkd/tokens", 401, 403, 403, 200),
                    new Call("DELETE", "/api/v1/users/bkd/tokens", 401, 403, 403, 200),
                    new Call("POST", "/api/v1/password", 401, 403, 403, 403),
                    new Call("GET", "/api/v1/login-locks", 401, 403, 403, 200),
                    new Call("POST", "/api/v1/login-locks/unlock", 401, 403, 403, 200),
                    new Call("GET", "/api/v1/tidak-ada", 404, 404, 404, 404),
                    new Call("PUT", "/api/v1/health", 405, 405, 405, 405),
                    new Call("DELETE", "/api/v1/session", 200, 200, 200, 200));
            Map<String, Client> clients = new LinkedHashMap<>();
            clients.put("anonim", s.client());
            for (String[] u : new String[][] {{"opd-a", "bkd"}, {"opd-b", "dinkes"}, {"bappeda", "bappeda"}}) {
                Client c = s.client();
                assertEquals(200, c.login(u[1], TestServer.PASSWORD).statusCode());
                clients.put(u[0], c);
            }
            List<String> wrong = new ArrayList<>();
            for (Call call : calls) {
                for (int role = 0; role < ROLES.length; role++) {
                    HttpResponse<String> r = send(clients.get(ROLES[role]), call, workbook);
                    if (r.statusCode() != call.expected(role)) {
                        wrong.add(call.method() + " " + call.path() + " as " + ROLES[role] + ": " + r.statusCode() + " not "
                                + call.expected(role) + " " + r.body().substring(0, Math.min(200, r.body().length())));
                    }
                    if (r.statusCode() >= 400) {
                        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), call.path());
                        assertTrue(Client.json(r).has("code") && Client.json(r).has("message"), r.body());
                    }
                    assertSecurityHeaders(r);
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    private static HttpResponse<String> send(Client c, Call call, byte[] workbook) throws Exception {
        return switch (call.method()) {
            case "GET" -> c.get(call.path());
            case "DELETE" -> c.http.send(c.request(call.path()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            case "PUT" -> c.http.send(c.request(call.path()).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            default -> call.path().endsWith("/status")
                    ? c.postJson(call.path(), "{\"status\":\"ditolak\",\"catatan\":\"uji\"}")
                    : call.path().equals("/api/v1/tokens") ? c.postJson(call.path(), "{}")
                    // a wrong current password: 403 for every account, and nobody's password changes
                    : call.path().equals("/api/v1/password")
                    ? c.postJson(call.path(), "{\"currentPassword\":\"bukan-ini\",\"newPassword\":\"kata-sandi-baru\"}")
                    : call.path().equals("/api/v1/login-locks/unlock") ? c.postJson(call.path(), "{\"username\":\"tidak-ada\"}")
                    : c.upload(call.path(), Multipart.file("laporan.xlsx", workbook));
        };
    }

    static void assertSecurityHeaders(HttpResponse<?> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"),
                r.uri() + ": " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), r.uri().toString());
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), r.uri().toString());
    }

    @Test
    void uploadedFileNamesCannotClimbOutOfTheDataDirectory() throws Exception {
        byte[] workbook = Files.readAllBytes(Path.of(HostileFiles.BASE));
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client c = s.client();
            c.login("bkd", TestServer.PASSWORD);
            for (String name : new String[] {"../../../../tmp/capaian-jejak.xlsx", "..\\..\\..\\capaian-jejak.xlsx",
                    "/etc/capaian-jejak.xlsx", "C:\\Windows\\capaian-jejak.xlsx", "..", "laporan\".xlsx"}) {
                // other bytes each time: identical bytes would be no new version, and the name not stored
                byte[] book = LoadAndCrashTest.variant(workbook, name);
                HttpResponse<String> r = c.upload("/api/v1/submissions", Multipart.file(name, book));
                assertEquals(201, r.statusCode(), name + ": " + r.body());
                long id = Client.json(r).getAsJsonObject("submission").get("id").getAsLong();
                String stored = Client.json(c.get("/api/v1/submissions/" + id)).get("originalName").getAsString();
                assertFalse(stored.contains("/") || stored.contains("\\") || stored.equals(".."), name + " stored as " + stored);
                HttpResponse<byte[]> original = c.getBytes("/api/v1/submissions/" + id + "/original");
                assertArrayEquals(book, original.body());
                String disposition = original.headers().firstValue("Content-Disposition").orElse("");
                assertFalse(disposition.contains("/") && !disposition.contains("%2F"), disposition);
                assertFalse(disposition.replaceAll("filename\\*=.*", "").contains("\\"), disposition);
            }
            assertFalse(Files.exists(Path.of("/tmp/capaian-jejak.xlsx")));
            assertFalse(Files.exists(Path.of("/etc/capaian-jejak.xlsx")));
            try (var walk = Files.walk(data)) {
                assertTrue(walk.noneMatch(p -> p.getFileName().toString().contains("jejak")), "names never reach the file system");
            }
        }
    }

    @Test
    void loginIssuesANewSessionIdAndTheOldOneDies() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client c = s.client();
            CookieManager jar = (CookieManager) c.http.cookieHandler().orElseThrow();
            HttpCookie planted = new HttpCookie(AuthHandler.COOKIE, "dipasang-penyerang");
            planted.setPath("/");
            jar.getCookieStore().add(s.server.uri(), planted);
            HttpResponse<String> login = c.login("bkd", TestServer.PASSWORD);
            assertEquals(200, login.statusCode());
            String first = cookie(login);
            assertNotEquals("dipasang-penyerang", first);
            assertTrue(login.headers().firstValue("Set-Cookie").orElse("").contains("HttpOnly"));
            assertTrue(login.headers().firstValue("Set-Cookie").orElse("").toLowerCase().contains("samesite=strict"));
            assertEquals(401, withCookie(s, "dipasang-penyerang").statusCode(), "the planted id is worth nothing");
            assertEquals(200, withCookie(s, first).statusCode());

            String second = cookie(c.login("bkd", TestServer.PASSWORD));
            assertNotEquals(first, second, "a second login gets a new id");
            assertEquals(401, withCookie(s, first).statusCode(), "the session before the login is ended");
            assertEquals(200, withCookie(s, second).statusCode());
        }
    }

    private static String cookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(AuthHandler.COOKIE + "="))
                .map(h -> h.substring(AuthHandler.COOKIE.length() + 1, h.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpResponse<String> withCookie(TestServer s, String value) throws Exception {
        Client fresh = s.client();
        return fresh.http.send(fresh.request("/api/v1/session").header("Cookie", AuthHandler.COOKIE + "=" + value).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void stateChangesOnASessionNeedTheCsrfToken() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client c = s.client();
            c.login("bkd", TestServer.PASSWORD);
            String token = c.csrf;
            c.csrf = null;
            HttpResponse<String> none = c.postJson("/api/v1/tokens", "{}");
            assertEquals(403, none.statusCode());
            assertEquals("CSRF_TIDAK_SAH", Client.json(none).get("code").getAsString());
            c.csrf = "salah";
            assertEquals(403, c.postJson("/api/v1/tokens", "{}").statusCode());
            assertEquals(403, c.http.send(c.request("/api/v1/session").DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            c.csrf = token;
            assertEquals(201, c.postJson("/api/v1/tokens", "{}").statusCode());
            // A cross-site HTML form can only send form encodings: login refuses them.
            Client other = s.client();
            HttpResponse<String> form = other.http.send(other.request("/api/v1/session")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=bkd&password=" + TestServer.PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, form.statusCode(), form.body());
        }
    }

    @Test
    void aGuesserLocksOnlyItsOwnPairAndTheOwnerGetsInFromElsewhere() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client c = s.client(); // 127.0.0.1: the guesser
            for (int i = 0; i < 5; i++) assertEquals(401, c.login("bkd", "salah-" + i).statusCode());
            HttpResponse<String> locked = c.login("bkd", TestServer.PASSWORD);
            assertEquals(429, locked.statusCode(), "the guessing pair waits, even with the right password");
            assertEquals("TERLALU_SERING_GAGAL", Client.json(locked).get("code").getAsString());
            assertTrue(Client.json(locked).get("message").getAsString().contains("Tunggu"));
            int retry = Integer.parseInt(locked.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 30, "Retry-After " + retry);
            assertSecurityHeaders(locked);
            assertEquals(429, c.login("BKD ", "salah").statusCode(), "the name is compared as the store does");
            assertEquals(200, s.client().login("dinkes", TestServer.PASSWORD).statusCode(), "other users are not locked out");

            // The owner, from another machine, is not refused because somebody else guessed wrong.
            FromAddress.Answer owner = FromAddress.login(s.server.uri(), "127.0.0.2", "bkd", TestServer.PASSWORD);
            assertEquals(200, owner.status(), owner.body());
            // ... and a wrong guess from there counts for that pair only.
            assertEquals(401, FromAddress.login(s.server.uri(), "127.0.0.2", "bkd", "salah").status());
            assertEquals(429, c.login("bkd", TestServer.PASSWORD).statusCode(), "still locked at the guesser's address");

            // Bappeda's admin unlocks the name (every address) through the API.
            Client admin = s.client();
            assertEquals(200, admin.login("bappeda", TestServer.PASSWORD).statusCode());
            HttpResponse<String> locks = admin.get("/api/v1/login-locks");
            assertEquals(200, locks.statusCode());
            var list = Client.json(locks).getAsJsonArray("locks");
            boolean pairListed = false;
            for (var l : list) {
                var o = l.getAsJsonObject();
                if (!o.get("addressWide").getAsBoolean() && o.get("username").getAsString().equals("bkd")
                        && o.get("address").getAsString().equals("127.0.0.1")) {
                    pairListed = true;
                    assertEquals(5, o.get("failures").getAsInt(), "a refused (429) attempt is not hashed nor counted");
                    assertTrue(o.get("locked").getAsBoolean());
                }
            }
            assertTrue(pairListed, locks.body());
            HttpResponse<String> unlock = admin.postJson("/api/v1/login-locks/unlock", "{\"username\":\"bkd\"}");
            assertEquals(200, unlock.statusCode(), unlock.body());
            assertEquals(2, Client.json(unlock).get("unlocked").getAsInt(), "the pairs from 127.0.0.1 and from 127.0.0.2");
            assertEquals(200, c.login("bkd", TestServer.PASSWORD).statusCode(), "unlocked");
            assertEquals(400, admin.postJson("/api/v1/login-locks/unlock", "{}").statusCode(), "names what to unlock");
        }
    }

    @Test
    void addressCeilingLocksOneAddressForEveryNameAndTheAdminUnlocksIt() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            LoginThrottle throttle = new LoginThrottle(s.server.store(), CredentialPolicy.defaults(), Clock.systemUTC());
            // The ceiling's failures are recorded directly: 30 PBKDF2 logins would cost the shared machine 15 s.
            for (int i = 0; i < CredentialPolicy.defaults().addressFailures(); i++) throttle.failed("nama" + i, "127.0.0.3");
            FromAddress.Answer refused = FromAddress.login(s.server.uri(), "127.0.0.3", "dinkes", TestServer.PASSWORD);
            assertEquals(429, refused.status(), "every name from the locked address waits");
            assertNotNull(refused.header("Retry-After"));
            assertEquals(200, s.client().login("dinkes", TestServer.PASSWORD).statusCode(), "other addresses are not");
            Client admin = s.client();
            admin.login("bappeda", TestServer.PASSWORD);
            HttpResponse<String> unlock = admin.postJson("/api/v1/login-locks/unlock", "{\"address\":\"127.0.0.3\"}");
            assertEquals(31, Client.json(unlock).get("unlocked").getAsInt(), "30 pairs and the ceiling: " + unlock.body());
            assertEquals(200, FromAddress.login(s.server.uri(), "127.0.0.3", "dinkes", TestServer.PASSWORD).status());
        }
    }

    static final class FakeClock extends Clock {
        Instant now = Instant.parse("2025-07-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override
        public Instant instant() { return now; }
    }

    @Test
    void throttleLocksPerPairAndPerAddressDoublesAndForgets() {
        FakeClock clock = new FakeClock();
        try (JdbcStore store = JdbcStore.open(data, new PasswordHasher(1_000))) {
            CredentialPolicy policy = new CredentialPolicy(Duration.ofDays(90), Duration.ofDays(365), Duration.ofMinutes(5),
                    3, 5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));
            LoginThrottle t = new LoginThrottle(store, policy, clock);
            for (int i = 0; i < 3; i++) {
                t.check("a", "10.0.0.1");
                t.failed("a", "10.0.0.1");
            }
            ApiException e = assertThrows(ApiException.class, () -> t.check("a", "10.0.0.1"));
            assertEquals(429, e.status());
            assertEquals("30", e.headers().get("Retry-After"));
            t.check("a", "10.0.0.2"); // the same name from elsewhere: not locked
            t.check("b", "10.0.0.1"); // another name from the guesser's address: 3 failures are under its ceiling of 5
            clock.now = clock.now.plusSeconds(31);
            t.check("a", "10.0.0.1");
            t.failed("a", "10.0.0.1");
            assertEquals("60", assertThrows(ApiException.class, () -> t.check("a", "10.0.0.1")).headers().get("Retry-After"),
                    "each further failure doubles the lock");
            // The address ceiling: 4 failures so far from 10.0.0.1, one more over any name locks it for every name.
            t.failed("c", "10.0.0.1");
            assertEquals("30", assertThrows(ApiException.class, () -> t.check("d", "10.0.0.1")).headers().get("Retry-After"));
            t.check("d", "10.0.0.9");
            // A success forgets its pair only, not the address.
            t.succeeded("c", "10.0.0.1");
            assertThrows(ApiException.class, () -> t.check("c", "10.0.0.1"));
            // Forgotten a window after the last failure.
            clock.now = clock.now.plus(Duration.ofMinutes(16));
            t.check("a", "10.0.0.1");
            t.failed("a", "10.0.0.1");
            t.check("a", "10.0.0.1"); // one failure after the window is not a lock
            // The admin's unlock, by name: every address of that name, no other name.
            for (int i = 0; i < 3; i++) t.failed("e", "10.0.0.20");
            t.failed("e", "10.0.0.21");
            for (int i = 0; i < 3; i++) t.failed("f", "10.0.0.30");
            assertThrows(ApiException.class, () -> t.check("e", "10.0.0.20"));
            assertEquals(2, t.unlock("E", null), "e from 10.0.0.20 and from 10.0.0.21");
            t.check("e", "10.0.0.20");
            assertThrows(ApiException.class, () -> t.check("f", "10.0.0.30"), "another name stays locked");
        }
    }

    @Test
    void rememberedFailuresAreBounded() {
        try (JdbcStore store = JdbcStore.open(data, new PasswordHasher(1_000))) {
            for (int i = 0; i < 60; i++) store.saveLoginFailures(new LoginFailures("acak" + i, "10.1.0." + i, 1, 1000 + i, 0), 50);
            List<LoginFailures> kept = store.listLoginFailures(0);
            assertEquals(50, kept.size());
            assertEquals("acak59", kept.get(0).username(), "the newest stay");
            assertTrue(store.findLoginFailures("acak9", "10.1.0.9").isEmpty(), "the oldest go first");
            assertTrue(store.findLoginFailures("acak10", "10.1.0.10").isPresent());
        }
    }
}
