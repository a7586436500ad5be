package capaian.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser-like client for one user: its own cookie jar, and the CSRF token once logged in. */
final class Client {
    final HttpClient http;
    private final URI base;
    String csrf;
    String bearer;

    Client(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (csrf != null) b.header(CsrfHandler.HEADER, csrf);
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return b;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String path, Multipart m) throws Exception {
        return upload(path, m, "application/json");
    }

    HttpResponse<String> upload(String path, Multipart m, String accept) throws Exception {
        return http.send(request(path).header("Content-Type", m.contentType()).header("Accept", accept).POST(m.body()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #upload(String, Multipart)}, without Content-Length: the body goes chunked, as a stream's would. */
    HttpResponse<String> uploadChunked(String path, Multipart m) throws Exception {
        byte[] body = m.bytes();
        return http.send(request(path).header("Content-Type", m.contentType()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String user, String password) throws Exception {
        HttpResponse<String> r = postJson("/api/v1/session",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (r.statusCode() == 200) csrf = json(r).get("csrfToken").getAsString();
        return r;
    }

    static JsonObject json(HttpResponse<String> r) {
        JsonElement e = JsonParser.parseString(r.body());
        return e.getAsJsonObject();
    }
}
