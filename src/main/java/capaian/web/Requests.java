package capaian.web;

import capaian.model.Periode;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.PathTemplateMatch;

import java.util.Deque;

/** Small readers of path and query parameters, with Indonesian 400s for bad values. */
final class Requests {
    private Requests() {}

    static String pathParam(HttpServerExchange ex, String name) {
        PathTemplateMatch m = ex.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        return m == null ? null : m.getParameters().get(name);
    }

    static long idParam(HttpServerExchange ex) {
        try {
            return Long.parseLong(pathParam(ex, "id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Kiriman tidak ditemukan.");
        }
    }

    static String query(HttpServerExchange ex, String name) {
        Deque<String> d = ex.getQueryParameters().get(name);
        String v = d == null ? null : d.peekFirst();
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The form to read an upload as: the form field, else the query parameter, else null (recognise it). */
    static String form(HttpServerExchange ex, Upload u) {
        return u.field("form") != null ? u.field("form") : query(ex, "form");
    }

    static Integer tahun(String raw) {
        if (raw == null) return null;
        try {
            int t = Integer.parseInt(raw.trim());
            if (t >= 2000 && t <= 2100) return t;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("TAHUN_TIDAK_SAH", "Tahun harus empat angka antara 2000 dan 2100, bukan \"" + raw + "\".");
    }

    static String periode(String raw) {
        if (raw == null) return null;
        String p = Periode.normalize(raw);
        if (p == null) {
            throw ApiException.badRequest("PERIODE_TIDAK_SAH", "Periode harus I, II, III, IV atau Tahunan, bukan \"" + raw + "\".");
        }
        return p;
    }

    static boolean wantsJson(HttpServerExchange ex) {
        String accept = ex.getRequestHeaders().getFirst(Headers.ACCEPT);
        return accept != null && accept.contains("application/json");
    }
}
