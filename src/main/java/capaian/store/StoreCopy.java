package capaian.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Copies an installation from one store to another (a data directory's SQLite to PostgreSQL): accounts, API
 * tokens, submissions with their files, the OPD registry, the audit log, the calendar, closed periods, rekap
 * snapshots with their workbooks and Bappeda's notes, keeping ids, so that links and downloads stay the same. Sessions and
 * failed-login counts are not copied (users log in again). Each batch of rows and their files is one transaction
 * of the target; a row already there is left as it is, so the copy can be run again after an interruption. Then
 * every source row is compared with the target's and every file is read back and hashed.
 */
final class StoreCopy {
    /**
     * A table and its columns as both schemas have them, copied in batches of {@code batch} rows ordered by its key
     * (the id where it has one); {@code files} name the columns holding hashes of stored files copied with the row.
     * Tables of later migrations join this list, parents before children.
     */
    record Table(String name, List<String> key, List<String> columns, List<String> files, int batch) {
        Table(String name, List<String> columns, int batch) {
            this(name, List.of("id"), columns, List.of(), batch);
        }

        boolean byId() {
            return key.equals(List.of("id"));
        }
    }

    static final List<Table> TABLES = List.of(
            new Table("users", List.of("id", "username", "role", "kode_opd", "display_name", "password_hash", "disabled",
                    "created_at", "is_admin", "must_change_password"), 500),
            new Table("api_tokens", List.of("id", "token_hash", "user_id", "name", "created_at", "expires_at", "last_used_at"), 500),
            new Table("submissions", List.of("id"), List.of("id", "kode_opd", "opd_name", "tahun", "periode", "form", "version",
                    "status", "errors", "warnings", "infos", "original_name", "original_sha256", "original_size", "result_sha256",
                    "report_json", "submitted_by", "submitted_at", "status_note", "status_by", "status_at"),
                    List.of("original_sha256", "result_sha256"), 50),
            // Bappeda's desk (V3, V4): small tables keyed by what they describe, copied whole
            new Table("opd_registry", List.of("kode"), List.of("kode", "nama", "urusan", "updated_at"), List.of(), Integer.MAX_VALUE),
            new Table("audit_log", List.of("id", "at", "actor_user_id", "actor_name", "action", "target", "detail"), 1000),
            new Table("report_calendar", List.of("tahun", "periode", "form"), List.of("tahun", "periode", "form", "opens_on",
                    "due_on", "set_by", "set_at"), List.of(), Integer.MAX_VALUE),
            new Table("period_locks", List.of("tahun", "periode"), List.of("tahun", "periode", "closed_by", "closed_at"),
                    List.of(), Integer.MAX_VALUE),
            new Table("period_reopenings", List.of("tahun", "periode", "kode_opd"), List.of("tahun", "periode", "kode_opd",
                    "reopened_by", "reopened_at"), List.of(), Integer.MAX_VALUE),
            new Table("rekap_snapshots", List.of("id"), List.of("id", "tahun", "periode", "form", "rekap_json", "workbook_sha256",
                    "created_by", "created_at"), List.of("workbook_sha256"), 50),
            new Table("submission_notes", List.of("id", "submission_id", "sheet", "row_number", "cell", "note", "author",
                    "created_at"), 500));

    record TableResult(String table, long source, long copied, long mismatched) {}

    record Result(List<TableResult> tables, long files, long fileBytes, long badFiles) {
        boolean verified() {
            return badFiles == 0 && tables.stream().allMatch(t -> t.mismatched() == 0);
        }
    }

    private final JdbcStore from;
    private final JdbcStore to;

    StoreCopy(JdbcStore from, JdbcStore to) {
        this.from = from;
        this.to = to;
    }

    Result run() {
        if (from.schemaVersion() != to.schemaVersion()) {
            throw new StoreException("versi skema berbeda (" + from.schemaVersion() + " dan " + to.schemaVersion() + ")");
        }
        List<TableResult> results = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (Table t : TABLES) results.add(copy(t, hashes));
        if (to.dialect() == Dialect.POSTGRESQL) {
            for (Table t : TABLES) {
                if (!t.byId()) continue;
                to.call(() -> to.queryOne("SELECT setval(pg_get_serial_sequence('" + t.name() + "', 'id'), "
                        + "GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + t.name() + "), 1))", rs -> rs.getLong(1)));
            }
        }
        List<TableResult> verified = new ArrayList<>();
        for (int i = 0; i < TABLES.size(); i++) {
            TableResult r = results.get(i);
            verified.add(new TableResult(r.table(), r.source(), r.copied(), mismatches(TABLES.get(i))));
        }
        long bytes = 0;
        long bad = 0;
        for (String h : hashes) {
            long n = rehash(to, h);
            if (n < 0) bad++;
            else bytes += n;
        }
        return new Result(verified, hashes.size(), bytes, bad);
    }

    private String select(Table t) {
        return "SELECT " + String.join(", ", t.columns()) + " FROM " + t.name() + " WHERE id > ? ORDER BY id LIMIT " + t.batch();
    }

    /** Every row of a table without an id, ordered by its key (such tables are small: a row per OPD or period). */
    private List<Object[]> allRows(Table t) {
        String sql = "SELECT " + String.join(", ", t.columns()) + " FROM " + t.name() + " ORDER BY " + String.join(", ", t.key());
        return from.call(() -> from.query(sql, rs -> row(rs, t.columns().size())));
    }

    /** The source's rows after {@code last}: by id in batches, or all at once for a keyed table (then only once). */
    private List<Object[]> rowsAfter(Table t, long last, boolean first) {
        if (!t.byId()) return first ? allRows(t) : List.of();
        return from.call(() -> from.query(select(t), rs -> row(rs, t.columns().size()), last));
    }

    private TableResult copy(Table t, Set<String> hashes) {
        String insert = "INSERT INTO " + t.name() + " (" + String.join(", ", t.columns()) + ") VALUES ("
                + String.join(", ", t.columns().stream().map(c -> "?").toList()) + ") ON CONFLICT ("
                + String.join(", ", t.key()) + ") DO NOTHING";
        long last = 0;
        long source = 0;
        long copied = 0;
        for (boolean first = true; ; first = false) {
            List<Object[]> rows = rowsAfter(t, last, first);
            if (rows.isEmpty()) break;
            source += rows.size();
            copied += to.inTransaction(() -> {
                long n = 0;
                for (Object[] r : rows) {
                    // The files first, in the same target transaction as their row.
                    for (String column : t.files()) {
                        String hash = col(t, r, column);
                        if (hash != null) to.files().put(new Copied(from.files(), hash));
                    }
                    n += to.update(insert, r);
                }
                return n;
            });
            for (Object[] r : rows) {
                for (String column : t.files()) {
                    if (col(t, r, column) != null) hashes.add(col(t, r, column));
                }
            }
            if (!t.byId()) continue;
            last = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
        return new TableResult(t.name(), source, copied, 0);
    }

    /** Source rows whose target row (same id) is missing or differs in any column. */
    private long mismatches(Table t) {
        long last = 0;
        long bad = 0;
        String byKey = "SELECT " + String.join(", ", t.columns()) + " FROM " + t.name() + " WHERE "
                + String.join(" AND ", t.key().stream().map(k -> k + " = ?").toList());
        for (boolean first = true; ; first = false) {
            List<Object[]> rows = rowsAfter(t, last, first);
            if (rows.isEmpty()) break;
            for (Object[] r : rows) {
                Object[] key = t.key().stream().map(k -> r[t.columns().indexOf(k)]).toArray();
                Object[] there = to.call(() -> to.queryOne(byKey, rs -> row(rs, t.columns().size()), key)).orElse(null);
                // A token's last use is noted on every use: a token used on the new store is still the same token.
                if (there == null || !same(r, there, t.columns().indexOf("last_used_at"))) bad++;
            }
            if (!t.byId()) continue;
            last = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
        return bad;
    }

    private static Object[] row(ResultSet rs, int n) throws java.sql.SQLException {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) r[i] = rs.getObject(i + 1);
        return r;
    }

    /** Column by column, numbers by value (SQLite gives Integer where PostgreSQL gives Long). */
    private static boolean same(Object[] a, Object[] b, int skip) {
        for (int i = 0; i < a.length; i++) {
            if (i == skip) continue;
            Object x = a[i] instanceof Number n ? (Object) n.longValue() : a[i];
            Object y = b[i] instanceof Number n ? (Object) n.longValue() : b[i];
            if (!Objects.equals(x, y)) return false;
        }
        return true;
    }

    private static String col(Table t, Object[] r, String column) {
        Object v = r[t.columns().indexOf(column)];
        return v == null ? null : v.toString();
    }

    /** Reads the file back from the store and returns its size, or -1 when it is missing or its hash differs. */
    static long rehash(JdbcStore store, String hash) {
        MessageDigest d = Secrets.sha256();
        long size = 0;
        try (InputStream in = store.files().open(hash)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
                size += n;
            }
        } catch (IOException e) {
            return -1;
        }
        return HexFormat.of().formatHex(d.digest()).equals(hash) ? size : -1;
    }

    /** A file of the source store, streamed when the target stores it. */
    private record Copied(StoredFiles source, String sha256) implements FileContent {
        @Override
        public long size() {
            return source.size(sha256).orElseThrow(() -> new StoreException("berkas " + sha256 + " tidak ada di sumber"));
        }

        @Override
        public InputStream open() throws IOException {
            return source.open(sha256);
        }
    }
}
