package capaian.consolidate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rekap as JSON (`consolidate --report`, and the Bappeda page's table and chart): everything of the
 * Rekap OPD, Rekap Program and Peringkat sheets; Detail and Temuan stay in the workbook.
 */
public final class RekapJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();

    private RekapJson() {}

    public static Map<String, Object> tree(Rekap r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("info", r.info());
        m.put("opds", r.opds());
        m.put("total", r.total());
        m.put("programs", r.programs());
        m.put("peringkatCapaian", r.peringkatCapaian());
        m.put("peringkatSerapan", r.peringkatSerapan());
        m.put("skipped", r.skipped());
        return m;
    }

    public static String toJson(Rekap r) {
        return GSON.toJson(tree(r));
    }
}
