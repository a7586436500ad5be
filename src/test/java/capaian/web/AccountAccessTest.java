package capaian.web;

import capaian.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The endpoints of accounts, the OPD registry and the audit log against every role: anonymous, an OPD, a Bappeda
 * account, a Bappeda account admin; and an account that must change its password first, which may do nothing else.
 */
class AccountAccessTest {
    @TempDir
    Path data;

    static final String[] ROLES = {"anonim", "opd", "bappeda", "bappeda-admin"};
    static final String REGISTRY_JSON = "{\"opd\":[{\"kode\":\"7.01\",\"nama\":\"Dinas Uji Satu\"},"
            + "{\"kode\":\"7.02\",\"nama\":\"Dinas Uji Dua\",\"urusan\":\"Uji\"}]}";

    /** body: null for none, "FILE" for the registry JSON as an upload, else a JSON body. */
    record Call(String method, String path, String body, int anon, int opd, int bappeda, int admin) {}

    @Test
    void everyNewEndpointAgainstEveryRole() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            s.addUser("kepala", Role.BAPPEDA, null);
            s.server.store().setAdmin("kepala", true);
            s.server.store().opdRegistry().save("7.00", "Dinas Yang Dihapus", null);
            s.server.store().opdRegistry().save("7.09", "Dinas Untuk Akun", null);
            List<Call> calls = List.of(
                    new Call("GET", "/api/v1/users", null, 401, 403, 403, 200),
                    new Call("POST", "/api/v1/users", "{\"role\":\"opd\",\"kodeOpd\":\"7.09\"}", 401, 403, 403, 201),
                    new Call("POST", "/api/v1/users/bulk", "{}", 401, 403, 403, 201),
                    new Call("POST", "/api/v1/users/dinkes/reset", "{}", 401, 403, 403, 200),
                    new Call("POST", "/api/v1/users/dinkes/disable", "{}", 401, 403, 403, 200),
                    new Call("POST", "/api/v1/users/dinkes/enable", "{}", 401, 403, 403, 200),
                    new Call("POST", "/api/v1/users/bappeda/admin", "{\"admin\":false}", 401, 403, 403, 200),
                    new Call("POST", "/api/v1/users/tidak-ada/reset", "{}", 401, 403, 403, 404),
                    new Call("GET", "/api/v1/opd", null, 401, 403, 200, 200),
                    new Call("POST", "/api/v1/opd", "{\"kode\":\"7.03\",\"nama\":\"Dinas Uji Tiga\"}", 401, 403, 200, 200),
                    new Call("POST", "/api/v1/opd/import", "FILE", 401, 403, 200, 200),
                    // Bappeda deletes it first; the admin, asking next, finds it gone.
                    new Call("DELETE", "/api/v1/opd/7.00", null, 401, 403, 200, 404),
                    new Call("GET", "/api/v1/audit", null, 401, 403, 200, 200),
                    new Call("GET", "/api/v1/audit?siapa=kepala&apa=akun&dari=0&sampai=99999999999999", null, 401, 403, 200, 200),
                    new Call("GET", "/api/v1/audit?batas=semua", null, 401, 403, 400, 400),
                    new Call("GET", "/pengguna", null, 200, 200, 200, 200));
            Map<String, Client> clients = new LinkedHashMap<>();
            clients.put("anonim", s.client());
            for (String[] u : new String[][] {{"opd", "bkd"}, {"bappeda", "bappeda"}, {"bappeda-admin", "kepala"}}) {
                Client c = s.client();
                assertEquals(200, c.login(u[1], TestServer.PASSWORD).statusCode());
                clients.put(u[0], c);
            }
            List<String> wrong = new ArrayList<>();
            for (Call call : calls) {
                int[] expected = {call.anon(), call.opd(), call.bappeda(), call.admin()};
                for (int role = 0; role < ROLES.length; role++) {
                    HttpResponse<String> r = send(clients.get(ROLES[role]), call);
                    if (r.statusCode() != expected[role]) {
                        wrong.add(call.method() + " " + call.path() + " as " + ROLES[role] + ": " + r.statusCode() + " not "
                                + expected[role] + " " + r.body().substring(0, Math.min(200, r.body().length())));
                    }
                    if (r.statusCode() >= 400) {
                        assertTrue(Client.json(r).has("code") && Client.json(r).has("message"), r.body());
                        assertFalse(r.body().contains("Exception"), r.body());
                    }
                    AccessControlTest.assertSecurityHeaders(r);
                }
            }
            assertEquals(List.of(), wrong);
            HttpResponse<String> plainBappeda = clients.get("bappeda").get("/api/v1/users");
            assertTrue(Client.json(plainBappeda).get("message").getAsString().contains("admin akun Bappeda"), plainBappeda.body());
            assertFalse(s.server.store().findUser("bappeda").orElseThrow().isAdmin());
        }
    }

    @Test
    void newRoutesNeedTheCsrfTokenOnASession() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addUser("kepala", Role.BAPPEDA, null);
            s.server.store().setAdmin("kepala", true);
            Client c = s.client();
            c.login("kepala", TestServer.PASSWORD);
            c.csrf = null;
            for (String path : List.of("/api/v1/users", "/api/v1/users/bulk", "/api/v1/opd", "/api/v1/users/kepala/reset")) {
                HttpResponse<String> r = c.postJson(path, "{}");
                assertEquals(403, r.statusCode(), path);
                assertEquals("CSRF_TIDAK_SAH", Client.json(r).get("code").getAsString(), path);
            }
        }
    }

    @Test
    void anAccountThatMustChangeItsPasswordMayOnlyLookItselfUpChangeItOrLeave() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            s.server.store().resetPassword("bkd", "abcd-efgh-jkmn".toCharArray());
            Client c = s.client();
            HttpResponse<String> login = c.login("bkd", "abcd-efgh-jkmn");
            assertEquals(200, login.statusCode());
            assertTrue(Client.json(login).getAsJsonObject("user").get("mustChangePassword").getAsBoolean());
            for (String path : List.of("/api/v1/submissions", "/api/v1/tokens", "/api/v1/templates")) {
                HttpResponse<String> r = c.get(path);
                assertEquals(403, r.statusCode(), path);
                assertEquals("GANTI_KATA_SANDI", Client.json(r).get("code").getAsString());
                assertTrue(Client.json(r).get("message").getAsString().startsWith("Kata sandi akun bkd diberikan oleh admin"));
            }
            assertEquals(403, c.postJson("/api/v1/tokens", "{}").statusCode());
            assertEquals(200, c.get("/kirim").statusCode(), "the pages load, to ask for the new password");
            assertEquals(200, c.get("/api/v1/session").statusCode());
            HttpResponse<String> same = c.postJson("/api/v1/password",
                    "{\"currentPassword\":\"abcd-efgh-jkmn\",\"newPassword\":\"abcd-efgh-jkmn\"}");
            assertEquals(400, same.statusCode());
            assertEquals("KATA_SANDI_SAMA", Client.json(same).get("code").getAsString());
            HttpResponse<String> changed = c.postJson("/api/v1/password",
                    "{\"currentPassword\":\"abcd-efgh-jkmn\",\"newPassword\":\"pilihan-bkd-sendiri\"}");
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals(200, c.get("/api/v1/submissions").statusCode(), "free once changed, on the same session");
            assertFalse(Client.json(c.get("/api/v1/session")).getAsJsonObject("user").get("mustChangePassword").getAsBoolean());
        }
    }

    private static HttpResponse<String> send(Client c, Call call) throws Exception {
        if ("FILE".equals(call.body())) {
            return c.upload(call.path(), Multipart.file("daftar-opd.json", REGISTRY_JSON.getBytes(StandardCharsets.UTF_8)));
        }
        return switch (call.method()) {
            case "GET" -> c.get(call.path());
            case "DELETE" -> c.http.send(c.request(call.path()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            default -> c.postJson(call.path(), call.body());
        };
    }
}
