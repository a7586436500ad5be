package capaian.web;

import capaian.model.Periode;
import capaian.process.ProcessResult;
import capaian.report.Report;
import capaian.report.ReportJson;
import capaian.store.FileContent;
import capaian.store.NewSubmission;
import capaian.store.Store;
import capaian.store.StoredFiles;
import capaian.store.Submission;
import capaian.store.SubmissionKey;
import capaian.store.SubmissionQuery;
import capaian.store.SubmissionStatus;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Submissions to Bappeda: an OPD sends a workbook for (tahun, periode, form) of its own OPD; each send is a
 * new version. The original and result files are made durable before the row is committed, so a row never
 * points at a missing file.
 */
final class SubmissionRoutes {
    private static final Logger LOG = Logger.getLogger(SubmissionRoutes.class.getName());

    private final Store store;
    private final StoredFiles files;
    private final Workbooks workbooks;
    private final Uploads uploads;

    SubmissionRoutes(Store store, StoredFiles files, Workbooks workbooks, Uploads uploads) {
        this.store = store;
        this.files = files;
        this.workbooks = workbooks;
        this.uploads = uploads;
    }

    void register(RoutingHandler r) {
        r.post("/api/v1/submissions", this::create);
        r.get("/api/v1/submissions", this::list);
        r.get("/api/v1/submissions/{id}", this::get);
        r.get("/api/v1/submissions/{id}/original", this::original);
        r.get("/api/v1/submissions/{id}/result", this::result);
        r.get("/api/v1/submissions/{id}/report", this::report);
    }

    private void create(HttpServerExchange ex) throws Exception {
        User user = Auth.of(ex).requireOpd();
        Upload u = uploads.read(ex);
        ProcessResult r = workbooks.process(u, Requests.form(ex, u));
        Report report = r.report();
        refuseAmbiguous(report);
        SubmissionKey key = keyFor(user, u, report);
        refuseClosed(key);
        FileContent original = FileContent.of(u.bytes());
        Submission same = sameAsLatest(key, original.sha256());
        if (same != null) {
            // Not an error: the file is with Bappeda already. 200 with the version it is, and no new version.
            Json.ok(ex, Map.of("submission", SubmissionView.of(same), "summary", report.summary(), "sama", true,
                    "message", "Berkas ini sama persis dengan versi " + same.version() + " yang sudah dikirim, jadi tidak "
                            + "dicatat sebagai versi baru." + (same.status().returned()
                            ? " Versi itu dikembalikan Bappeda: perbaiki buku kerjanya menurut catatan Bappeda, lalu kirim lagi." : "")));
            return;
        }
        FileContent result = r.workbook() == null ? null : FileContent.of(r.workbook());
        String originalHash = original.sha256();
        String resultHash = result == null ? null : result.sha256();
        Report.Summary s = report.summary();
        Submission saved = store.addSubmission(new NewSubmission(key, report.header() == null ? null : report.header().opd(),
                SubmissionStatus.TERKIRIM, s.errors(), s.warnings(), s.infos(),
                u.fileName(), originalHash, u.bytes().length, resultHash, ReportJson.toJson(report), user.id()),
                result == null ? List.of(original) : List.of(original, result));
        LOG.info("submission " + saved.id() + " by " + user.username() + ": " + key + " v" + saved.version() + " "
                + saved.status().label());
        store.audit().record(user.id(), capaian.store.AuditLog.SUBMISSION_SENT, key.kodeOpd(), CalendarRoutes.formTitle(key.form())
                + ", " + PeriodRoutes.label(key.tahun(), key.periode()) + ", versi " + saved.version() + ", " + saved.status().label());
        Json.send(ex, 201, Map.of("submission", SubmissionView.of(saved), "summary", s));
    }

    /** A closed period takes no new version, unless Bappeda reopened it for this OPD. */
    private void refuseClosed(SubmissionKey key) {
        store.findPeriodLock(key.tahun(), key.periode()).filter(l -> l.refuses(key.kodeOpd())).ifPresent(l -> {
            throw ApiError.PERIODE_DITUTUP.withMessage("Periode " + PeriodRoutes.label(key.tahun(), key.periode())
                    + " sudah ditutup Bappeda, jadi kiriman baru tidak dapat diterima dan rekap yang sudah disajikan tetap. "
                    + "Bila perlu mengirim perbaikan, minta Bappeda membuka kembali periode ini untuk OPD Anda.");
        });
    }

    /** The latest version of this key when it holds exactly these bytes. */
    private Submission sameAsLatest(SubmissionKey key, String sha) {
        return store.listSubmissions(new SubmissionQuery(key.kodeOpd(), key.tahun(), key.periode(), key.form(), true)).stream()
                .filter(x -> x.originalSha256().equals(sha)).findFirst().orElse(null);
    }

