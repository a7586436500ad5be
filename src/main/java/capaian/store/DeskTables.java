package capaian.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of Bappeda's desk (migration V4): calendar, closed periods and reopenings, rekap snapshots and notes
 * on submissions. Portable between SQLite and PostgreSQL; the store calls it under its own lock.
 */
final class DeskTables {
    private static final String DEADLINE_SELECT = "SELECT c.tahun, c.periode, c.form, c.opens_on, c.due_on, u.username, c.set_at "
            + "FROM report_calendar c JOIN users u ON u.id = c.set_by";
    private static final String SNAPSHOT_SELECT = "SELECT r.id, r.tahun, r.periode, r.form, r.workbook_sha256, u.username, r.created_at "
            + "FROM rekap_snapshots r JOIN users u ON u.id = r.created_by";
    private static final String NOTE_SELECT = "SELECT n.id, n.submission_id, n.sheet, n.row_number, n.cell, n.note, u.username, n.created_at "
            + "FROM submission_notes n JOIN users u ON u.id = n.author";

    private final java.util.function.Supplier<Connection> connection;

    DeskTables(java.util.function.Supplier<Connection> connection) {
        this.connection = connection;
    }

    // calendar

    void setDeadline(int tahun, String periode, String form, LocalDate opensOn, LocalDate dueOn, long byUserId) throws SQLException {
        update("INSERT INTO report_calendar (tahun, periode, form, opens_on, due_on, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (tahun, periode, form) DO UPDATE SET opens_on = excluded.opens_on, due_on = excluded.due_on, "
                        + "set_by = excluded.set_by, set_at = excluded.set_at",
                tahun, periode, form, opensOn.toString(), dueOn.toString(), byUserId, System.currentTimeMillis());
    }

    boolean deleteDeadline(int tahun, String periode, String form) throws SQLException {
        return update("DELETE FROM report_calendar WHERE tahun = ? AND periode = ? AND form = ?", tahun, periode, form) > 0;
    }

    List<Deadline> listDeadlines(Integer tahun) throws SQLException {
        String order = " ORDER BY c.tahun DESC, c.periode, c.form";
        return tahun == null ? query(DEADLINE_SELECT + order, this::deadline)
                : query(DEADLINE_SELECT + " WHERE c.tahun = ?" + order, this::deadline, tahun);
    }

    // closed periods

    Optional<PeriodLock> findLock(int tahun, String periode) throws SQLException {
        List<PeriodLock> l = locks(" WHERE l.tahun = ? AND l.periode = ?", tahun, periode);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    List<PeriodLock> listLocks(Integer tahun) throws SQLException {
        return tahun == null ? locks("") : locks(" WHERE l.tahun = ?", tahun);
    }

    private List<PeriodLock> locks(String where, Object... args) throws SQLException {
        List<PeriodLock> out = new ArrayList<>();
        for (Object[] l : query("SELECT l.tahun, l.periode, u.username, l.closed_at FROM period_locks l JOIN users u "
                + "ON u.id = l.closed_by" + where + " ORDER BY l.tahun DESC, l.periode", rs -> new Object[]{
                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4)}, args)) {
            List<String> reopened = query("SELECT kode_opd FROM period_reopenings WHERE tahun = ? AND periode = ? ORDER BY kode_opd",
                    rs -> rs.getString(1), l[0], l[1]);
            out.add(new PeriodLock((Integer) l[0], (String) l[1], (String) l[2], Instant.ofEpochMilli((Long) l[3]), reopened));
        }
        return out;
    }

