package capaian.messy;

import capaian.form.Role;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Makes messy variants of the filled examples, as new users make them: percentages typed the Excel way, money as
 * text, inserted, hidden, moved and duplicated rows, extra columns, worded and grouped titles, subtotal rows,
 * several sheets, their own formulas, and files re-saved by LibreOffice. Deterministic: the same seed gives the
 * same bytes' content. A variant keeps the example's meaning, so the clean report's totals stay the truth, unless
 * it says otherwise (a reference workbook, or findings that explain a difference).
 */
public final class MessyGenerator {
    private static final Map<String, BiFunction<MessyGenerator, BaseExample, Variant>> MESSES = new LinkedHashMap<>();

    static {
        MESSES.put("percent-typed", (g, b) -> g.percentTyped(b, false));
        MESSES.put("percent-typed-target-too", (g, b) -> g.percentTyped(b, true));
        MESSES.put("percent-text", MessyGenerator::percentText);
        MESSES.put("money-text-rp", (g, b) -> g.moneyText(b, "money-text-rp", "Rp %s"));
        MESSES.put("money-text-dots", (g, b) -> g.moneyText(b, "money-text-dots", "%s"));
        MESSES.put("money-text-decimals", (g, b) -> g.moneyText(b, "money-text-decimals", "%s,00"));
        MESSES.put("money-text-parents-blank", MessyGenerator::moneyTextParentsBlank);
        MESSES.put("kinerja-text", MessyGenerator::kinerjaText);
        MESSES.put("blank-rows", (g, b) -> g.insertedRows(b, false));
        MESSES.put("note-rows", (g, b) -> g.insertedRows(b, true));
        MESSES.put("hidden-rows", MessyGenerator::hiddenRows);
        MESSES.put("row-copied-bottom", (g, b) -> g.rowToBottom(b, false));
        MESSES.put("row-moved-bottom", (g, b) -> g.rowToBottom(b, true));
        MESSES.put("row-duplicated", MessyGenerator::duplicatedRow);
        MESSES.put("extra-columns", MessyGenerator::extraColumns);
        MESSES.put("worded-titles", MessyGenerator::wordedTitles);
        MESSES.put("grouped-titles", MessyGenerator::groupedTitles);
        MESSES.put("subtotals-values", (g, b) -> g.subtotals(b, false));
        MESSES.put("subtotals-formulas", (g, b) -> g.subtotals(b, true));
        MESSES.put("jumlah-formula-parents-blank", MessyGenerator::jumlahOverBlankParents);
        MESSES.put("formula-inputs", MessyGenerator::formulaInputs);
        MESSES.put("formula-parent-totals", MessyGenerator::formulaParentTotals);
        MESSES.put("sheet-copied-updated", MessyGenerator::copiedSheet);
        MESSES.put("sheets-per-quarter", MessyGenerator::quarterSheets);
        MESSES.put("lo-xlsx", (g, b) -> g.resaved(b, "lo-xlsx", "xlsx", false));
        MESSES.put("lo-xls", (g, b) -> g.resaved(b, "lo-xls", "xls", false));
        MESSES.put("result-lo-xlsx", (g, b) -> g.resaved(b, "result-lo-xlsx", "xlsx", true));
        MESSES.put("result-lo-xls", (g, b) -> g.resaved(b, "result-lo-xls", "xls", true));
        MESSES.put("mixed", MessyGenerator::mixed);
        MESSES.put("report-table-layout", MessyGenerator::reportTableLayout);
    }

    private final long seed;
    private final Processor processor;
    private Random random;

    public MessyGenerator(long seed, Processor processor) {
        this.seed = seed;
        this.processor = processor;
    }

    /** The names of every kind of mess, in the order they are made. */
    public static List<String> kinds() {
        return List.copyOf(MESSES.keySet());
    }

    /** Every variant of every example that the mess applies to. */
    List<Variant> generate(List<BaseExample> bases) {
        return generate(bases, Integer.MAX_VALUE);
    }

    /**
     * Each mess on at most {@code perKind} of the examples it applies to, the examples taken in turn from one kind
     * to the next so that every example gets its share (LibreOffice's time per file bounds a test's run).
     */
    List<Variant> generate(List<BaseExample> bases, int perKind) {
        List<Variant> out = new ArrayList<>();
        int kind = 0;
        for (var e : MESSES.entrySet()) {
            int made = 0;
            for (int i = 0; i < bases.size() && made < perKind; i++) {
                BaseExample b = bases.get((kind + i) % bases.size());
                random = new Random(seed * 31 + (b.name + "/" + e.getKey()).hashCode());
                Variant v = e.getValue().apply(this, b);
                if (v != null) {
                    out.add(v);
                    made++;
                }
            }
            kind++;
        }
        List<String> kinds = kinds();
        out.sort(java.util.Comparator.<Variant>comparingInt(v -> bases.stream().map(b -> b.name).toList().indexOf(v.base()))
                .thenComparingInt(v -> kinds.indexOf(v.name().substring(v.name().indexOf("--") + 2))));
        return out;
    }

