package capaian.write;

import capaian.check.Finding;
import capaian.process.Evaluation;
import capaian.value.ValueType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Temuan sheet: every finding, one per row, filterable. */
final class FindingsSheet {
    static final String NAME = "Temuan";
    static final String[] COLUMNS = {"No", "Tingkat", "Kode Temuan", "Lembar", "Sel", "Nilai", "Pesan"};
    static final int[] WIDTHS = {6, 11, 24, 14, 8, 22, 100};

    private FindingsSheet() {}

    static void write(XSSFWorkbook wb, Evaluation ev, Styles styles) {
        XSSFSheet sheet = Sheets.recreate(wb, NAME);
        for (int c = 0; c < COLUMNS.length; c++) {
            Sheets.text(sheet, 0, c, COLUMNS[c], styles.header());
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 1;
        for (Finding f : ev.findings()) {
            String[] v = {Integer.toString(r), f.severity().label(), f.code().name(), f.sheet(), f.cell(), f.value(), f.message()};
            for (int c = 0; c < v.length; c++) {
                Sheets.text(sheet, r, c, v[c] == null ? "" : v[c], styles.withFill(styles.input(ValueType.TEXT),
                        c == 1 ? ResultWriter.fillFor(f.severity()) : "FFFFFF"));
            }
            r++;
        }
        if (r == 1) Sheets.text(sheet, 1, 6, "Tidak ada temuan.", null);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, COLUMNS.length - 1));
        sheet.createFreezePane(0, 1);
    }
}
