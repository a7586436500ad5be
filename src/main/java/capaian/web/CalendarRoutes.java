package capaian.web;

import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.model.Periode;
import capaian.store.Deadline;
import capaian.store.Store;
import capaian.store.Submission;
import capaian.store.SubmissionQuery;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bappeda's reporting calendar: for a tahun and periode (and, when it differs, a form) the day sending opens and
 * the due day. Everyone signed in reads it; Bappeda sets it. An OPD's "what is due next" is computed here too.
 */
final class CalendarRoutes {
    private final Store store;
    private final ReportingCalendar calendar;

    CalendarRoutes(Store store) {
        this.store = store;
        this.calendar = new ReportingCalendar(store, Clock.systemUTC());
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/kalender", this::list);
        r.post("/api/v1/kalender", this::set);
        r.delete("/api/v1/kalender", this::delete);
        r.get("/api/v1/kalender/berikutnya", this::dueNext);
    }

    record DeadlineView(int tahun, String periode, String form, String formulir, String dibuka, String batas, String diaturOleh) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.tahun(), d.periode(), d.form(), formTitle(d.form()), d.opensOn().toString(),
                    d.dueOn().toString(), d.setBy());
        }
    }

    static String formTitle(String form) {
        if (form == null || form.isEmpty()) return "Semua formulir";
        return Forms.byId(form).map(FormDefinition::name).orElse(form);
    }

    private void list(HttpServerExchange ex) {
        Auth.of(ex).require();
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        Json.ok(ex, Map.of("kalender", store.listDeadlines(tahun).stream().map(DeadlineView::of).toList(),
                "hariIni", calendar.today().toString()));
    }

    private void set(HttpServerExchange ex) {
        User user = Auth.of(ex).requireBappeda();
        JsonBody body = JsonBody.read(ex, "tahun", "periode", "form", "dibuka", "batas");
        Integer tahun = body.optionalWholeNumber("tahun", 2000, 2100);
        String form = form(body.optionalText("form", 40));
        String periode = Requests.periode(body.optionalText("periode", 20));
        if (tahun == null || periode == null) throw ApiError.DATA_KURANG.withMessage("Pilih tahun dan triwulan.");
        if (!form.isEmpty() && Periode.yearly(form)) periode = Periode.TAHUNAN;
        LocalDate opens = day(body.text("dibuka", 10), "dibuka");
        LocalDate due = day(body.text("batas", 10), "batas");
        if (due.isBefore(opens)) {
            throw ApiError.TANGGAL_TIDAK_SAH.withMessage("Batas kirim (" + due + ") tidak boleh sebelum tanggal dibuka (" + opens + ").");
        }
        store.setDeadline(tahun, periode, form, opens, due, user.id());
        store.audit().record(user.id(), capaian.store.AuditLog.SCHEDULE_SET, PeriodRoutes.label(tahun, periode) + " " + formTitle(form),
                "dibuka " + opens + ", batas " + due);
        Json.ok(ex, Map.of("kalender", store.listDeadlines(tahun).stream().map(DeadlineView::of).toList()));
    }

    private void delete(HttpServerExchange ex) {
        User user = Auth.of(ex).requireBappeda();
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        String periode = Requests.periode(Requests.query(ex, "periode"));
        String form = form(Requests.query(ex, "form"));
        if (tahun == null || periode == null) throw ApiError.DATA_KURANG.withMessage("Pilih tahun dan triwulan.");
        if (!store.deleteDeadline(tahun, periode, form)) throw ApiException.notFound("Jadwal itu tidak ada.");
        store.audit().record(user.id(), capaian.store.AuditLog.SCHEDULE_DELETED, PeriodRoutes.label(tahun, periode) + " " + formTitle(form), null);
        Json.ok(ex, Map.of("kalender", store.listDeadlines(tahun).stream().map(DeadlineView::of).toList()));
    }

    private static String form(String raw) {
        if (raw == null || raw.isBlank()) return Deadline.EVERY_FORM;
        if (Forms.byId(raw.trim()).isEmpty()) throw ApiError.FORMULIR_TIDAK_DIKENAL.error();
        return raw.trim();
    }

    private static LocalDate day(String raw, String field) {
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.TANGGAL_TIDAK_SAH.withMessage("Tanggal " + field + " \"" + raw
                    + "\" tidak terbaca. Tulis tahun-bulan-tanggal, contoh 2026-04-10.");
        }
    }

    record Due(int tahun, String periode, String form, String formulir, String dibuka, String batas, Long sisaHari,
               String ketepatan, String status, Integer versi, boolean ditutup) {}

    /** For an OPD: every scheduled form of every scheduled period, what it sent and how long is left, soonest first. */
    private void dueNext(HttpServerExchange ex) {
        User user = Auth.of(ex).requireOpd();
        List<Deadline> all = store.listDeadlines(null);
        List<Due> out = new ArrayList<>();
        for (Deadline d : all) {
            for (FormDefinition f : Forms.all()) {
                if (!d.form().isEmpty() && !d.form().equals(f.id())) continue;
                if (d.form().isEmpty() && Periode.yearly(f.id()) != Periode.TAHUNAN.equals(d.periode())) continue;
                Deadline inForce = ReportingCalendar.deadline(all, d.tahun(), d.periode(), f.id()).orElseThrow();
                if (inForce != d) continue;
                List<Submission> sent = store.listSubmissions(new SubmissionQuery(user.kodeOpd(), d.tahun(), d.periode(), f.id(), false));
                Submission first = sent.stream().min(Comparator.comparingInt(Submission::version)).orElse(null);
                Submission latest = sent.stream().max(Comparator.comparingInt(Submission::version)).orElse(null);
                ReportingCalendar.Timeliness t = calendar.timeliness(all, d.tahun(), d.periode(), f.id(), first);
                boolean closed = store.findPeriodLock(d.tahun(), d.periode()).map(l -> l.refuses(user.kodeOpd())).orElse(false);
                out.add(new Due(d.tahun(), d.periode(), f.id(), f.title(), t.dibuka(), t.batas(), t.sisaHari(), t.ketepatan(),
                        latest == null ? MatrixRoute.BELUM : latest.status().label(), latest == null ? null : latest.version(), closed));
            }
        }
        // Not yet sent first (soonest due first), then the rest by due day.
        out.sort(Comparator.comparing((Due d) -> d.versi() != null).thenComparing(Due::batas));
        Json.ok(ex, Map.of("jadwal", out, "hariIni", calendar.today().toString()));
    }
}
