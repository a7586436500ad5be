package capaian.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.undertow.server.HttpServerExchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A JSON object body read against its route's schema: the fields it may have, each of one type and within a
 * length or range. Anything else (another type, an unknown field, a text too long, a number out of range) is a
 * 400 that names the field and what to send instead, never an exception from deeper down.
 */
final class JsonBody {
    private final JsonObject object;

    private JsonBody(JsonObject object, List<String> fields) {
        this.object = object;
        Set<String> allowed = Set.copyOf(fields);
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw invalid("Kolom \"" + shorten(name) + "\" tidak dikenal di sini. Kolom yang diterima: "
                        + String.join(", ", fields) + ".");
            }
        }
    }

    /** The body, which must be a JSON object with at most these fields. */
    static JsonBody read(HttpServerExchange ex, String... fields) {
        return new JsonBody(Json.readObject(ex), List.of(fields));
    }

    /** As {@link #read}, but a request without a body counts as {@code {}}. */
    static JsonBody readOptional(HttpServerExchange ex, String... fields) {
        return new JsonBody(Json.readObject(ex, true), List.of(fields));
    }

    /** A text that must be there and not blank, at most {@code maxLength} characters. */
    String text(String field, int maxLength) {
        String s = optionalText(field, maxLength);
        if (s == null || s.isBlank()) throw ApiException.badRequest("DATA_KURANG", "Kolom \"" + field + "\" wajib diisi.");
        return s;
    }

    /** A text, or null when absent or null; at most {@code maxLength} characters. */
    String optionalText(String field, int maxLength) {
        JsonElement e = object.get(field);
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw invalid("Kolom \"" + field + "\" harus berupa teks dalam tanda kutip, bukan " + kind(e) + ".");
        }
        String s = e.getAsString();
        if (s.length() > maxLength) {
            throw invalid("Kolom \"" + field + "\" terlalu panjang (" + s.length() + " karakter); batasnya " + maxLength + " karakter.");
        }
        return s;
    }

    /** true or false; absent or null is {@code fallback}. */
    boolean flag(String field, boolean fallback) {
        JsonElement e = object.get(field);
        if (e == null || e.isJsonNull()) return fallback;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw invalid("Kolom \"" + field + "\" harus true atau false, bukan " + kind(e) + ".");
        }
        return e.getAsBoolean();
    }

    /** A whole number in [min, max], or null when absent or null. */
    Integer optionalWholeNumber(String field, int min, int max) {
        JsonElement e = object.get(field);
        if (e == null || e.isJsonNull()) return null;
        String wrong = "Kolom \"" + field + "\" harus bilangan bulat dari " + min + " sampai " + max;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) throw invalid(wrong + ", bukan " + kind(e) + ".");
        BigDecimal n;
        try {
            n = new BigDecimal(e.getAsString());
        } catch (NumberFormatException | ArithmeticException ex) {
            throw invalid(wrong + ".");
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0 || n.stripTrailingZeros().scale() > 0) {
            throw invalid(wrong + ".");
        }
        return n.intValueExact();
    }

    private static String kind(JsonElement e) {
        if (e.isJsonObject()) return "objek";
        if (e.isJsonArray()) return "daftar";
        if (e.isJsonNull()) return "null";
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isBoolean() ? "true/false" : p.isNumber() ? "angka" : "teks";
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("JSON_TIDAK_SAH", message);
    }
}
