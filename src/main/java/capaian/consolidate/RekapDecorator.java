package capaian.consolidate;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What jxls cannot put in a template, added with POI to the filled workbook: Detail as an Excel table
 * (autofilter, ready for a pivot table) and a native clustered-column chart of serapan and capaian per OPD
 * on the Grafik sheet, whose series read the Rekap OPD cells (so the chart follows any edit of them).
 */
final class RekapDecorator {
    static final String CHART_SHEET = "Grafik";
    static final String DETAIL_TABLE = "TabelDetail";
    /** The page's colours (app.css): capaian green, serapan blue. */
    static final byte[] CAPAIAN_FILL = {(byte) 0x1E, (byte) 0x7B, (byte) 0x34};
    static final byte[] SERAPAN_FILL = {(byte) 0x1D, (byte) 0x4F, (byte) 0x91};

    private final RekapLayout layout;

    RekapDecorator(RekapLayout layout) {
        this.layout = layout;
    }

    /** A listing's rows after the first (which jxls rendered with the template's styles), to be streamed. */
    record Streamed(RekapLayout.Listing listing, Iterator<Map<String, Object>> rest) {}

    /**
     * Decorates the workbook jxls filled, in place, before jxls saves it; returns what must still go into the saved
     * package: the listings' remaining rows (null when there are none).
     */
    ListingRows decorate(XSSFWorkbook wb, int opdRows, int detailRows, List<Streamed> streamed) {
        TemplateCells.removeMarkup(wb);
        if (layout.details() != null && detailRows > 0) detailTable(wb, layout.details(), detailRows);
        if (layout.opds() != null && opdRows > 0) chart(wb, layout.opds(), opdRows);
        for (Sheet s : wb) printSetup((XSSFSheet) s);
        return streamed.isEmpty() ? null : new ListingRows(wb, streamed);
    }

    /**
     * Every sheet prints landscape on A4, one page wide (as many pages tall as it needs), with the rows frozen
     * at the top of the sheet (titles and column headings) repeated on every page.
     */
    static void printSetup(XSSFSheet s) {
        PrintSetup ps = s.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setHorizontallyCenter(true);
        s.setMargin(PageMargin.LEFT, 0.4);
        s.setMargin(PageMargin.RIGHT, 0.4);
        s.setMargin(PageMargin.TOP, 0.5);
        s.setMargin(PageMargin.BOTTOM, 0.5);
        PaneInformation pane = s.getPaneInformation();
        int top = pane == null || !pane.isFreezePane() ? 0 : pane.getHorizontalSplitTopRow();
        if (top > 0) s.setRepeatingRows(new CellRangeAddress(0, top - 1, -1, -1));
    }

    private static void detailTable(XSSFWorkbook wb, RekapLayout.Listing d, int rows) {
        XSSFSheet s = wb.getSheet(d.sheet());
        int header = d.dataRow() - 1;
        AreaReference area = new AreaReference(new CellReference(header, d.firstCol()),
                new CellReference(d.dataRow() + rows - 1, d.lastCol()), SpreadsheetVersion.EXCEL2007);
        XSSFTable t = s.createTable(area);
        t.setName(DETAIL_TABLE);
        t.setDisplayName(DETAIL_TABLE);
        t.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        t.getCTTable().addNewTableStyleInfo().setName("TableStyleLight9");
        t.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    }

    private static void chart(XSSFWorkbook wb, RekapLayout.Listing o, int rows) {
        XSSFSheet data = wb.getSheet(o.sheet());
        Integer nama = o.column("nama");
        Integer capaian = o.column("capaian");
        Integer serapan = o.column("serapan");
        if (nama == null || capaian == null || serapan == null) return; // the template dropped a column: no chart
        XSSFSheet sheet = wb.getSheet(CHART_SHEET) != null ? wb.getSheet(CHART_SHEET) : wb.createSheet(CHART_SHEET);
        int first = o.dataRow();
        int last = first + rows - 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // Wide enough for 60 OPD names; one row of height per ~2 OPDs keeps bars readable.
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 3, Math.max(16, Math.min(60, rows)), 30);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(sheet.getRow(0) != null && sheet.getRow(0).getCell(0) != null
                ? sheet.getRow(0).getCell(0).getStringCellValue() : "Capaian dan serapan per OPD");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle("%");
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(data,
                new CellRangeAddress(first, last, nama, nama));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        series(bars, names, data, first, last, capaian, o.dataRow() - 1, CAPAIAN_FILL);
        series(bars, names, data, first, last, serapan, o.dataRow() - 1, SERAPAN_FILL);
        chart.plot(bars);
    }

    private static void series(XDDFBarChartData bars, XDDFDataSource<String> names, XSSFSheet data, int first, int last,
                               int col, int headerRow, byte[] rgb) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(data,
                new CellRangeAddress(first, last, col, col));
        XDDFChartData.Series s = bars.addSeries(names, values);
        String title = data.getRow(headerRow) == null || data.getRow(headerRow).getCell(col) == null ? null
                : data.getRow(headerRow).getCell(col).getStringCellValue();
        s.setTitle(title, new CellReference(data.getSheetName(), headerRow, col, true, true));
        // An explicit solid fill: without one the bars take the theme's accent colours, which LibreOffice
        // draws as nothing when the workbook carries no theme part.
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(fill);
        shape.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb))));
        s.setShapeProperties(shape);
    }
}
