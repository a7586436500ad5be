package capaian.write;

import capaian.findings.Finding;
import capaian.findings.Severity;
import capaian.job.SpareCore;
import capaian.model.CellRef;
import capaian.read.InflatedParts;
import capaian.evaluate.Evaluation;
import capaian.rules.Profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Writes the results back into the uploaded workbook itself: computed cells as formulas with their cached
 * values, empty parent money cells as sums of their leaves, category fills, a comment and a fill on every
 * cell with a finding, and the Ringkasan and Temuan sheets. Input cells keep what the user typed.
 *
 * <p>Streaming: the package is rewritten part by part ({@link PackageRewrite}); only the form sheets (streamed
 * through {@link SheetTransformer}), the styles, the comments, the workbook's bookkeeping parts and the added
 * sheets change, every other part is copied byte for byte. Memory does not grow with the number of rows.
 */
public final class ResultWriter {
    static final String AUTHOR = "Capaian";
    /**
     * Comments are heavy (a drawing shape each); past this many marked cells the rest are listed on the
     * Temuan sheet only, so a huge sheet full of problems still gets written.
     */
    static final int MAX_MARKED_CELLS = 2_000;

    private final Profile profile;
    /** Where an upload is spooled and an .xls or .xlsm is copied to plain .xlsx; null for the system's directory. */
    private final Path tempDir;

    public ResultWriter(Profile profile) {
        this(profile, null);
    }

    public ResultWriter(Profile profile, Path tempDir) {
        this.profile = profile;
        this.tempDir = tempDir;
    }

    private Path tempFile(String prefix) throws IOException {
        return tempDir == null ? Files.createTempFile(prefix, ".xlsx") : Files.createTempFile(tempDir, prefix, ".xlsx");
    }

