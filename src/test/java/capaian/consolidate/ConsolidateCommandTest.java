package capaian.consolidate;

import capaian.cli.Main;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `capaian consolidate`: folders, zip archives, the OPD list as a workbook, the JSON report, exit codes. */
class ConsolidateCommandTest {

    @Test
    void consolidatesAFolderAndAZipWithAnOpdListWorkbook(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        OpdWorkbooks.Generated a = OpdWorkbooks.lampiran("Dinas A", "1.01.0.00.0.00.01.0000", 2025, "II", 4, 1);
        OpdWorkbooks.Generated b = OpdWorkbooks.lampiran("Dinas B", "1.02.0.00.0.00.01.0000", 2025, "II", 6, 2);
        Files.write(in.resolve("a.xlsx"), a.bytes());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("kiriman.zip")))) {
            z.putNextEntry(new ZipEntry("tw2/b.xlsx"));
            z.write(b.bytes());
            z.putNextEntry(new ZipEntry("tw2/catatan.pdf"));
            z.write("%PDF".getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("tw2/rusak.xlsx"));
            z.write("bukan".getBytes(StandardCharsets.US_ASCII));
        }
        Path list = dir.resolve("opd.json");
        Files.writeString(list, """
                {"opd": [{"kode": "1.01.0.00.0.00.01.0000", "nama": "Dinas A"},
                         {"kode": "1.02.0.00.0.00.01.0000", "nama": "Dinas B"},
                         {"kode": "1.03.0.00.0.00.01.0000", "nama": "Dinas C", "urusan": "PU"}]}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[]{"consolidate", in.toString(), dir.resolve("kiriman.zip").toString(), "-o",
                dir.resolve("rekap.xlsx").toString(), "--report", dir.resolve("rekap.json").toString(), "--opd-list",
                list.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, printed);
        assertTrue(printed.contains("1 belum kirim, 1 tidak terbaca"), printed);
        assertTrue(Files.size(dir.resolve("rekap.xlsx")) > 0);
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("rekap.json"))).getAsJsonObject();
        assertEquals(a.pagu().add(b.pagu()).longValueExact(), json.getAsJsonObject("total").get("pagu").getAsLong());
        assertEquals(4, json.getAsJsonArray("opds").size());
        assertTrue(json.getAsJsonArray("opds").toString().contains("kiriman.zip/tw2/rusak.xlsx"));
    }

    @Test
    void anOpdListWorkbookIsReadByItsTitles() throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var s = wb.createSheet("Daftar");
            s.createRow(0).createCell(0).setCellValue("DAFTAR OPD KABUPATEN CONTOH");
            var h = s.createRow(2);
            h.createCell(0).setCellValue("Urusan");
            h.createCell(1).setCellValue("Nama OPD");
            h.createCell(2).setCellValue("Kode OPD");
            var r = s.createRow(3);
            r.createCell(0).setCellValue("Pendidikan");
            r.createCell(1).setCellValue("Dinas Pendidikan");
            r.createCell(2).setCellValue("1.01.0.00.0.00.01.0000");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            OpdList list = OpdList.read(bytes.toByteArray());
            assertEquals(java.util.List.of(new OpdList.Opd("1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "Pendidikan")), list.opds());
        }
    }

    @Test
    void nothingReadableIsExitTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.xlsx"), "bukan");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new String[]{"consolidate", dir.toString(), "-o", dir.resolve("r.xlsx").toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Tidak ada buku kerja"));
        assertEquals(2, Main.run(new String[]{"consolidate", dir.toString()}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream())));
    }
}
