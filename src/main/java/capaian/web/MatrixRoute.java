package capaian.web;

import capaian.model.Periode;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.store.Store;
import capaian.store.Submission;
import capaian.store.SubmissionQuery;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bappeda's overview for one tahun and triwulan: every known OPD by every form, with the latest version's
 * status, or "belum" when nothing came. The Renja is yearly, so its column shows the year's Renja.
 */
final class MatrixRoute {
    static final String BELUM = "belum";

    record Column(String form, String title, String periode) {}

    /** {@code waktu}: on time, late, or days remaining by Bappeda's calendar (all null without a deadline). */
    record Cell(String form, String status, SubmissionView latest, ReportingCalendar.Timeliness waktu) {}

    record Row(String kodeOpd, String opd, List<Cell> cells) {}

    record Matrix(int tahun, String periode, List<Column> columns, List<Row> rows, PeriodRoutes.LockView ditutup) {}

    private final Store store;

    private final ReportingCalendar calendar;

    MatrixRoute(Store store) {
        this.store = store;
        this.calendar = new ReportingCalendar(store, java.time.Clock.systemUTC());
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/matrix", this::matrix);
    }

    private void matrix(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        String periode = Requests.periode(Requests.query(ex, "periode"));
        if (tahun == null || periode == null) {
            throw ApiException.badRequest("DATA_KURANG", "Pilih tahun dan triwulan (parameter tahun dan periode).");
        }
        Json.ok(ex, build(tahun, periode));
    }

    Matrix build(int tahun, String periode) {
        List<Column> columns = new ArrayList<>();
        Map<String, Map<String, Submission>> latestByOpd = new HashMap<>();
        Map<String, Map<String, Submission>> firstByOpd = new HashMap<>();
        List<capaian.store.Deadline> deadlines = calendar.of(tahun);
        for (FormDefinition f : Forms.all()) {
            String p = Periode.yearly(f.id()) ? Periode.TAHUNAN : periode;
            columns.add(new Column(f.id(), f.title(), p));
            for (Submission s : store.listSubmissions(new SubmissionQuery(null, tahun, p, f.id(), true))) {
                latestByOpd.computeIfAbsent(s.key().kodeOpd(), k -> new HashMap<>()).put(f.id(), s);
            }
            for (Submission s : store.listSubmissions(new SubmissionQuery(null, tahun, p, f.id(), false))) {
                firstByOpd.computeIfAbsent(s.key().kodeOpd(), k -> new HashMap<>()).merge(f.id(), s,
                        (a, b) -> a.version() <= b.version() ? a : b);
            }
        }
        List<Row> rows = new ArrayList<>();
        // Every OPD of the registry (with its registered name), and any other that has an account or sent something.
        Map<String, String> registry = store.opdRegistry().names();
        java.util.TreeSet<String> kodes = new java.util.TreeSet<>(store.knownOpds());
        kodes.addAll(registry.keySet());
        for (String kode : kodes) {
            Map<String, Submission> mine = latestByOpd.getOrDefault(kode, Map.of());
            String name = null;
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                Submission s = mine.get(c.form());
                if (s != null && s.opdName() != null) name = s.opdName();
                ReportingCalendar.Timeliness waktu = calendar.timeliness(deadlines, tahun, c.periode(), c.form(),
                        firstByOpd.getOrDefault(kode, Map.of()).get(c.form()));
                cells.add(s == null ? new Cell(c.form(), BELUM, null, waktu)
                        : new Cell(c.form(), s.status().label(), SubmissionView.of(s), waktu));
            }
            rows.add(new Row(kode, registry.getOrDefault(kode, name), cells));
        }
        return new Matrix(tahun, periode, columns, rows, store.findPeriodLock(tahun, periode).map(PeriodRoutes.LockView::of).orElse(null));
    }
}
