package capaian.cli;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.report.Report;
import capaian.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static capaian.cli.BadInputTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The convert, next and monitoring commands on the examples. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    @Test
    void workbookToJsonToWorkbookToCsv() throws Exception {
        Path in = Examples.DIR.resolve(ExampleBuilder.SEED003);
        Path json = dir.resolve("seed.json");
        BadInputTest.Run r = cli("convert", in.toString(), json.toString());
        assertEquals(0, r.code(), r.all());
        Report report = ReportJson.fromJson(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals("lampiran-realisasi", report.form());
        Path back = dir.resolve("kembali.xlsx");
        assertEquals(0, cli("convert", json.toString(), back.toString(), "--triwulan", "III").code());
        Path json2 = dir.resolve("kembali.json");
        assertEquals(0, cli("convert", back.toString(), json2.toString()).code());
        Report again = ReportJson.fromJson(Files.readString(json2, StandardCharsets.UTF_8));
        assertEquals(report.rows(), again.rows());
        assertEquals("TW III", again.header().periode());
        Path csv = dir.resolve("seed.csv");
        assertEquals(0, cli("convert", in.toString(), csv.toString(), "--separator", ",").code());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("Kode,"));
        Path mon = dir.resolve("mon.csv");
        r = cli("convert", Examples.DIR.resolve(ExampleBuilder.MONITORING).toString(), mon.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(Files.exists(dir.resolve("mon.zip")), r.all());
    }

    @Test
    void badArgumentsExit2() {
        assertEquals(2, cli("convert", "a.xlsx").code());
        assertEquals(2, cli("convert", "a.xlsx", "b.pdf").code());
        assertEquals(2, cli("convert", dir.resolve("tidak-ada.xlsx").toString(), dir.resolve("b.json").toString()).code());
        assertEquals(2, cli("convert", "a.xlsx", "b.csv", "--separator", "|").code());
        assertEquals(2, cli("next", "a.xlsx").code());
    }

    @Test
    void nextAndMonitoringFromTheCommandLine() throws Exception {
        Path renja = Examples.DIR.resolve(ExampleBuilder.RENJA);
        Path l2 = dir.resolve("l2.xlsx");
        BadInputTest.Run r = cli("next", renja.toString(), "-o", l2.toString(), "--triwulan", "2");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Lampiran Realisasi"), r.out());
        Path l3 = dir.resolve("l3.xlsx");
        r = cli("next", l2.toString(), "-o", l3.toString(), "--renja", renja.toString());
        assertEquals(0, r.code(), r.all());
        Path m = dir.resolve("m.xlsx");
        r = cli("monitoring", renja.toString(), l2.toString(), l3.toString(), "-o", m.toString());
        assertEquals(0, r.code(), r.all());
        r = cli("check", m.toString());
        assertTrue(r.out().contains("monitoring-capaian"), r.out());
        assertTrue(r.out().contains("periode TW III"), r.out());
        r = cli("monitoring", renja.toString(), l2.toString(), l2.toString(), "-o", m.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("dua Lampiran"), r.err());
    }
}
