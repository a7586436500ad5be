package capaian.read;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import capaian.write.Workbooks;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Excel 97-2003 (.xls) and macro-enabled (.xlsm) workbooks, made here with POI, read like their .xlsx. */
class LegacyFormatsTest {
    private static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());

    /** An .xlsx copied into an .xls cell by cell: values, cached formula results, number formats, hidden rows, merges. */
    static byte[] toXls(byte[] xlsx) throws IOException {
        try (XSSFWorkbook in = Workbooks.open(xlsx); HSSFWorkbook out = new HSSFWorkbook();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Map<String, HSSFCellStyle> styles = new HashMap<>();
            for (Sheet from : in) {
                Sheet to = out.createSheet(from.getSheetName());
                for (Row r : from) {
                    Row row = to.createRow(r.getRowNum());
                    row.setZeroHeight(r.getZeroHeight());
                    for (Cell c : r) {
                        Cell cell = row.createCell(c.getColumnIndex());
                        String format = c.getCellStyle().getDataFormatString();
                        cell.setCellStyle(styles.computeIfAbsent(format, f -> {
                            HSSFCellStyle s = out.createCellStyle();
                            s.setDataFormat(out.createDataFormat().getFormat(f));
                            return s;
                        }));
                        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                        switch (t) {
                            case NUMERIC -> cell.setCellValue(c.getNumericCellValue());
                            case STRING -> {
                                if (!c.getStringCellValue().isEmpty()) cell.setCellValue(c.getStringCellValue());
                            }
                            case BOOLEAN -> cell.setCellValue(c.getBooleanCellValue());
                            default -> { }
                        }
                    }
                }
                for (CellRangeAddress m : from.getMergedRegions()) to.addMergedRegionUnsafe(m);
            }
            out.write(bytes);
            return bytes.toByteArray();
        }
    }

    static ProcessResult process(byte[] bytes, String name) {
        ProcessResult r = PROCESSOR.process(new ByteArrayInputStream(bytes), name, null);
        assertTrue(r.readable(), r.unreadableReason());
        return r;
    }

    private static Report.FindingEntry only(List<Report.FindingEntry> fs, String code) {
        List<Report.FindingEntry> found = fs.stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), fs.toString());
        return found.get(0);
    }

    private static List<Report.FindingEntry> without(List<Report.FindingEntry> fs, String code) {
        return fs.stream().filter(f -> !f.code().equals(code)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {ExampleBuilder.SEED003, ExampleBuilder.SEED002, ExampleBuilder.SEED000, ExampleBuilder.RENJA,
            ExampleBuilder.MONITORING})
    void xlsGivesTheSameFiguresAndFindingsAsItsXlsx(String example) throws IOException {
        byte[] xlsx = Files.readAllBytes(Examples.DIR.resolve(example));
        ProcessResult a = process(xlsx, example);
        ProcessResult b = process(toXls(xlsx), example.replace(".xlsx", ".xls"));
        assertEquals(a.report().summary().pagu(), b.report().summary().pagu());
        assertEquals(a.report().header(), b.report().header());
        assertEquals(a.report().rows(), b.report().rows());
        assertEquals(a.report().findings(), without(b.report().findings(), "XLS_CONVERTED"));
        Report.FindingEntry note = only(b.report().findings(), "XLS_CONVERTED");
        assertTrue(note.message().contains(".xlsx") && note.message().contains("Excel 97-2003"), note.message());
        assertEquals(Forms.byId(a.report().form()).orElseThrow().mainSheet().name(), note.sheet());
        // The result is an .xlsx: XSSF opens it, with the form sheet, Ringkasan and Temuan.
        try (XSSFWorkbook wb = Workbooks.open(b.workbook())) {
            assertTrue(wb.getSheet("Temuan") != null && wb.getSheet("Ringkasan") != null);
            assertEquals(Forms.byId(a.report().form()).orElseThrow().mainSheet().name(), wb.getSheetAt(0).getSheetName());
        }
        // ... and processing that result again gives the .xlsx figures.
        ProcessResult again = process(b.workbook(), "hasil.xlsx");
        assertEquals(a.report().summary(), again.report().summary());
    }

    @Test
    void xlsHiddenRowsPercentFormatsAndFormulasReadAsInXlsx() throws IOException {
        byte[] xlsx = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1.01.0.00.0.00.01.0000", 2025, "I")
                .row(Role.KODE, "1.01.02", Role.URAIAN, "PROGRAM UJI", Role.INDIKATOR, "Persen uji", Role.SATUAN, "%",
                        Role.TARGET, 80, Role.REALISASI, 60)
                .row(Role.KODE, "1.01.02.1.01", Role.URAIAN, "Kegiatan uji", Role.INDIKATOR, "Jumlah", Role.TARGET, 4,
                        Role.REALISASI, 2)
                .bytes();
        byte[] xls = toXls(xlsx);
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            int first = capaian.write.TemplateWriter.headerRowIndex(Forms.LAMPIRAN_REALISASI.mainSheet()) + 1;
            int realisasi = Forms.LAMPIRAN_REALISASI.mainSheet().columns().indexOf(
                    Forms.LAMPIRAN_REALISASI.mainSheet().column(Role.REALISASI).orElseThrow());
            // 0,75 shown as 75%; a formula whose cached value is 3; the second row hidden.
            Cell pct = s.getRow(first).getCell(realisasi);
            pct.setCellValue(0.75);
            HSSFCellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat("0%"));
            pct.setCellStyle(st);
            Cell f = s.getRow(first + 1).getCell(realisasi);
            f.setCellFormula("1+2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
            s.getRow(first + 1).setZeroHeight(true);
            wb.write(out);
            xls = out.toByteArray();
        }
        Report r = process(xls, "uji.xls").report();
        assertEquals("75", r.rows().get(0).realisasi().replace("%", ""));
        assertEquals(0, new java.math.BigDecimal("93.75").compareTo(r.rows().get(0).capaian()));
        assertEquals(0, new java.math.BigDecimal("75").compareTo(r.rows().get(1).capaian()));
        assertTrue(r.findings().stream().anyMatch(x -> x.code().equals("HIDDEN_ROW")), r.findings().toString());
    }

    @Test
    void xlsmIsReadAndTheResultHasNoMacros() throws Exception {
        byte[] xlsx = Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.SEED003));
        byte[] xlsm;
        try (XSSFWorkbook wb = Workbooks.open(xlsx); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.setWorkbookType(XSSFWorkbookType.XLSM);
            PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart vba = wb.getPackage().createPart(name, XSSFRelation.VBA_MACROS.getContentType());
            try (OutputStream os = vba.getOutputStream()) {
                os.write("Attribute VB_Name = \"Modul1\"\nSub Auto_Open()\nShell \"calc.exe\"\nEnd Sub".getBytes());
            }
            wb.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XSSFRelation.VBA_MACROS.getRelation());
            wb.write(out);
            xlsm = out.toByteArray();
        }
        assertTrue(entries(xlsm).contains("xl/vbaProject.bin"));
        ProcessResult plain = process(xlsx, "a.xlsx");
        ProcessResult macro = process(xlsm, "a.xlsm");
        assertEquals(plain.report().rows(), macro.report().rows());
        assertEquals(plain.report().summary().pagu(), macro.report().summary().pagu());
        assertEquals("warning", only(macro.report().findings(), "MACROS_REMOVED").severity());
        assertEquals(plain.report().findings(), without(macro.report().findings(), "MACROS_REMOVED"));
        List<String> entries = entries(macro.workbook());
        assertFalse(entries.contains("xl/vbaProject.bin"), entries.toString());
        String types = text(macro.workbook(), "[Content_Types].xml");
        assertFalse(types.contains("macroEnabled"), types);
        assertFalse(text(macro.workbook(), "xl/_rels/workbook.xml.rels").contains("vbaProject"));
        try (XSSFWorkbook wb = Workbooks.open(macro.workbook())) {
            assertFalse(wb.isMacroEnabled());
            assertTrue(wb.getSheet("Temuan") != null);
        }
    }

    @Test
    void encryptedWorkbookIsRefusedAsPasswordProtected() throws Exception {
        byte[] xlsx = Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.SEED003));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("rahasia");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
        }
        ProcessResult r = PROCESSOR.check(new ByteArrayInputStream(out.toByteArray()), "kunci.xlsx", null);
        assertFalse(r.readable());
        assertTrue(r.unreadableReason().contains("dilindungi kata sandi"), r.unreadableReason());
        assertNull(r.report());
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) names.add(e.getName());
        }
        return names;
    }

    static String text(byte[] zip, String entry) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(entry)) return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
