package capaian.web;

import capaian.store.Role;
import capaian.store.Submission;
import capaian.store.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Type-confused JSON to every route that reads a JSON body: objects, arrays, numbers, nulls, huge strings,
 * deep nesting, unknown fields, broken syntax, in place of each field and of the whole body. Every answer must
 * be a 4xx with {code, message}, and nothing may reach the log at SEVERE or with a stack trace.
 */
class JsonFuzzTest {
    @TempDir
    Path data;

    /** A route with a JSON body, who may call it, and a well-typed value for each of its fields. */
    /** @param emptyIsValid every field is optional, so an empty body is a well-formed request */
    record Route(String path, String caller, boolean emptyIsValid, Map<String, String> fields) {}

    static final String[] BAD_VALUES = {
            "{}", "[]", "[1,2,3]", "{\"a\":{\"b\":[null,{}]}}", "0", "-1", "1.5", "1e999", "-1e999", "true", "false",
            "\"" + "x".repeat(5_000) + "\"", "\"" + "ä".repeat(40_000) + "\"", "[".repeat(300) + "]".repeat(300),
            "{\"a\":".repeat(300) + "1" + "}".repeat(300), "\"\\u0000\\u202e\"", "NaN", "\"\"", "[\"ditolak\"]",
            "{\"status\":\"ditolak\"}"};

    static final String[] BAD_BODIES = {
            "", " ", "null", "[]", "[{}]", "1", "\"teks\"", "true", "{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':'b'", "\u0000",
            "{\"a\":1,}", "[".repeat(5_000), "{\"tidakDikenal\":1}", "{\"" + "k".repeat(70_000) + "\":1}",
            "{\"__proto__\":{}}", "{\"a\":1} x", "{} {}", "{\"a\":NaN}", "{a:1}"};

    static List<String> cases(Route r) {
        List<String> out = new ArrayList<>(List.of(BAD_BODIES));
        if (r.emptyIsValid()) out.removeIf(String::isBlank);
        for (String field : r.fields().keySet()) {
            for (String bad : BAD_VALUES) {
                StringBuilder json = new StringBuilder("{");
                r.fields().forEach((f, good) -> {
                    if (json.length() > 1) json.append(',');
                    json.append('"').append(f).append("\":").append(f.equals(field) ? bad : good);
                });
                String body = json.append('}').toString();
                // A value of the right type is not malformed ("" for an optional text, a number for "days"...).
                if (!wellTyped(r, field, bad)) out.add(body);
            }
            // The field twice, once well-typed, once not.
            out.add("{\"" + field + "\":" + r.fields().get(field) + ",\"" + field + "\":{}}");
        }
        return out;
    }

    private static boolean wellTyped(Route r, String field, String value) {
        boolean number = value.matches("-?[0-9.e]+");
        boolean shortText = value.startsWith("\"") && value.length() < 100;
        return switch (field) {
            case "days" -> number && value.equals("0") == false && value.matches("[1-9][0-9]*") ;
            case "sessionInBody" -> value.equals("true") || value.equals("false");
            case "name", "catatan", "kodeOpd" -> shortText;
            case "form" -> value.equals("\"\""); // every form: the calendar's batas before dibuka still refuses it
            // The unlock route's fields are optional: empty is "any" (the other one is there).
            case "username", "address" -> r.path().endsWith("/unlock") && value.equals("\"\"");
            default -> false;
        };
    }

