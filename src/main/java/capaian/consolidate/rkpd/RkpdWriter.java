package capaian.consolidate.rkpd;

import capaian.consolidate.TemplateCells;
import capaian.compute.RuleFormulas;
import capaian.formula.Expr;
import capaian.formula.F;
import capaian.formula.Ref;
import capaian.formula.XValue;
import capaian.rules.Profile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.builder.JxlsOutput;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the RKPD evaluation workbook. jxls fills the template with the first line only (headers, footer, sign-off
 * and the Capaian OPD sheet take their texts and styles from it); then every line is streamed (SXSSF) in the styles
 * of the template's line row, and the footer below is put back after them. A line that sums others gets SUM
 * formulas over exactly those rows, every line with money its ratios as the serapan rule's formula, and the
 * region's rata-rata its AVERAGE over the OPDs' capaian (method rata-rata) and its predikat the category formula;
 * each formula only where it recomputes the value written as its cached result, else the value alone.
 */
public final class RkpdWriter {
    private final byte[] template;
    private final RkpdLayout layout;
    private final Profile profile;
    private final Map<Integer, String> fieldAt = new HashMap<>();

    public RkpdWriter(byte[] template, Profile profile) {
        this.template = template;
        this.profile = profile;
        try {
            this.layout = RkpdLayout.of(template);
        } catch (IOException e) {
            throw new UncheckedIOException("the RKPD template cannot be read", e);
        }
        for (Map.Entry<String, Integer> c : layout.columns().entrySet()) fieldAt.put(c.getValue(), c.getKey());
    }

