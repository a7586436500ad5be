package capaian.consolidate;

import capaian.findings.FindingCode;
import capaian.model.Kode;
import capaian.model.Level;
import capaian.evaluate.Evaluation;
import capaian.process.Processor;
import capaian.read.UnreadableWorkbookException;
import capaian.report.Report;
import capaian.report.ReportBuilder;
import capaian.report.ReportJson;
import capaian.rules.Profile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads one workbook through the same {@link Processor} as check and process, or a stored submission's report,
 * and keeps only what the rekap needs ({@link OpdEntry}); the evaluation is garbage as soon as this returns, so
 * consolidating 1,000 workbooks holds one evaluation per thread at a time.
 */
final class Extractor {
    private static final Logger LOG = Logger.getLogger(Extractor.class.getName());

    private final Processor processor;
    private final String triwulan;
    private final Canonical canonical = new Canonical();

    /** @param triwulan the rekap's triwulan ("I" to "IV"), or null: picks the sheet among several that carry the form */
    Extractor(Processor processor, String triwulan) {
        this.processor = processor;
        this.triwulan = triwulan;
    }

    OpdEntry extract(Path file, String source, Instant modified) {
        Evaluation ev;
        try {
            ev = processor.evaluateForRekap(file, null, triwulan);
        } catch (UnreadableWorkbookException e) {
            return OpdEntry.unreadable(source, modified, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            // One broken file must not stop the rekap of the others (issue: tolerance).
            LOG.log(java.util.logging.Level.WARNING, "consolidation: cannot read " + source, e);
            return OpdEntry.unreadable(source, modified, BrokenWorkbook.message(e));
        }
        // Only what the rekap shows: the report without each row's typed cells, no result workbook.
        return fromReport(kept(ReportBuilder.build(ev, false)), source, modified);
    }

    /**
     * The entry of a workbook the server evaluated when it was sent, from the report it stored, without reading
     * the workbook again; null when that report cannot stand in for a fresh evaluation: unparsable, stored before
     * reports carried their program lines, or computed with another rules profile than this rekap's.
     */
    OpdEntry fromStored(String reportJson, String source, Instant modified) {
        if (reportJson == null) return null;
        Report r;
        try {
            r = ReportJson.fromJson(reportJson);
        } catch (RuntimeException e) {
            LOG.warning("consolidation: stored report of " + source + " unreadable, reading the workbook: " + e);
            return null;
        }
        Profile p = processor.profile();
        if (r == null || r.programs() == null || r.summary() == null || r.header() == null || r.rows() == null
                || r.findings() == null || r.profile() == null || !p.name().equals(r.profile().name())
                || !p.version().equals(r.profile().version())) {
            return null;
        }
        return fromReport(kept(r), source, modified);
    }

    private static OpdEntry fromReport(Report report, String source, Instant modified) {
        Report r = withoutResultNotes(report);
        return new OpdEntry(source, modified, r, programs(r), null);
    }

    /**
     * The report without the notes about the OPD's own result workbook (a result written as a value where its
     * formula would not recompute it): the rekap writes no such workbook, and a workbook read afresh for the rekap
     * is not given them, so a stored report and a fresh reading list the same findings.
     */
    private static Report withoutResultNotes(Report r) {
        String note = FindingCode.FORMULA_AS_VALUE.name();
        if (r.findings().stream().noneMatch(f -> note.equals(f.code()))) return r;
        List<Report.FindingEntry> kept = new ArrayList<>();
        int infos = r.summary().infos();
        for (Report.FindingEntry f : r.findings()) {
            if (note.equals(f.code())) infos--;
            else kept.add(f);
        }
        Report.Summary s = r.summary();
        Report.Summary summary = new Report.Summary(s.pagu(), s.realisasi(), s.serapan(), s.capaian(), s.kategori(),
                s.efisiensi(), s.kategoriEfisiensi(), s.subKegiatan(), s.indikator(), s.errors(), s.warnings(), Math.max(0, infos));
        return new Report(r.form(), r.profile(), r.header(), summary, r.rows(), kept, r.footer(), r.programs());
    }

    /**
     * The report as the rekap keeps it: without each row's {@code cells} (every cell as typed, by column key: the
     * rekap never shows them, and kept for 1,000 workbooks of 300 rows they were about half of the consolidation's
     * heap), its texts and numbers shared with the other workbooks' ({@link Canonical}).
     */
    private Report kept(Report r) {
        List<Report.Row> rows = new ArrayList<>(r.rows().size());
        Canonical c = canonical;
        for (Report.Row x : r.rows()) {
            rows.add(new Report.Row(c.of(x.sheet()), x.row(), c.of(x.kode()), c.of(x.level()), c.of(x.uraian()),
                    c.of(x.indikator()), c.of(x.satuan()), c.of(x.polaritas()), c.of(x.target()), c.of(x.realisasi()),
                    c.of(x.capaian()), c.of(x.kategori()), c.of(x.pagu()), c.of(x.realisasiAnggaran()), c.of(x.serapan()),
                    c.of(x.sisa()), c.of(x.efisiensi()), x.extra(), null));
        }
        return new Report(r.form(), r.profile(), r.header(), r.summary(), rows, r.findings(), r.footer(), r.programs());
    }

    /** The OPD's programs with the names of their urusan and bidang when the workbook has those rows. */
    private static List<ProgramLine> programs(Report report) {
        Map<String, String> names = new HashMap<>();
        for (Report.Row r : report.rows()) {
            if (r.kode() != null && r.uraian() != null && (Level.URUSAN.key().equals(r.level())
                    || Level.BIDANG.key().equals(r.level()))) {
                names.putIfAbsent(r.kode(), r.uraian());
            }
        }
        List<ProgramLine> out = new ArrayList<>();
        for (Report.Program g : report.programs()) {
            String urusan = null;
            String bidang = null;
            Kode k = Kode.parse(g.kode());
            if (k != null && k.level() == Level.PROGRAM) {
                String bidangKode = k.parentText();
                bidang = names.get(bidangKode);
                urusan = names.get(bidangKode.substring(0, bidangKode.indexOf('.')));
            }
            out.add(new ProgramLine(g.kode(), g.uraian(), urusan, bidang, g.pagu(), g.realisasi(), g.capaian()));
        }
        return out;
    }
}
