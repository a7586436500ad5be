package capaian.web;

import capaian.store.AuditLog;
import capaian.store.Store;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bappeda reads the audit log: {@code GET /api/v1/audit?siapa=NAMA&apa=GROUP_OR_ACTION&dari=MS&sampai=MS&batas=N}.
 * Times are epoch milliseconds, so the page turns the dates it shows into its own time zone's day bounds.
 */
final class AuditRoutes {
    record Line(String at, String actor, String action, String label, String target, String detail) {}

    record Lines(List<Line> entries, Map<String, String> groups, boolean more) {}

    private final Store store;

    AuditRoutes(Store store) {
        this.store = store;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/audit", this::list);
    }

    private void list(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        int limit = (int) number(ex, "batas", 1, 1000, 200);
        List<AuditLog.Entry> found = store.audit().query(new AuditLog.Query(Requests.query(ex, "siapa"), Requests.query(ex, "apa"),
                optionalNumber(ex, "dari"), optionalNumber(ex, "sampai"), limit + 1));
        boolean more = found.size() > limit;
        List<Line> lines = found.stream().limit(limit).map(e -> new Line(e.at().toString(), e.actorName(), e.action(),
                AuditLog.label(e.action()), e.target(), e.detail())).toList();
        Json.ok(ex, new Lines(lines, new TreeMap<>(AuditLog.GROUPS), more));
    }

    private static Long optionalNumber(HttpServerExchange ex, String name) {
        return Requests.query(ex, name) == null ? null : number(ex, name, 0, Long.MAX_VALUE, 0);
    }

    private static long number(HttpServerExchange ex, String name, long min, long max, long fallback) {
        String raw = Requests.query(ex, name);
        if (raw == null) return fallback;
        try {
            long v = Long.parseLong(raw);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("PARAMETER_TIDAK_SAH", "Parameter " + name + " harus bilangan bulat dari " + min + " sampai "
                + max + ", bukan \"" + LoginThrottle.printable(raw) + "\".");
    }
}