    /** The committed template, shipped in the jar (templates-xlsx/ is on the classpath as templates/). */
    public static RkpdWriter standard(Profile profile) {
        try (InputStream in = RkpdWriter.class.getResourceAsStream("/templates/" + RkpdTemplate.FILE)) {
            if (in == null) throw new IllegalStateException("templates/" + RkpdTemplate.FILE + " missing from the jar");
            return new RkpdWriter(in.readAllBytes(), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(RkpdEvaluation ev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(ev, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(RkpdEvaluation ev, OutputStream out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("judul", ev.info().judul());
        info.put("keterangan", ev.info().keterangan());
        info.put("metode", ev.info().metode());
        info.put("profil", ev.info().profil());
        info.put("tahun", ev.info().tahun());
        info.put("triwulan", ev.info().triwulan());
        info.put("tempatTanggal", ev.info().tempatTanggal());
        info.put("kepala", ev.info().kepala());
        info.put("nip", ev.info().nip());
        info.put("penilai", ev.info().penilai());
        data.put("info", info);
        Map<String, Object> footer = new HashMap<>();
        footer.put("capaian", ev.capaian());
        footer.put("predikat", ev.predikat());
        data.put("footer", footer);
        List<Map<String, Object>> opds = new ArrayList<>();
        for (RkpdEvaluation.Opd o : ev.opds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("no", o.no());
            m.put("kodeOpd", o.kodeOpd());
            m.put("nama", o.nama());
            m.put("capaian", o.capaian());
            m.put("predikat", o.predikat());
            m.put("status", o.status());
            m.put("berkas", o.berkas());
            m.put("catatan", o.catatan());
            opds.add(m);
        }
        data.put("opds", opds);
        // One line for jxls (an empty one when there is none), so that the footer stays where the template has it.
        data.put("rows", List.of(new HashMap<String, Object>()));
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        JxlsOutput jxlsOut = () -> filled;
        JxlsPoiTemplateFillerBuilder.newInstance().withTemplate(new ByteArrayInputStream(template)).build().fill(data, jxlsOut);
        complete(filled.toByteArray(), ev, out);
    }

    /** A footer cell as jxls left it, to be written again below the streamed lines. */
    private record Kept(int col, CellStyle style, Object value) {}

    private record KeptRow(int row, float height, List<Kept> cells) {}

    private void complete(byte[] filled, RkpdEvaluation ev, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            TemplateCells.removeMarkup(wb);
            XSSFSheet sheet = wb.getSheet(layout.sheet());
            int d = layout.dataRow();
            Map<Integer, CellStyle> styles = new HashMap<>();
            Row first = sheet.getRow(d);
            if (first != null) for (Cell c : first) styles.put(c.getColumnIndex(), c.getCellStyle());
            List<KeptRow> kept = new ArrayList<>();
            for (int r = d + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) continue;
                List<Kept> cells = new ArrayList<>();
                for (Cell c : row) cells.add(new Kept(c.getColumnIndex(), c.getCellStyle(), value(c)));
                kept.add(new KeptRow(r, row.getHeightInPoints(), cells));
            }
            List<CellRangeAddress> merged = new ArrayList<>();
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
                CellRangeAddress a = sheet.getMergedRegion(i);
                if (a.getFirstRow() > d) {
                    merged.add(a);
                    sheet.removeMergedRegion(i);
                }
            }
            for (int r = sheet.getLastRowNum(); r >= d; r--) {
                Row row = sheet.getRow(r);
                if (row != null) sheet.removeRow(row);
            }
            wb.setForceFormulaRecalculation(true);
            SXSSFWorkbook sx = new SXSSFWorkbook(wb, 500, true);
            try {
                SXSSFSheet s = sx.getSheet(layout.sheet());
                for (RkpdRow line : ev.rows()) line(s.createRow(d + line.index()), line, styles);
                int shift = Math.max(ev.rows().size(), 1) - 1;
                for (KeptRow k : kept) {
                    Row row = s.createRow(k.row() + shift);
                    row.setHeightInPoints(k.height());
                    for (Kept c : k.cells()) {
                        Cell cell = row.createCell(c.col());
                        cell.setCellStyle(c.style());
                        set(cell, c.value());
                    }
                    footerFormulas(row, k.row(), shift, ev);
                }
                for (CellRangeAddress a : merged) {
                    s.addMergedRegion(new CellRangeAddress(a.getFirstRow() + shift, a.getLastRow() + shift,
                            a.getFirstColumn(), a.getLastColumn()));
                }
                sx.write(out);
            } finally {
                sx.dispose();
            }
        }
    }

    private void line(Row row, RkpdRow line, Map<Integer, CellStyle> styles) {
        int n = row.getRowNum() + 1;
        for (Map.Entry<String, Integer> c : layout.columns().entrySet()) {
            Cell cell = row.createCell(c.getValue());
            CellStyle st = styles.get(c.getValue());
            if (st != null) cell.setCellStyle(st);
            Object v = line.get(c.getKey());
            Expr formula = formula(line, c.getKey(), n);
            String text = formula == null ? null : F.formula(formula);
            if (text != null && formula.evaluate(cellsOf(line, n)).shows(v)) {
                cell.setCellFormula(text);
                if (v instanceof BigDecimal b) cell.setCellValue(b.doubleValue());
                else cell.setCellValue(v == null ? "" : v.toString());
            } else {
                set(cell, v);
            }
        }
    }

    /** The formula of a line's field: SUM over its parts for money, the serapan rule for a ratio. */
    private Expr formula(RkpdRow line, String field, int n) {
        RkpdField f = byKey(field);
        if (f == null) return null;
        if (f.money() && line.kind().sums() && line.number(field) != null) {
            List<Integer> rows = new ArrayList<>();
            for (RkpdRow p : line.parts()) if (p.number(field) != null) rows.add(layout.dataRow() + p.index() + 1);
            Integer col = layout.columns().get(field);
            return rows.isEmpty() ? null : F.sum(F.rows(null, col, rows));
        }
        for (RkpdField.Ratio r : RkpdField.RATIOS) {
            if (r.field() != f || !(line.kind().sums() || line.kind() == RkpdRow.Kind.SUB_KEGIATAN)) continue;
            Integer t = layout.columns().get(r.target().key);
            Integer real = layout.columns().get(r.realisasi().key);
            if (t == null || real == null) return null;
            return new RuleFormulas(profile, Map.of()).serapan(Ref.of(t, n), Ref.of(real, n));
        }
        return null;
    }

    /** The line's own cells as the formula reads them (a ratio reads its row; SUMs are not evaluated here). */
    private capaian.formula.Cells cellsOf(RkpdRow line, int n) {
        return (sheet, column, row) -> {
            if (sheet != null || row != n) {
                // a SUM's part: read from the part's own value
                for (RkpdRow p : line.parts()) {
                    if (layout.dataRow() + p.index() + 1 == row) return XValue.of(p.get(fieldAt.get(column)));
                }
                return XValue.BLANK;
            }
            return XValue.of(line.get(fieldAt.get(column)));
        };
    }

    private void footerFormulas(Row row, int templateRow, int shift, RkpdEvaluation ev) {
        RkpdLayout.Cell2 cap = layout.capaian();
        RkpdLayout.Cell2 pred = layout.predikat();
        boolean sameSheet = row.getSheet().getSheetName().equals(layout.sheet());
        if (!sameSheet) return;
        if (cap != null && cap.row() == templateRow && ev.capaian() != null && ev.info().rataRata()
                && layout.opdSheet() != null && layout.opdCapaian() != null && !ev.opds().isEmpty()) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < ev.opds().size(); i++) rows.add(layout.opdRow() + i + 1);
            Expr e = F.round(F.average(F.rows(layout.opdSheet(), layout.opdCapaian(), rows)), profile.roundingScale());
            Cell c = row.getCell(cap.col()) == null ? row.createCell(cap.col()) : row.getCell(cap.col());
            c.setCellFormula(F.formula(e));
            c.setCellValue(ev.capaian().doubleValue());
        }
        if (pred != null && pred.row() == templateRow && ev.predikat() != null && cap != null && cap.row() > layout.dataRow()) {
            Expr e = new RuleFormulas(profile, Map.of()).category(Ref.of(cap.col(), cap.row() + shift + 1), profile.conclusionScale());
            Cell c = row.getCell(pred.col()) == null ? row.createCell(pred.col()) : row.getCell(pred.col());
            c.setCellFormula(F.formula(e));
            c.setCellValue(ev.predikat());
        }
    }

    private static RkpdField byKey(String key) {
        for (RkpdField f : RkpdField.values()) if (f.key.equals(key)) return f;
        return null;
    }

    private static Object value(Cell c) {
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case STRING -> c.getStringCellValue();
            case FORMULA -> new FormulaText(c.getCellFormula());
            default -> null;
        };
    }

    private record FormulaText(String text) {}

    private static void set(Cell c, Object v) {
        if (v == null) return;
        if (v instanceof FormulaText f) c.setCellFormula(f.text());
        else TemplateCells.setValue(c, v);
    }
}
