package capaian.web;

import capaian.store.AuditLog;
import capaian.store.NewAccount;
import capaian.store.OpdRegistry;
import capaian.store.Revoked;
import capaian.store.Role;
import capaian.store.Store;
import capaian.store.StoreException;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Accounts on the web, for Bappeda's account admins: list; create one, or one per registry OPD that has none;
 * reset a password; disable, enable; give or take the admin flag. A password made here is shown once, in the
 * answer and in a small workbook to hand out, and must be changed by its owner at first login.
 */
final class AccountRoutes {
    private static final Logger LOG = Logger.getLogger(AccountRoutes.class.getName());
    static final int MAX_DISPLAY_NAME = 200;

    record Account(String username, String role, boolean admin, String kodeOpd, String namaOpd, String displayName,
                   boolean disabled, boolean mustChangePassword, String createdAt) {}

    record Accounts(List<Account> users) {}

    /** A made account with its first password, shown this once. */
    record Issued(String username, String role, String kodeOpd, String namaOpd, String password) {}

    record IssuedAnswer(String message, List<Issued> accounts, int skipped, String fileName, String workbookBase64) {}

    private final Store store;
    private final Supplier<String> publicUrl;

    AccountRoutes(Store store, Supplier<String> publicUrl) {
        this.store = store;
        this.publicUrl = publicUrl;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/users", this::list);
        r.post("/api/v1/users", this::create);
        r.post("/api/v1/users/bulk", this::createForRegistry);
        r.post("/api/v1/users/{username}/reset", this::reset);
        r.post("/api/v1/users/{username}/disable", ex -> setDisabled(ex, true));
        r.post("/api/v1/users/{username}/enable", ex -> setDisabled(ex, false));
        r.post("/api/v1/users/{username}/admin", this::setAdmin);
    }

    private void list(HttpServerExchange ex) {
        Auth.of(ex).requireAdmin();
        Map<String, String> names = store.opdRegistry().names();
        Json.ok(ex, new Accounts(store.listUsers().stream().map(u -> new Account(u.username(), u.role().id(), u.isAdmin(),
                u.kodeOpd(), u.kodeOpd() == null ? null : names.get(u.kodeOpd()), u.displayName(), u.disabled(),
                u.mustChangePassword(), u.createdAt().toString())).toList()));
    }

    /** One account: an OPD of the registry (its user name made from the OPD's name unless given), or Bappeda. */
    private void create(HttpServerExchange ex) {
        User admin = Auth.of(ex).requireAdmin();
        JsonBody body = JsonBody.read(ex, "username", "role", "kodeOpd", "displayName", "admin");
        Role role;
        try {
            role = Role.parse(body.text("role", 20));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("JSON_TIDAK_SAH", "Kolom \"role\" berisi \"opd\" atau \"bappeda\".");
        }
        String username = blankToNull(body.optionalText("username", SessionRoutes.MAX_USERNAME));
        String displayName = blankToNull(body.optionalText("displayName", MAX_DISPLAY_NAME));
        boolean makeAdmin = body.flag("admin", false);
        String kode = blankToNull(body.optionalText("kodeOpd", 64));
        OpdRegistry.Opd opd = null;
        if (role == Role.OPD) {
            if (kode == null) throw unfit("Pilih OPD akun ini (Kode OPD).");
            opd = store.opdRegistry().find(kode).orElseThrow(() -> unfit("OPD dengan kode " + kode
                    + " belum ada di daftar OPD. Tambahkan dulu OPD itu ke daftar, lalu buat akunnya."));
            if (makeAdmin) throw unfit("Hak admin akun hanya untuk akun Bappeda.");
        } else {
            if (kode != null) throw unfit("Akun Bappeda tidak memakai Kode OPD; kosongkan pilihan OPD.");
            if (username == null) throw unfit("Isi nama pengguna untuk akun Bappeda.");
        }
        if (username == null) username = AccountNames.forOpd(opd.nama(), opd.kode(), taken());
        NewAccount a = new NewAccount(username, role, opd == null ? null : opd.kode(),
                displayName != null ? displayName : opd == null ? null : opd.nama(), makeAdmin, FirstPasswords.generate().toCharArray());
        Json.send(ex, 201, issue(admin, List.of(a), opd == null ? List.of() : List.of(opd), 0));
    }

