package capaian.cli;

import capaian.examples.ExampleBuilder;
import capaian.form.Forms;
import capaian.form.Role;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets a clear finding (exit 1) or, when the file cannot be read at all, a clear message (exit 2). */
class BadInputTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        String all() { return out + err; }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), "no stack trace: " + r.all());
        return r;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void notAWorkbook() throws IOException {
        Run r = cli("check", file("laporan.xlsx", "ini bukan excel".getBytes(StandardCharsets.UTF_8)).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bukan buku kerja Excel"), r.err());
    }

    @Test
    void emptyFile() throws IOException {
        Run r = cli("check", file("kosong.xlsx", new byte[0]).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("kosong"), r.err());
    }

    @Test
    void truncatedZip() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("examples", ExampleBuilder.SEED002));
        Run r = cli("check", file("potong.xlsx", Arrays.copyOf(whole, whole.length / 2)).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("rusak"), r.err());
    }

    @Test
    void oldExcelOrEncrypted() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Run r = cli("check", file("lama.xls", ole2).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Excel 97-2003"), r.err());
    }

    @Test
    void missingFileAndWrongArguments() {
        assertEquals(2, cli("check", dir.resolve("tidak-ada.xlsx").toString()).code());
        assertEquals(2, cli("process", "a.xlsx").code());
        assertEquals(2, cli("frobnicate").code());
        assertEquals(2, cli("check", "a.xlsx", "--bogus", "1").code());
        assertEquals(2, cli("template", "tabel-x", "-o", dir.resolve("x.xlsx").toString()).code());
    }

    @Test
    void workbookWithoutTheFormsSheet() throws IOException {
        Run r = cli("check", file("lain.xlsx", workbook(wb -> wb.createSheet("Data").createRow(0).createCell(0)
                .setCellValue("Daftar hadir"))).toString(), "--form", "lampiran-realisasi");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("SHEET_MISSING") || r.out().contains("HEADER_NOT_FOUND"), r.out());
    }

    @Test
    void missingHeader() throws IOException {
        Run r = cli("check", file("tanpa-judul.xlsx", workbook(wb -> {
            XSSFSheet s = wb.createSheet("Realisasi");
            s.createRow(0).createCell(0).setCellValue("Program Kepegawaian");
            s.createRow(1).createCell(0).setCellValue(12);
        })).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("HEADER_NOT_FOUND"), r.out());
        assertTrue(r.out().contains("baris judul kolom tidak ditemukan"), r.out());
    }

    @Test
    void emptyForm() throws IOException {
        Path template = dir.resolve("templat.xlsx");
        assertEquals(0, cli("template", "lampiran-realisasi", "-o", template.toString()).code());
        Run r = cli("check", template.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("FORM_EMPTY"), r.out());
    }

    @Test
    void textInNumberCells() throws IOException {
        byte[] wb = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1", 2025, "I")
                .row(Role.URAIAN, "Sub uji", Role.TINGKAT, "Sub Kegiatan", Role.TARGET, 10, Role.REALISASI, "sepuluh",
                        Role.PAGU, "satu juta", Role.REALISASI_ANGGARAN, 100)
                .bytes();
        Run r = cli("check", file("teks.xlsx", wb).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("VALUE_NOT_NUMBER"), r.out());
        assertTrue(r.out().contains("\"sepuluh\" bukan angka"), r.out());
        assertTrue(r.out().contains("sel N9"), r.out());
    }

    @Test
    void mergedCellsAndHiddenRowsInTheDataArea() throws IOException {
        byte[] filled = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1", 2025, "I")
                .row(Role.URAIAN, "Sub satu", Role.TINGKAT, "Sub Kegiatan", Role.TARGET, 10, Role.REALISASI, 5)
                .row(Role.URAIAN, "Sub dua", Role.TINGKAT, "Sub Kegiatan", Role.TARGET, 10, Role.REALISASI, 7)
                .bytes();
        byte[] changed;
        try (XSSFWorkbook wb = capaian.write.Workbooks.open(filled); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.getSheet("Realisasi");
            s.addMergedRegion(new CellRangeAddress(8, 9, 19, 19)); // Permasalahan over both rows
            s.getRow(9).setZeroHeight(true);
            wb.write(out);
            changed = out.toByteArray();
        }
        Run r = cli("check", file("gabung.xlsx", changed).toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("MERGED_CELLS_IN_DATA"), r.out());
        assertTrue(r.out().contains("HIDDEN_ROW"), r.out());
        assertTrue(r.out().contains("baris 10 tersembunyi"), r.out());
    }

    @Test
    void twentyThousandRows() throws IOException {
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Besar", "1", 2025, "II");
        for (int i = 0; i < 20_000; i++) {
            b.row(Role.TINGKAT, "Sub Kegiatan", Role.URAIAN, "Sub kegiatan " + i, Role.INDIKATOR, "Jumlah dokumen",
                    Role.TARGET, 4, Role.REALISASI, i % 5, Role.PAGU, 1_000_000, Role.REALISASI_ANGGARAN, 250_000);
        }
        Path in = file("besar.xlsx", b.bytes());
        Path out = dir.resolve("besar-hasil.xlsx");
        Path report = dir.resolve("besar.json");
        Run r = cli("process", in.toString(), "-o", out.toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.all());
        // 20.000 × 250.000 of 20.000 × 1.000.000
        assertTrue(r.out().contains("Serapan   : 25,00 %"), r.out());
        // mean of 0, 25, 50, 75, 100 repeated: 50
        assertTrue(r.out().contains("Capaian   : 50,00 %"), r.out());
        assertTrue(Files.size(out) > 100_000);
    }

    interface Filler {
        void fill(XSSFWorkbook wb);
    }

    private static byte[] workbook(Filler f) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            f.fill(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
