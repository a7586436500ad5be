package capaian.write;

import capaian.form.IndexKind;
import capaian.form.Role;
import capaian.rules.IndexComponent;
import capaian.rules.IndexRules;
import capaian.rules.Profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Indeks sheet's rows as the template prefills them, from the profile: the IP ASN dimensions, the Sistem
 * Merit aspects with their indicators' bobot and the aspects' weights, and the default SAKIP pedoman's
 * components, each block closed by its Jumlah. The user types the Nilai column (and the indicators' names).
 */
final class IndexTemplate {
    private IndexTemplate() {}

    /** Each row's input cells by role (String or BigDecimal); an empty map is a blank row between blocks. */
    static List<Map<Role, Object>> rows(Profile profile) {
        List<Map<Role, Object>> rows = new ArrayList<>();
        IndexRules ip = profile.index(IndexKind.IP_ASN);
        parts(rows, IndexKind.IP_ASN, ip.components(null), "Jumlah (IP ASN)");
        rows.add(new EnumMap<>(Role.class));
        IndexRules merit = profile.index(IndexKind.SISTEM_MERIT);
        int a = 0;
        for (IndexComponent aspect : merit.aspects()) {
            List<BigDecimal> bobot = aspect.bobot();
            for (int i = 0; i < bobot.size(); i++) {
                Map<Role, Object> r = new EnumMap<>(Role.class);
                if (a == 0 && i == 0) r.put(Role.BLOK, IndexKind.SISTEM_MERIT.label());
                r.put(Role.NO, (a + 1) + "." + (i + 1));
                if (i == 0) r.put(Role.KOMPONEN, aspect.name());
                r.put(Role.BOBOT, bobot.get(i));
                rows.add(r);
            }
            Map<Role, Object> total = new EnumMap<>(Role.class);
            total.put(Role.INDIKATOR, "Jumlah aspek (Bobot: bobot aspek, %)");
            total.put(Role.BOBOT, aspect.weight());
            rows.add(total);
            a++;
        }
        Map<Role, Object> meritTotal = new EnumMap<>(Role.class);
        meritTotal.put(Role.KOMPONEN, "Jumlah (Indeks Sistem Merit)");
        rows.add(meritTotal);
        rows.add(new EnumMap<>(Role.class));
        IndexRules sakip = profile.index(IndexKind.SAKIP);
        parts(rows, IndexKind.SAKIP, sakip.components(null), "Jumlah (Nilai SAKIP)");
        return rows;
    }

    private static void parts(List<Map<Role, Object>> rows, IndexKind kind, List<IndexComponent> parts, String jumlah) {
        for (int i = 0; i < parts.size(); i++) {
            Map<Role, Object> r = new EnumMap<>(Role.class);
            if (i == 0) r.put(Role.BLOK, kind.label());
            r.put(Role.NO, Integer.toString(i + 1));
            r.put(Role.KOMPONEN, parts.get(i).name());
            rows.add(r);
        }
        Map<Role, Object> total = new EnumMap<>(Role.class);
        total.put(Role.KOMPONEN, jumlah);
        rows.add(total);
    }
}
