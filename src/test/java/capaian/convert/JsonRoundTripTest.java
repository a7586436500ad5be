package capaian.convert;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.report.ReportJson;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbook to JSON to workbook gives back the same data: rows, header, computed values and findings. */
class JsonRoundTripTest {
    private static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());

    static Report check(byte[] workbook) {
        ProcessResult r = PROCESSOR.check(new ByteArrayInputStream(workbook), "x.xlsx", null);
        assertTrue(r.readable(), r.unreadableReason());
        return r.report();
    }

    static void assertRoundTrip(byte[] workbook) throws Exception {
        Report first = check(workbook);
        String json = ReportJson.toJson(first);
        byte[] rebuilt = ReportToWorkbook.build(ProfileLoader.defaultProfile(), ReportJson.fromJson(json));
        Report second = check(rebuilt);
        assertEquals(first.form(), second.form());
        assertEquals(first.header(), second.header());
        assertEquals(first.rows().size(), second.rows().size());
        for (int i = 0; i < first.rows().size(); i++) assertEquals(first.rows().get(i), second.rows().get(i), "row " + i);
        assertEquals(first.summary(), second.summary());
        assertEquals(first.findings(), second.findings());
        assertEquals(first.footer(), second.footer());
        // The JSON itself is stable: converting the rebuilt workbook gives the same text.
        assertEquals(json, ReportJson.toJson(second));
    }

    @ParameterizedTest
    @ValueSource(strings = {ExampleBuilder.SEED003, ExampleBuilder.SEED002, ExampleBuilder.SEED000, ExampleBuilder.RENJA,
            ExampleBuilder.MONITORING, ExampleBuilder.INDEKS})
    void seedExamples(String example) throws Exception {
        assertRoundTrip(Files.readAllBytes(Examples.DIR.resolve(example)));
    }

    @Test
    void everyInputColumnOfEveryFormSurvives() throws Exception {
        byte[] renja = new ExampleBuilder(Forms.RENJA).header("Dinas Uji", "1.01.0.00.0.00.01.0000", 2025, null)
                .row(Role.NO, "1", Role.KODE, "1.01.02", Role.URAIAN, "PROGRAM UJI", Role.INDIKATOR, "Indeks", Role.SATUAN,
                        "Indeks", Role.POLARITAS, "Positif", Role.JENIS, "Akhir", Role.TARGET, 3.5, Role.SUMBER_DANA, "PAD",
                        Role.LOKASI, "Kota", Role.WAKTU, "Jan-Des", Role.TARGET_N1, "3,6", Role.PAGU_N1, 2_000_000,
                        Role.KETERANGAN, "=1+1 bukan rumus")
                .row(Role.TINGKAT, "Sub Kegiatan", Role.URAIAN, "Sub tanpa kode", Role.INDIKATOR, "Jumlah",
                        Role.TARGET, "2 Dokumen", Role.PAGU, "Rp.1.170.180.000,-")
                .row(Role.INDIKATOR, "Indikator kedua", Role.TARGET, "BB", Role.POLARITAS, "Negatif")
                .bytes();
        assertRoundTrip(renja);
        byte[] lampiran = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1.01", 2025, "II")
                .row(Role.KODE, "1.01.02.1.01.01", Role.URAIAN, "Sub", Role.INDIKATOR, "Jumlah", Role.JENIS, "Kumulatif",
                        Role.TARGET, 4, Role.TARGET_TW, 2, Role.REALISASI, 1, Role.PAGU, 1_000_000,
                        Role.REALISASI_ANGGARAN, "500.000", Role.PERMASALAHAN, "Hujan", Role.SOLUSI, "Payung",
                        Role.PENANGGUNG_JAWAB, "Bidang A", Role.SERAPAN, 49)
                .bytes();
        assertRoundTrip(lampiran);
        Report r = check(lampiran);
        assertEquals("Hujan", r.rows().get(0).cells().get("permasalahan"));
        assertEquals(0, new BigDecimal(2).compareTo((BigDecimal) ReportJson.fromJson(ReportJson.toJson(r)).rows().get(0)
                .cells().get("targetTw")));
    }

    @Test
    void monitoringFooterSurvives() throws Exception {
        ExampleBuilder b = new ExampleBuilder(Forms.MONITORING_CAPAIAN).header("Dinas Uji", "1.01", 2025, "IV")
                .row(Role.KODE, "1.01.02", Role.URAIAN, "PROGRAM", Role.INDIKATOR, "Persen", Role.SATUAN, "%",
                        Role.RENJA_TARGET_K, 80, Role.TW1_K, 50);
        byte[] bytes = b.bytes();
        Report plain = check(bytes);
        Report withFooter = new Report(plain.form(), plain.profile(), plain.header(), plain.summary(), plain.rows(),
                plain.findings(), java.util.Map.of("Faktor pendorong", "Dukungan pimpinan"));
        Report back = check(ReportToWorkbook.build(ProfileLoader.defaultProfile(), withFooter));
        assertEquals("Dukungan pimpinan", back.footer().get("Faktor pendorong"));
    }

    @Test
    void reportWithoutCellsFillsTheCommonFields() throws Exception {
        Report seed = check(Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.SEED003)));
        java.util.List<Report.Row> bare = seed.rows().stream().map(r -> new Report.Row(r.sheet(), r.row(), r.kode(),
                r.level(), r.uraian(), r.indikator(), r.satuan(), r.polaritas(), r.target(), r.realisasi(), null, null,
                r.pagu(), r.realisasiAnggaran(), null, null, null, null, null)).toList();
        Report in = new Report(seed.form(), null, seed.header(), null, bare, java.util.List.of(), null);
        Report back = check(ReportToWorkbook.build(ProfileLoader.defaultProfile(), in));
        assertNotNull(back.summary().serapan());
        assertEquals(seed.summary().pagu(), back.summary().pagu());
        assertEquals(seed.summary().realisasi(), back.summary().realisasi());
        assertEquals(seed.summary().serapan(), back.summary().serapan());
    }

    @Test
    void unknownFormIsRefusedInIndonesian() {
        Report in = new Report("tabel-x", null, null, null, java.util.List.of(), java.util.List.of(), null);
        ConvertException e = org.junit.jupiter.api.Assertions.assertThrows(ConvertException.class,
                () -> ReportToWorkbook.build(ProfileLoader.defaultProfile(), in));
        assertTrue(e.getMessage().contains("tidak dikenal"));
    }
}
