package capaian.web;

import capaian.model.Periode;

import capaian.findings.Finding;
import capaian.convert.ConvertException;
import capaian.convert.Converter;
import capaian.convert.FormChain;
import capaian.evaluate.Evaluation;
import capaian.read.UnreadableWorkbookException;
import capaian.report.Report;
import capaian.rules.Profile;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Anonymous routes that convert a workbook (JSON, CSV, .xlsx from .xls/.xlsm, JSON back to a workbook) and
 * prefill the next form of the year. Nothing is stored; each runs in a processing slot like /process.
 */
final class ConvertRoutes {
    /** A prefilled form in one JSON answer: the workbook and what the comparison with the Renja found. */
    record Prefilled(String form, String resultName, String workbookBase64, List<Report.FindingEntry> findings) {}

    private final Workbooks workbooks;
    private final Uploads uploads;
    private final Converter converter;
    private final FormChain chain;

    ConvertRoutes(Workbooks workbooks, Uploads uploads, Profile profile) {
        this.workbooks = workbooks;
        this.uploads = uploads;
        this.converter = new Converter(profile);
        this.chain = new FormChain(profile);
    }

    void register(RoutingHandler r) {
        r.post("/api/v1/convert", this::convert);
        r.post("/api/v1/next", this::next);
        r.post("/api/v1/monitoring", this::monitoring);
    }

    private void convert(HttpServerExchange ex) throws Exception {
        Upload u = uploads.read(ex);
        String toName = param(ex, u, "to");
        Converter.Format to = toName == null ? Converter.Format.JSON : Converter.Format.parse(toName);
        if (to == null) {
            throw ApiException.badRequest("FORMAT_TIDAK_DIKENAL", "Format keluaran \"" + toName
                    + "\" tidak dikenal. Pilihan: json, xlsx, csv, zip.");
        }
        String sep = param(ex, u, "separator");
        if (sep != null && !sep.equals(";") && !sep.equals(",")) {
            throw ApiException.badRequest("PEMISAH_TIDAK_SAH", "Pemisah CSV harus ; atau , bukan \"" + sep + "\".");
        }
        String form = Workbooks.validForm(Requests.form(ex, u));
        Integer tw = triwulan(param(ex, u, "triwulan"));
        boolean json = u.fileName().toLowerCase(Locale.ROOT).endsWith(".json") || firstByte(u.bytes()) == '{';
        if (!json) Workbooks.rejectNonWorkbook(u);
        Converter.Output out = limited(() -> {
            try {
                return converter.convert(u.bytes(), u.fileName(), to, form, sep == null ? ';' : sep.charAt(0), tw);
            } catch (UnreadableWorkbookException e) {
                throw ApiException.unprocessable("BERKAS_TIDAK_TERBACA", e.getMessage());
            }
        });
        if (out.format() == Converter.Format.JSON) Json.sendText(ex, 200, new String(out.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        else Downloads.send(ex, out.format().contentType, out.fileName(), out.bytes());
    }

    private void next(HttpServerExchange ex) throws Exception {
        Upload u = uploads.read(ex);
        Integer tw = triwulan(param(ex, u, "triwulan"));
        List<Upload.Part> renja = u.parts("renja");
        FormChain.Prefilled p = limited(() -> {
            Evaluation ev = evaluate(u.fileName(), u.bytes());
            if (ev.document().form() == capaian.form.Forms.RENJA) return chain.lampiranFromRenja(ev, tw == null ? 1 : tw);
            Evaluation plan = renja.isEmpty() ? null : evaluate(renja.get(0).fileName(), renja.get(0).bytes());
            return chain.nextLampiran(ev, plan);
        });
        send(ex, p);
    }

    private void monitoring(HttpServerExchange ex) throws Exception {
        Upload u = uploads.read(ex);
        List<Upload.Part> lampiran = u.parts("lampiran");
        if (lampiran.isEmpty()) {
            throw ApiException.badRequest("DATA_KURANG", "Kirim Renja pada field \"file\" dan Lampiran Realisasi triwulan I-IV "
                    + "pada field \"lampiran\" (boleh beberapa).");
        }
        FormChain.Prefilled p = limited(() -> {
            Evaluation plan = evaluate(u.fileName(), u.bytes());
            List<Evaluation> quarters = new ArrayList<>();
            for (Upload.Part l : lampiran) quarters.add(evaluate(l.fileName(), l.bytes()));
            return chain.monitoring(plan, quarters);
        });
        send(ex, p);
    }

    /** In a processing slot; a conversion that cannot be done is a 422 with the reason. */
    private <T> T limited(java.util.concurrent.Callable<T> job) throws Exception {
        return workbooks.limited(() -> {
            try {
                return job.call();
            } catch (ConvertException e) {
                throw ApiException.unprocessable("KONVERSI_TIDAK_BISA", e.getMessage());
            }
        });
    }

    /** Reads one uploaded workbook; a conversion that cannot be done is a 422 with the reason. */
    private Evaluation evaluate(String name, byte[] bytes) throws Exception {
        Workbooks.rejectNonWorkbook(name, bytes);
        try {
            return converter.evaluate(bytes, null);
        } catch (capaian.read.WorkbookTooLargeException e) {
            throw ApiError.BUKU_KERJA_TERLALU_BESAR.withMessage(name + ": " + e.getMessage());
        } catch (UnreadableWorkbookException e) {
            throw ApiError.BERKAS_TIDAK_TERBACA.withMessage(name + ": " + e.getMessage());
        }
    }

    private static void send(HttpServerExchange ex, FormChain.Prefilled p) {
        if (Requests.wantsJson(ex) || "workbook".equals(Requests.query(ex, "include"))) {
            List<Report.FindingEntry> findings = new ArrayList<>();
            for (Finding f : p.findings()) {
                findings.add(new Report.FindingEntry(f.code().name(), f.severity().label(), f.sheet(), f.cell(), f.value(),
                        f.message()));
            }
            Json.ok(ex, new Prefilled(p.form().id(), p.fileName(), Base64.getEncoder().encodeToString(p.workbook()), findings));
        } else {
            Downloads.send(ex, Downloads.XLSX, p.fileName(), p.workbook());
        }
    }

    private static String param(HttpServerExchange ex, Upload u, String name) {
        return u.field(name) != null ? u.field(name) : Requests.query(ex, name);
    }

    private static Integer triwulan(String raw) {
        if (raw == null) return null;
        String p = Periode.normalize(raw);
        int i = p == null ? -1 : List.of("I", "II", "III", "IV").indexOf(p);
        if (i < 0) throw ApiException.badRequest("PERIODE_TIDAK_SAH", "Triwulan harus I, II, III atau IV, bukan \"" + raw + "\".");
        return i + 1;
    }

    private static int firstByte(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return x;
        return -1;
    }
}
