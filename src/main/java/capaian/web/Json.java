package capaian.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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

    /** A report as the whole answer: the same JSON as the command line writes, compact, streamed. */
    public static void sendReport(HttpServerExchange ex, capaian.report.Report report) throws IOException {
        sendReport(ex, report, java.util.Map.of());
    }

    /**
     * An answer holding the report under "report" beside {@code more} fields (nulls left out, as for every other
     * answer; the report keeps its own nulls, so its shape is stable), streamed: neither the report's text nor a
     * tree of it is built in memory first.
     */
    public static void sendReport(HttpServerExchange ex, capaian.report.Report report, java.util.Map<String, ?> more)
            throws IOException {
        ex.setStatusCode(200);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        if (!ex.isBlocking()) ex.startBlocking();
        try (JsonWriter out = new JsonWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(ex.getOutputStream(), StandardCharsets.UTF_8), 16 * 1024))) {
            out.setHtmlSafe(false);
            if (more.isEmpty()) {
                capaian.report.ReportJson.write(report, out);
                return;
            }
            out.beginObject().name("report");
            capaian.report.ReportJson.write(report, out);
            for (var e : more.entrySet()) {
                if (e.getValue() == null) continue;
                out.name(e.getKey());
                GSON.toJson(e.getValue(), e.getValue().getClass(), out);
            }
            out.endObject();
        }
    }

    public static void ok(HttpServerExchange ex, Object body) {
        send(ex, 200, body);
    }

    public static void error(HttpServerExchange ex, int status, String code, String message) {
        send(ex, status, new Error(code, message));
    }

    /** Reads a small JSON object body; anything else is a 400 or 415 with a clear message. */
    public static JsonObject readObject(HttpServerExchange ex) {
        return readObject(ex, false);
    }

    /**
     * As {@link #readObject(HttpServerExchange)}; with {@code emptyIsEmptyObject} a request without a body (and
     * then without a Content-Type) reads as {@code {}}.
     */
    static JsonObject readObject(HttpServerExchange ex, boolean emptyIsEmptyObject) {
        String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        if (!json && !(emptyIsEmptyObject && type == null)) {
            throw new ApiException(415, "PERLU_JSON", "Kirim data sebagai JSON (Content-Type: application/json).");
        }
        if (!ex.isBlocking()) ex.startBlocking();
        try (InputStream in = ex.getInputStream()) {
            byte[] body = in.readNBytes(MAX_JSON_BODY + 1);
            if (body.length > MAX_JSON_BODY) throw ApiError.JSON_TERLALU_BESAR.error();
            if (emptyIsEmptyObject && new String(body, StandardCharsets.UTF_8).isBlank()) return new JsonObject();
            if (!json) throw new ApiException(415, "PERLU_JSON", "Kirim data sebagai JSON (Content-Type: application/json).");
            JsonElement e = parseStrict(new String(body, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) throw ApiException.badRequest("JSON_TIDAK_SAH", "Data harus berupa objek JSON {...}.");
            return e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw ApiException.badRequest("JSON_TIDAK_SAH", "Data bukan JSON yang sah.");
        } catch (IOException e) {
            throw Uploads.readFailure(e);
        }
    }

    /**
     * Strict JSON (RFC 8259): no unquoted words such as NaN read as text, no single quotes, no trailing commas,
     * nothing after the value; nesting is bounded by Gson's reader.
     */
    private static JsonElement parseStrict(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement e = JsonParser.parseReader(reader);
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonParseException("data after the JSON value");
        } catch (IOException malformed) {
            // Bad syntax after the value: the client's JSON, not a failed read.
            throw new JsonParseException(malformed);
        }
        return e;
    }

    /** A text field, or null; a field of another type is a 400 (not an exception from Gson). */
    public static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw ApiException.badRequest("JSON_TIDAK_SAH", "Kolom \"" + field + "\" harus berupa teks dalam tanda kutip.");
        }
        return e.getAsString();
    }
}
