package capaian.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Login, cookie attributes, CSRF, logout and API tokens, over HTTP. */
class AccountsTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        server.addStandardUsers();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieAndReturnsTheCsrfToken() throws Exception {
        Client c = server.client();
        HttpResponse<String> r = c.login("bkd", TestServer.PASSWORD);
        assertEquals(200, r.statusCode());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(AuthHandler.COOKIE + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP on localhost: " + setCookie);
        assertEquals("opd", Client.json(r).getAsJsonObject("user").get("role").getAsString());
        assertNotNull(c.csrf);

        HttpResponse<String> me = c.get("/api/v1/session");
        assertEquals(200, me.statusCode());
        assertEquals(TestServer.KODE_BKD, Client.json(me).getAsJsonObject("user").get("kodeOpd").getAsString());
        assertFalse(me.body().contains("password"));
    }

    @Test
    void cookieIsSecureBehindTls() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.server.uri().resolve("/api/v1/session"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bkd\",\"password\":\"" + TestServer.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
        HttpResponse<String> a = server.client().login("bkd", "salah-sekali");
        HttpResponse<String> b = server.client().login("tidak-ada", "salah-sekali");
        assertEquals(401, a.statusCode());
        assertEquals(a.body(), b.body());
    }

    @Test
    void loginAcceptsOnlyJson() throws Exception {
        Client c = server.client();
        HttpResponse<String> r = c.http.send(c.request("/api/v1/session").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bkd&password=" + TestServer.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, r.statusCode());
    }

    @Test
    void postWithoutTheCsrfTokenIsRefused() throws Exception {
        Client c = server.client();
        c.login("bkd", TestServer.PASSWORD);
        String token = c.csrf;
        c.csrf = null;
        HttpResponse<String> r = c.upload("/api/v1/submissions", Multipart.file("a.xlsx", new byte[] {0x50, 0x4B, 3, 4}));
        assertEquals(403, r.statusCode());
        assertEquals("CSRF_TIDAK_SAH", Client.json(r).get("code").getAsString());
        c.csrf = "palsu";
        assertEquals(403, c.http.send(c.request("/api/v1/session").DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        c.csrf = token;
        assertEquals(200, c.get("/api/v1/session").statusCode(), "still logged in: the forged logout was refused");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Client c = server.client();
        c.login("dinkes", TestServer.PASSWORD);
        HttpResponse<String> out = c.http.send(c.request("/api/v1/session").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, out.statusCode());
        assertEquals(401, c.get("/api/v1/session").statusCode());
    }

    @Test
    void stolenCookieIsUselessAfterLogout() throws Exception {
        Client c = server.client();
        c.login("dinkes", TestServer.PASSWORD);
        CookieManager jar = (CookieManager) c.http.cookieHandler().orElseThrow();
        HttpCookie cookie = jar.getCookieStore().getCookies().get(0);
        c.http.send(c.request("/api/v1/session").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.server.uri().resolve("/api/v1/session"))
                .header("Cookie", AuthHandler.COOKIE + "=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
    }

    @Test
    void apiTokenWorksWithoutCookieOrCsrf() throws Exception {
        Client c = server.client();
        c.login("bappeda", TestServer.PASSWORD);
        HttpResponse<String> t = c.http.send(c.request("/api/v1/tokens").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, t.statusCode());
        Client api = new Client(server.server.uri());
        api.bearer = Client.json(t).get("token").getAsString();
        assertEquals(200, api.get("/api/v1/matrix?tahun=2025&periode=I").statusCode());
        api.bearer = "cap_palsu";
        assertEquals(401, api.get("/api/v1/submissions").statusCode());
    }

    @Test
    void opdCannotSeeTheMatrixNorMarkStatus() throws Exception {
        Client c = server.client();
        c.login("bkd", TestServer.PASSWORD);
        assertEquals(403, c.get("/api/v1/matrix?tahun=2025&periode=I").statusCode());
        assertEquals(403, c.postJson("/api/v1/submissions/1/status", "{\"status\":\"ditolak\"}").statusCode());
    }

    @Test
    void bappedaCannotSubmit() throws Exception {
        Client c = server.client();
        c.login("bappeda", TestServer.PASSWORD);
        assertEquals(403, c.upload("/api/v1/submissions", Multipart.file("a.xlsx", new byte[] {0x50, 0x4B, 3, 4})).statusCode());
    }
}
