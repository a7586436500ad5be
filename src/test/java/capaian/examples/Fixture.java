package capaian.examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A seed table of ../shared/fixtures: rows verbatim as printed, and the checks computed independently. */
public record Fixture(String opd, int tahun, String periode, List<JsonObject> rows, List<JsonObject> checks) {

    public static final Path DIR = locate();

    public static Fixture load(String file) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8)).getAsJsonObject();
            return new Fixture(o.get("opd").getAsString(), o.get("tahun").getAsInt(), o.get("periode").getAsString(),
                    list(o.getAsJsonArray("rows")), list(o.getAsJsonArray("checks")));
        } catch (IOException e) {
            throw new IllegalStateException("fixture " + file + " missing under " + DIR, e);
        }
    }

    private static List<JsonObject> list(JsonArray a) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : a) out.add(e.getAsJsonObject());
        return out;
    }

    /** The shared fixtures sit beside the repository: ../shared/fixtures. */
    private static Path locate() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path f = p.resolveSibling("shared").resolve("fixtures");
            if (Files.isDirectory(f)) return f;
            p = p.getParent();
        }
        return Path.of("../shared/fixtures");
    }

    public static String str(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
