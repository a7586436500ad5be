package capaian.write;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The write-back writes a column's run of rows with the same formula as one shared formula, as Excel does, and
 * the sheet's own shared formulas keep theirs: they are numbered after ours, so none is read as another.
 */
class SharedFormulasTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @Test
    void runsAreSharedAndTheSheetsOwnSharedFormulasKeepTheirText() throws IOException {
        byte[] input = withOwnSharedFormula(Files.readAllBytes(Path.of("examples", "seed000-tw1-lampiran.xlsx")));
        byte[] result = new Processor(ProfileLoader.defaultProfile())
                .process(new ByteArrayInputStream(input), "lampiran.xlsx", null).workbook();
        try (XSSFWorkbook wb = Workbooks.open(result)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            // the user's shared formula, numbered 0 in the upload, still reads as its own text on every row
            for (int row = 12; row <= 14; row++) {
                XSSFCell z = sheet.getRow(row - 1).getCell(25);
                assertEquals(CellType.FORMULA, z.getCellType());
                assertEquals("I" + row + "*2", z.getCellFormula(), "Z" + row);
            }
            Map<Long, String> masters = new HashMap<>();
            int children = 0;
            for (var r : sheet) {
                for (var c : r) {
                    CTCellFormula f = ((XSSFCell) c).getCTCell().getF();
                    if (f == null || f.getT() != STCellFormulaType.SHARED) continue;
                    if (f.isSetRef()) {
                        String before = masters.put(f.getSi(), c.getAddress().formatAsString());
                        assertNull(before, "shared formula " + f.getSi() + " has two first cells: " + before + " and " + c.getAddress());
                    } else {
                        children++;
                    }
                }
            }
            assertTrue(masters.size() > 1, "computed columns written as shared formulas: " + masters);
            assertTrue(children > masters.size(), "the runs share their formula: " + children);
        }
    }

    /** The upload with a shared formula of the user's own (si 0) in column Z, rows 12 to 14. */
    private static byte[] withOwnSharedFormula(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(SHEET)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    for (int row = 12; row <= 14; row++) {
                        String f = row == 12 ? "<f t=\"shared\" ref=\"Z12:Z14\" si=\"0\">I12*2</f>" : "<f t=\"shared\" si=\"0\"/>";
                        int start = xml.indexOf("<row r=\"" + row + "\"");
                        int end = xml.indexOf("</row>", start);
                        assertTrue(start >= 0 && end > start, "row " + row + " in the example");
                        xml = xml.substring(0, end) + "<c r=\"Z" + row + "\">" + f + "<v>0</v></c>" + xml.substring(end);
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
