package capaian.cli;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.report.ReportDetail;
import capaian.report.ReportJson;
import capaian.rules.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** `check` and `process`: one workbook, with its summary and findings printed and an optional JSON report. */
final class WorkbookCommand {
    private static final int MAX_LISTED = 40;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean write;

    WorkbookCommand(PrintStream out, PrintStream err, boolean write) {
        this.out = out;
        this.err = err;
        this.write = write;
    }

    int run(String[] args) {
        Options o = Options.parse(args, write ? Set.of("--out", "--report", "--profile", "--form", "--triwulan")
                : Set.of("--report", "--profile", "--form", "--triwulan"));
        if (o.positional.size() != 1 || (write && o.get("--out") == null)) {
            throw new UsageException(write ? "Penggunaan: capaian process BERKAS.xlsx -o HASIL.xlsx [--report R.json] [--profile P.json]"
                    : "Penggunaan: capaian check BERKAS.xlsx [--report R.json] [--profile P.json]");
        }
        Profile profile = o.profile();
        Path file = Path.of(o.positional.get(0));
        String triwulan = triwulan(o.get("--triwulan"));
        ProcessResult result;
        try (InputStream in = Files.newInputStream(file)) {
            Processor p = new Processor(profile);
            // the rows only when a JSON report is written: the summary and the findings are all that is printed
            ReportDetail detail = o.get("--report") != null ? ReportDetail.FULL : ReportDetail.SUMMARY;
            result = write ? p.process(in, file.getFileName().toString(), o.get("--form"), triwulan, Path.of(o.get("--out")), detail)
                    : p.check(in, file.getFileName().toString(), o.get("--form"), triwulan, detail);
        } catch (NoSuchFileException e) {
            err.println("Berkas tidak ditemukan: " + file);
            return 2;
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca: " + file + " (" + e.getMessage() + ")");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!result.readable()) {
            err.println(file + ": " + result.unreadableReason());
            return 2;
        }
        try {
            if (o.get("--report") != null) {
                try (var w = Files.newBufferedWriter(Path.of(o.get("--report")), StandardCharsets.UTF_8)) {
                    ReportJson.write(result.report(), w);
                }
            }
        } catch (IOException e) {
            err.println("Tidak dapat menulis hasil: " + e.getMessage());
            return 2;
        }
        print(result.report());
        if (write && Files.exists(Path.of(o.get("--out")))) out.println("Hasil ditulis ke " + o.get("--out"));
        return result.report().hasErrors() ? 1 : 0;
    }

    private void print(Report r) {
        Report.Summary s = r.summary();
        out.println("Formulir  : " + r.form() + " (profil " + r.profile().name() + " " + r.profile().version() + ")");
        out.println("OPD       : " + orDash(r.header().opd()) + "  tahun " + orDash(r.header().tahun())
                + "  periode " + orDash(r.header().periode()));
        out.println("Pagu      : " + rupiah(s.pagu()));
        out.println("Realisasi : " + rupiah(s.realisasi()));
        out.println("Serapan   : " + pct(s.serapan()));
        out.println("Capaian   : " + pct(s.capaian()) + (s.kategori() == null ? "" : " (" + s.kategori() + ")"));
        out.println("Efisiensi : " + pct(s.efisiensi()) + (s.kategoriEfisiensi() == null ? "" : " (" + s.kategoriEfisiensi() + ")"));
        out.println("Temuan    : " + s.errors() + " error, " + s.warnings() + " peringatan, " + s.infos() + " info");
        int listed = 0;
        for (Report.FindingEntry f : r.findings()) {
            if (f.severity().equals("info")) continue;
            if (listed++ == MAX_LISTED) {
                out.println("  ... (selengkapnya di lembar Temuan atau laporan JSON)");
                break;
            }
            out.println("  [" + f.severity() + "] " + f.code() + ": " + f.message());
        }
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    private static String rupiah(BigDecimal v) {
        return v == null ? "-" : "Rp " + capaian.compute.Numbers.display(v);
    }

    private static String pct(BigDecimal v) {
        return v == null ? "-" : capaian.compute.Numbers.displayFixed(v, 2) + " %";
    }

    /** --triwulan I-IV (or 1-4, "TW II"): where several sheets carry the form, the one of that triwulan is read. */
    private static String triwulan(String raw) {
        if (raw == null) return null;
        String p = capaian.model.Periode.normalize(raw);
        if (p == null || p.equals(capaian.model.Periode.TAHUNAN)) {
            throw new UsageException("--triwulan harus I, II, III atau IV (atau 1-4), bukan \"" + raw + "\".");
        }
        return p;
    }
}
