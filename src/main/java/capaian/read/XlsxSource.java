package capaian.read;

import capaian.xml.XmlBytes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An .xlsx (or .xlsm) package streamed sheet by sheet: the workbook part gives the sheets in order and their parts,
 * the shared strings and the percent styles are read once, each sheet's XML goes through our {@link SheetScanner}.
 * JDK only ({@link PackageParts}, {@link SecureXml}).
 */
final class XlsxSource implements SheetSource {
    private static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    private final PackageParts pkg;
    private final Limits limits;
    /** Sheet name to its part, in workbook order. */
    private final Map<String, String> sheets;
    private final CompactSharedStrings strings;
    private final PercentStyles styles;
    /** Where a sheet read in full is kept for the write-back. */
    private final InflatedParts kept;

    private XlsxSource(PackageParts pkg, Limits limits, Map<String, String> sheets, CompactSharedStrings strings,
                       PercentStyles styles, InflatedParts kept) {
        this.pkg = pkg;
        this.kept = kept;
        this.limits = limits;
        this.sheets = sheets;
        this.strings = strings;
        this.styles = styles;
    }

    /**
     * Reads the workbook part, its relationships, the styles and the shared strings, checking while they stream the
     * parts a hostile package can inflate (how many sheets, style entries, strings). A Strict Open XML workbook,
     * which Capaian does not read, is named as such.
     */
    static XlsxSource open(PackageParts pkg, Limits limits, InflatedParts kept) throws Exception {
        String workbook = null;
        for (PackageParts.Rel r : pkg.rels("")) {
            if (PackageParts.OFFICE_DOCUMENT.equals(r.type()) && workbook == null) workbook = r.target();
            if (PackageParts.STRICT_OFFICE_DOCUMENT.equals(r.type()) && workbook == null) throw WorkbookFile.strict();
        }
        if (workbook == null || !pkg.has(workbook)) throw new IOException("the package has no workbook part");
        List<String[]> declared = new ArrayList<>(); // name, relationship id
        PackageParts.parse(limits.boundedSmall(pkg.part(workbook)), (local, atts) -> {
            if (!local.equals("sheet")) return;
            String id = null;
            for (int i = 0; i < atts.getLength(); i++) {
                if (atts.getLocalName(i).equals("id") && atts.getURI(i).endsWith("relationships")) id = atts.getValue(i);
            }
            declared.add(new String[]{atts.getValue("name"), id});
            limits.checkSheets(declared.size());
        });
        Map<String, PackageParts.Rel> byId = new HashMap<>();
        String stylesPart = null;
        String stringsPart = null;
        for (PackageParts.Rel r : pkg.rels(workbook)) {
            if (r.external() || r.type() == null) continue;
            byId.put(r.id(), r);
            if (r.type().endsWith("/styles") && stylesPart == null) stylesPart = r.target();
            if (r.type().endsWith("/sharedStrings") && stringsPart == null) stringsPart = r.target();
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        Set<String> targets = new HashSet<>();
        for (String[] s : declared) {
            PackageParts.Rel r = byId.get(s[1]);
            if (r == null || s[0] == null) continue;
            if (!targets.add(r.target())) {
                throw new UnreadableWorkbookException("Buku kerja ini rusak: beberapa lembarnya menunjuk ke isi yang sama. "
                        + "Buka di Excel atau LibreOffice, simpan ulang sebagai \"Excel Workbook (.xlsx)\", lalu unggah lagi.");
            }
            if (pkg.has(r.target())) sheets.putIfAbsent(s[0], r.target());
        }
        InputStream stylesIn = stylesPart == null ? null : pkg.part(stylesPart);
        PercentStyles styles = stylesIn == null ? PercentStyles.NONE : PercentStyles.read(stylesIn, limits);
        if (stringsPart == null || !pkg.has(stringsPart)) {
            List<String> typed = pkg.partsOfType(SHARED_STRINGS_TYPE);
            stringsPart = typed.isEmpty() ? null : typed.get(0);
        }
        CompactSharedStrings strings = stringsPart == null ? CompactSharedStrings.empty(limits)
                : CompactSharedStrings.read(pkg.part(stringsPart), limits);
        return new XlsxSource(pkg, limits, sheets, strings, styles, kept);
    }

    @Override
    public Map<String, List<RawRow>> heads(int maxRow) throws Exception {
        Map<String, List<RawRow>> heads = new LinkedHashMap<>();
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            capaian.job.JobBudget.check(); // thousands of sheets cost time even when each is empty
            List<RawRow> rows = new ArrayList<>();
            heads.put(sheet.getKey(), rows);
            SheetScanner.Listener collect = new SheetScanner.Listener() {
                @Override
                public void row(RawRow row) {
                    if (row.row() > maxRow) throw new StopScan();
                    rows.add(row);
                }

                @Override
                public void merge(String ref) { }
            };
            try (InputStream in = pkg.part(sheet.getValue())) {
                parse(in, new SheetScanner(strings, styles, collect, limits, sheet.getKey()));
            } catch (StopScan stop) {
                // enough rows to find the header
            }
        }
        return heads;
    }

    @Override
    public void stream(String name, SheetScanner.Listener listener) throws Exception {
        String part = sheets.get(name);
        if (part == null) return;
        try (InputStream in = pkg.part(part, kept)) {
            parse(in, new SheetScanner(strings, styles, listener, limits, name));
            InflatedParts.keep(in);
        }
    }

    /** Scans a part's XML (the caller closes it). */
    private void parse(InputStream part, SheetScanner handler) throws Exception {
        InputStream in = limits.bounded(part);
        XmlBytes x = XmlBytes.open(in);
        if (x.isUtf8()) {
            handler.scan(x);
            return;
        }
        SecureXml.parse(x.replay(), handler);
    }

    /** Ends a header scan early: the rest of the sheet is not needed for that. */
    private static final class StopScan extends RuntimeException {
        StopScan() {
            super(null, null, false, false);
        }
    }
}