    @Test
    void typeConfusedJsonIsA4xxEverywhereAndNeverLogsAStackTrace() throws Exception {
        List<LogRecord> severe = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                    synchronized (severe) {
                        severe.add(record);
                    }
                }
            }

            @Override public void flush() {}

            @Override public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        // The capture itself must see what the server's catch-all logs, or the assertion below proves nothing.
        Logger.getLogger(ErrorHandler.class.getName()).log(Level.SEVERE, "probe", new IllegalStateException("probe"));
        assertEquals(1, severe.size(), "the log capture works");
        severe.clear();
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            User bkd = s.server.store().findUser("bkd").orElseThrow();
            Submission x = StoredSubmissions.add(s, data, bkd, 2025, "I", "lampiran-realisasi", new byte[] {1, 2, 3}, false);
            List<Route> routes = List.of(
                    new Route("/api/v1/session", "anonim", false, Map.of("username", "\"tidak-ada\"", "password", "\"salah-sekali\"",
                            "sessionInBody", "true")),
                    new Route("/api/v1/tokens", "bkd", true, Map.of("name", "\"skrip\"", "days", "30", "password", "\"salah-sekali\"")),
                    new Route("/api/v1/password", "dinkes", false, Map.of("currentPassword", "\"salah-sekali\"",
                            "newPassword", "\"sandi-baru-panjang\"")),
                    new Route("/api/v1/login-locks/unlock", "bappeda", false, Map.of("username", "\"tidak-ada\"", "address", "\"10.9.9.9\"")),
                    new Route("/api/v1/submissions/" + x.id() + "/status", "bappeda", false,
                            Map.of("status", "\"ditolak\"", "catatan", "\"uji\"")),
                    // Bappeda's desk: a note on a row (this stored report has no rows, so even a good one is a 400),
                    // the calendar, and reopening a period that is not closed (409)
                    new Route("/api/v1/submissions/" + x.id() + "/notes", "bappeda", false,
                            Map.of("lembar", "\"Realisasi\"", "baris", "12", "catatan", "\"uji\"")),
                    new Route("/api/v1/kalender", "bappeda", false, Map.of("tahun", "2025", "periode", "\"I\"",
                            "form", "\"lampiran-realisasi\"", "dibuka", "\"2025-04-01\"", "batas", "\"2025-03-01\"")),
                    new Route("/api/v1/periode/buka", "bappeda", false, Map.of("tahun", "2025", "periode", "\"I\"",
                            "kodeOpd", "\"" + TestServer.KODE_BKD + "\"")));
            Map<String, Client> clients = Map.of("anonim", s.client(), "bkd", s.client(), "dinkes", s.client(),
                    "bappeda", s.client());
            for (String u : List.of("bkd", "dinkes", "bappeda")) assertEquals(200, clients.get(u).login(u, TestServer.PASSWORD).statusCode());

            List<String> wrong = new ArrayList<>();
            java.util.TreeMap<Integer, Integer> statuses = new java.util.TreeMap<>();
            int sent = 0;
            for (Route r : routes) {
                Client c = clients.get(r.caller());
                for (String body : cases(r)) {
                    HttpResponse<String> a = c.postJson(r.path(), body);
                    sent++;
                    statuses.merge(a.statusCode(), 1, Integer::sum);
                    boolean clean = a.statusCode() >= 400 && a.statusCode() < 500 && a.body().contains("\"code\"")
                            && !a.body().contains("UNGGAHAN_RUSAK") // the body arrived whole: a JSON error, not a read error
                            && !a.body().contains("Exception") && !a.body().contains("at capaian.");
                    if (!clean) wrong.add(r.path() + " " + abbreviate(body) + " -> " + a.statusCode() + " " + abbreviate(a.body()));
                }
            }
            String figures = "JSON fuzz: " + sent + " requests to " + routes.size() + " routes, statuses " + statuses
                    + ", SEVERE log lines " + severe.size();
            System.out.println(figures);
            java.nio.file.Files.createDirectories(Path.of("target/security"));
            java.nio.file.Files.writeString(Path.of("target/security/json-fuzz.txt"), figures + "\n");
            assertEquals(List.of(), wrong);
            assertTrue(sent > 300, "cases sent: " + sent);
            assertEquals(200, clients.get("bkd").get("/api/v1/session").statusCode(), "the sessions survived");
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(List.of(), severe.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " " + r.getThrown())).toList());
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
    }
}
