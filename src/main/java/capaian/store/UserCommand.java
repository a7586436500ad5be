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
    public static final int MIN_PASSWORD = 8;
    private static final String USAGE = """
            Pemakaian:
              capaian user add NAMA --role opd --opd KODE_OPD [--name "Nama lengkap"] [--password-stdin]
              capaian user add NAMA --role bappeda [--admin] [--name "Nama lengkap"] [--password-stdin]
                                                       (--admin: dapat mengelola akun di halaman Pengguna; akun
                                                       Bappeda pertama selalu admin)
              capaian user admin NAMA [--off]          (memberi, atau dengan --off mencabut, hak admin akun)
              capaian user list
              capaian user passwd NAMA [--password-stdin]
              capaian user disable NAMA
              capaian user enable NAMA
              capaian user token NAMA [--label NAMA_TOKEN] [--days HARI]   (token API baru, ditampilkan sekali;
                                                                           berlaku 90 hari bila --days tidak diisi)
              capaian user tokens NAMA                 (token API milik NAMA: nomor, nama, dibuat, berlaku sampai, terakhir dipakai)
              capaian user revoke-token NOMOR          (mencabut satu token API)
              capaian user locks                       (percobaan masuk yang gagal dan kunciannya)
              capaian user unlock NAMA [--address ALAMAT_IP]   (membuka kunci masuk NAMA; atau hanya dari ALAMAT_IP)
              capaian user unlock --address ALAMAT_IP  (membuka kunci alamat itu untuk semua nama)
            Mengganti kata sandi (passwd) mengakhiri semua sesi pengguna itu dan mencabut semua tokennya.
            Semua perintah menerima --data DIR (bawaan: CAPAIAN_DATA atau ./data), atau --database postgresql://HOST/DB?user=NAMA
            (bawaan: CAPAIAN_DATABASE_URL; kata sandi dari CAPAIAN_DATABASE_PASSWORD atau CAPAIAN_DATABASE_PASSWORD_FILE).""";
    /** The longest lifetime the command line mints; the server's own maximum is set apart (capaian.auth.token-max-days). */
    static final int MAX_TOKEN_DAYS = 3650;
    /** The actor of changes made on the command line, in the audit log. */
    static final String CLI = "baris perintah";

    private UserCommand() {}

    public static int run(String[] args) {
        Logging.setUp();
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Flags f = Flags.parseOrExplain(args, Set.of("data", "role", "opd", "name", "label", "days", "address", "database"), Set.of("password-stdin", "help", "admin", "off"), err, USAGE);
        if (f == null) return 2;
        List<String> pos = f.positional();
        if (pos.isEmpty() || f.has("help")) {
            (f.has("help") ? out : err).println(USAGE);
            return f.has("help") ? 0 : 2;
        }
        String action = pos.get(0);
        boolean noName = action.equals("list") || action.equals("locks") || (action.equals("unlock") && f.has("address"));
        if (noName ? pos.size() > 2 : pos.size() != 2) {
            err.println("perintah user " + action + " perlu tepat satu " + (action.equals("revoke-token") ? "NOMOR token" : "NAMA pengguna"));
            return 2;
        }
        try (JdbcStore store = Stores.open(f)) {
            switch (action) {
                case "add" -> add(store, pos.get(1), f, out);
                case "list" -> list(store, out);
                case "passwd" -> {
                    char[] pw = readPassword(f);
                    Revoked r = store.setPassword(pos.get(1), pw);
                    PasswordHasher.wipe(pw);
                    store.audit().recordNamed(CLI, AuditLog.ACCOUNT_PASSWORD_SET, pos.get(1), r.sessions() + " sesi diakhiri, "
                            + r.tokens() + " token API dicabut");
                    out.println("Kata sandi " + pos.get(1) + " diganti; " + r.sessions() + " sesi diakhiri dan " + r.tokens()
                            + " token API dicabut.");
                }
                case "disable" -> {
                    store.setDisabled(pos.get(1), true);
                    store.audit().recordNamed(CLI, AuditLog.ACCOUNT_DISABLED, pos.get(1), null);
                    out.println("Akun " + pos.get(1) + " dinonaktifkan; sesi dan tokennya dicabut.");
                }
                case "enable" -> {
                    store.setDisabled(pos.get(1), false);
                    store.audit().recordNamed(CLI, AuditLog.ACCOUNT_ENABLED, pos.get(1), null);
                    out.println("Akun " + pos.get(1) + " diaktifkan kembali.");
                }
                case "token" -> {
                    User u = store.findUser(pos.get(1)).orElseThrow(() -> new StoreException("pengguna \"" + pos.get(1) + "\" tidak ada"));
                    int days = days(f);
                    NewApiToken t = store.createApiToken(u.id(), f.get("label"), java.time.Duration.ofDays(days));
                    out.println(t.secret());
                    err.println("Token nomor " + t.token().id() + ", berlaku sampai " + t.token().expiresAt() + " (UTC). "
                            + "Simpan token ini sekarang: token tidak dapat ditampilkan lagi. Pakai sebagai header "
                            + "\"Authorization: Bearer TOKEN\".");
                }
                case "tokens" -> tokens(store, pos.get(1), out);
                case "admin" -> {
                    store.setAdmin(pos.get(1), !f.has("off"));
                    store.audit().recordNamed(CLI, AuditLog.ACCOUNT_ADMIN, pos.get(1), f.has("off") ? "hak admin akun dicabut" : "diberi hak admin akun");
                    out.println("Akun " + pos.get(1) + (f.has("off") ? " tidak lagi mengelola akun." : " kini dapat mengelola akun di halaman Pengguna."));
                }
                case "revoke-token" -> {
                    long id = tokenNumber(pos.get(1));
                    ApiToken t = store.findApiToken(id).orElseThrow(() -> new StoreException("token nomor " + id + " tidak ada"));
                    store.revokeApiToken(id);
                    out.println("Token nomor " + id + " milik " + t.username() + " dicabut.");
                }
                case "locks" -> locks(store, out);
                case "unlock" -> {
                    String name = pos.size() == 2 ? pos.get(1) : null;
                    int n = store.unlockLogins(name, f.get("address"));
                    out.println(n == 0 ? "Tidak ada kuncian yang cocok." : n + " kuncian dibuka.");
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
        if (role == Role.OPD && f.has("admin")) throw new IllegalArgumentException("--admin hanya untuk akun bappeda");
        char[] pw = readPassword(f);
        try {
            // The first Bappeda account must be able to make the others on the web.
            boolean admin = role == Role.BAPPEDA && (f.has("admin") || !store.hasActiveAdmin());
            User u = store.addUser(username, role, f.get("opd"), f.get("name"), pw);
            if (admin) store.setAdmin(u.username(), true);
            store.audit().recordNamed(CLI, AuditLog.ACCOUNT_CREATED, u.username(), role == Role.OPD ? "akun OPD " + u.kodeOpd()
                    : "akun Bappeda" + (admin ? " dengan hak admin akun" : ""));
            out.println("Akun " + u.username() + " (" + u.role().id() + (admin ? ", admin akun" : "")
                    + (u.kodeOpd() == null ? "" : ", OPD " + u.kodeOpd()) + ") dibuat.");
        } finally {
            PasswordHasher.wipe(pw);
        }
    }

    private static int days(Flags f) {
        if (f.get("days") == null) return (int) Store.DEFAULT_TOKEN_LIFETIME.toDays();
        try {
            int d = Integer.parseInt(f.get("days").trim());
            if (d >= 1 && d <= MAX_TOKEN_DAYS) return d;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--days harus bilangan bulat 1-" + MAX_TOKEN_DAYS + ", bukan \"" + f.get("days") + "\"");
    }

    private static long tokenNumber(String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NOMOR token harus angka seperti yang ditampilkan oleh \"user tokens NAMA\", bukan \""
                    + raw + "\"");
        }
    }

    private static void tokens(Store store, String username, PrintStream out) {
        User u = store.findUser(username).orElseThrow(() -> new StoreException("pengguna \"" + username + "\" tidak ada"));
        java.time.Instant now = java.time.Instant.now();
        out.printf("%-7s %-30s %-20s %-20s %-20s %s%n", "NOMOR", "NAMA TOKEN", "DIBUAT", "BERLAKU SAMPAI", "TERAKHIR DIPAKAI", "STATUS");
        for (ApiToken t : store.listApiTokens(u.id())) {
            out.printf("%-7d %-30s %-20s %-20s %-20s %s%n", t.id(), t.name() == null ? "-" : t.name(), minute(t.createdAt()),
                    minute(t.expiresAt()), t.lastUsedAt() == null ? "-" : minute(t.lastUsedAt()),
                    t.expired(now) ? "kedaluwarsa" : "berlaku");
        }
    }

    private static void locks(Store store, PrintStream out) {
        long now = System.currentTimeMillis();
        out.printf("%-24s %-40s %-6s %s%n", "NAMA", "ALAMAT", "GAGAL", "TERKUNCI SAMPAI");
        for (LoginFailures l : store.listLoginFailures(now - java.time.Duration.ofDays(1).toMillis())) {
            out.printf("%-24s %-40s %-6d %s%n", l.addressWide() ? "(semua nama)" : l.username(), l.address(), l.failures(),
                    l.lockedUntil() > now ? minute(java.time.Instant.ofEpochMilli(l.lockedUntil())) : "-");
        }
    }

    private static String minute(java.time.Instant t) {
        return t.toString().replace('T', ' ').substring(0, 16) + "Z";
    }

    private static void list(Store store, PrintStream out) {
        out.printf("%-20s %-15s %-28s %-8s %s%n", "NAMA", "PERAN", "KODE OPD", "STATUS", "NAMA LENGKAP");
        for (User u : store.listUsers()) {
            out.printf("%-20s %-15s %-28s %-8s %s%n", u.username(), u.role().id() + (u.isAdmin() ? " (admin)" : ""), u.kodeOpd() == null ? "-" : u.kodeOpd(),
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