    /** One OPD account for every registry OPD that has none yet. */
    private void createForRegistry(HttpServerExchange ex) {
        User admin = Auth.of(ex).requireAdmin();
        JsonBody.readOptional(ex);
        Set<String> withAccount = new HashSet<>();
        for (User u : store.listUsers()) if (u.kodeOpd() != null) withAccount.add(u.kodeOpd());
        List<OpdRegistry.Opd> opds = store.opdRegistry().list();
        if (opds.isEmpty()) throw unfit("Daftar OPD masih kosong. Impor daftar OPD dulu, lalu buat akunnya.");
        Set<String> taken = taken();
        List<NewAccount> accounts = new ArrayList<>();
        List<OpdRegistry.Opd> forWhom = new ArrayList<>();
        for (OpdRegistry.Opd o : opds) {
            if (withAccount.contains(o.kode())) continue;
            String name = AccountNames.forOpd(o.nama(), o.kode(), taken);
            taken.add(name.toLowerCase(Locale.ROOT));
            accounts.add(new NewAccount(name, Role.OPD, o.kode(), o.nama(), false, FirstPasswords.generate().toCharArray()));
            forWhom.add(o);
        }
        if (accounts.isEmpty()) {
            throw unfit("Semua " + opds.size() + " OPD di daftar sudah punya akun. Untuk OPD yang lupa kata sandinya, pakai "
                    + "\"Atur ulang kata sandi\" pada akunnya.");
        }
        Json.send(ex, 201, issue(admin, accounts, forWhom, opds.size() - accounts.size()));
    }

