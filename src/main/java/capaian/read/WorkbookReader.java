package capaian.read;

import capaian.check.FindingCode;
import capaian.check.Findings;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.form.SheetDefinition;
import capaian.form.Titles;
import capaian.model.Document;
import capaian.model.SheetData;
import capaian.rules.Profile;
import capaian.value.ValueReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an .xlsx workbook as one of the forms, streaming each sheet (POI's event API with our own SAX
 * handler): memory stays flat however many rows the sheet has. Sheets are found by name, else by their
 * header; columns by title.
 */
public final class WorkbookReader {
    /** The header must be within the first rows; the scan of a sheet for its header stops there. */
    static final int HEADER_SCAN_ROWS = 40;

    private final ValueReader values;
    private final Limits limits;

    public WorkbookReader(Profile profile) {
        this(profile, Limits.defaults());
    }

    public WorkbookReader(Profile profile, Limits limits) {
        this.values = new ValueReader(profile);
        this.limits = limits;
    }

    /** Reads the workbook as {@code form}, or as the form it is recognised as when {@code form} is null. */
    public Document read(Path file, FormDefinition form) throws UnreadableWorkbookException {
        WorkbookFile.checkIsXlsx(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            SharedStrings strings = CompactSharedStrings.read(pkg, limits);
            StylesTable styles = xssf.getStylesTable();
            Map<String, List<RawRow>> heads = scanHeads(xssf, strings, styles);
            FormDefinition chosen = form != null ? form : recognise(heads);
            return readForm(xssf, strings, styles, heads, chosen);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (Limits.Exceeded e) {
            throw new WorkbookTooLargeException(e.getMessage());
        } catch (Exception | OutOfMemoryError e) {
            throw WorkbookFile.unreadable(e);
        }
    }

    /** The first rows of every sheet, by sheet name in workbook order. */
    private Map<String, List<RawRow>> scanHeads(XSSFReader xssf, SharedStrings strings, StylesTable styles)
            throws IOException, SAXException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        Map<String, List<RawRow>> heads = new LinkedHashMap<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xssf.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                List<RawRow> rows = new ArrayList<>();
                heads.put(it.getSheetName(), rows);
                SheetScanner.Listener collect = new SheetScanner.Listener() {
                    @Override
                    public void row(RawRow row) {
                        if (row.row() > HEADER_SCAN_ROWS) throw new StopScan();
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

    /**
     * The form whose sheets the workbook has: the share of the form's columns found (each workbook sheet
     * serving one form sheet only), a sheet named as the form's adding a little; the Lampiran when nothing fits.
     */
    private static FormDefinition recognise(Map<String, List<RawRow>> heads) {
        FormDefinition best = Forms.LAMPIRAN_REALISASI;
        long bestScore = 0;
        for (FormDefinition f : Forms.all()) {
            long matched = 0;
            long total = 0;
            List<String> used = new ArrayList<>();
            for (SheetDefinition s : f.sheets()) {
                total += s.columns().size();
                String name = findSheet(s, heads, used);
                if (name == null) continue;
                used.add(name);
                HeaderLocator.Match m = HeaderLocator.locate(s, heads.get(name));
                matched += (m == null ? 0 : m.score() * 10L) + (sameName(s, name) ? 1 : 0);
            }
            long score = 10_000 * matched / (10 * total);
            if (score > bestScore) {
                bestScore = score;
                best = f;
            }
        }
        return best;
    }

    private Document readForm(XSSFReader xssf, SharedStrings strings, StylesTable styles,
                              Map<String, List<RawRow>> heads, FormDefinition form) throws Exception {
        Document doc = new Document(form);
        Findings findings = new Findings();
        List<String> used = new ArrayList<>();
        for (SheetDefinition def : form.sheets()) {
            String name = findSheet(def, heads, used);
            boolean main = def == form.mainSheet();
            if (name == null) {
                if (main) {
                    findings.atCell(FindingCode.SHEET_MISSING, null, null, 0, String.join(", ", heads.keySet()),
                            "expected", def.name());
                }
                continue;
            }
            used.add(name);
            HeaderLocator.Match match = HeaderLocator.locate(def, heads.get(name));
            if (match == null) {
                if (main || sameName(def, name)) {
                    findings.atCell(FindingCode.HEADER_NOT_FOUND, name, null, 0, null, "expected", requiredTitles(def));
                }
                continue;
            }
            for (var missing : match.missingRequired()) {
                findings.atCell(FindingCode.COLUMN_MISSING, name, null, match.headerRow(), null,
                        "expected", missing.fullTitle());
            }
            for (int col : match.duplicateColumns()) {
                String cell = capaian.model.CellRef.a1(col, match.headerRow());
                findings.atCell(FindingCode.COLUMN_DUPLICATE, name, cell, match.headerRow(),
                        heads.get(name).stream().filter(r -> r.row() == match.headerRow()).findFirst()
                                .map(r -> r.text(col)).orElse(""));
            }
            SheetDataBuilder builder = new SheetDataBuilder(def, name, match, values, findings);
            streamSheet(xssf, strings, styles, name, builder);
            builder.finish();
            SheetData data = builder.data();
            if (main) checkHeaderFields(def, data, findings);
            if (data.rows().isEmpty() && main) {
                findings.atCell(FindingCode.FORM_EMPTY, name, null, match.headerRow(), null);
            }
            doc.sheets().add(data);
        }
        doc.findings().addAll(findings.sorted());
        return doc;
    }

    private static void checkHeaderFields(SheetDefinition def, SheetData data, Findings findings) {
        for (var f : def.headerFields()) {
            var v = data.header().get(f.key());
            if (f.required() && (v == null || v.text() == null || v.text().isBlank())) {
                findings.atCell(FindingCode.HEADER_FIELD_MISSING, data.name(), v == null ? null : v.cell(), 0, null,
                        "expected", f.label());
            }
        }
    }

    private static String requiredTitles(SheetDefinition def) {
        List<String> t = new ArrayList<>();
        def.columns().stream().filter(c -> c.required()).forEach(c -> t.add("\"" + c.fullTitle() + "\""));
        return String.join(", ", t);
    }

    private void streamSheet(XSSFReader xssf, SharedStrings strings, StylesTable styles, String name,
                                    SheetScanner.Listener listener) throws Exception {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xssf.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                if (it.getSheetName().equals(name)) {
                    parse(in, new SheetScanner(strings, styles, listener, limits, name));
                    return;
                }
            }
        }
    }

    /** The workbook sheet for a definition: by name or alias first, then by the best header. */
    private static String findSheet(SheetDefinition def, Map<String, List<RawRow>> heads, List<String> used) {
        for (String name : heads.keySet()) {
            if (!used.contains(name) && sameName(def, name)) return name;
        }
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, List<RawRow>> e : heads.entrySet()) {
            if (used.contains(e.getKey())) continue;
            HeaderLocator.Match m = HeaderLocator.locate(def, e.getValue());
            if (m != null && m.score() > bestScore) {
                bestScore = m.score();
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean sameName(SheetDefinition def, String sheetName) {
        String n = Titles.normalise(sheetName);
        if (n.equals(Titles.normalise(def.name()))) return true;
        for (String a : def.aliases()) if (n.equals(Titles.normalise(a))) return true;
        return false;
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