    /** The result workbook for an upload given as a stream (spooled to a temporary file). */
    public byte[] write(InputStream upload, Evaluation ev) throws IOException {
        Path tmp = tempFile("capaian-write-");
        try {
            Files.copy(upload, tmp, StandardCopyOption.REPLACE_EXISTING);
            return write(tmp, ev);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The result workbook for an .xlsx file. */
    public byte[] write(Path xlsx, Evaluation ev) throws IOException {
        return write(xlsx, ev, InflatedParts.none());
    }

    /** As {@link #write(Path, Evaluation)}, the sheets the reader kept in {@code kept} not inflated again. */
    public byte[] write(Path xlsx, Evaluation ev, InflatedParts kept) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, Files.size(xlsx) * 2 + 65_536));
        write(xlsx, ev, out, kept);
        return out.toByteArray();
    }

    /**
     * Writes the result workbook for a workbook file to {@code out} (not closed). The result is always .xlsx:
     * an .xls (Excel 97-2003, through XSSF in memory) or an .xlsm (entry by entry, without its macros) is first
     * turned into a plain .xlsx file ({@link XlsxCopy}); an .xlsx streams as it is.
     */
    public void write(Path file, Evaluation ev, OutputStream out) throws IOException {
        write(file, ev, out, InflatedParts.none());
    }

    /**
     * As {@link #write(Path, Evaluation, OutputStream)}, the sheets the reader kept in {@code kept} (from this same
     * file) not inflated again.
     */
    public void write(Path file, Evaluation ev, OutputStream out, InflatedParts kept) throws IOException {
        if (!XlsxCopy.needsCopy(file)) {
            stream(file, ev, out, kept);
            return;
        }
        Path plain = tempFile("capaian-plain-");
        try {
            XlsxCopy.toPlainXlsx(file, plain);
            stream(plain, ev, out, InflatedParts.none()); // another package than the one read
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    private void stream(Path xlsx, Evaluation ev, OutputStream out, InflatedParts kept) throws IOException {
        try (XlsxPackage pkg = XlsxPackage.open(xlsx, kept)) {
            MetaSheet meta = MetaSheet.read(pkg);
            StylesPart styles;
            if (pkg.stylesPart != null && pkg.exists(pkg.stylesPart)) {
                try (InputStream in = pkg.open(pkg.stylesPart)) {
                    styles = StylesPart.read(in, meta.styles);
                }
            } else {
                styles = StylesPart.read(null, meta.styles);
            }
            Map<String, SheetEdits> edits = new LinkedHashMap<>();
            EditsOf editsOf = new EditsOf(pkg, edits);
            ComputedCells.walk(ev, (name, row, column, formula, value, type) -> {
                SheetEdits sheetEdits = editsOf.sheet(name);
                if (sheetEdits == null) return;
                int style = SheetEdits.KEEP;
                if (type != null) {
                    int computed = styles.computed(type);
                    String fill = value instanceof String label ? profile.categoryFill(label) : null;
                    style = fill == null ? computed : styles.withFill(computed, fill);
                }
                sheetEdits.content(row, column, formula, value, style);
            });
            Map<String, List<Finding>> byCell = marked(pkg, ev);
            for (List<Finding> fs : byCell.values()) {
                Finding first = fs.get(0);
                String sheet = pkg.sheet(first.sheet()).name();
                SheetEdits.Edit e = edits.computeIfAbsent(sheet, SheetEdits::new)
                        .at(CellRef.rowNumber(first.cell()), CellRef.columnIndex(first.cell()));
                Severity worst = fs.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
                e.fill = fillFor(worst);
                StringBuilder text = new StringBuilder();
                for (Finding f : fs) {
                    if (text.length() > 0) text.append("\n\n");
                    // The message first, in the severity word people read; the code last, for looking it up.
                    String word = f.severity().word();
                    text.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(": ")
                            .append(f.message()).append(" [").append(f.code().name()).append("]");
                }
                e.comment = text.toString();
            }
            for (MetaSheet.Mark m : meta.marks) {
                XlsxPackage.Sheet sheet = pkg.sheet(m.sheet());
                int r = CellRef.rowNumber(m.cell()) - 1;
                int c = CellRef.columnIndex(m.cell());
                if (sheet == null || r < 0 || c < 0) continue;
                edits.computeIfAbsent(sheet.name(), SheetEdits::new).undo.put(SheetEdits.key(r + 1, c), m.originalStyle());
            }
            for (SheetEdits e : edits.values()) e.shareFormulas();
            // The Ringkasan and the Temuan are written on a second core while the form sheets are (the command line),
            // with their styles made first, on every path, so that every path gives the same workbook.
            SummarySheet.makeStyles(styles, profile);
            FindingsSheet.makeStyles(styles);
            Executor spare = SpareCore.forJob();
            StylesPart.Frozen frozen = spare == null ? null : styles.frozen();
            boolean findingsBeside = ev.findings().size() <= FindingsSheet.BESIDE_AT_MOST;
            CompletableFuture<byte[][]> beside = frozen == null ? null : CompletableFuture.supplyAsync(() -> new byte[][]{
                    xmlOf(s -> new SummarySheet(profile, frozen).write(s, ev)),
                    findingsBeside ? xmlOf(s -> FindingsSheet.write(s, ev, frozen)) : null}, spare);
            new PackageRewrite(pkg, styles, edits).write(out, (rewrite) -> {
                MetaSheet next = new MetaSheet();
                for (List<Finding> fs : byCell.values()) {
                    Finding first = fs.get(0);
                    String sheet = pkg.sheet(first.sheet()).name();
                    Integer base = edits.get(sheet).markedBase
                            .get(SheetEdits.key(CellRef.rowNumber(first.cell()), CellRef.columnIndex(first.cell())));
                    next.marks.add(new MetaSheet.Mark(sheet, first.cell(), base == null ? 0 : base));
                }
                byte[][] ready = beside == null ? null : written(beside);
                if (ready != null && frozen.missed()) ready = null; // a style not made beforehand: written again, here
                if (ready != null) rewrite.addSheet(SummarySheet.NAME, false, null, ready[0]);
                else rewrite.addSheet(SummarySheet.NAME, false, null, s -> new SummarySheet(profile, styles).write(s, ev));
                String filter = FindingsSheet.autoFilter(ev);
                if (ready != null && ready[1] != null) rewrite.addSheet(FindingsSheet.NAME, false, filter, ready[1]);
                else rewrite.addSheet(FindingsSheet.NAME, false, filter, s -> FindingsSheet.write(s, ev, styles));
                next.styles.putAll(styles.indexes());
                rewrite.addSheet(MetaSheet.NAME, true, null, next::write);
            });
        }
    }

    /** A sheet's XML, written to memory. */
    private static byte[] xmlOf(PackageRewrite.SheetContent content) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            XmlOut out = new XmlOut(bytes);
            content.write(new NewSheet(out));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheets written on another thread, or null when that failed: they are then written here, failing here. */
    private static byte[][] written(CompletableFuture<byte[][]> sheet) {
        try {
            return sheet.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The errors and warnings painted on the form, by cell, at most {@link #MAX_MARKED_CELLS} cells. */
    private static Map<String, List<Finding>> marked(XlsxPackage pkg, Evaluation ev) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : ev.findings()) {
            // Info findings are for the record: listed on Temuan, not painted over the form.
            if (f.severity() == Severity.INFO) continue;
            if (f.sheet() == null || f.cell() == null || pkg.sheet(f.sheet()) == null) continue;
            if (CellRef.rowNumber(f.cell()) < 1 || CellRef.columnIndex(f.cell()) < 0) continue;
            if (byCell.size() >= MAX_MARKED_CELLS && !byCell.containsKey(f.sheet() + "!" + f.cell())) continue;
            byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new ArrayList<>()).add(f);
        }
        return byCell;
    }

    static String fillFor(Severity s) {
        return switch (s) {
            case ERROR -> Styles.FINDING_ERROR;
            case WARNING -> Styles.FINDING_WARNING;
            case INFO -> Styles.FINDING_INFO;
        };
    }

    /**
     * The edits of the package's sheet a walked cell is on, made when first asked for; null for a sheet the package
     * does not have. The walk gives a sheet's cells one after another, so the last sheet's are kept at hand instead
     * of being looked up for every cell.
     */
    private static final class EditsOf {
        private final XlsxPackage pkg;
        private final Map<String, SheetEdits> edits;
        private String lastName;
        private SheetEdits last;

        EditsOf(XlsxPackage pkg, Map<String, SheetEdits> edits) {
            this.pkg = pkg;
            this.edits = edits;
        }

        SheetEdits sheet(String name) {
            if (!name.equals(lastName)) {
                XlsxPackage.Sheet s = pkg.sheet(name);
                lastName = name;
                last = s == null ? null : edits.computeIfAbsent(s.name(), SheetEdits::new);
            }
            return last;
        }
    }
}
