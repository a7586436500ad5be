package capaian.write;

import capaian.form.Column;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.form.SheetDefinition;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed templates are what their definitions generate (regenerate with `scripts/capaian templates`),
 * and they carry what a person needs: titles, locked grey computed cells, drop-downs, frozen header,
 * landscape fit-to-width printing with repeated header rows, and a Petunjuk line for every column.
 */
class TemplateDriftTest {
    static Stream<FormDefinition> forms() {
        return Forms.all().stream();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void committedTemplateMatchesItsDefinition(FormDefinition form) throws IOException {
        byte[] generated = new TemplateWriter(ProfileLoader.defaultProfile()).write(form);
        byte[] committed = Files.readAllBytes(Path.of("templates-xlsx", form.file()));
        try (XSSFWorkbook g = Workbooks.open(generated); XSSFWorkbook c = Workbooks.open(committed)) {
            assertEquals(Workbooks.dump(g), Workbooks.dump(c),
                    "templates-xlsx/" + form.file() + " drifted from its definition: run scripts/capaian templates");
            for (int i = 0; i < g.getNumberOfSheets(); i++) {
                assertEquals(g.getSheetAt(i).getDataValidations().size(), c.getSheetAt(i).getDataValidations().size());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void templateHasWhatAPersonNeeds(FormDefinition form) throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(Files.readAllBytes(Path.of("templates-xlsx", form.file())))) {
            for (SheetDefinition def : form.sheets()) {
                XSSFSheet s = wb.getSheet(def.name());
                int header = TemplateWriter.headerRowIndex(def);
                XSSFRow titles = s.getRow(header);
                XSSFRow first = s.getRow(header + 1);
                List<String> found = new ArrayList<>();
                for (int i = 0; i < def.columns().size(); i++) {
                    Column col = def.columns().get(i);
                    XSSFCell t = titles.getCell(i);
                    String text = t.getStringCellValue().isEmpty() ? s.getRow(header - 1).getCell(i).getStringCellValue()
                            : t.getStringCellValue();
                    found.add(text);
                    XSSFCell cell = first.getCell(i);
                    assertEquals(col.computed(), cell.getCellStyle().getLocked(), col.title() + " locked");
                    if (col.computed()) assertEquals(Styles.COMPUTED_GREY, Styles.fillOf(cell.getCellStyle()), col.title());
                    if (col.type() == capaian.form.ValueType.MONEY && !col.computed()) {
                        assertEquals(Styles.RUPIAH, cell.getCellStyle().getDataFormatString(), col.title());
                    }
                    if (col.type() == capaian.form.ValueType.NUMBER && col.computed()) {
                        assertEquals(Styles.PERCENT, cell.getCellStyle().getDataFormatString(), col.title());
                    }
                }
                assertEquals(def.columns().stream().map(Column::title).toList(), found);
                assertTrue(s.getPaneInformation().isFreezePane(), def.name() + " frozen");
                assertEquals(header + 1, s.getPaneInformation().getHorizontalSplitPosition());
                assertTrue(s.getPrintSetup().getLandscape(), "landscape");
                assertEquals(1, s.getPrintSetup().getFitWidth());
                assertTrue(s.getRepeatingRows() != null, "header rows repeat on every page");
                assertTrue(s.getProtect(), "computed cells locked by sheet protection");
                long lists = def.columns().stream().filter(x -> !x.choices().isEmpty()).count();
                assertTrue(s.getDataValidations().size() >= lists, "drop-downs");
            }
            XSSFSheet petunjuk = wb.getSheet("Petunjuk");
            StringBuilder all = new StringBuilder();
            for (var row : petunjuk) for (var cell : row) if (cell.getCellType() == CellType.STRING) all.append(cell.getStringCellValue()).append('\n');
            for (SheetDefinition def : form.sheets()) {
                for (Column col : def.columns()) {
                    assertTrue(all.toString().contains(col.fullTitle()), "Petunjuk explains " + col.fullTitle());
                    assertFalse(col.help().isBlank());
                }
            }
        }
    }
}
