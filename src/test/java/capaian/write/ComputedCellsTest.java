package capaian.write;

import capaian.process.Processor;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The add-in's cell list says what the result workbook holds: for every listed cell, the same formula, value
 * and category fill as {@link ResultWriter} wrote there; and nothing in an input column is listed but the
 * empty parent cells that get a sum.
 */
class ComputedCellsTest {
    private static final Profile PROFILE = ProfileLoader.defaultProfile();

    @ParameterizedTest
    @ValueSource(strings = {"seed000-tw1-lampiran.xlsx", "seed003-tabel1-lampiran.xlsx", "seed003-renja.xlsx",
            "seed002-lampiran43.xlsx", "monitoring-contoh.xlsx", "seed004-seed001-indeks.xlsx"})
    void cellsAreWhatTheResultWorkbookHolds(String example) throws Exception {
        Path file = Path.of("examples", example);
        Processor p = new Processor(PROFILE);
        List<ComputedCells.Cell> cells = ComputedCells.of(p.evaluate(file, null));
        assertFalse(cells.isEmpty());
        byte[] result;
        try (InputStream in = Files.newInputStream(file)) {
            result = p.process(in, example, null).workbook();
        }
        Set<String> seen = new HashSet<>();
        int formulas = 0;
        try (XSSFWorkbook wb = Workbooks.open(result)) {
            for (ComputedCells.Cell c : cells) {
                assertTrue(seen.add(c.sheet() + "!" + c.address()), "listed twice: " + c);
                CellReference ref = new CellReference(c.address());
                XSSFRow row = wb.getSheet(c.sheet()).getRow(ref.getRow());
                XSSFCell cell = row == null ? null : row.getCell(ref.getCol());
                String where = example + " " + c.sheet() + "!" + c.address();
                if (c.value() == null) {
                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
                    continue;
                }
                assertNotNull(cell, where);
                if (c.formula() != null) {
                    formulas++;
                    assertEquals(CellType.FORMULA, cell.getCellType(), where);
                    assertEquals(c.formula(), "=" + cell.getCellFormula(), where);
                } else {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), where);
                }
                Object written = c.formula() != null ? Workbooks.cached(cell)
                        : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
                if (c.value() instanceof BigDecimal b) assertEquals(b.doubleValue(), (Double) written, 1e-9, where);
                else assertEquals(c.value(), written, where);
                String shown = Styles.fillOf(cell.getCellStyle());
                boolean marked = Styles.FINDING_ERROR.equals(shown) || Styles.FINDING_WARNING.equals(shown); // a finding's mark
                if (c.fill() != null && !marked) assertEquals(c.fill(), shown, where);
                if (c.value() instanceof String label && PROFILE.categoryFill(label) != null) {
                    assertEquals(PROFILE.categoryFill(label), c.fill(), where);
                }
            }
        }
        assertTrue(formulas > 0, example + " has formula cells");
    }
}
