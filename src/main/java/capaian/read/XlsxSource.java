package capaian.read;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An .xlsx (or .xlsm) package streamed sheet by sheet with POI's event API and our {@link SheetScanner}. */
final class XlsxSource implements SheetSource {
    private final XSSFReader xssf;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Limits limits;

    XlsxSource(XSSFReader xssf, SharedStrings strings, StylesTable styles, Limits limits) {
        this.xssf = xssf;
        this.strings = strings;
        this.styles = styles;
        this.limits = limits;
    }

    @Override
    public Map<String, List<RawRow>> heads(int maxRow) throws Exception {
        Map<String, List<RawRow>> heads = new LinkedHashMap<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xssf.getSheetsData();
        while (it.hasNext()) {
            capaian.job.JobBudget.check(); // thousands of sheets cost time even when each is empty
            try (InputStream in = it.next()) {
                List<RawRow> rows = new ArrayList<>();
                heads.put(it.getSheetName(), rows);
                SheetScanner.Listener collect = new SheetScanner.Listener() {
                    @Override
                    public void row(RawRow row) {
                        if (row.row() > maxRow) throw new StopScan();
                        rows.add(row);
                    }

                    @Override
                    public void merge(String ref) { }
                };
                try {
                    parse(in, new SheetScanner(strings, styles, collect, limits, it.getSheetName()));
                } catch (StopScan stop) {
                    // enough rows to find the header
                }
            }
        }
        return heads;
    }

    @Override
    public void stream(String name, SheetScanner.Listener listener) throws Exception {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xssf.getSheetsData();
        while (it.hasNext()) {
            capaian.job.JobBudget.check(); // thousands of sheets cost time even when each is empty
            try (InputStream in = it.next()) {
                if (it.getSheetName().equals(name)) {
                    parse(in, new SheetScanner(strings, styles, listener, limits, name));
                    return;
                }
            }
        }
    }

    private void parse(InputStream in, SheetScanner handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        reader.setContentHandler(handler);
        reader.parse(new InputSource(limits.bounded(in)));
    }

    /** Ends a header scan early: the rest of the sheet is not needed for that. */
    private static final class StopScan extends RuntimeException {
        StopScan() {
            super(null, null, false, false);
        }
    }
}
