package capaian.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line flags of {@code serve} and {@code user}: {@code --name value} or {@code --name=value},
 * switches without a value, and positional arguments. An unknown flag is an error, not silently ignored.
 */
public final class Flags {
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Flags() {}

    /** The flags of a command, or null after saying on {@code err} what is wrong with them and how the command is used. */
    static Flags parseOrExplain(String[] args, Set<String> withValue, Set<String> switches, java.io.PrintStream err, String usage) {
        try {
            return parse(args, withValue, switches);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage);
            return null;
        }
    }

    /** @param withValue flags that take a value; @param switches flags that take none */
    public static Flags parse(String[] args, Set<String> withValue, Set<String> switches) {
        Flags f = new Flags();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                f.positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switches.contains(name) && value == null) {
                f.values.put(name, "true");
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("--" + name + " perlu nilai");
                    value = args[++i];
                }
                f.values.put(name, value);
            } else {
                throw new IllegalArgumentException("opsi tidak dikenal: --" + name);
            }
        }
        return f;
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The flag, else the environment variable, else the default. */
    public String get(String name, String envVar, String fallback) {
        String v = values.get(name);
        if (v == null && envVar != null) v = System.getenv(envVar);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    public int getInt(String name, String envVar, int fallback) {
        String v = get(name, envVar, null);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " harus bilangan bulat, bukan \"" + v + "\"");
        }
    }

    public List<String> positional() {
        return positional;
    }

    /** The data directory: --data, else CAPAIAN_DATA, else ./data. */
    public Path dataDir() {
        return Path.of(get("data", "CAPAIAN_DATA", "data"));
    }
}
