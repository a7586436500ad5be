package capaian.read;

import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.write.TemplateWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `check` streams: a 100,000-row Lampiran Realisasi is checked in a JVM limited to 512 MB, where POI's
 * in-memory model cannot even open and save it.
 */
class LargeWorkbookTest {
    static final int ROWS = 100_000;

    @TempDir
    Path dir;

    /** Written with POI's streaming writer: programs of 10 kegiatan of 9 sub kegiatan, all coded. */
    static void write(Path file, int rows) throws IOException {
        SheetDefinition def = Forms.LAMPIRAN_REALISASI.mainSheet();
        List<Column> cols = def.columns();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet s = wb.createSheet(def.name());
            s.createRow(0).createCell(0).setCellValue(def.title());
            String[][] header = {{"Nama OPD", "Dinas Besar"}, {"Kode OPD", "9.99"}, {"Tahun", "2025"}, {"Triwulan", "II"}};
            for (int i = 0; i < header.length; i++) {
                SXSSFRow r = s.createRow(2 + i);
                r.createCell(0).setCellValue(header[i][0]);
                r.createCell(2).setCellValue(header[i][1]);
            }
            int h = TemplateWriter.headerRowIndex(def);
            SXSSFRow titles = s.createRow(h);
            for (int c = 0; c < cols.size(); c++) titles.createCell(c).setCellValue(cols.get(c).title());
            int r = h + 1;
            int program = 0;
            int kegiatan = 0;
            int sub = 0;
            while (r - h - 1 < rows) {
                SXSSFRow row = s.createRow(r++);
                int n = r - h - 2;
                if (n % 100 == 0) {
                    program++;
                    kegiatan = 0;
                    set(row, cols, Role.KODE, String.format("9.99.%02d", program % 100));
                    set(row, cols, Role.URAIAN, "PROGRAM " + program);
                } else if (n % 10 == 1) {
                    kegiatan++;
                    sub = 0;
                    set(row, cols, Role.KODE, String.format("9.99.%02d.1.%02d", program % 100, kegiatan));
                    set(row, cols, Role.URAIAN, "Kegiatan " + kegiatan);
                } else {
                    sub++;
                    set(row, cols, Role.KODE, String.format("9.99.%02d.1.%02d.%02d", program % 100, kegiatan, sub));
                    set(row, cols, Role.URAIAN, "Sub kegiatan " + n);
                    set(row, cols, Role.INDIKATOR, "Jumlah dokumen");
                    set(row, cols, Role.SATUAN, "Dokumen");
                    row.createCell(index(cols, Role.TARGET)).setCellValue(4);
                    row.createCell(index(cols, Role.REALISASI)).setCellValue(n % 5);
                    row.createCell(index(cols, Role.PAGU)).setCellValue(1_000_000);
                    set(row, cols, Role.REALISASI_ANGGARAN, "250.000");
                }
            }
            wb.write(out);
        }
    }

    private static void set(SXSSFRow row, List<Column> cols, Role role, String v) {
        row.createCell(index(cols, role)).setCellValue(v);
    }

    private static int index(List<Column> cols, Role role) {
        for (int i = 0; i < cols.size(); i++) if (cols.get(i).role() == role) return i;
        throw new IllegalArgumentException(role.name());
    }

    @Test
    void checkOfAHundredThousandRowsFitsInHalfAGigabyte() throws Exception {
        Path file = dir.resolve("besar.xlsx");
        write(file, ROWS);
        Path report = dir.resolve("besar.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), "capaian.cli.Main", "check", file.toString(),
                "--report", report.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "check finished");
        assertEquals(0, p.exitValue(), out);
        // every sub kegiatan: 250.000 of 1.000.000; capaian 0, 25, 50, 75, 100 in turn
        assertTrue(out.contains("Serapan   : 25,00 %"), out);
        assertTrue(Files.size(report) > 10_000_000, "the report lists every row");
    }
}
