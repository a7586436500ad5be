package capaian.web;

import capaian.consolidate.Rekap;
import capaian.consolidate.RekapJson;
import capaian.consolidate.Selection;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.model.Periode;
import capaian.store.StoredFiles;
import capaian.store.NewRekapSnapshot;
import capaian.store.PeriodLock;
import capaian.store.RekapSnapshot;
import capaian.store.Store;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Closing a period: afterwards no OPD sends a new version unless Bappeda reopens the period for it, and the rekap
 * of each form of the period is frozen as a snapshot (JSON and workbook). Closing again after a reopening makes
 * new snapshots; the earlier ones are kept.
 */
final class PeriodRoutes {
    private final Store store;
    private final StoredFiles files;
    private final RekapRoute rekap;
    private final Workbooks workbooks;

    PeriodRoutes(Store store, StoredFiles files, RekapRoute rekap, Workbooks workbooks) {
        this.store = store;
        this.files = files;
        this.rekap = rekap;
        this.workbooks = workbooks;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/periode", this::list);
        r.post("/api/v1/periode/tutup", this::close);
        r.post("/api/v1/periode/buka", this::reopen);
        r.get("/api/v1/snapshots", this::snapshots);
        r.get("/api/v1/snapshots/{id}", this::snapshot);
        r.get("/api/v1/snapshots/{id}/xlsx", this::snapshotWorkbook);
    }

    /** "Triwulan II 2026", "tahun 2026" for the yearly period. */
    static String label(int tahun, String periode) {
        return Periode.TAHUNAN.equals(periode) ? "tahunan " + tahun : "Triwulan " + periode + " " + tahun;
    }

    record LockView(int tahun, String periode, String ditutupOleh, String ditutupPada, List<String> dibukaUntuk) {
        static LockView of(PeriodLock l) {
            return new LockView(l.tahun(), l.periode(), l.closedBy(), l.closedAt().toString(), l.reopenedFor());
        }
    }

    record SnapshotView(long id, int tahun, String periode, String form, String formulir, String dibuatOleh,
                        String dibuatPada, String json, String xlsx) {
        static SnapshotView of(RekapSnapshot s) {
            String base = "/api/v1/snapshots/" + s.id();
            return new SnapshotView(s.id(), s.tahun(), s.periode(), s.form(),
                    Forms.byId(s.form()).map(FormDefinition::title).orElse(s.form()), s.createdBy(), s.createdAt().toString(),
                    base, base + "/xlsx");
        }
    }

    /** Which periods are closed: any signed-in user (an OPD sees why its sending is refused). */
    private void list(HttpServerExchange ex) {
        Auth.of(ex).require();
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        Json.ok(ex, Map.of("ditutup", store.listPeriodLocks(tahun).stream().map(LockView::of).toList()));
    }

    private record Period(int tahun, String periode) {}

    private static Period period(JsonBody body) {
        Integer tahun = body.optionalWholeNumber("tahun", 2000, 2100);
        String periode = Requests.periode(body.optionalText("periode", 20));
        if (tahun == null || periode == null) {
            throw ApiError.DATA_KURANG.withMessage("Pilih tahun dan triwulan (kolom tahun dan periode).");
        }
        return new Period(tahun, periode);
    }

    private void close(HttpServerExchange ex) throws Exception {
        User user = Auth.of(ex).requireBappeda();
        Period p = period(JsonBody.read(ex, "tahun", "periode"));
        List<NewRekapSnapshot> frozen = new ArrayList<>();
        for (FormDefinition f : Forms.all()) {
            if (Periode.yearly(f.id()) != Periode.TAHUNAN.equals(p.periode())) continue;
            Selection sel = new Selection(f.id(), p.tahun(), p.periode());
            Map.Entry<String, byte[]> made = workbooks.limited(() -> {
                Rekap r = rekap.fromStore(sel);
                return Map.entry(RekapJson.toJson(r), rekap.writer().write(r));
            });
            frozen.add(new NewRekapSnapshot(f.id(), made.getKey(), files.put(made.getValue())));
        }
        List<RekapSnapshot> saved = store.closePeriod(p.tahun(), p.periode(), user.id(), frozen);
        store.audit().record(user.id(), capaian.store.AuditLog.PERIOD_CLOSED, label(p.tahun(), p.periode()),
                saved.size() + " rekap dibekukan (snapshot " + saved.stream().map(s -> "#" + s.id()).toList() + ")");
        Json.ok(ex, Map.of("ditutup", LockView.of(store.findPeriodLock(p.tahun(), p.periode()).orElseThrow()),
                "snapshots", saved.stream().map(SnapshotView::of).toList()));
    }

    private void reopen(HttpServerExchange ex) {
        User user = Auth.of(ex).requireBappeda();
        JsonBody body = JsonBody.read(ex, "tahun", "periode", "kodeOpd");
        Period p = period(body);
        String kode = body.text("kodeOpd", 64).strip();
        if (!store.reopenPeriodFor(p.tahun(), p.periode(), kode, user.id())) throw ApiError.PERIODE_BELUM_DITUTUP.error();
        store.audit().record(user.id(), capaian.store.AuditLog.PERIOD_REOPENED, label(p.tahun(), p.periode()), "untuk OPD " + kode);
        Json.ok(ex, Map.of("ditutup", LockView.of(store.findPeriodLock(p.tahun(), p.periode()).orElseThrow())));
    }

    private void snapshots(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        String periode = Requests.periode(Requests.query(ex, "periode"));
        Json.ok(ex, Map.of("snapshots", store.listSnapshots(tahun, periode).stream().map(SnapshotView::of).toList()));
    }

    private RekapSnapshot found(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        return store.findSnapshot(Requests.idParam(ex)).orElseThrow(() -> ApiException.notFound("Snapshot rekap tidak ditemukan."));
    }

    private void snapshot(HttpServerExchange ex) {
        RekapSnapshot s = found(ex);
        Json.sendText(ex, 200, store.snapshotJson(s.id()).orElseThrow());
    }

    private void snapshotWorkbook(HttpServerExchange ex) throws Exception {
        RekapSnapshot s = found(ex);
        byte[] xlsx = files.readAll(s.workbookSha256()).orElse(null);
        if (xlsx == null) throw ApiError.BERKAS_HILANG.error();
        Downloads.send(ex, Downloads.XLSX, "rekap-" + s.form() + "-" + s.tahun() + "-"
                + (Periode.TAHUNAN.equals(s.periode()) ? "tahunan" : "tw" + s.periode()) + "-snapshot-" + s.id() + ".xlsx", xlsx);
    }
}
