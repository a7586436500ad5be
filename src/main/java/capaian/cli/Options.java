package capaian.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed arguments: positional ones and --name value options, checked against what a command accepts. */
final class Options {
    final List<String> positional = new ArrayList<>();
    private final Map<String, String> named = new HashMap<>();

    static Options parse(String[] args, Set<String> allowed) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-") && a.length() > 1) {
                String name = a.equals("-o") ? "--out" : a;
                if (!allowed.contains(name)) throw new UsageException("Opsi tidak dikenal: " + a);
                if (i + 1 >= args.length) throw new UsageException("Opsi " + a + " perlu nilai sesudahnya.");
                o.named.put(name, args[++i]);
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    String get(String name) {
        return named.get(name);
    }

    /** The rules profile of --profile, or the default one. */
    capaian.rules.Profile profile() {
        try {
            return loadProfile();
        } catch (capaian.rules.ProfileException e) {
            throw new UsageException("Profil aturan tidak dapat dipakai: " + e.getMessage());
        }
    }

    /** The rules profile of --profile, or the default one; the caller says what is wrong with it. */
    capaian.rules.Profile loadProfile() throws capaian.rules.ProfileException {
        return get("--profile") == null ? capaian.rules.ProfileLoader.defaultProfile()
                : capaian.rules.ProfileLoader.load(java.nio.file.Path.of(get("--profile")));
    }

    /** The files and folders given, or null after saying on {@code err} which one is not there. */
    List<java.nio.file.Path> existingPaths(java.io.PrintStream err) {
        List<java.nio.file.Path> paths = new ArrayList<>();
        for (String p : positional) {
            java.nio.file.Path path = java.nio.file.Path.of(p);
            if (!java.nio.file.Files.exists(path)) {
                err.println("Berkas atau folder tidak ditemukan: " + p);
                return null;
            }
            paths.add(path);
        }
        return paths;
    }

    /** The year of --tahun, null when not given. */
    Integer tahun() {
        if (get("--tahun") == null) return null;
        try {
            return Integer.valueOf(get("--tahun").trim());
        } catch (NumberFormatException e) {
            throw new UsageException("Tahun harus empat angka, bukan \"" + get("--tahun") + "\".");
        }
    }
}
