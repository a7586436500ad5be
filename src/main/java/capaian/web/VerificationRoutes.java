package capaian.web;

import capaian.form.Role;
import capaian.model.Periode;
import capaian.evaluate.Evaluation;
import capaian.model.SheetData;
import capaian.report.ReportBuilder;
import capaian.store.StoredFiles;
import capaian.store.Store;
import capaian.store.Submission;
import capaian.store.SubmissionNote;
import capaian.store.SubmissionQuery;
import capaian.store.SubmissionStatus;
import capaian.store.User;
import capaian.write.BappedaNotes;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import org.apache.poi.ss.util.CellReference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Bappeda's verification of a submission: the verdict (diterima, or dikembalikan with a note; a returned
 * version is never accepted, the OPD sends a new one), and notes on rows or cells, which the OPD reads on its
 * page and finds in its result workbook ({@link BappedaNotes}).
 */
final class VerificationRoutes {
    private static final Logger LOG = Logger.getLogger(VerificationRoutes.class.getName());
    static final int MAX_NOTE = 2000;

    private final Store store;
    private final StoredFiles files;
    private final Workbooks workbooks;

    VerificationRoutes(Store store, StoredFiles files, Workbooks workbooks) {
        this.store = store;
        this.files = files;
        this.workbooks = workbooks;
    }

    void register(RoutingHandler r) {
        r.post("/api/v1/submissions/{id}/status", this::verdict);
        r.get("/api/v1/submissions/{id}/notes", this::notes);
        r.post("/api/v1/submissions/{id}/notes", this::addNote);
        r.get("/api/v1/submissions/{id}/rows", this::rows);
    }

    static BappedaNotes.Note forWorkbook(SubmissionNote n) {
        String at = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
                .format(n.createdAt().atZone(ReportingCalendar.ZONE));
        return new BappedaNotes.Note(n.sheet(), n.row(), n.cell(), n.note(), n.author(), at);
    }

    private Submission visible(HttpServerExchange ex) {
        User user = Auth.of(ex).require();
        Submission s = store.findSubmission(Requests.idParam(ex)).orElse(null);
        if (s == null || !user.maySee(s.key().kodeOpd())) throw ApiException.notFound("Kiriman tidak ditemukan.");
        return s;
    }

    private void verdict(HttpServerExchange ex) {
        User user = Auth.of(ex).requireBappeda();
        long id = Requests.idParam(ex);
        JsonBody body = JsonBody.read(ex, "status", "catatan");
        String raw = body.optionalText("status", 40);
        SubmissionStatus st;
        try {
            st = SubmissionStatus.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiError.STATUS_TIDAK_SAH.withMessage("Status harus \"diterima\" atau \"dikembalikan\".");
        }
        if (st == SubmissionStatus.DITOLAK) st = SubmissionStatus.DIKEMBALIKAN; // the former word for the same verdict
        if (st != SubmissionStatus.DITERIMA && st != SubmissionStatus.DIKEMBALIKAN) {
            throw ApiError.STATUS_TIDAK_SAH.withMessage("Status harus \"diterima\" atau \"dikembalikan\".");
        }
        String note = body.optionalText("catatan", MAX_NOTE);
        note = note == null || note.isBlank() ? null : note.strip();
        Submission s = store.findSubmission(id).orElseThrow(() -> ApiException.notFound("Kiriman tidak ditemukan."));
        if (st == SubmissionStatus.DIKEMBALIKAN && note == null) {
            throw ApiError.CATATAN_WAJIB.withMessage("Tulis catatan untuk OPD saat mengembalikan kiriman: apa yang salah dan "
                    + "apa yang harus diperbaiki.");
        }
        Submission latest = store.listSubmissions(new SubmissionQuery(s.key().kodeOpd(), s.key().tahun(), s.key().periode(),
                s.key().form(), true)).get(0);
        if (latest.id() != s.id()) {
            throw ApiError.BUKAN_VERSI_TERAKHIR.withMessage("Ini versi " + s.version() + "; OPD sudah mengirim versi "
                    + latest.version() + ". Periksa versi terbarunya.");
        }
        if (st == SubmissionStatus.DITERIMA && s.status().returned()) throw ApiError.PERLU_KIRIM_ULANG.error();
        Submission saved = store.setStatus(id, st, note, user.id());
        store.audit().record(user.id(), st == SubmissionStatus.DITERIMA ? capaian.store.AuditLog.SUBMISSION_ACCEPTED : capaian.store.AuditLog.SUBMISSION_RETURNED, s.key().kodeOpd(),
                "kiriman " + id + " (" + CalendarRoutes.formTitle(s.key().form()) + ", " + PeriodRoutes.label(s.key().tahun(),
                        s.key().periode()) + ", versi " + s.version() + "): " + st.label() + (note == null ? "" : ", catatan: " + note));
        LOG.info("submission " + id + " marked " + st.label() + " by " + user.username());
        Json.ok(ex, SubmissionView.of(saved));
    }