    private IssuedAnswer issue(User admin, List<NewAccount> accounts, List<OpdRegistry.Opd> opds, int skipped) {
        List<User> made;
        try {
            made = store.addAccounts(accounts);
        } catch (StoreException e) {
            throw unfit(e.getMessage());
        }
        List<Issued> issued = new ArrayList<>();
        List<FirstPasswords.Line> lines = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            User u = made.get(i);
            String nama = u.kodeOpd() == null ? null : opds.stream().filter(o -> o.kode().equals(u.kodeOpd()))
                    .map(OpdRegistry.Opd::nama).findFirst().orElse(null);
            String password = new String(accounts.get(i).password());
            Arrays.fill(accounts.get(i).password(), '\0');
            issued.add(new Issued(u.username(), u.role().id(), u.kodeOpd(), nama, password));
            lines.add(new FirstPasswords.Line(u.kodeOpd(), nama, u.username(), password));
            store.audit().record(admin.id(), AuditLog.ACCOUNT_CREATED, u.username(), u.isBappeda()
                    ? "akun Bappeda" + (u.isAdmin() ? " dengan hak admin akun" : "") : "akun OPD " + u.kodeOpd() + (nama == null ? "" : " (" + nama + ")"));
        }
        LOG.info(made.size() + " accounts created by " + admin.username());
        String message = made.size() == 1 ? "Akun " + made.get(0).username() + " dibuat." : made.size() + " akun dibuat.";
        return new IssuedAnswer(message + " Catat atau unduh kata sandi pertamanya sekarang: kata sandi ini tidak dapat "
                + "ditampilkan lagi.", issued, skipped, fileName(made.size() == 1 ? made.get(0).username() : null),
                Base64.getEncoder().encodeToString(FirstPasswords.workbook(lines, publicUrl.get() + "/masuk")));
    }

    private void reset(HttpServerExchange ex) {
        User admin = Auth.of(ex).requireAdmin();
        User u = target(ex);
        if (u.id() == admin.id()) throw unfit("Kata sandi Anda sendiri diganti lewat \"Ganti kata sandi\", bukan diatur ulang.");
        String password = FirstPasswords.generate();
        char[] pw = password.toCharArray();
        Revoked r;
        try {
            r = store.resetPassword(u.username(), pw);
        } finally {
            Arrays.fill(pw, '\0');
        }
        store.audit().record(admin.id(), AuditLog.ACCOUNT_RESET, u.username(), r.sessions() + " sesi diakhiri, " + r.tokens()
                + " token API dicabut");
        LOG.info("password of " + u.username() + " reset by " + admin.username());
        String nama = u.kodeOpd() == null ? null : store.opdRegistry().find(u.kodeOpd()).map(OpdRegistry.Opd::nama).orElse(null);
        Json.ok(ex, new IssuedAnswer("Kata sandi " + u.username() + " diatur ulang; " + r.sessions() + " sesi diakhiri dan "
                + r.tokens() + " token API dicabut. Pemilik akun wajib menggantinya saat masuk. Catat atau unduh kata sandi "
                + "ini sekarang: kata sandi ini tidak dapat ditampilkan lagi.",
                List.of(new Issued(u.username(), u.role().id(), u.kodeOpd(), nama, password)), 0, fileName(u.username()),
                Base64.getEncoder().encodeToString(FirstPasswords.workbook(
                        List.of(new FirstPasswords.Line(u.kodeOpd(), nama, u.username(), password)), publicUrl.get() + "/masuk"))));
    }

    private void setDisabled(HttpServerExchange ex, boolean disabled) {
        User admin = Auth.of(ex).requireAdmin();
        User u = target(ex);
        if (disabled && u.id() == admin.id()) throw unfit("Anda tidak dapat menonaktifkan akun Anda sendiri.");
        store.setDisabled(u.username(), disabled);
        store.audit().record(admin.id(), disabled ? AuditLog.ACCOUNT_DISABLED : AuditLog.ACCOUNT_ENABLED, u.username(),
                disabled ? "sesi dan token API akun ini dicabut" : null);
        Json.ok(ex, Map.of("message", "Akun " + u.username() + (disabled ? " dinonaktifkan; sesi dan token API-nya dicabut."
                : " diaktifkan kembali.")));
    }

    private void setAdmin(HttpServerExchange ex) {
        User admin = Auth.of(ex).requireAdmin();
        User u = target(ex);
        boolean on = JsonBody.read(ex, "admin").flag("admin", true);
        if (!u.isBappeda()) throw unfit("Hak admin akun hanya untuk akun Bappeda.");
        if (!on && u.id() == admin.id()) throw unfit("Anda tidak dapat mencabut hak admin akun Anda sendiri; minta admin lain.");
        store.setAdmin(u.username(), on);
        store.audit().record(admin.id(), AuditLog.ACCOUNT_ADMIN, u.username(), on ? "diberi hak admin akun" : "hak admin akun dicabut");
        Json.ok(ex, Map.of("message", "Akun " + u.username() + (on ? " kini dapat mengelola akun." : " tidak lagi mengelola akun.")));
    }

    private User target(HttpServerExchange ex) {
        String name = Requests.pathParam(ex, "username");
        return store.findUser(name == null ? "" : name).orElseThrow(() -> ApiException.notFound("Akun \""
                + LoginThrottle.printable(name) + "\" tidak ada."));
    }

    private Set<String> taken() {
        Set<String> out = new HashSet<>();
        for (User u : store.listUsers()) out.add(u.username().toLowerCase(Locale.ROOT));
        return out;
    }

    private static String fileName(String username) {
        return "kata-sandi-pertama-" + (username == null ? "" : username.replaceAll("[^A-Za-z0-9.-]", "-") + "-")
                + LocalDate.now(ZoneOffset.UTC) + ".xlsx";
    }

    private static ApiException unfit(String message) {
        return ApiError.AKUN_TIDAK_SAH.withMessage(message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
