package capaian.consolidate.rkpd;

import capaian.convert.ReportToWorkbook;
import capaian.report.Report;
import capaian.rules.Profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three OPDs' Monitoring forms of the RKPD tests: the committed example (Badan Kepegawaian Daerah Contoh,
 * seed-based) and two generated ones, one sharing its program 5.03.02 and one under urusan 1. Figures are chosen
 * so that the hand computations in the tests are short.
 */
public final class RkpdTestForms {
    private RkpdTestForms() {}

    public static List<Path> write(Profile profile, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path a = dir.resolve("a-bkd.xlsx");
        Files.copy(Path.of("examples", "monitoring-contoh.xlsx"), a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path b = dir.resolve("b-bpsdm.xlsx");
        Files.write(b, ReportToWorkbook.build(profile, bpsdm()));
        Path c = dir.resolve("c-disdik.xlsx");
        Files.write(c, ReportToWorkbook.build(profile, disdik()));
        Instant t = Instant.parse("2026-01-10T08:00:00Z");
        for (Path p : List.of(a, b, c)) Files.setLastModifiedTime(p, FileTime.from(t));
        return List.of(a, b, c);
    }

    /** Shares program 5.03.02 with the example; its sub kegiatan's indicator is a predicate (BB → A = 120). */
    static Report bpsdm() {
        List<Report.Row> rows = new ArrayList<>();
        rows.add(row("sasaran", "Meningkatnya kompetensi ASN", "kode", "5.03.02", "tingkat", "Program",
                "uraian", "PROGRAM KEPEGAWAIAN DAERAH", "indikator", "Indeks profesionalitas ASN", "satuan", "Indeks",
                "polaritas", "Positif", "jenis", "Akhir", "renstraTargetK", 75, "renstraLaluK", 66, "renjaTargetK", 70,
                "tw1K", 65, "tw2K", 68, "tw3K", 72));
        rows.add(row("kode", "5.03.02.1.02", "tingkat", "Kegiatan", "uraian", "Pengembangan Kompetensi ASN",
                "indikator", "Jumlah ASN yang dikembangkan", "satuan", "Orang", "polaritas", "Positif", "jenis", "Kumulatif",
                "renstraTargetK", 500, "renstraLaluK", 300, "renjaTargetK", 100, "tw1K", 20, "tw2K", 30, "tw3K", 25, "tw4K", 15));
        rows.add(row("kode", "5.03.02.1.02.01", "tingkat", "Sub Kegiatan", "uraian", "Sertifikasi dan Diklat ASN",
                "indikator", "Predikat penyelenggaraan diklat", "satuan", "Predikat", "polaritas", "Positif", "jenis", "Akhir",
                "renstraTargetK", "A", "renstraTargetRp", 500000000, "renstraLaluK", "B", "renstraLaluRp", 300000000,
                "renjaTargetK", "BB", "renjaTargetRp", 100000000, "tw1K", "B", "tw1Rp", 20000000, "tw2K", "B", "tw2Rp", 30000000,
                "tw3K", "BB", "tw3Rp", 25000000, "tw4K", "A", "tw4Rp", 15000000));
        return report("Badan Pengembangan SDM Contoh", "5.04.0.00.0.00.01.0000", rows);
    }

    /** Urusan 1, with a negatif akhir indicator on its kegiatan. */
    static Report disdik() {
        List<Report.Row> rows = new ArrayList<>();
        rows.add(row("sasaran", "Meningkatnya akses pendidikan dasar", "kode", "1.01.02", "tingkat", "Program",
                "uraian", "PROGRAM PENGELOLAAN PENDIDIKAN", "indikator", "Angka partisipasi murni SD", "satuan", "%",
                "polaritas", "Positif", "jenis", "Akhir", "renstraTargetK", 98, "renstraLaluK", 94, "renjaTargetK", 95,
                "tw4K", 96));
        rows.add(row("kode", "1.01.02.1.01", "tingkat", "Kegiatan", "uraian", "Pengelolaan Pendidikan Sekolah Dasar",
                "indikator", "Angka putus sekolah SD", "satuan", "%", "polaritas", "Negatif", "jenis", "Akhir",
                "renstraTargetK", 0.3, "renstraLaluK", 0.7, "renjaTargetK", 0.5, "tw1K", 0.6, "tw2K", 0.5, "tw3K", 0.4, "tw4K", 0.4));
        rows.add(row("kode", "1.01.02.1.01.01", "tingkat", "Sub Kegiatan", "uraian", "Pembangunan Unit Sekolah Baru",
                "indikator", "Jumlah unit sekolah dibangun", "satuan", "Unit", "polaritas", "Positif", "jenis", "Kumulatif",
                "renstraTargetK", 20, "renstraTargetRp", 10000000000L, "renstraLaluK", 12, "renstraLaluRp", 6000000000L,
                "renjaTargetK", 4, "renjaTargetRp", 2000000000L, "tw1K", 0, "tw1Rp", 0, "tw2K", 1, "tw2Rp", 500000000,
                "tw3K", 1, "tw3Rp", 600000000, "tw4K", 1, "tw4Rp", 400000000));
        return report("Dinas Pendidikan Contoh", "1.01.0.00.0.00.01.0000", rows);
    }

    private static Report report(String opd, String kode, List<Report.Row> rows) {
        return new Report("monitoring-capaian", null, new Report.Header(opd, kode, 2025, "TW IV"), null, rows, List.of(), null);
    }

    private static Report.Row row(Object... kv) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            cells.put((String) kv[i], v instanceof Number n && !(v instanceof Double) ? new java.math.BigDecimal(n.toString())
                    : v instanceof Double d ? java.math.BigDecimal.valueOf(d) : v);
        }
        return new Report.Row("Monitoring", 0, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, cells);
    }
}
