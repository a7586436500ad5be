package capaian.web;

import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.evaluate.Evaluation;
import capaian.process.ProcessResult;
import capaian.report.ReportBuilder;
import capaian.rules.Profile;
import capaian.write.ComputedCells;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Anonymous routes: health, the templates, and processing a workbook without storing anything. */
final class ProcessingRoutes {
    static final String VERSION = "0.1.0";

    record ProfileView(String name, String version) {}

    record Health(String status, String version, ProfileView profile, String time) {}

    record TemplateView(String id, String title, String file, boolean available, String url) {}

    private final Workbooks workbooks;
    private final Uploads uploads;
    private final ProfileTemplates templates;

    ProcessingRoutes(Workbooks workbooks, Uploads uploads) {
        this.workbooks = workbooks;
        this.uploads = uploads;
        this.templates = new ProfileTemplates(workbooks.processor().profile());
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/health", this::health);
        r.get("/api/v1/templates", this::templates);
        r.get("/api/v1/templates/{id}", this::template);
        r.post("/api/v1/process", this::process);
        r.post("/api/v1/check", this::check);
    }

    static ProfileView profileView(Profile p) {
        return new ProfileView(p.name(), p.version());
    }

    private void health(HttpServerExchange ex) {
        Json.ok(ex, new Health("ok", VERSION, profileView(workbooks.processor().profile()), Instant.now().toString()));
    }

    private void templates(HttpServerExchange ex) {
        List<TemplateView> list = Forms.all().stream()
                .map(f -> new TemplateView(f.id(), f.title(), f.file(), templates.available(f), "/api/v1/templates/" + f.id()))
                .toList();
        Json.ok(ex, Map.of("templates", list));
    }

    private void template(HttpServerExchange ex) throws Exception {
        String id = Requests.pathParam(ex, "id");
        FormDefinition f = Forms.byId(id).orElseThrow(() -> ApiException.notFound("Formulir \"" + id + "\" tidak dikenal."));
        byte[] bytes = templates.bytes(f);
        if (bytes == null) throw ApiException.notFound("Templat " + f.file() + " belum tersedia di server ini.");
        Downloads.send(ex, Downloads.XLSX, f.file(), bytes);
    }

    private void process(HttpServerExchange ex) throws Exception {
        Upload u = uploads.read(ex);
        if ("cells".equals(Requests.query(ex, "include"))) {
            Evaluation ev = workbooks.evaluate(u, Requests.form(ex, u));
            // What the Excel add-in gets: the report and the cells to write into the open workbook, nothing stored.
            Json.sendReport(ex, ReportBuilder.build(ev), Map.of("cells", ComputedCells.of(ev)));
            return;
        }
        boolean withWorkbook = "workbook".equals(Requests.query(ex, "include"));
        boolean downloadOnly = !withWorkbook && !Requests.wantsJson(ex);
        ProcessResult r = downloadOnly ? workbooks.processForDownload(u, Requests.form(ex, u)) : workbooks.process(u, Requests.form(ex, u));
        if (withWorkbook) {
            // What the Periksa page gets: the report and the result workbook in one answer, nothing stored.
            Map<String, Object> more = new java.util.LinkedHashMap<>();
            more.put("resultName", Downloads.resultName(r.report()));
            more.put("workbookBase64", r.workbook() == null ? null : Base64.getEncoder().encodeToString(r.workbook()));
            Json.sendReport(ex, r.report(), more);
        } else if (Requests.wantsJson(ex)) {
            Json.sendReport(ex, r.report());
        } else if (r.workbook() == null) {
            throw new ApiException(413, "HASIL_TERLALU_BESAR", "Buku kerja ini terlalu besar untuk ditulis ulang. "
                    + "Pemeriksaannya tetap dapat dilihat: kirim dengan Accept: application/json atau lewat halaman Periksa.");
        } else {
            Downloads.send(ex, Downloads.XLSX, Downloads.resultName(r.report()), r.workbook());
        }
    }

    private void check(HttpServerExchange ex) throws Exception {
        Upload u = uploads.read(ex);
        ProcessResult r = workbooks.check(u, Requests.form(ex, u));
        Json.sendReport(ex, r.report());
    }
}
