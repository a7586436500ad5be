package capaian.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * User names for OPD accounts made from the registry: the OPD's name in lower case with hyphens
 * ({@code dinas-kesehatan}), which its operator reads and types easily; a number is added when taken.
 */
final class AccountNames {
    static final int MAX = 40;

    private AccountNames() {}

    /** @param taken the names in use, lower case */
    static String forOpd(String nama, String kode, Set<String> taken) {
        String base = slug(nama);
        if (base.length() < 2) base = "opd-" + slug(kode);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "-" + n;
            name = (base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) : base) + suffix;
        }
        return name;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() <= MAX) return s;
        int cut = s.lastIndexOf('-', MAX);
        return (cut >= 10 ? s.substring(0, cut) : s.substring(0, MAX)).replaceAll("[-.]+$", "");
    }
}
