package capaian.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who did what, when, to what: logins, account changes, submissions, verdicts, notes, period locks. Kept in the
 * database ({@code audit_log}) beside what it describes. Actions are short dotted names ({@code akun.buat}); the
 * page shows them through {@link #label}.
 */
public final class AuditLog {
    // Actions recorded here and by the routes; others may add their own (a label is made from the name).
    public static final String LOGIN_OK = "masuk.berhasil";
    public static final String LOGIN_FAILED = "masuk.gagal";
    public static final String PASSWORD_CHANGED = "sandi.ganti";
    public static final String ACCOUNT_CREATED = "akun.buat";
    public static final String ACCOUNT_RESET = "akun.reset";
    public static final String ACCOUNT_PASSWORD_SET = "akun.sandi";
    public static final String ACCOUNT_DISABLED = "akun.nonaktif";
    public static final String ACCOUNT_ENABLED = "akun.aktif";
    public static final String ACCOUNT_ADMIN = "akun.admin";
    public static final String OPD_IMPORTED = "opd.impor";
    public static final String OPD_SAVED = "opd.simpan";
    public static final String OPD_DELETED = "opd.hapus";
    public static final String SUBMISSION_SENT = "kiriman.kirim";
    public static final String SUBMISSION_STATUS = "kiriman.status";
    public static final String SUBMISSION_ACCEPTED = "kiriman.diterima";
    public static final String SUBMISSION_RETURNED = "kiriman.dikembalikan";
    public static final String NOTE_WRITTEN = "catatan.tulis";
    public static final String PERIOD_CLOSED = "periode.tutup";
    public static final String PERIOD_REOPENED = "periode.buka";
    public static final String SCHEDULE_SET = "jadwal.atur";
    public static final String SCHEDULE_DELETED = "jadwal.hapus";
    public static final String LOGIN_UNLOCKED = "kunci.buka";
    public static final String TOKEN_MINTED = "token.buat";
    public static final String TOKEN_REVOKED = "token.cabut";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(LOGIN_OK, "Masuk"),
            Map.entry(LOGIN_FAILED, "Gagal masuk"),
            Map.entry(PASSWORD_CHANGED, "Mengganti kata sandi sendiri"),
            Map.entry(ACCOUNT_CREATED, "Membuat akun"),
            Map.entry(ACCOUNT_RESET, "Mengatur ulang kata sandi akun"),
            Map.entry(ACCOUNT_PASSWORD_SET, "Mengganti kata sandi akun"),
            Map.entry(ACCOUNT_DISABLED, "Menonaktifkan akun"),
            Map.entry(ACCOUNT_ENABLED, "Mengaktifkan akun"),
            Map.entry(ACCOUNT_ADMIN, "Mengubah hak admin akun"),
            Map.entry(OPD_IMPORTED, "Mengimpor daftar OPD"),
            Map.entry(OPD_SAVED, "Menyimpan data OPD"),
            Map.entry(OPD_DELETED, "Menghapus OPD dari daftar"),
            Map.entry(SUBMISSION_SENT, "Mengirim formulir"),
            Map.entry(SUBMISSION_STATUS, "Memberi status kiriman"),
            Map.entry(SUBMISSION_ACCEPTED, "Menerima kiriman"),
            Map.entry(SUBMISSION_RETURNED, "Mengembalikan kiriman"),
            Map.entry(NOTE_WRITTEN, "Menulis catatan"),
            Map.entry(PERIOD_CLOSED, "Menutup periode"),
            Map.entry(PERIOD_REOPENED, "Membuka kembali periode"),
            Map.entry(SCHEDULE_SET, "Mengatur jadwal pelaporan"),
            Map.entry(SCHEDULE_DELETED, "Menghapus jadwal pelaporan"),
            Map.entry(LOGIN_UNLOCKED, "Membuka kunci masuk"),
            Map.entry(TOKEN_MINTED, "Membuat token API"),
            Map.entry(TOKEN_REVOKED, "Mencabut token API"));

    /** The groups the page filters by: the part of an action's name before the dot. */
    public static final Map<String, String> GROUPS = Map.of(
            "masuk", "Masuk dan gagal masuk",
            "sandi", "Ganti kata sandi",
            "akun", "Perubahan akun",
            "opd", "Daftar OPD",
            "kiriman", "Kiriman dan status",
            "catatan", "Catatan",
            "periode", "Penutupan periode",
            "kunci", "Kunci masuk",
            "token", "Token API");

    static final int MAX_ROWS = 1000;
    private static final int MAX_TEXT = 2000;

    /** One line of the log; {@code actorUserId} null where nobody was known (failed login, command line). */
    public record Entry(long id, Instant at, Long actorUserId, String actorName, String action, String target,
                        String detail) {}

    /**
     * A filter: every part may be null. {@code action} is a whole action or its group ({@code akun});
     * times are epoch milliseconds, {@code to} exclusive; at most {@code limit} lines (capped at 1000), newest first.
     */
    public record Query(String actor, String action, Long fromMillis, Long toMillis, int limit) {
        public static Query latest(int limit) {
            return new Query(null, null, null, null, limit);
        }
    }

    private final Sql.Access db;

    AuditLog(Sql.Access db) {
        this.db = db;
    }

    /**
     * Records what a known user did (or, with a null id, what happened without one). The actor's user name is
     * stored with the line.
     */
    public void record(Long actorUserId, String action, String target, String detail) {
        db.write(c -> {
            String name = actorUserId == null ? null : Sql.queryOne(c, "SELECT username FROM users WHERE id = ?",
                    rs -> rs.getString(1), actorUserId).orElse(null);
            return insert(c, actorUserId, name, action, target, detail);
        });
    }

    /** Records what somebody known only by a name did: a failed login's typed name, the command line. */
    public void recordNamed(String actorName, String action, String target, String detail) {
        db.write(c -> insert(c, null, actorName, action, target, detail));
    }

    private static long insert(java.sql.Connection c, Long id, String name, String action, String target, String detail)
            throws java.sql.SQLException {
        if (action == null || action.isBlank()) throw new IllegalArgumentException("an audit line needs an action");
        return Sql.insert(c, "INSERT INTO audit_log (at, actor_user_id, actor_name, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
                System.currentTimeMillis(), id, clip(name), action, clip(target), clip(detail));
    }

    public List<Entry> query(Query q) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor_user_id, actor_name, action, target, detail FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND lower(actor_name) = lower(?)");
            args.add(q.actor().trim());
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" AND (action = ? OR action LIKE ?)");
            args.add(q.action().trim());
            args.add(q.action().trim() + ".%");
        }
        if (q.fromMillis() != null) {
            sql.append(" AND at >= ?");
            args.add(q.fromMillis());
        }
        if (q.toMillis() != null) {
            sql.append(" AND at < ?");
            args.add(q.toMillis());
        }
        int limit = q.limit() <= 0 ? 200 : Math.min(q.limit(), MAX_ROWS);
        sql.append(" ORDER BY at DESC, id DESC LIMIT ").append(limit);
        return db.read(c -> Sql.query(c, sql.toString(), rs -> new Entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                Sql.longOrNull(rs, 3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), args.toArray()));
    }

    /** The action in words for the page; an action without its own words reads as its name with spaces. */
    public static String label(String action) {
        String known = LABELS.get(action);
        if (known != null) return known;
        String words = action == null ? "" : action.replace('.', ' ').replace('_', ' ').replace('-', ' ').trim();
        return words.isEmpty() ? "" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String clip(String s) {
        if (s == null) return null;
        String clean = s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "?");
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) + "…" : clean;
    }
}
