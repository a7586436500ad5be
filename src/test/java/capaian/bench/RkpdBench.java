package capaian.bench;

import capaian.consolidate.rkpd.RkpdConsolidator;
import capaian.consolidate.rkpd.RkpdEvaluation;
import capaian.consolidate.rkpd.RkpdWriter;
import capaian.convert.ReportToWorkbook;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark of the Evaluasi terhadap Hasil RKPD: {@code count} OPDs' Monitoring forms of {@code rows} rows each
 * (one program shared by every fifth OPD, 7 kegiatan of 20 sub kegiatan, the rest further indicators), generated
 * once into the work directory, consolidated and written as {@code capaian evaluasi-rkpd DIR -o OUT} does.
 */
final class RkpdBench {
    private RkpdBench() {}

    static Path workbooks(Path work, int count, int rows) throws Exception {
        Path dir = work.resolve("monitoring-" + count + "x" + rows);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) return dir;
        Files.createDirectories(dir);
        Profile profile = ProfileLoader.defaultProfile();
        for (int i = 1; i <= count; i++) {
            Path f = dir.resolve(String.format("monitoring-%04d.xlsx", i));
            if (!Files.exists(f)) Files.write(f, ReportToWorkbook.build(profile, form(i, rows)));
        }
        Files.writeString(done, "");
        return dir;
    }

    static void run(Path dir, Path out) throws Exception {
        Profile profile = ProfileLoader.defaultProfile();
        RkpdConsolidator c = new RkpdConsolidator(new Processor(profile), null, null);
        long t0 = System.nanoTime();
        if (System.getProperty("rkpd.phases") != null) System.out.println("cpu before " + ProcessHandle.current().info().totalCpuDuration().orElse(null));
        c.addPaths(List.of(dir));
        RkpdEvaluation ev = c.finish(Instant.now());
        long t1 = System.nanoTime();
        if (System.getProperty("rkpd.phases") != null) System.out.println("cpu after read " + ProcessHandle.current().info().totalCpuDuration().orElse(null));
        try (OutputStream o = Files.newOutputStream(out)) {
            RkpdWriter.standard(profile).write(ev, o);
        }
        if (System.getProperty("rkpd.phases") != null) {
            System.out.printf("read %.2f s, write %.2f s, %d lines, cpu %s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9,
                    ev.rows().size(), ProcessHandle.current().info().totalCpuDuration().orElse(null));
        }
    }

    private static Report form(int opd, int rows) {
        String program = String.format("5.%02d.%02d", 1 + opd % 5, 1 + opd % 3);
        List<Report.Row> out = new ArrayList<>();
        out.add(row("sasaran", "Sasaran " + opd, "kode", program, "tingkat", "Program", "uraian", "PROGRAM " + program,
                "indikator", "Indeks program", "satuan", "Indeks", "polaritas", "Positif", "jenis", "Akhir",
                "renstraTargetK", 90, "renstraLaluK", 70, "renjaTargetK", 80, "tw1K", 70, "tw2K", 72, "tw3K", 75, "tw4K", 78));
        int kegiatan = 0;
        while (out.size() < rows) {
            kegiatan++;
            String k = program + "." + (kegiatan % 9 + 1) + "." + String.format("%02d", kegiatan);
            out.add(row("kode", k, "tingkat", "Kegiatan", "uraian", "Kegiatan " + k, "indikator", "Dokumen kegiatan",
                    "satuan", "Dokumen", "polaritas", "Positif", "jenis", "Kumulatif", "renstraTargetK", 20, "renstraLaluK", 10,
                    "renjaTargetK", 4, "tw1K", 1, "tw2K", 1, "tw3K", 1, "tw4K", 1));
            for (int s = 1; s <= 20 && out.size() < rows; s++) {
                long pagu = 10_000_000L * (1 + (opd + s) % 7);
                out.add(row("kode", k + "." + String.format("%02d", s), "tingkat", "Sub Kegiatan", "uraian", "Sub kegiatan " + s,
                        "indikator", "Laporan " + s, "satuan", "Laporan", "polaritas", s % 4 == 0 ? "Negatif" : "Positif",
                        "jenis", s % 3 == 0 ? "Akhir" : "Kumulatif", "renstraTargetK", 40, "renstraTargetRp", pagu * 5,
                        "renstraLaluK", 20, "renstraLaluRp", pagu * 2, "renjaTargetK", 8, "renjaTargetRp", pagu,
                        "tw1K", 2, "tw1Rp", pagu / 5, "tw2K", 2, "tw2Rp", pagu / 5, "tw3K", 2, "tw3Rp", pagu / 5, "tw4K", 1, "tw4Rp", pagu / 5));
            }
        }
        return new Report("monitoring-capaian", null, new Report.Header("Dinas Contoh " + opd,
                String.format("5.%02d.0.00.0.00.%02d.0000", opd / 100 + 1, opd % 100), 2025, "TW IV"), null, out, List.of(), null);
    }

    private static Report.Row row(Object... kv) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            cells.put((String) kv[i], v instanceof Number n ? new BigDecimal(n.toString()) : v);
        }
        return new Report.Row("Monitoring", 0, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, cells);
    }

    /** Measures once in this JVM: {@code java ... capaian.bench.RkpdBench WORK}. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path dir = workbooks(work, 60, 150);
        Path out = Files.createTempFile("rkpd-", ".xlsx");
        long start = System.nanoTime();
        run(dir, out);
        System.out.printf("evaluasi-rkpd 60 x 150: %.2f s, %d bytes%n", (System.nanoTime() - start) / 1e9, Files.size(out));
        Files.deleteIfExists(out);
    }
}
