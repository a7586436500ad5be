package capaian.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** JSON in and out through Gson; every API answer goes through here. */
public final class Json {
    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final int MAX_JSON_BODY = 64 * 1024;

    /** What every error answer looks like. */
    public record Error(String code, String message) {}

    private Json() {}

    public static void send(HttpServerExchange ex, int status, Object body) {
        sendText(ex, status, GSON.toJson(body));
    }

    /** Sends JSON that is already text (a stored report). */
    public static void sendText(HttpServerExchange ex, int status, String json) {
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        ex.getResponseSender().send(json, StandardCharsets.UTF_8);
    }

    /** A report in the same JSON as the command line writes (nulls kept, so its shape is stable). */
    public static JsonElement report(capaian.report.Report report) {
        return JsonParser.parseString(capaian.report.ReportJson.toJson(report));
    }

    public static void ok(HttpServerExchange ex, Object body) {
        send(ex, 200, body);
    }

    public static void error(HttpServerExchange ex, int status, String code, String message) {
        send(ex, status, new Error(code, message));
    }

    /** Reads a small JSON object body; anything else is a 400 or 415 with a clear message. */
    public static JsonObject readObject(HttpServerExchange ex) {
        String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "PERLU_JSON", "Kirim data sebagai JSON (Content-Type: application/json).");
        }
        if (!ex.isBlocking()) ex.startBlocking();
        try (InputStream in = ex.getInputStream()) {
            byte[] body = in.readNBytes(MAX_JSON_BODY + 1);
            if (body.length > MAX_JSON_BODY) throw ApiError.JSON_TERLALU_BESAR.error();
            JsonElement e = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) throw ApiException.badRequest("JSON_TIDAK_SAH", "Data harus berupa objek JSON.");
            return e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw ApiException.badRequest("JSON_TIDAK_SAH", "Data bukan JSON yang sah.");
        } catch (IOException e) {
            throw Uploads.readFailure(e);
        }
    }

    public static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
