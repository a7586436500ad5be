package capaian.web;

import capaian.store.Revoked;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Credentials that end (issue 14): a password change ends the other sessions and revokes the tokens; tokens
 * expire, carry a name and a last use, are listed and revoked by their owner and by Bappeda; minting needs a
 * password typed in the last 5 minutes. Each test uses its own users so that they do not interfere.
 */
class CredentialsTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        server.addUser("bappeda", capaian.store.Role.BAPPEDA, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Client login(String user) throws Exception {
        Client c = server.client();
        assertEquals(200, c.login(user, TestServer.PASSWORD).statusCode());
        return c;
    }

    private static Client bearer(String token) {
        Client c = server.client();
        c.bearer = token;
        return c;
    }

    private static JsonObject mint(Client c, String json) throws Exception {
        HttpResponse<String> r = c.postJson("/api/v1/tokens", json);
        assertEquals(201, r.statusCode(), r.body());
        return Client.json(r);
    }

    /** Changes the database as time would: sessions that began long ago, tokens past their expiry. */
    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("capaian.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            st.executeUpdate(statement);
        }
    }

    private static long userId(String name) {
        return server.server.store().findUser(name).orElseThrow().id();
    }

    @Test
    void ownPasswordChangeEndsTheOtherSessionsAndRevokesEveryToken() throws Exception {
        server.addUser("ganti", capaian.store.Role.OPD, TestServer.KODE_BKD);
        Client here = login("ganti");
        Client elsewhere = login("ganti");
        String token = mint(here, "{\"name\":\"skrip rekap\"}").get("token").getAsString();
        String older = server.server.store().createApiToken(userId("ganti"), "dari CLI");
        assertEquals(200, bearer(token).get("/api/v1/submissions").statusCode());

        HttpResponse<String> wrong = here.postJson("/api/v1/password",
                "{\"currentPassword\":\"bukan-ini-sandinya\",\"newPassword\":\"sandi-baru-panjang\"}");
        assertEquals(403, wrong.statusCode());
        assertEquals("KATA_SANDI_SALAH", Client.json(wrong).get("code").getAsString());
        assertEquals(200, elsewhere.get("/api/v1/session").statusCode(), "a wrong current password changes nothing");
        HttpResponse<String> weak = here.postJson("/api/v1/password",
                "{\"currentPassword\":\"" + TestServer.PASSWORD + "\",\"newPassword\":\"pendek\"}");
        assertEquals(400, weak.statusCode());
        assertEquals("KATA_SANDI_LEMAH", Client.json(weak).get("code").getAsString());

        HttpResponse<String> changed = here.postJson("/api/v1/password",
                "{\"currentPassword\":\"" + TestServer.PASSWORD + "\",\"newPassword\":\"sandi-baru-panjang\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(1, Client.json(changed).get("sessionsEnded").getAsInt(), "the session elsewhere");
        assertEquals(2, Client.json(changed).get("tokensRevoked").getAsInt(), "the minted and the CLI token");
        assertEquals(200, here.get("/api/v1/session").statusCode(), "the session that changed it stays");
        assertEquals(401, elsewhere.get("/api/v1/session").statusCode(), "the other session is ended");
        assertEquals(401, bearer(token).get("/api/v1/submissions").statusCode(), "the token is revoked");
        assertEquals(401, bearer(older).get("/api/v1/submissions").statusCode());
        assertEquals(401, server.client().login("ganti", TestServer.PASSWORD).statusCode(), "the old password is dead");
        assertEquals(200, server.client().login("ganti", "sandi-baru-panjang").statusCode());
        // A bearer token cannot change the password.
        String t2 = mint(here, "{}").get("token").getAsString();
        HttpResponse<String> viaToken = bearer(t2).postJson("/api/v1/password",
                "{\"currentPassword\":\"sandi-baru-panjang\",\"newPassword\":\"sandi-lain-panjang\"}");
        assertEquals(403, viaToken.statusCode());
    }

    @Test
    void adminPasswordResetEndsEverySessionAndToken() throws Exception {
        server.addUser("reset", capaian.store.Role.OPD, TestServer.KODE_BKD);
        Client c = login("reset");
        String token = mint(c, "{}").get("token").getAsString();
        Revoked r = server.server.store().setPassword("reset", "sandi-dari-admin".toCharArray());
        assertEquals(new Revoked(1, 1), r);
        assertEquals(401, c.get("/api/v1/session").statusCode());
        assertEquals(401, bearer(token).get("/api/v1/session").statusCode());
    }

    @Test
    void tokensCarryANameAnExpiryAndALastUseAndStopAtTheirExpiry() throws Exception {
        server.addUser("kedaluwarsa", capaian.store.Role.OPD, TestServer.KODE_DINKES);
        Client c = login("kedaluwarsa");
        JsonObject standard = mint(c, "{\"name\":\"harian\"}");
        assertEquals("harian", standard.get("name").getAsString());
        assertEquals(Duration.ofDays(90), Duration.between(Instant.parse(standard.get("createdAt").getAsString()),
                Instant.parse(standard.get("expiresAt").getAsString())), "the default lifetime");
        JsonObject day = mint(c, "{\"name\":\"sehari\",\"days\":1}");
        assertEquals(Duration.ofDays(1), Duration.between(Instant.parse(day.get("createdAt").getAsString()),
                Instant.parse(day.get("expiresAt").getAsString())));
        HttpResponse<String> tooLong = c.postJson("/api/v1/tokens", "{\"days\":366}");
        assertEquals(400, tooLong.statusCode(), "at most 365 days");
        assertTrue(Client.json(tooLong).get("message").getAsString().contains("\"days\""));

        JsonArray before = Client.json(c.get("/api/v1/tokens")).getAsJsonArray("tokens");
        assertEquals(2, before.size());
        assertFalse(before.get(0).getAsJsonObject().has("lastUsedAt"), "not used yet");
        assertFalse(before.toString().contains(day.get("token").getAsString()), "a listing never shows a secret");

        String secret = day.get("token").getAsString();
        assertEquals(200, bearer(secret).get("/api/v1/session").statusCode());
        JsonObject used = find(Client.json(c.get("/api/v1/tokens")).getAsJsonArray("tokens"), day.get("id").getAsLong());
        Instant lastUsed = Instant.parse(used.get("lastUsedAt").getAsString());
        assertTrue(Duration.between(lastUsed, Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0, lastUsed.toString());

        sql("UPDATE api_tokens SET expires_at = " + (System.currentTimeMillis() - 1000) + " WHERE id = " + day.get("id").getAsLong());
        HttpResponse<String> expired = bearer(secret).get("/api/v1/session");
        assertEquals(401, expired.statusCode());
        assertEquals("TOKEN_TIDAK_SAH", Client.json(expired).get("code").getAsString());
        assertTrue(Client.json(expired).get("message").getAsString().contains("kedaluwarsa"));
        assertTrue(find(Client.json(c.get("/api/v1/tokens")).getAsJsonArray("tokens"), day.get("id").getAsLong())
                .get("expired").getAsBoolean(), "listed as expired until revoked");
        assertEquals(200, bearer(standard.get("token").getAsString()).get("/api/v1/session").statusCode(), "the other lives");
    }

    @Test
    void ownersRevokeTheirOwnTokensOthersCannotAndBappedaCanForAnyone() throws Exception {
        server.addUser("pemilik", capaian.store.Role.OPD, TestServer.KODE_BKD);
        server.addUser("tetangga", capaian.store.Role.OPD, TestServer.KODE_DINKES);
        Client owner = login("pemilik");
        Client neighbour = login("tetangga");
        Client admin = login("bappeda");
        JsonObject a = mint(owner, "{\"name\":\"a\"}");
        JsonObject b = mint(owner, "{\"name\":\"b\"}");
        JsonObject c = mint(owner, "{\"name\":\"c\"}");

        HttpResponse<String> foreign = neighbour.http.send(neighbour.request("/api/v1/tokens/" + a.get("id").getAsLong())
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, foreign.statusCode(), "another user's token looks like none");
        assertEquals(200, bearer(a.get("token").getAsString()).get("/api/v1/session").statusCode());
        assertEquals(0, Client.json(neighbour.get("/api/v1/tokens")).getAsJsonArray("tokens").size(), "own tokens only");

        assertEquals(200, delete(owner, "/api/v1/tokens/" + a.get("id").getAsLong()).statusCode());
        assertEquals(401, bearer(a.get("token").getAsString()).get("/api/v1/session").statusCode(), "revoked by its owner");
        assertEquals(200, bearer(b.get("token").getAsString()).get("/api/v1/session").statusCode(), "one by one");
        assertEquals(404, delete(owner, "/api/v1/tokens/" + a.get("id").getAsLong()).statusCode(), "already gone");

        HttpResponse<String> listed = admin.get("/api/v1/users/pemilik/tokens");
        assertEquals(200, listed.statusCode());
        JsonArray tokens = Client.json(listed).getAsJsonArray("tokens");
        assertEquals(2, tokens.size());
        assertEquals("c", tokens.get(0).getAsJsonObject().get("name").getAsString(), "newest first");
        assertEquals("pemilik", tokens.get(0).getAsJsonObject().get("username").getAsString());
        assertEquals(200, delete(admin, "/api/v1/tokens/" + b.get("id").getAsLong()).statusCode());
        assertEquals(401, bearer(b.get("token").getAsString()).get("/api/v1/session").statusCode(), "revoked by Bappeda");
        HttpResponse<String> all = delete(admin, "/api/v1/users/pemilik/tokens");
        assertEquals(1, Client.json(all).get("revoked").getAsInt());
        assertEquals(401, bearer(c.get("token").getAsString()).get("/api/v1/session").statusCode());
        assertEquals(404, admin.get("/api/v1/users/tidak-ada/tokens").statusCode());
        assertEquals(404, delete(owner, "/api/v1/tokens/bukan-angka").statusCode());
    }

    @Test
    void mintingNeedsAPasswordTypedInTheLastFiveMinutesAndNeverAToken() throws Exception {
        server.addUser("lama", capaian.store.Role.OPD, TestServer.KODE_BKD);
        Client c = login("lama");
        String token = mint(c, "{}").get("token").getAsString();
        HttpResponse<String> byToken = bearer(token).postJson("/api/v1/tokens", "{}");
        assertEquals(403, byToken.statusCode(), "a token cannot mint tokens");

        sql("UPDATE sessions SET created_at = created_at - " + Duration.ofMinutes(6).toMillis() + " WHERE user_id = " + userId("lama"));
        HttpResponse<String> stale = c.postJson("/api/v1/tokens", "{\"name\":\"x\"}");
        assertEquals(403, stale.statusCode(), stale.body());
        assertEquals("PERLU_KATA_SANDI", Client.json(stale).get("code").getAsString());
        HttpResponse<String> wrong = c.postJson("/api/v1/tokens", "{\"name\":\"x\",\"password\":\"bukan-ini-sandinya\"}");
        assertEquals(403, wrong.statusCode());
        assertEquals("KATA_SANDI_SALAH", Client.json(wrong).get("code").getAsString());
        assertEquals(200, c.get("/api/v1/session").statusCode(), "a wrong re-entry does not end the session");
        mint(c, "{\"name\":\"x\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertEquals(2, Client.json(c.get("/api/v1/tokens")).getAsJsonArray("tokens").size());
        // Logging out leaves tokens alone (they are for scripts), but each still ends at its expiry.
        assertEquals(200, delete(c, "/api/v1/session").statusCode());
        assertEquals(200, bearer(token).get("/api/v1/session").statusCode());
    }

    private static HttpResponse<String> delete(Client c, String path) throws Exception {
        return c.http.send(c.request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject find(JsonArray tokens, long id) {
        for (var t : tokens) if (t.getAsJsonObject().get("id").getAsLong() == id) return t.getAsJsonObject();
        throw new AssertionError("token " + id + " not listed: " + tokens);
    }
}
