package capaian.messy;

import capaian.form.Column;
import capaian.form.Role;
import capaian.model.Document;
import capaian.model.SheetData;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.read.UnreadableWorkbookException;
import capaian.read.WorkbookReader;
import capaian.realclients.CachedValue;
import capaian.realclients.RecalcComparison;
import capaian.realclients.Soffice;
import capaian.report.Report;
import capaian.report.ReportBuilder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures variants: each is processed by {@link Processor}; LibreOffice recalculates every result (all in one
 * soffice run) and the recalculated workbook is compared with the values Capaian cached, with the JSON report,
 * and the report's totals with the truth.
 */
public final class Measurement {
    private static final Set<String> PARENT_LEVELS = Set.of("urusan", "bidang", "program", "kegiatan");
    private static final String RINGKASAN = "Ringkasan";
    /** Among a variant's explaining codes: any error explains (the workbook was refused with a reason). */
    static final String ANY_ERROR = "*error";

    private final Processor processor;
    private final Soffice soffice;
    private final Path work;

    /** @param work a directory of the caller's own; inputs, results and LibreOffice's copies are kept there to look at */
    public Measurement(Processor processor, Soffice soffice, Path work) {
        this.processor = processor;
        this.soffice = soffice;
        this.work = work;
    }

    /** The findings (code to count) of what LibreOffice re-saved, for each re-saved variant. */
    private final Map<Variant, Map<String, Integer>> beforeResave = new LinkedHashMap<>();

