package capaian.store;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code capaian user add|list|passwd|disable|enable|token}: manages accounts in the data directory's
 * database. Passwords are read from the console without echo, or one line from standard input with
 * {@code --password-stdin} (for scripts); never from the command line, where they would land in the shell
 * history and the process list.
 */
public final class UserCommand {
    static final int MIN_PASSWORD = 8;
    private static final String USAGE = """
            Pemakaian:
              capaian user add NAMA --role opd --opd KODE_OPD [--name "Nama lengkap"] [--password-stdin]
              capaian user add NAMA --role bappeda [--name "Nama lengkap"] [--password-stdin]
              capaian user list
              capaian user passwd NAMA [--password-stdin]
              capaian user disable NAMA
              capaian user enable NAMA
              capaian user token NAMA [--label KETERANGAN]   (token API baru, ditampilkan sekali)
            Semua perintah menerima --data DIR (bawaan: CAPAIAN_DATA atau ./data).""";

    private UserCommand() {}

    public static int run(String[] args) {
        Logging.setUp();
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Flags f;
        try {
            f = Flags.parse(args, Set.of("data", "role", "opd", "name", "label"), Set.of("password-stdin", "help"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<String> pos = f.positional();
        if (pos.isEmpty() || f.has("help")) {
            (f.has("help") ? out : err).println(USAGE);
            return f.has("help") ? 0 : 2;
        }
        String action = pos.get(0);
        if (!action.equals("list") && pos.size() != 2) {
            err.println("perintah user " + action + " perlu tepat satu NAMA pengguna");
            return 2;
        }
        try (SqliteStore store = SqliteStore.open(f.dataDir())) {
            switch (action) {
                case "add" -> add(store, pos.get(1), f, out);
                case "list" -> list(store, out);
                case "passwd" -> {
                    char[] pw = readPassword(f);
                    store.setPassword(pos.get(1), pw);
                    PasswordHasher.wipe(pw);
                    out.println("Kata sandi " + pos.get(1) + " diganti.");
                }
                case "disable" -> {
                    store.setDisabled(pos.get(1), true);
                    out.println("Akun " + pos.get(1) + " dinonaktifkan; sesi dan tokennya dicabut.");
                }
                case "enable" -> {
                    store.setDisabled(pos.get(1), false);
                    out.println("Akun " + pos.get(1) + " diaktifkan kembali.");
                }
                case "token" -> {
                    User u = store.findUser(pos.get(1)).orElseThrow(() -> new StoreException("pengguna \"" + pos.get(1) + "\" tidak ada"));
                    out.println(store.createApiToken(u.id(), f.get("label")));
                    err.println("Simpan token ini sekarang: token tidak dapat ditampilkan lagi. Pakai sebagai header "
                            + "\"Authorization: Bearer TOKEN\".");
                }
                default -> {
                    err.println("perintah user tidak dikenal: " + action);
                    err.println(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("Gagal: " + e.getMessage());
            return 1;
        }
    }

    private static void add(Store store, String username, Flags f, PrintStream out) {
        if (f.get("role") == null) throw new IllegalArgumentException("sebutkan --role opd atau --role bappeda");
        Role role = Role.parse(f.get("role"));
        if (role == Role.BAPPEDA && f.get("opd") != null) {
            throw new IllegalArgumentException("akun bappeda tidak memakai --opd");
        }
        if (role == Role.OPD && f.get("opd") == null) throw new IllegalArgumentException("akun opd perlu --opd KODE_OPD");
        char[] pw = readPassword(f);
        try {
            User u = store.addUser(username, role, f.get("opd"), f.get("name"), pw);
            out.println("Akun " + u.username() + " (" + u.role().id()
                    + (u.kodeOpd() == null ? "" : ", OPD " + u.kodeOpd()) + ") dibuat.");
        } finally {
            PasswordHasher.wipe(pw);
        }
    }

    private static void list(Store store, PrintStream out) {
        out.printf("%-20s %-8s %-28s %-8s %s%n", "NAMA", "PERAN", "KODE OPD", "STATUS", "NAMA LENGKAP");
        for (User u : store.listUsers()) {
            out.printf("%-20s %-8s %-28s %-8s %s%n", u.username(), u.role().id(), u.kodeOpd() == null ? "-" : u.kodeOpd(),
                    u.disabled() ? "nonaktif" : "aktif", u.displayName() == null ? "" : u.displayName());
        }
    }

    private static char[] readPassword(Flags f) {
        Console console = System.console();
        char[] pw;
        if (console != null && !f.has("password-stdin")) {
            pw = console.readPassword("Kata sandi (min. %d karakter): ", MIN_PASSWORD);
            char[] again = console.readPassword("Ulangi kata sandi: ");
            boolean same = pw != null && Arrays.equals(pw, again);
            PasswordHasher.wipe(again);
            if (!same) throw new IllegalArgumentException("kedua kata sandi tidak sama");
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                pw = line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("kata sandi tidak dapat dibaca dari masukan standar");
            }
        }
        if (pw == null || pw.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("kata sandi minimal " + MIN_PASSWORD + " karakter");
        }
        return pw;
    }
}