    /** Closes (or closes again) the period: reopenings end, and the given rekaps are frozen. Call in a transaction. */
    List<Long> close(int tahun, String periode, long byUserId, List<NewRekapSnapshot> snapshots) throws SQLException {
        long now = System.currentTimeMillis();
        update("INSERT INTO period_locks (tahun, periode, closed_by, closed_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (tahun, periode) DO UPDATE SET closed_by = excluded.closed_by, closed_at = excluded.closed_at",
                tahun, periode, byUserId, now);
        update("DELETE FROM period_reopenings WHERE tahun = ? AND periode = ?", tahun, periode);
        List<Long> ids = new ArrayList<>();
        for (NewRekapSnapshot s : snapshots) {
            ids.add(insert("INSERT INTO rekap_snapshots (tahun, periode, form, rekap_json, workbook_sha256, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", tahun, periode, s.form(), s.rekapJson(), s.workbookSha256(), byUserId, now));
        }
        return ids;
    }

    boolean reopenFor(int tahun, String periode, String kodeOpd, long byUserId) throws SQLException {
        if (findLock(tahun, periode).isEmpty()) return false;
        update("INSERT INTO period_reopenings (tahun, periode, kode_opd, reopened_by, reopened_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (tahun, periode, kode_opd) DO UPDATE SET reopened_by = excluded.reopened_by, "
                        + "reopened_at = excluded.reopened_at",
                tahun, periode, kodeOpd, byUserId, System.currentTimeMillis());
        return true;
    }

    // snapshots

    List<RekapSnapshot> listSnapshots(Integer tahun, String periode) throws SQLException {
        StringBuilder sql = new StringBuilder(SNAPSHOT_SELECT + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (tahun != null) {
            sql.append(" AND r.tahun = ?");
            args.add(tahun);
        }
        if (periode != null) {
            sql.append(" AND r.periode = ?");
            args.add(periode);
        }
        return query(sql + " ORDER BY r.id DESC", this::snapshot, args.toArray());
    }

    Optional<RekapSnapshot> findSnapshot(long id) throws SQLException {
        return first(query(SNAPSHOT_SELECT + " WHERE r.id = ?", this::snapshot, id));
    }

    Optional<String> snapshotJson(long id) throws SQLException {
        return first(query("SELECT rekap_json FROM rekap_snapshots WHERE id = ?", rs -> rs.getString(1), id));
    }

    // notes

    SubmissionNote addNote(long submissionId, String sheet, int row, String cell, String note, long byUserId) throws SQLException {
        long id = insert("INSERT INTO submission_notes (submission_id, sheet, row_number, cell, note, author, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", submissionId, sheet, row, cell, note, byUserId, System.currentTimeMillis());
        return first(query(NOTE_SELECT + " WHERE n.id = ?", this::note, id)).orElseThrow();
    }

    List<SubmissionNote> listNotes(long submissionId) throws SQLException {
        return query(NOTE_SELECT + " WHERE n.submission_id = ? ORDER BY n.sheet, n.row_number, n.id", this::note, submissionId);
    }

    // mapping

    private Deadline deadline(ResultSet rs) throws SQLException {
        return new Deadline(rs.getInt(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                LocalDate.parse(rs.getString(5)), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)));
    }

    private RekapSnapshot snapshot(ResultSet rs) throws SQLException {
        return new RekapSnapshot(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)));
    }

    private SubmissionNote note(ResultSet rs) throws SQLException {
        return new SubmissionNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)));
    }

    // JDBC plumbing

    @FunctionalInterface
    private interface Rows<T> { T map(ResultSet rs) throws SQLException; }

    private static <T> Optional<T> first(List<T> l) {
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private PreparedStatement prepare(String sql, int keys, Object... args) throws SQLException {
        PreparedStatement ps = conn().prepareStatement(sql, keys);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps;
    }

    private <T> List<T> query(String sql, Rows<T> rows, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, Statement.NO_GENERATED_KEYS, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(rows.map(rs));
            return out;
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, Statement.NO_GENERATED_KEYS, args)) {
            return ps.executeUpdate();
        }
    }

    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, Statement.RETURN_GENERATED_KEYS, args)) {
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) throw new SQLException("no generated key for: " + sql);
                return rs.getLong(1);
            }
        }
    }

    /** The store's connection of the call in progress. */
    private Connection conn() {
        return connection.get();
    }
}