    // ---- values typed differently -------------------------------------------------------------------------

    /** Percentages typed as `85,5%`: Excel stores 0.855 with a percent format. */
    private Variant percentTyped(BaseExample b, boolean targetToo) {
        FormEdit e = new FormEdit(b);
        int n = 0;
        for (Report.Row r : percentRows(b)) {
            for (Role role : b.kinerjaRoles()) {
                if (!targetToo && !BaseExample.isRealisasi(role)) continue;
                Cell c = e.cell(r.row(), role);
                BigDecimal v = FormEdit.number(c);
                if (v == null || c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) continue;
                c.setCellValue(v.movePointLeft(2).doubleValue());
                c.setCellStyle(e.styleWithFormat(c, "0.00%"));
                n++;
            }
        }
        if (n == 0) return null;
        return variant(b, targetToo ? "percent-typed-target-too" : "percent-typed",
                n + " " + (targetToo ? "target and realisasi" : "realisasi") + " cells of % indicators typed as 85,5% "
                        + "(stored 0.855, format 0.00%)", e.bytes());
    }

    private Variant percentText(BaseExample b) {
        FormEdit e = new FormEdit(b);
        int n = 0;
        for (Report.Row r : percentRows(b)) {
            for (Role role : b.kinerjaRoles()) {
                if (!BaseExample.isRealisasi(role)) continue;
                Cell c = e.cell(r.row(), role);
                BigDecimal v = FormEdit.number(c);
                if (v == null) continue;
                c.setCellValue(decimal(v) + "%");
                n++;
            }
        }
        if (n == 0) return null;
        return variant(b, "percent-text", n + " realisasi cells of % indicators as the text \"85,5%\"", e.bytes());
    }

    private static List<Report.Row> percentRows(BaseExample b) {
        return b.rows.values().stream().filter(r -> "%".equals(r.satuan())).toList();
    }

    /** Sub kegiatan money typed as text in one of the ways people type it. */
    private Variant moneyText(BaseExample b, String name, String pattern) {
        FormEdit e = new FormEdit(b);
        int n = leafMoneyAsText(b, e, pattern);
        if (n == 0) return null;
        return variant(b, name, n + " sub kegiatan money cells as text like \"" + String.format(pattern, "18.241.400") + "\"",
                e.bytes());
    }

    /** Every sub kegiatan money number rewritten as text by a pattern around 18.241.400; how many. */
    private static int leafMoneyAsText(BaseExample b, FormEdit e, String pattern) {
        int n = 0;
        for (int row : b.leafRows()) {
            for (Role role : b.moneyRoles()) {
                Cell c = e.cell(row, role);
                BigDecimal v = FormEdit.number(c);
                if (v == null) continue;
                c.setCellValue(String.format(pattern, money(v)));
                n++;
            }
        }
        return n;
    }

    /** The case: sub kegiatan money as "Rp ..." text, and programs and kegiatan left for Capaian to sum. */
    private Variant moneyTextParentsBlank(BaseExample b) {
        if (b.parentRows().isEmpty()) return null;
        FormEdit e = new FormEdit(b);
        int n = leafMoneyAsText(b, e, "Rp %s");
        if (n == 0) return null;
        for (int row : b.parentRows()) for (Role role : b.moneyRoles()) e.cell(row, role).setBlank();
        return variant(b, "money-text-parents-blank", n + " sub kegiatan money cells as \"Rp 18.241.400\" text, program "
                + "and kegiatan money left blank for Capaian to fill", e.bytes());
    }