    public List<VariantResult> measure(List<Variant> variants) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Map<Variant, Path> inputs = prepare(variants);
        long t1 = System.nanoTime();
        Path results = clean(work.resolve("results"));
        Map<Variant, VariantResult> out = new LinkedHashMap<>();
        Map<Variant, Report> reports = new LinkedHashMap<>();
        List<Path> toRecalc = new ArrayList<>();
        for (Variant v : variants) {
            VariantResult r = new VariantResult(v);
            out.put(v, r);
            ProcessResult p;
            try (InputStream in = Files.newInputStream(inputs.get(v))) {
                p = processor.process(in, v.fileName(), null);
            }
            if (!p.readable()) {
                r.unreadable = p.unreadableReason();
                continue;
            }
            reports.put(v, p.report());
            for (Report.FindingEntry f : p.report().findings()) r.codes.merge(f.code(), 1, Integer::sum);
            if (beforeResave.containsKey(v)) resaved(r, beforeResave.get(v));
            totals(r, p.report());
            if (p.workbook() == null) {
                r.detail("result", "no result workbook written");
                continue;
            }
            Path result = results.resolve(v.name() + ".xlsx");
            Files.write(result, p.workbook());
            toRecalc.add(result);
        }
        long t2 = System.nanoTime();
        Path recalculated = clean(work.resolve("recalculated"));
        if (!toRecalc.isEmpty()) soffice.convert(toRecalc, recalculated);
        long t3 = System.nanoTime();
        System.out.printf("messy: %d inputs prepared in %.0f s, processed in %.0f s, %d results recalculated by LibreOffice in %.0f s%n",
                variants.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, toRecalc.size(), (t3 - t2) / 1e9);
        for (var e : reports.entrySet()) {
            Variant v = e.getKey();
            VariantResult r = out.get(v);
            Path result = results.resolve(v.name() + ".xlsx");
            Path lo = recalculated.resolve(v.name() + ".xlsx");
            if (!Files.exists(result)) continue;
            RecalcComparison c = RecalcComparison.of(result, lo);
            r.formulasCompared = c.compared();
            r.formulaMismatches = c.mismatches().size();
            for (RecalcComparison.Mismatch m : c.mismatches()) r.detail("formula", m.toString().replace("\n", " "));
            againstReport(r, inputs.get(v), e.getValue(), lo);
        }
        return List.copyOf(out.values());
    }

    /**
     * The file each variant is processed from: its bytes as they are, or LibreOffice's re-save of them (or of
     * Capaian's result of them), one soffice run per kind of re-save. Kept under work/variants.
     */
    public Map<Variant, Path> prepare(List<Variant> variants) throws IOException, InterruptedException {
        Path dir = clean(work.resolve("variants"));
        Path resaveIn = clean(work.resolve("resave-in"));
        Map<Variant, Path> inputs = new LinkedHashMap<>();
        Map<String, List<Path>> byExtension = new LinkedHashMap<>();
        for (Variant v : variants) {
            if (v.resave() == null) {
                Path p = dir.resolve(v.fileName());
                Files.write(p, v.bytes());
                inputs.put(v, p);
                continue;
            }
            byte[] bytes = v.bytes();
            if (v.resave().result()) {
                ProcessResult r = processor.process(new ByteArrayInputStream(bytes), v.name() + ".xlsx", null);
                if (!r.readable() || r.workbook() == null) throw new IllegalStateException(v.name() + ": no result to re-save");
                bytes = r.workbook();
            }
            Path in = resaveIn.resolve(v.name() + ".xlsx");
            Files.write(in, bytes);
            Map<String, Integer> codes = new java.util.TreeMap<>();
            for (Report.FindingEntry f : processor.check(new ByteArrayInputStream(bytes), in.getFileName().toString(), null)
                    .report().findings()) codes.merge(f.code(), 1, Integer::sum);
            beforeResave.put(v, codes);
            byExtension.computeIfAbsent(v.resave().extension(), x -> new ArrayList<>()).add(in);
            inputs.put(v, Soffice.output(dir, in, v.resave().extension()));
        }
        for (var e : byExtension.entrySet()) soffice.convert(e.getValue(), dir, e.getKey());
        return inputs;
    }

    /** Findings a re-saved workbook gets that the workbook before the re-save did not, or lost (its format's own note aside). */
    private static void resaved(VariantResult r, Map<String, Integer> before) {
        Set<String> codes = new java.util.TreeSet<>(before.keySet());
        codes.addAll(r.codes.keySet());
        codes.remove("XLS_CONVERTED");
        for (String code : codes) {
            int diff = r.codes.getOrDefault(code, 0) - before.getOrDefault(code, 0);
            if (diff == 0) continue;
            r.findingsChanged += Math.abs(diff);
            r.detail("re-saved", code + " " + (diff > 0 ? "+" : "") + diff + " against the workbook before the re-save");
        }
    }

    // ---- (c) the report's totals against the truth ---------------------------------------------------------

    private static void totals(VariantResult r, Report report) {
        Variant.Totals truth = r.variant.truth();
        if (truth == null) return;
        Variant.Totals got = Variant.Totals.of(report);
        int wrong = 0;
        String[] names = {"pagu", "realisasi", "serapan", "capaian"};
        BigDecimal[] want = {truth.pagu(), truth.realisasi(), truth.serapan(), truth.capaian()};
        BigDecimal[] have = {got.pagu(), got.realisasi(), got.serapan(), got.capaian()};
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!same(want[i], have[i])) {
                wrong++;
                differ.add(names[i] + " " + have[i] + " (true " + want[i] + ")");
            }
        }
        if (wrong == 0) return;
        if (explained(r.variant, report)) {
            r.totalsExplained = true;
            return;
        }
        r.totalsWrong = wrong;
        r.detail("totals", String.join(", ", differ));
    }

    /** A finding of the variant's explaining codes, or a warning or error that names every candidate sheet. */
    private static boolean explained(Variant v, Report report) {
        for (Report.FindingEntry f : report.findings()) {
            if (v.explainedBy().contains(f.code())) return true;
            if (v.explainedBy().contains(ANY_ERROR) && f.severity().equals("error")) return true;
            if (!v.sheetsNamed().isEmpty() && !f.severity().equals("info")
                    && v.sheetsNamed().stream().allMatch(s -> f.message() != null && f.message().contains(s))) return true;
        }
        return false;
    }

    // ---- (b) the recalculated workbook against the report ----------------------------------------------------

    private void againstReport(VariantResult r, Path input, Report report, Path lo) throws IOException {
        Document doc;
        try {
            doc = new WorkbookReader(processor.profile()).read(input, null);
        } catch (UnreadableWorkbookException e) {
            r.detail("report", "the reader alone cannot read it: " + e.getMessage());
            return;
        }
        Set<String> totalMismatchCells = new java.util.HashSet<>();
        // Issue 13 allows either way for a user's total formula over the parents: fill them and never count the
        // user's cell twice, or leave them as the user had them and say so. Parents left blank under that finding
        // are the second way; the user's own total is still checked against the true sum below.
        Set<String> parentsLeftBlank = new java.util.HashSet<>();
        for (Report.FindingEntry f : report.findings()) {
            if (f.code().equals("TOTAL_MISMATCH") && f.cell() != null) totalMismatchCells.add(f.sheet() + "!" + f.cell());
            if (f.code().equals("TOTAL_FORMULA_COVERS_PARENTS")) parentsLeftBlank.add(f.sheet());
        }
        try (Workbook typed = open(input); XSSFWorkbook recalc = new XSSFWorkbook(Files.newInputStream(lo))) {
            for (Report.Row row : report.rows()) {
                SheetData sheet = doc.sheets().stream().filter(s -> s.name().equals(row.sheet())).findFirst().orElse(null);
                Sheet shown = recalc.getSheet(row.sheet());
                if (sheet == null || shown == null) continue;
                for (Column c : sheet.definition().columns()) {
                    if (!c.computed() || !sheet.has(c.role())) continue;
                    compare(r, shown, sheet.column(c.role()), row.row(), expected(row, c.role()), c.role().name());
                }
                if (row.level() != null && PARENT_LEVELS.contains(row.level())) {
                    for (Role money : List.of(Role.PAGU, Role.REALISASI_ANGGARAN, Role.RENJA_TARGET_RP)) {
                        Integer col = sheet.column(money);
                        if (col == null) continue;
                        String a1 = new CellReference(row.row() - 1, col).formatAsString(false);
                        if (totalMismatchCells.contains(row.sheet() + "!" + a1)) continue;
                        if (!filledOrFormula(typed.getSheet(row.sheet()), row.row() - 1, col)) continue;
                        if (parentsLeftBlank.contains(row.sheet()) && blank(shown, row.row() - 1, col)) continue;
                        compare(r, shown, col, row.row(), money == Role.REALISASI_ANGGARAN ? row.realisasiAnggaran() : row.pagu(),
                                "parent " + money.name());
                    }
                }
            }
            for (Variant.ExpectedCell x : r.variant.expected()) {
                Sheet shown = recalc.getSheet(x.sheet());
                CellReference ref = new CellReference(x.cell());
                if (shown == null) continue;
                compare(r, shown, ref.getCol(), ref.getRow() + 1, x.value(), "user's total");
            }
            ringkasan(r, report, recalc.getSheet(RINGKASAN), mainSheetName(doc));
        }
    }

    private static String mainSheetName(Document doc) {
        return doc.sheets().stream().filter(s -> s.definition() == doc.form().mainSheet()).map(SheetData::name)
                .findFirst().orElse(null);
    }

    /** The report's figure for a computed column of a row: the common fields, else the row's extra by key. */
    private static Object expected(Report.Row row, Role role) {
        return switch (role) {
            case CAPAIAN -> row.capaian();
            case KATEGORI -> row.kategori();
            case SERAPAN -> row.serapan();
            case SISA -> row.sisa();
            case EFISIENSI -> row.efisiensi();
            default -> row.extra() == null ? null : row.extra().get(ReportBuilder.key(role));
        };
    }

    /**
     * Capaian fills an empty parent money cell with its leaves' sum; a formula there is the user's total. (Pagu, or
     * the Monitoring's (8) Rp, and realisasi anggaran: the parent money the report has a figure for.)
     */
    private static boolean filledOrFormula(Sheet typed, int row0, int col) {
        if (typed == null) return false;
        Row row = typed.getRow(row0);
        Cell cell = row == null ? null : row.getCell(col);
        return cell == null || cell.getCellType() == CellType.BLANK || cell.getCellType() == CellType.FORMULA
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    private static boolean blank(Sheet shown, int row0, int col) {
        Row row = shown.getRow(row0);
        Cell cell = row == null ? null : row.getCell(col);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    private static void compare(VariantResult r, Sheet shown, int col, int row1, Object want, String what) {
        Row row = shown.getRow(row1 - 1);
        CachedValue have = CachedValue.of(row == null ? null : row.getCell(col));
        r.reportCompared++;
        if (agrees(want, have)) return;
        r.reportMismatches++;
        r.detail("report", "'" + shown.getSheetName() + "'!" + new CellReference(row1 - 1, col).formatAsString(false)
                + " " + what + ": report " + want + ", LibreOffice " + have);
    }

    private static boolean agrees(Object want, CachedValue have) {
        if (want == null) return have.kind() == CachedValue.Kind.EMPTY;
        if (want instanceof BigDecimal || want instanceof Number) {
            BigDecimal w = want instanceof BigDecimal b ? b : new BigDecimal(want.toString());
            return have.kind() == CachedValue.Kind.NUMBER
                    && new CachedValue(CachedValue.Kind.NUMBER, w.doubleValue(), null).matches(have);
        }
        return have.kind() == CachedValue.Kind.TEXT && want.toString().equals(have.text());
    }

    /**
     * The Ringkasan's OPD line against the report's summary, and each program line against its program row
     * (pagu, realisasi, serapan: the figures the report has per program).
     */
    private static void ringkasan(VariantResult r, Report report, Sheet sheet, String main) {
        if (sheet == null) return;
        int headerRow = -1;
        Map<String, Integer> cols = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Kode")) {
                headerRow = row.getRowNum();
                for (Cell c : row) if (c.getCellType() == CellType.STRING) cols.put(c.getStringCellValue(), c.getColumnIndex());
                break;
            }
        }
        if (headerRow < 0) return;
        Map<String, Report.Row> programs = new LinkedHashMap<>();
        for (Report.Row row : report.rows()) {
            if (row.sheet().equals(main) && "program".equals(row.level())) {
                programs.putIfAbsent(Objects.toString(row.kode(), "") + "|" + Objects.toString(row.uraian(), ""), row);
            }
        }
        for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null || row.getCell(1) == null || row.getCell(1).getCellType() != CellType.STRING) break;
            String kode = text(row.getCell(0));
            String uraian = row.getCell(1).getStringCellValue();
            if (uraian.startsWith("PERANGKAT DAERAH")) {
                Report.Summary s = report.summary();
                line(r, sheet, cols, i, "Pagu (Rp)", s.pagu());
                line(r, sheet, cols, i, "Realisasi (Rp)", s.realisasi());
                line(r, sheet, cols, i, "Serapan (%)", s.serapan());
                line(r, sheet, cols, i, "Rata-rata Capaian (%)", s.capaian());
                line(r, sheet, cols, i, "Kategori", s.kategori());
                line(r, sheet, cols, i, "Efisiensi", s.efisiensi());
                continue;
            }
            Report.Row p = programs.get(kode + "|" + uraian);
            if (p == null) {
                r.reportCompared++;
                r.reportMismatches++;
                r.detail("ringkasan", "line " + (i + 1) + " \"" + uraian + "\" is no program of the report");
                continue;
            }
            line(r, sheet, cols, i, "Pagu (Rp)", p.pagu());
            line(r, sheet, cols, i, "Realisasi (Rp)", p.realisasiAnggaran());
            line(r, sheet, cols, i, "Serapan (%)", p.serapan());
        }
    }

    private static void line(VariantResult r, Sheet sheet, Map<String, Integer> cols, int row0, String title, Object want) {
        Integer col = cols.get(title);
        if (col == null) return;
        compare(r, sheet, col, row0 + 1, want, "Ringkasan " + title);
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static Path clean(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) if (!p.equals(dir)) Files.delete(p);
            }
        }
        return Files.createDirectories(dir);
    }
}
