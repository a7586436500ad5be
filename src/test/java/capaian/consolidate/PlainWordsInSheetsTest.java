package capaian.consolidate;

import capaian.findings.FindingCode;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person reads in the written workbooks (the rekap, an OPD's result workbook, the blank templates) is plain
 * Indonesian: no finding code or form id outside the "Kode Temuan" column (cell comments put the code last, in
 * brackets), no English or "galat" severity, no doubled "TW", no file name of the project. Hidden sheets
 * (Capaian's own memory) are not read by people and are left out.
 */
class PlainWordsInSheetsTest {
    private static final String CODE_COLUMN = "Kode Temuan";
    private static final Pattern WORDS = Pattern.compile("\\b(galat|Error|error|warning|Warning|info)\\b|TW TW|RULES\\.md|\\.java\\b|\\.md\\b");

    @Test
    void rekapWorkbookSpeaksPlainIndonesian(@TempDir Path dir) throws IOException {
        Rekap rekap = ConsolidationFixtures.threeOpds(dir);
        assertTrue(rekap.entries().stream().anyMatch(e -> e.readable() && !e.report().findings().isEmpty()), "the fixture has findings to write");
        List<String> found = scan(ConsolidationFixtures.write(rekap), true);
        assertEquals(List.of(), found);
    }

    @Test
    void resultWorkbookSpeaksPlainIndonesian() throws IOException {
        // Seed 003 has warnings and infos on its cells (comments) and in Temuan; its header says "TW IV" as people write it.
        byte[] seed = Files.readAllBytes(Path.of("examples/seed003-tabel1-lampiran.xlsx"));
        ProcessResult r = new Processor(ProfileLoader.defaultProfile()).process(new ByteArrayInputStream(seed), "seed003.xlsx", null);
        assertTrue(r.readable() && !r.report().findings().isEmpty());
        // The OPD's own sheets are copied as they are (its Petunjuk from an older template among them): what Capaian
        // wrote is the form sheet's comments, Ringkasan and Temuan.
        assertEquals(List.of(), scan(r.workbook(), true).stream().filter(f -> !f.startsWith("Petunjuk!")).toList());
        assertTrue(r.report().header().periode() == null || !r.report().header().periode().startsWith("TW TW"), r.report().header().periode());
    }

    @Test
    void templatesSpeakPlainIndonesian() throws IOException {
        for (FormDefinition f : Forms.all()) {
            assertEquals(List.of(), scan(Files.readAllBytes(Path.of("templates-xlsx", f.file())), false), f.file());
        }
    }

    /** Every visible sheet's text cells and comments: what holds an internal word, as "sheet!cell: text". */
    private static List<String> scan(byte[] xlsx, boolean withComments) throws IOException {
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) {
                if (wb.isSheetHidden(wb.getSheetIndex(s)) || wb.isSheetVeryHidden(wb.getSheetIndex(s))) continue;
                int codeColumn = -1;
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.STRING) continue;
                        String t = c.getStringCellValue();
                        if (t.equals(CODE_COLUMN)) codeColumn = c.getColumnIndex();
                        if (c.getColumnIndex() != codeColumn && internal(t)) found.add(s.getSheetName() + "!" + c.getAddress() + ": " + t);
                        Comment m = withComments ? c.getCellComment() : null;
                        if (m != null) {
                            // a finding's comment ends with its code in brackets: the rest is what people read
                            String text = m.getString().getString().replaceAll("\\[[A-Z_]+]", "");
                            if (internal(text)) found.add(s.getSheetName() + "!" + c.getAddress() + " (komentar): " + text);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean internal(String t) {
        for (FindingCode c : FindingCode.values()) if (t.contains(c.name())) return true;
        for (FormDefinition f : Forms.all()) if (t.contains(f.id())) return true;
        return WORDS.matcher(t).find();
    }
}