    record NoteView(long id, String lembar, int baris, String sel, String catatan, String oleh, String waktu) {
        static NoteView of(SubmissionNote n) {
            return new NoteView(n.id(), n.sheet(), n.row(), n.cell(), n.note(), n.author(), n.createdAt().toString());
        }
    }

    private void notes(HttpServerExchange ex) {
        Submission s = visible(ex);
        Json.ok(ex, Map.of("notes", store.listNotes(s.id()).stream().map(NoteView::of).toList()));
    }

    private void addNote(HttpServerExchange ex) {
        User user = Auth.of(ex).requireBappeda();
        Submission s = store.findSubmission(Requests.idParam(ex)).orElseThrow(() -> ApiException.notFound("Kiriman tidak ditemukan."));
        JsonBody body = JsonBody.read(ex, "lembar", "baris", "sel", "catatan");
        String sheet = body.text("lembar", 100);
        Integer row = body.optionalWholeNumber("baris", 1, 1_048_576);
        String cell = body.optionalText("sel", 12);
        String note = body.optionalText("catatan", MAX_NOTE);
        if (note == null || note.isBlank()) throw ApiError.CATATAN_WAJIB.error();
        if (cell != null && !cell.isBlank()) {
            cell = cell.strip().toUpperCase(java.util.Locale.ROOT);
            if (!cell.matches("[A-Z]{1,3}[1-9][0-9]{0,6}")) {
                throw ApiError.SEL_TIDAK_SAH.withMessage("Sel \"" + cell + "\" bukan alamat sel (contoh N12).");
            }
            row = new CellReference(cell).getRow() + 1;
        } else {
            cell = null;
        }
        if (row == null) throw ApiError.SEL_TIDAK_SAH.withMessage("Pilih baris atau sel yang diberi catatan.");
        if (!hasRow(s, sheet, row)) {
            throw ApiError.SEL_TIDAK_SAH.withMessage("Baris " + row + " lembar \"" + sheet + "\" bukan baris formulir kiriman ini.");
        }
        SubmissionNote n = store.addNote(s.id(), sheet, row, cell, note.strip(), user.id());
        store.audit().record(user.id(), capaian.store.AuditLog.NOTE_WRITTEN, "kiriman " + s.id(), sheet + " " + (cell != null ? cell : "baris " + row)
                + ": " + note.strip());
        Json.send(ex, 201, NoteView.of(n));
    }

    private boolean hasRow(Submission s, String sheet, int row) {
        JsonObject report = JsonParser.parseString(store.reportJson(s.id()).orElse("{}")).getAsJsonObject();
        if (!report.has("rows")) return false;
        for (JsonElement e : report.getAsJsonArray("rows")) {
            JsonObject r = e.getAsJsonObject();
            if (r.has("sheet") && sheet.equals(r.get("sheet").getAsString()) && r.get("row").getAsInt() == row) return true;
        }
        return false;
    }

    /**
     * The rows Bappeda verifies, from the stored report (figures, findings by row) with the column letter of each
     * figure, read again from the original so that a note lands on the right cell; and the notes so far.
     */
    private void rows(HttpServerExchange ex) throws Exception {
        Submission s = visible(ex);
        JsonObject report = JsonParser.parseString(store.reportJson(s.id()).orElse("{}")).getAsJsonObject();
        Map<String, Map<String, String>> letters = columnLetters(s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("submission", SubmissionView.of(s));
        out.put("kolom", letters);
        out.put("rows", report.has("rows") ? report.get("rows") : List.of());
        out.put("findings", report.has("findings") ? report.get("findings") : List.of());
        out.put("notes", store.listNotes(s.id()).stream().map(NoteView::of).toList());
        Json.ok(ex, out);
    }

    /** sheet name → report cell key → column letter. */
    private Map<String, Map<String, String>> columnLetters(Submission s) throws Exception {
        if (files.size(s.originalSha256()).isEmpty()) return Map.of();
        String triwulan = Periode.TAHUNAN.equals(s.key().periode()) ? null : s.key().periode();
        Evaluation ev;
        try (StoredFiles.LocalFile original = files.local(s.originalSha256(), workbooks.processor().tempDir())) {
            ev = workbooks.limited(() -> workbooks.processor().evaluate(original.path(), s.key().form(), triwulan));
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (SheetData sheet : ev.document().sheets()) {
            Map<String, String> cols = new LinkedHashMap<>();
            for (Map.Entry<Role, Integer> c : sheet.columns().entrySet()) {
                cols.put(ReportBuilder.key(c.getKey()), CellReference.convertNumToColString(c.getValue()));
            }
            out.put(sheet.name(), cols);
        }
        return out;
    }
}