    /**
     * The key comes from the workbook's own header; the form fields fill what the header lacks and must agree
     * with what it says, so that a workbook is never filed under another OPD, year or quarter than it states.
     */
    static SubmissionKey keyFor(User user, Upload u, Report report) {
        Report.Header h = report.header();
        String form = report.form() != null ? report.form() : Workbooks.validForm(u.field("form"));
        if (form == null) throw ApiError.JENIS_FORMULIR_KOSONG.error();
        String kode = h == null ? null : blankToNull(h.kodeOpd());
        if (kode != null && !kode.equals(user.kodeOpd())) {
            throw ApiException.unprocessable("OPD_TIDAK_SESUAI", "Kode OPD di buku kerja (" + kode
                    + ") bukan kode OPD akun Anda (" + user.kodeOpd() + "). Periksa isian Kode OPD.");
        }
        Integer tahun = agree("Tahun", h == null ? null : h.tahun(), Requests.tahun(u.field("tahun")));
        if (tahun == null) {
            throw ApiException.unprocessable("TAHUN_KOSONG", "Tahun tidak terbaca dari buku kerja; isi Tahun di kepala formulir.");
        }
        String periode = Periode.yearly(form) ? Periode.TAHUNAN
                : agree("Triwulan", h == null ? null : Periode.normalize(h.periode()), Requests.periode(u.field("periode")));
        if (periode == null) {
            throw ApiException.unprocessable("PERIODE_KOSONG", "Triwulan tidak terbaca dari buku kerja; isi Triwulan di kepala formulir.");
        }
        return new SubmissionKey(user.kodeOpd(), tahun, periode, form);
    }

    /**
     * A workbook with several sheets carrying the form, none singled out by the chosen triwulan, is never filed:
     * Bappeda would get a quarter the OPD did not choose.
     */
    static void refuseAmbiguous(Report report) {
        for (Report.FindingEntry f : report.findings()) {
            if (!"SHEET_AMBIGUOUS".equals(f.code())) continue;
            throw ApiError.LEMBAR_GANDA.withMessage("Buku kerja ini berisi beberapa lembar formulir: " + f.value()
                    + ". Capaian tidak tahu lembar mana yang akan dikirim. Pilih Triwulan saat mengirim dan isi Triwulan di "
                    + "kepala tiap lembar (lembar triwulan itu yang dikirim), atau hapus lembar yang tidak dipakai, lalu kirim lagi.");
        }
    }

    private static <T> T agree(String what, T fromWorkbook, T fromForm) {
        if (fromWorkbook != null && fromForm != null && !fromWorkbook.equals(fromForm)) {
            throw ApiException.unprocessable("ISIAN_TIDAK_SESUAI", what + " di buku kerja (" + fromWorkbook
                    + ") berbeda dengan yang dipilih (" + fromForm + ").");
        }
        return fromWorkbook != null ? fromWorkbook : fromForm;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void list(HttpServerExchange ex) {
        User user = Auth.of(ex).require();
        String opd = user.isBappeda() ? Requests.query(ex, "opd") : user.kodeOpd();
        List<SubmissionView> list = store.listSubmissions(new SubmissionQuery(opd, Requests.tahun(Requests.query(ex, "tahun")),
                        Requests.periode(Requests.query(ex, "periode")), Requests.query(ex, "form"),
                        "true".equals(Requests.query(ex, "latest"))))
                .stream().map(SubmissionView::of).toList();
        Json.ok(ex, Map.of("submissions", list));
    }

    /** Another OPD's submission answers 404, as if it did not exist: its existence is not the asker's business. */
    private Submission visible(HttpServerExchange ex) {
        User user = Auth.of(ex).require();
        Submission s = store.findSubmission(Requests.idParam(ex)).orElse(null);
        if (s == null || !user.maySee(s.key().kodeOpd())) throw ApiException.notFound("Kiriman tidak ditemukan.");
        return s;
    }

    private void get(HttpServerExchange ex) {
        Json.ok(ex, SubmissionView.of(visible(ex)));
    }

    private void original(HttpServerExchange ex) throws Exception {
        Submission s = visible(ex);
        sendFile(ex, s.originalSha256(), Downloads.originalName(s.originalName()));
    }

    private void result(HttpServerExchange ex) throws Exception {
        Submission s = visible(ex);
        if (s.resultSha256() == null) throw ApiException.notFound("Kiriman ini tidak punya buku kerja hasil.");
        String name = Downloads.resultName(s.key().kodeOpd(), s.key().form(), s.key().tahun(), s.key().periode());
        List<capaian.store.SubmissionNote> notes = store.listNotes(s.id());
        if (notes.isEmpty()) {
            sendFile(ex, s.resultSha256(), name);
            return;
        }
        byte[] stored = files.readAll(s.resultSha256()).orElse(null);
        if (stored == null) throw ApiError.BERKAS_HILANG.error();
        byte[] annotated = workbooks.limited(() -> capaian.write.BappedaNotes.annotate(stored, notes.stream()
                .map(VerificationRoutes::forWorkbook).toList()));
        Downloads.send(ex, Downloads.XLSX, name, annotated);
    }

    private void sendFile(HttpServerExchange ex, String hash, String name) throws Exception {
        long size = files.size(hash).orElseThrow(() -> {
            LOG.severe("file " + hash + " of a stored submission is missing from the store");
            return new ApiException(500, "BERKAS_HILANG", "Berkas kiriman ini tidak ditemukan di server. Hubungi admin.");
        });
        Downloads.send(ex, Downloads.XLSX, name, files.open(hash), size);
    }

    private void report(HttpServerExchange ex) {
        Submission s = visible(ex);
        Json.sendText(ex, 200, store.reportJson(s.id()).orElseThrow(() -> ApiException.notFound("Laporan tidak ditemukan.")));
    }
}
