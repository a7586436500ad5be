package capaian.read;

import capaian.findings.Finding;
import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.FormDefinition;
import capaian.form.Role;
import capaian.form.Forms;
import capaian.form.SheetDefinition;
import capaian.form.Titles;
import capaian.model.Document;
import capaian.model.SheetData;
import capaian.rules.Profile;
import capaian.value.ValueReader;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a workbook as one of the forms. An .xlsx (or .xlsm: its macros are never run) is streamed sheet by
 * sheet (the JDK's zip and SAX parsers with our own handler, {@link XlsxSource}), so memory stays flat however many rows the sheet has; an
 * .xls (Excel 97-2003) goes through HSSF into the same rows. Sheets are found by name, else by their header;
 * columns by title.
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
        return read(file, form, null);
    }

    /**
     * As {@link #read(Path, FormDefinition)}, for a known triwulan ("I" to "IV", or null when not known): where
     * several sheets carry the form, the one whose header (or name) says that triwulan is read.
     */
    public Document read(Path file, FormDefinition form, String triwulan) throws UnreadableWorkbookException {
        return read(file, form, triwulan, InflatedParts.none());
    }

    /**
     * As {@link #read(Path, FormDefinition, String)}, keeping in {@code kept} the sheets it inflates in full, for the
     * write-back of the same file.
     */
    public Document read(Path file, FormDefinition form, String triwulan, InflatedParts kept) throws UnreadableWorkbookException {
        if (WorkbookFile.kind(file) == WorkbookFile.Kind.XLS) return readXls(file, form, triwulan);
        try (PackageParts pkg = PackageParts.open(file, limits)) {
            Document doc = read(XlsxSource.open(pkg, limits, kept), form, triwulan);
            if (pkg.hasMacros()) doc.findings().add(0, whole(FindingCode.MACROS_REMOVED, doc));
            return doc;
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (Limits.Exceeded e) {
            throw new WorkbookTooLargeException(e.getMessage());
        } catch (Exception | OutOfMemoryError e) {
            throw WorkbookFile.unreadable(e);
        }
    }

    /** An Excel 97-2003 workbook: read in memory through HSSF into the same rows as an .xlsx. */
    private Document readXls(Path file, FormDefinition form, String triwulan) throws UnreadableWorkbookException {
        try (HSSFWorkbook wb = WorkbookFile.openXls(file, limits)) {
            Document doc = read(new XlsSource(wb), form, triwulan);
            doc.findings().add(0, whole(FindingCode.XLS_CONVERTED, doc));
            return doc;
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (Limits.Exceeded e) {
            throw new WorkbookTooLargeException(e.getMessage());
        } catch (Exception | OutOfMemoryError e) {
            throw WorkbookFile.unreadableXls(e);
        }
    }

    private Document read(SheetSource source, FormDefinition form, String triwulan) throws Exception {
        Sheets sheets = new Sheets(source.heads(HEADER_SCAN_ROWS));
        return readForm(source, sheets, form != null ? form : recognise(sheets), triwulan);
    }

    /** A finding about the whole workbook, placed on its main form sheet. */
    private static Finding whole(FindingCode code, Document doc) {
        String sheet = doc.sheets().isEmpty() ? null : doc.sheets().get(0).name();
        return Finding.of(code, sheet, null, 0, null, Map.of());
    }

    /**
     * The form whose columns explain the most header titles of the workbook (each workbook sheet serving one
     * form sheet only); on a tie, the larger share of the form's columns found, then a sheet named as the form's.
     * A table laid out like the reports' own (seed 003's Tabel 1: KODE, URAIAN, INDIKATOR, TARGET, ANGGARAN,
     * REALISASI, %) is so read as the Lampiran Realisasi it explains best, not as the Renja it shares most
     * columns with in proportion. The Lampiran when nothing fits.
     */
    private static FormDefinition recognise(Sheets sheets) {
        FormDefinition best = Forms.LAMPIRAN_REALISASI;
        long bestExplained = 0;
        long bestShare = 0;
        for (FormDefinition f : Forms.all()) {
            long explained = 0;
            long total = 0;
            List<String> used = new ArrayList<>();
            for (SheetDefinition s : f.sheets()) {
                String name = findSheet(s, sheets, used);
                // A further sheet the workbook lacks (an older template without Indeks) does not count against it.
                if (name != null || s == f.mainSheet()) total += s.columns().size();
                if (name == null) continue;
                used.add(name);
                HeaderLocator.Match m = sheets.match(s, name);
                explained += (m == null ? 0 : m.score() * 10L) + (sameName(s, name) ? 1 : 0);
            }
            long share = 10_000 * explained / (10 * total);
            if (explained > bestExplained || (explained == bestExplained && share > bestShare)) {
                bestExplained = explained;
                bestShare = share;
                best = f;
            }
        }
        return best;
    }

    private Document readForm(SheetSource source, Sheets sheets, FormDefinition form, String triwulan)
            throws Exception {
        Document doc = new Document(form);
        Findings findings = new Findings();
        List<String> used = new ArrayList<>();
        SheetData main = null;
        boolean anyRows = false;
        for (SheetDefinition def : form.sheets()) {
            String name = SheetChoice.choose(def, sheets, used, triwulan, findings);
            if (name == null) name = findSheet(def, sheets, used);
            boolean isMain = def == form.mainSheet();
            if (name == null) {
                if (isMain) {
                    findings.atCell(FindingCode.SHEET_MISSING, null, null, 0, String.join(", ", sheets.names()),
                            "expected", def.name());
                }
                continue;
            }
            used.add(name);
            HeaderLocator.Match match = sheets.match(def, name);
            if (match == null) {
                if (isMain || sameName(def, name)) {
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
                        sheets.heads(name).stream().filter(r -> r.row() == match.headerRow()).findFirst()
                                .map(r -> r.text(col)).orElse(""));
            }
            for (var miss : match.nearMisses(def)) {
                findings.atCell(FindingCode.COLUMN_UNRECOGNISED, name, capaian.model.CellRef.a1(miss.column(), match.headerRow()),
                        match.headerRow(), miss.title(), "expected", miss.resembles().fullTitle());
            }
            SheetDataBuilder builder = new SheetDataBuilder(def, name, match, values, findings);
            source.stream(name, builder);
            builder.finish();
            SheetData data = builder.data();
            if (isMain) {
                checkHeaderFields(def, data, findings);
                main = data;
            }
            anyRows |= isMain ? !data.rows().isEmpty() : filled(data);
            doc.sheets().add(data);
        }
        // A form with several sheets is empty only when none has a row: a Monitoring workbook may fill only its
        // IKU or Indeks sheet (RULES 8.3).
        if (main != null && !anyRows) {
            findings.atCell(FindingCode.FORM_EMPTY, main.name(), null, main.headerRow(), null);
        }
        doc.findings().addAll(findings.sorted());
        return doc;
    }

    /**
     * Whether a further sheet (IKU, Indeks) has a figure typed in one of its required input columns: the template's
     * own Indeks rows (component names, default bobot, maksimum) are not a filled form.
     */
    private static boolean filled(SheetData data) {
        for (var row : data.rows()) {
            for (var c : data.definition().columns()) {
                if (!c.required() || c.computed() || c.type() == capaian.form.ValueType.TEXT) continue;
                var v = row.get(c.role());
                if (v != null && !v.isBlank()) return true;
            }
        }
        return false;
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

    /** The workbook sheet for a definition: by name or alias first, then by the best header. */
    static String findSheet(SheetDefinition def, Sheets sheets, List<String> used) {
        for (String name : sheets.names()) {
            if (!used.contains(name) && sameName(def, name)) return name;
        }
        String best = null;
        int bestScore = 0;
        for (String name : sheets.names()) {
            if (used.contains(name)) continue;
            HeaderLocator.Match m = sheets.match(def, name);
            if (m != null && !showsIndexBlock(def, m)) continue;
            if (m != null && m.score() > bestScore) {
                bestScore = m.score();
                best = name;
            }
        }
        return best;
    }

    /**
     * The Indeks sheet under another name must show its Blok column: No, Nilai and Keterangan alone are in many
     * tables (Temuan among them).
     */
    static boolean showsIndexBlock(SheetDefinition def, HeaderLocator.Match m) {
        return def.column(Role.BLOK).isEmpty() || m.columns().containsKey(Role.BLOK);
    }

    static boolean sameName(SheetDefinition def, String sheetName) {
        String n = Titles.normalise(sheetName);
        if (n.equals(Titles.normalise(def.name()))) return true;
        for (String a : def.aliases()) if (n.equals(Titles.normalise(a))) return true;
        return false;
    }
}