    private Variant kinerjaText(BaseExample b) {
        FormEdit e = new FormEdit(b);
        int n = 0;
        for (Report.Row r : b.rows.values()) {
            if ("%".equals(r.satuan())) continue;
            for (Role role : b.kinerjaRoles()) {
                Cell c = e.cell(r.row(), role);
                BigDecimal v = FormEdit.number(c);
                if (v == null || c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) continue;
                c.setCellValue(decimal(v));
                n++;
            }
        }
        if (n == 0) return null;
        return variant(b, "kinerja-text", n + " target/realisasi numbers typed as text (\"2\", \"77,5\")", e.bytes());
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    /** Empty rows, or rows holding only a note, inserted between data rows. */
    private Variant insertedRows(BaseExample b, boolean notes) {
        List<Integer> rows = new ArrayList<>(b.rows.keySet());
        rows.remove(Integer.valueOf(b.firstDataRow()));
        List<Integer> chosen = pick(rows, 3);
        FormEdit e = new FormEdit(b);
        for (int row : chosen) {
            Row inserted = e.insertRowNow(e.now(row));
            if (notes) {
                inserted.createCell(e.col(Role.URAIAN) >= 0 ? e.col(Role.URAIAN) : 0)
                        .setCellValue("Catatan: angka sementara, menunggu SP2D terakhir");
            }
        }
        return variant(b, notes ? "note-rows" : "blank-rows", (notes ? "rows with only a note" : "empty rows")
                + " inserted above rows " + chosen, e.bytes());
    }

    private Variant hiddenRows(BaseExample b) {
        List<Integer> chosen = pick(b.leafRows(), 3);
        if (chosen.isEmpty()) return null;
        FormEdit e = new FormEdit(b);
        for (int row : chosen) e.sheet.getRow(e.now(row)).setZeroHeight(true);
        return variant(b, "hidden-rows", "sub kegiatan rows " + chosen + " hidden (still counted)", e.bytes());
    }

    /** A sub kegiatan row copied below the table; moved: its original row emptied. */
    private Variant rowToBottom(BaseExample b, boolean moved) {
        List<Integer> leaves = b.leafRows();
        if (leaves.size() < 2) return null;
        int row = leaves.get(random.nextInt(Math.max(1, leaves.size() / 2)));
        FormEdit e = new FormEdit(b);
        int bottom = e.now(b.lastDataRow()) + 1;
        e.copyRowNow(e.now(row), bottom);
        if (moved) e.clearRowNow(e.now(row));
        String name = moved ? "row-moved-bottom" : "row-copied-bottom";
        String what = "sub kegiatan row " + row + (moved ? " moved (cut and pasted) below the table" : " copied below the table");
        return moved ? variant(b, name, what, e.bytes())
                : variant(b, name, what, e.bytes(), Set.of("ROW_DUPLICATE"));
    }

    private Variant duplicatedRow(BaseExample b) {
        List<Integer> chosen = pick(b.leafRows(), 1);
        if (chosen.isEmpty()) return null;
        int row = chosen.get(0);
        FormEdit e = new FormEdit(b);
        e.insertRowNow(e.now(row) + 1);
        e.copyRowNow(e.now(row), e.now(row) + 1);
        return variant(b, "row-duplicated", "sub kegiatan row " + row + " duplicated right below itself", e.bytes(),
                Set.of("ROW_DUPLICATE"));
    }

    // ---- columns and titles -------------------------------------------------------------------------------

    private Variant extraColumns(BaseExample b) {
        FormEdit e = new FormEdit(b);
        List<String> where = new ArrayList<>();
        extraColumn(e, Role.INDIKATOR, "Catatan", where);
        if (b.lampiran()) extraColumn(e, Role.PAGU, "Keterangan Anggaran", where);
        if (where.isEmpty()) return null;
        return variant(b, "extra-columns", "columns inserted between ours: " + String.join(", ", where), e.bytes());
    }

    private void extraColumn(FormEdit e, Role after, String title, List<String> where) {
        int at = e.col(after);
        if (at < 0) return;
        e.insertColumnNow(at + 1);
        int header = e.headerNow();
        int top = e.base.main.definition().hasGroupRow() ? header - 1 : header;
        e.cellNow(top, at + 1).setCellValue(title);
        int k = 0;
        for (int row : e.base.rows.keySet()) {
            if (k++ % 3 == 0) e.cellNow(e.now(row), at + 1).setCellValue("lihat lampiran " + k);
        }
        where.add("\"" + title + "\" after " + after.name().toLowerCase());
    }

    private Variant wordedTitles(BaseExample b) {
        if (!b.lampiran()) return null;
        String tahun = String.valueOf(b.report.header().tahun());
        String tw = b.report.header().periode() == null ? "II" : b.report.header().periode().replace("TW ", "");
        Map<Role, String> titles = new LinkedHashMap<>();
        titles.put(Role.TARGET, "Target Kinerja Tahun " + tahun);
        titles.put(Role.TARGET_TW, "Target s.d. TW " + tw);
        titles.put(Role.REALISASI, "Realisasi Kinerja s.d. TW " + tw);
        titles.put(Role.PAGU, "Pagu Anggaran Tahun " + tahun + " (Rp)");
        titles.put(Role.REALISASI_ANGGARAN, "Realisasi Anggaran s.d. Triwulan " + tw + " (Rp)");
        FormEdit e = new FormEdit(b);
        for (var t : titles.entrySet()) {
            if (e.col(t.getKey()) >= 0) e.cellNow(e.headerNow(), e.col(t.getKey())).setCellValue(t.getValue());
        }
        return variant(b, "worded-titles", "titles as reports word them: " + String.join(" | ", titles.values()), e.bytes());
    }

    /** A two-row header: group titles over their sub-columns, the other titles merged over both rows. */
    private Variant groupedTitles(BaseExample b) {
        if (!b.lampiran()) return null;
        FormEdit e = new FormEdit(b);
        int header = e.headerNow();
        e.unmergeRow(header);
        e.insertRowNow(header);
        int top = header;
        int bottom = header + 1;
        Map<Role, String[]> grouped = new LinkedHashMap<>();
        grouped.put(Role.TARGET, new String[]{"Target", "Tahunan"});
        grouped.put(Role.TARGET_TW, new String[]{"Target", "s/d Triwulan"});
        grouped.put(Role.REALISASI, new String[]{"Realisasi", "Kinerja"});
        grouped.put(Role.REALISASI_ANGGARAN, new String[]{"Realisasi", "Anggaran (Rp)"});
        grouped.put(Role.CAPAIAN, new String[]{"Capaian (%)", "Tahunan"});
        grouped.put(Role.CAPAIAN_TW, new String[]{"Capaian (%)", "s/d Triwulan"});
        // Realisasi kinerja and anggaran side by side, as in the reports: the anggaran column moves next to kinerja.
        int kinerja = e.col(Role.REALISASI);
        int anggaran = e.col(Role.REALISASI_ANGGARAN);
        if (kinerja < 0 || anggaran < 0) return null;
        e.insertColumnNow(kinerja + 1);
        anggaran = e.col(Role.REALISASI_ANGGARAN);
        moveColumn(e, anggaran, kinerja + 1);
        e.relocate(Role.REALISASI_ANGGARAN, kinerja + 1);
        e.removeColumnNow(anggaran);
        Row bottomRow = e.sheet.getRow(bottom);
        Row topRow = e.sheet.getRow(top) == null ? e.sheet.createRow(top) : e.sheet.getRow(top);
        for (Cell c : bottomRow) {
            Cell t = topRow.createCell(c.getColumnIndex());
            t.setCellStyle(c.getCellStyle());
        }
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (var g : grouped.entrySet()) {
            int col = e.col(g.getKey());
            if (col < 0) continue;
            e.cellNow(bottom, col).setCellValue(g.getValue()[1]);
            groups.merge(g.getValue()[0], new int[]{col, col}, (x, y) -> new int[]{Math.min(x[0], y[0]), Math.max(x[1], y[1])});
        }
        Set<Integer> groupedCols = new java.util.HashSet<>();
        for (var g : groups.entrySet()) {
            e.cellNow(top, g.getValue()[0]).setCellValue(g.getKey());
            if (g.getValue()[1] > g.getValue()[0]) e.merge(top, top, g.getValue()[0], g.getValue()[1]);
            for (int c = g.getValue()[0]; c <= g.getValue()[1]; c++) groupedCols.add(c);
        }
        for (Cell c : bottomRow) {
            int col = c.getColumnIndex();
            if (groupedCols.contains(col) || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
            e.cellNow(top, col).setCellValue(c.getStringCellValue());
            c.setBlank();
            e.merge(top, bottom, col, col);
        }
        return variant(b, "grouped-titles", "two-row header: Target / Realisasi (Kinerja, Anggaran (Rp)) / Capaian (%) "
                + "over their sub-columns, realisasi anggaran moved next to realisasi kinerja", e.bytes());
    }

    /** Moves a column's cells to an empty column, and the sheet's references to it, as cut and paste does. */
    private static void moveColumn(FormEdit e, int from, int to) {
        java.util.regex.Pattern ref = java.util.regex.Pattern.compile("(?<![A-Za-z$_.!])(\\$?)"
                + org.apache.poi.ss.util.CellReference.convertNumToColString(from) + "(\\$?\\d+)(?![\\d(])");
        String target = org.apache.poi.ss.util.CellReference.convertNumToColString(to);
        for (Row r : e.sheet) {
            for (Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    c.setCellFormula(ref.matcher(c.getCellFormula()).replaceAll("$1" + target + "$2"));
                }
            }
        }
        for (Row r : e.sheet) {
            Cell c = r.getCell(from);
            if (c == null) continue;
            Cell t = r.getCell(to) == null ? r.createCell(to) : r.getCell(to);
            t.setCellStyle(c.getCellStyle());
            switch (c.getCellType()) {
                case NUMERIC -> t.setCellValue(c.getNumericCellValue());
                case STRING -> t.setCellValue(c.getStringCellValue());
                case BOOLEAN -> t.setCellValue(c.getBooleanCellValue());
                default -> { }
            }
            r.removeCell(c);
        }
        e.sheet.setColumnWidth(to, e.sheet.getColumnWidth(from));
    }

    // ---- totals -------------------------------------------------------------------------------------------

    /**
     * Subtotal rows as people add them: "Sub Total" under each kegiatan, "Jumlah Program ..." under each program
     * and a grand total at the end; as values, or as their own formulas over the rows they total.
     */
    private Variant subtotals(BaseExample b, boolean formulas) {
        if (!(b.lampiran() || b.form().equals("renja"))) return null;
        List<Role> roles = new ArrayList<>();
        for (Role r : List.of(Role.PAGU, Role.REALISASI_ANGGARAN)) if (b.column(r) != null) roles.add(r);
        Hierarchy h = new Hierarchy(b);
        if (formulas && !h.leavesNumeric(roles)) return null;
        List<Hierarchy.Block> blocks = new ArrayList<>();
        for (Hierarchy.Block k : h.blocks()) if (k.level().equals("kegiatan") || k.level().equals("program")) blocks.add(k);
        // Innermost first at equal end rows: a kegiatan's Sub Total sits above its program's Jumlah Program.
        blocks.sort((x, y) -> x.end() != y.end() ? Integer.compare(x.end(), y.end()) : Integer.compare(y.start(), x.start()));
        FormEdit e = new FormEdit(b);
        List<Variant.ExpectedCell> expected = new ArrayList<>();
        Map<Hierarchy.Block, Integer> placed = new LinkedHashMap<>();
        int label = e.col(Role.URAIAN);
        for (Hierarchy.Block k : blocks) {
            int at = e.now(k.end()) + 1;
            while (placed.containsValue(at)) at++; // below a total already placed at this end
            Row row = e.insertRowNow(at);
            // rows placed earlier at or below this one moved down
            final int inserted = at;
            placed.replaceAll((kk, r) -> r >= inserted ? r + 1 : r);
            placed.put(k, at);
            row.createCell(label).setCellValue(k.level().equals("kegiatan") ? "Sub Total" : "Jumlah Program " + k.uraian());
        }
        int end = e.now(b.lastDataRow()) + 1;
        while (placed.containsValue(end)) end++;
        Row total = e.insertRowNow(end);
        total.createCell(label).setCellValue(formulas ? "JUMLAH" : "Total Anggaran");
        for (Role role : roles) {
            for (var p : placed.entrySet()) {
                Hierarchy.Block k = p.getKey();
                BigDecimal sum = k.sum(role);
                Cell c = e.cellNow(p.getValue(), e.col(role));
                if (formulas) {
                    c.setCellFormula(subtotalFormula(e, role, k, placed));
                    expected.add(new Variant.ExpectedCell(e.sheet.getSheetName(), c.getAddress().formatAsString(), sum));
                }
                c.setCellValue(sum.doubleValue());
            }
            BigDecimal all = h.total(role);
            Cell c = e.cellNow(end, e.col(role));
            if (formulas) {
                List<String> programs = new ArrayList<>();
                for (var p : placed.entrySet()) if (p.getKey().level().equals("program")) programs.add(e.a1(role, p.getValue()));
                if (programs.isEmpty()) c.setCellFormula("SUM(" + e.a1(role, e.now(b.firstDataRow())) + ":" + e.a1(role, end - 1) + ")");
                else c.setCellFormula(String.join("+", programs));
                expected.add(new Variant.ExpectedCell(e.sheet.getSheetName(), c.getAddress().formatAsString(), all));
            }
            c.setCellValue(all.doubleValue());
        }
        return new Variant(b.name + "--" + (formulas ? "subtotals-formulas" : "subtotals-values"),
                (formulas ? "subtotal rows with the user's SUM formulas" : "subtotal rows as typed values")
                        + ": Sub Total under each kegiatan, Jumlah Program under each program, "
                        + (formulas ? "JUMLAH" : "Total Anggaran") + " at the end",
                b.name, "xlsx", e.bytes(), null, Variant.Totals.of(b.report), Set.of(), List.of(), expected);
    }

    /** A kegiatan's Sub Total sums its sub kegiatan rows; a program's Jumlah sums its Sub Totals, or its rows. */
    private static String subtotalFormula(FormEdit e, Role role, Hierarchy.Block k, Map<Hierarchy.Block, Integer> placed) {
        List<String> parts = new ArrayList<>();
        for (var p : placed.entrySet()) {
            Hierarchy.Block inner = p.getKey();
            if (inner != k && inner.level().equals("kegiatan") && inner.start() > k.start() && inner.end() <= k.end()) {
                parts.add(e.a1(role, p.getValue()));
            }
        }
        if (!parts.isEmpty()) return String.join("+", parts);
        return "SUM(" + e.a1(role, e.now(k.firstLeaf())) + ":" + e.a1(role, e.now(k.end())) + ")";
    }

    /** The case: parents' money left for Capaian to fill, and a JUMLAH =SUM over the whole table. */
    private Variant jumlahOverBlankParents(BaseExample b) {
        if (!b.lampiran()) return null;
        List<Role> roles = List.of(Role.PAGU, Role.REALISASI_ANGGARAN);
        Hierarchy h = new Hierarchy(b);
        if (!h.leavesNumeric(roles) || b.parentRows().isEmpty()) return null;
        FormEdit e = new FormEdit(b);
        for (int row : b.parentRows()) for (Role role : roles) e.cell(row, role).setBlank();
        int end = e.now(b.lastDataRow()) + 1;
        Row total = e.insertRowNow(end);
        total.createCell(e.col(Role.URAIAN)).setCellValue("JUMLAH");
        List<Variant.ExpectedCell> expected = new ArrayList<>();
        for (Role role : roles) {
            Cell c = e.cellNow(end, e.col(role));
            c.setCellFormula("SUM(" + e.a1(role, e.now(b.firstDataRow())) + ":" + e.a1(role, end - 1) + ")");
            c.setCellValue(h.total(role).doubleValue());
            expected.add(new Variant.ExpectedCell(e.sheet.getSheetName(), c.getAddress().formatAsString(), h.total(role)));
        }
        return new Variant(b.name + "--jumlah-formula-parents-blank", "program/kegiatan money left blank, and a JUMLAH "
                + "row =SUM over every data row (parents included) at the end", b.name, "xlsx", e.bytes(), null,
                Variant.Totals.of(b.report), Set.of(), List.of(), expected);
    }

    /** Sub kegiatan money typed as small formulas (=18000000+241400, =2000*1000). */
    private Variant formulaInputs(BaseExample b) {
        FormEdit e = new FormEdit(b);
        int n = 0;
        for (int row : b.leafRows()) {
            for (Role role : b.moneyRoles()) {
                Cell c = e.cell(row, role);
                BigDecimal v = FormEdit.number(c);
                if (v == null || v.signum() == 0 || c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) continue;
                BigDecimal thousands = v.divideToIntegralValue(BigDecimal.valueOf(1000));
                BigDecimal rest = v.subtract(thousands.movePointRight(3));
                c.setCellFormula(rest.signum() == 0 ? thousands.toPlainString() + "*1000"
                        : thousands.movePointRight(3).toPlainString() + "+" + rest.toPlainString());
                c.setCellValue(v.doubleValue());
                n++;
            }
        }
        if (n == 0) return null;
        return variant(b, "formula-inputs", n + " sub kegiatan money cells typed as formulas (=18000000+241400, =2000*1000)",
                e.bytes());
    }

    /** Program and kegiatan money as the user's own formulas over their rows. */
    private Variant formulaParentTotals(BaseExample b) {
        if (!(b.lampiran() || b.form().equals("renja"))) return null;
        List<Role> roles = new ArrayList<>();
        for (Role r : List.of(Role.PAGU, Role.REALISASI_ANGGARAN)) if (b.column(r) != null) roles.add(r);
        Hierarchy h = new Hierarchy(b);
        if (!h.leavesNumeric(roles) || b.parentRows().isEmpty()) return null;
        FormEdit e = new FormEdit(b);
        List<Variant.ExpectedCell> expected = new ArrayList<>();
        for (Hierarchy.Block k : h.blocks()) {
            for (Role role : roles) {
                List<Integer> children = k.children();
                String f = k.childrenAreLeaves()
                        ? "SUM(" + e.a1(role, e.now(children.get(0))) + ":" + e.a1(role, e.now(k.end())) + ")"
                        : String.join("+", children.stream().map(r -> e.a1(role, e.now(r))).toList());
                Cell c = e.cell(k.start(), role);
                c.setCellFormula(f);
                c.setCellValue(k.sum(role).doubleValue());
                expected.add(new Variant.ExpectedCell(e.sheet.getSheetName(), c.getAddress().formatAsString(), k.sum(role)));
            }
        }
        return new Variant(b.name + "--formula-parent-totals", "program and kegiatan money as the user's formulas over "
                + "their own rows (=SUM(N15:N21), =N11+N24)", b.name, "xlsx", e.bytes(), null, Variant.Totals.of(b.report),
                Set.of(), List.of(), expected);
    }

    // ---- sheets -------------------------------------------------------------------------------------------

    /** The form copied to "Realisasi (2)" and the copy updated: the copy is the one meant. */
    private Variant copiedSheet(BaseExample b) {
        Role role = b.column(Role.REALISASI_ANGGARAN) != null ? Role.REALISASI_ANGGARAN
                : b.column(Role.PAGU) != null ? Role.PAGU : Role.RENJA_TARGET_RP;
        Integer row = firstNumericLeaf(b, role);
        if (row == null) return null;
        FormEdit e = new FormEdit(b);
        int index = e.wb.getSheetIndex(e.sheet);
        var copy = e.wb.cloneSheet(index);
        e.wb.setSheetOrder(copy.getSheetName(), index + 1);
        FormEdit reference = new FormEdit(b);
        BigDecimal raised = raise(FormEdit.number(reference.cell(row, role)));
        reference.cell(row, role).setCellValue(raised.doubleValue());
        e.sheet = copy;
        e.cell(row, role).setCellValue(raised.doubleValue());
        String name = copy.getSheetName();
        return new Variant(b.name + "--sheet-copied-updated", "form sheet copied to \"" + name + "\" and the copy updated ("
                + e.a1(role, e.now(row)) + " raised to " + money(raised) + ")", b.name, "xlsx", e.bytes(), null,
                truthOf(reference.bytes(), b.name), Set.of(), List.of(b.main.name(), name), List.of());
    }

    /** One sheet per quarter: TW I as filled, TW II its copy carried forward; TW II is the one to send. */
    private Variant quarterSheets(BaseExample b) {
        if (!b.lampiran()) return null;
        String cell = b.main.header().get("triwulan") == null ? null : b.main.header().get("triwulan").cell();
        if (cell == null) return null;
        List<Integer> leaves = new ArrayList<>();
        for (int row : b.leafRows()) if (FormEdit.number(b.reader().cell(row, Role.REALISASI_ANGGARAN)) != null) leaves.add(row);
        if (leaves.isEmpty()) return null;
        FormEdit e = new FormEdit(b);
        FormEdit reference = new FormEdit(b);
        String original = e.sheet.getSheetName();
        int index = e.wb.getSheetIndex(e.sheet);
        e.wb.setSheetName(index, "TW I");
        var second = e.wb.cloneSheet(index);
        e.wb.setSheetName(e.wb.getSheetIndex(second), "TW II");
        e.wb.setSheetOrder("TW II", index + 1);
        e.sheet = second;
        for (FormEdit x : List.of(e, reference)) {
            var ref = new org.apache.poi.ss.util.CellReference(cell);
            x.cellNow(ref.getRow(), ref.getCol()).setCellValue("II");
            for (int row : leaves.subList(0, Math.min(3, leaves.size()))) {
                Cell c = x.cell(row, Role.REALISASI_ANGGARAN);
                c.setCellValue(raise(FormEdit.number(c)).doubleValue());
            }
        }
        return new Variant(b.name + "--sheets-per-quarter", "sheet \"" + original + "\" renamed \"TW I\" and copied to "
                + "\"TW II\" (triwulan II, three realisasi anggaran raised); TW II is the quarter to send", b.name, "xlsx",
                e.bytes(), null, truthOf(reference.bytes(), b.name), Set.of(), List.of("TW I", "TW II"), List.of());
    }

    private static Integer firstNumericLeaf(BaseExample b, Role role) {
        for (int row : b.leafRows()) if (FormEdit.number(b.reader().cell(row, role)) != null) return row;
        return null;
    }

    private static BigDecimal raise(BigDecimal v) {
        return v.add(BigDecimal.valueOf(1_000_000));
    }

    // ---- re-saved -----------------------------------------------------------------------------------------

    private Variant resaved(BaseExample b, String name, String extension, boolean result) {
        return new Variant(b.name + "--" + name, (result ? "Capaian's result" : "the filled example") + " re-saved by "
                + "LibreOffice as ." + extension + " and processed", b.name, extension, b.bytes,
                new Variant.Resave(extension, result), Variant.Totals.of(b.report), Set.of(), List.of(), List.of());
    }

    /** Several messes at once, as one real workbook has them. */
    private Variant mixed(BaseExample b) {
        if (!b.lampiran()) return null;
        FormEdit e = new FormEdit(b);
        for (Report.Row r : percentRows(b)) {
            Cell c = e.cell(r.row(), Role.REALISASI);
            BigDecimal v = FormEdit.number(c);
            if (v == null) continue;
            c.setCellValue(v.movePointLeft(2).doubleValue());
            c.setCellStyle(e.styleWithFormat(c, "0.00%"));
        }
        List<Integer> leaves = b.leafRows();
        for (int i = 0; i < leaves.size(); i += 2) {
            Cell c = e.cell(leaves.get(i), Role.PAGU);
            BigDecimal v = FormEdit.number(c);
            if (v != null) c.setCellValue("Rp " + money(v));
        }
        for (int row : pick(leaves, 1)) e.sheet.getRow(e.now(row)).setZeroHeight(true);
        for (int row : pick(new ArrayList<>(b.rows.keySet()), 2)) e.insertRowNow(e.now(row));
        int end = e.now(b.lastDataRow()) + 1;
        Row total = e.insertRowNow(end);
        total.createCell(e.col(Role.URAIAN)).setCellValue("Total Anggaran");
        Hierarchy h = new Hierarchy(b);
        for (Role role : List.of(Role.PAGU, Role.REALISASI_ANGGARAN)) total.createCell(e.col(role)).setCellValue(h.total(role).doubleValue());
        return variant(b, "mixed", "percent-typed realisasi, every other pagu as \"Rp ...\" text, a hidden row, two "
                + "empty rows and a Total Anggaran row", e.bytes());
    }

    /**
     * The table as the reports print it (seed 003's Tabel 1): KODE / URAIAN / KINERJA (INDIKATOR, TARGET) / ANGGARAN /
     * REALISASI / %, a row of column numbers, no header block. Read correctly, or an error says it is not the form.
     */
    private Variant reportTableLayout(BaseExample b) {
        if (!b.lampiran() || b.rows.values().stream().noneMatch(r -> r.kode() != null)) return null;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Tabel 1");
            sheet.createRow(0).createCell(0).setCellValue("TABEL 1. Evaluasi Hasil Pelaksanaan Renja Tahun "
                    + b.report.header().tahun());
            String[] top = {"KODE", "URAIAN", "KINERJA", "", "ANGGARAN", "REALISASI", "%"};
            String[] sub = {"", "", "INDIKATOR", "TARGET", "", "", ""};
            String[] numbers = {"1", "2", "4", "5", "6", "7", "8"};
            Row r1 = sheet.createRow(2);
            Row r2 = sheet.createRow(3);
            Row r3 = sheet.createRow(4);
            for (int c = 0; c < top.length; c++) {
                r1.createCell(c).setCellValue(top[c]);
                r2.createCell(c).setCellValue(sub[c]);
                r3.createCell(c).setCellValue(numbers[c]);
                if (c != 2 && c != 3) sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, c, c));
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 2, 3));
            int at = 5;
            for (Report.Row r : b.rows.values()) {
                Row row = sheet.createRow(at++);
                if (r.pagu() != null) {
                    if (r.kode() != null) row.createCell(0).setCellValue(r.kode());
                    row.createCell(1).setCellValue(r.uraian());
                    row.createCell(4).setCellValue(r.pagu().doubleValue());
                    if (r.realisasiAnggaran() != null) row.createCell(5).setCellValue(r.realisasiAnggaran().doubleValue());
                    if (r.serapan() != null) row.createCell(6).setCellValue(r.serapan().doubleValue());
                }
                if (r.indikator() != null) row.createCell(2).setCellValue(r.indikator());
                if (r.target() != null) row.createCell(3).setCellValue(r.target());
            }
            wb.write(out);
            return new Variant(b.name + "--report-table-layout", "the table laid out as the report prints it (KODE / "
                    + "URAIAN / KINERJA: INDIKATOR, TARGET / ANGGARAN / REALISASI / %), no header block", b.name, "xlsx",
                    out.toByteArray(), null, Variant.Totals.of(b.report), Set.of(Measurement.ANY_ERROR), List.of(), List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Variant variant(BaseExample b, String name, String description, byte[] bytes) {
        return variant(b, name, description, bytes, Set.of());
    }

    private Variant variant(BaseExample b, String name, String description, byte[] bytes, Set<String> explainedBy) {
        return new Variant(b.name + "--" + name, description, b.name, "xlsx", bytes, null, Variant.Totals.of(b.report),
                explainedBy, List.of(), List.of());
    }

    private Variant.Totals truthOf(byte[] reference, String name) {
        ProcessResult r = processor.check(new ByteArrayInputStream(reference), name + ".xlsx", null);
        if (!r.readable()) throw new IllegalStateException("reference of " + name + ": " + r.unreadableReason());
        return Variant.Totals.of(r.report());
    }

    private List<Integer> pick(List<Integer> from, int n) {
        List<Integer> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        List<Integer> chosen = new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
        Collections.sort(chosen);
        return chosen;
    }

    /** 18.241.400: rupiah with dots between thousands. */
    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(new java.util.Locale("id", "ID")));
        return f.format(v.setScale(0, RoundingMode.HALF_UP));
    }

    /** 77,78: a decimal with a comma. */
    static String decimal(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
