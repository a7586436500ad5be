package capaian.read;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Column;
import capaian.form.HeaderField;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.form.Titles;
import capaian.model.CellRef;
import capaian.model.HeaderValue;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.value.CellValue;
import capaian.value.ValueReader;
import capaian.form.ValueType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a located sheet's streamed rows into {@link SheetData}: header block fields above the header row,
 * data rows below it until the footer, each cell read per its column's type. One pass, no rescans.
 */
final class SheetDataBuilder implements SheetScanner.Listener {
    private final SheetData data;
    private final SheetDefinition def;
    private final ValueReader values;
    private final Findings findings;
    private final int groupRow;
    private final CellValueCache cache = new CellValueCache();
    /** Reads what the cache has not seen: one reader for the sheet, no lambda made per cell. */
    private final CellValueCache.Reader reader = new CellValueCache.Reader() {
        @Override
        public CellValue readText(String text, ValueType type) {
            return values.readText(text, type);
        }

        @Override
        public CellValue readNumber(double number, boolean percentFormat, ValueType type) {
            return SheetDataBuilder.this.readNumber(number, percentFormat, type);
        }
    };

    private final List<String> merges = new ArrayList<>();
    private final List<String> footerKeys = new ArrayList<>();
    private boolean inFooter;
    private int lastDataRow;

    SheetDataBuilder(SheetDefinition def, String sheetName, HeaderLocator.Match match, ValueReader values,
                     Findings findings) {
        this.def = def;
        this.values = values;
        this.findings = findings;
        this.data = new SheetData(def, sheetName, match.headerRow(), match.columns());
        this.groupRow = def.hasGroupRow() ? match.headerRow() - 1 : match.headerRow();
        for (var f : def.footer()) footerKeys.add(Titles.normalise(f.label()));
        int n = data.columns().size();
        roles = new Role[n];
        columnIndexes = new int[n];
        columns = new Column[n];
        int i = 0;
        for (Map.Entry<Role, Integer> e : data.columns().entrySet()) {
            roles[i] = e.getKey();
            columnIndexes[i] = e.getValue();
            columns[i++] = def.column(e.getKey()).orElseThrow();
        }
    }

    /** The located columns in role order, as arrays: a map's entries and a search for each column, per row, cost more. */
    private final Role[] roles;
    private final int[] columnIndexes;
    private final Column[] columns;

    SheetData data() { return data; }

    @Override
    public void row(RawRow row) {
        outsideFormulas(row);
        if (row.row() < groupRow) {
            headerBlock(row);
        } else if (row.row() > data.headerRow()) {
            if (footer(row) || signOffStart(row)) inFooter = true;
            // The "(1) (2) (3)" row sits right under the header; further down, a row of numbers is data
            // (an Indeks row: 1, 5, 4, 20, 20, 100).
            else if (!inFooter && (lastDataRow > 0 || !numbering(row))) dataRow(row);
        }
    }

    @Override
    public void merge(String ref) {
        merges.add(ref);
    }

    /** Called after the sheet's XML ends: merges are only known then. */
    void finish() {
        for (String ref : merges) {
            String first = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
            int r = CellRef.rowNumber(first);
            if (r > data.headerRow() && r <= lastDataRow) {
                findings.atCell(FindingCode.MERGED_CELLS_IN_DATA, data.name(), first, r, ref);
            }
        }
    }

    private void headerBlock(RawRow row) {
        List<RawCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c.kind() != RawCell.Kind.TEXT) continue;
            String text = c.text();
            int colon = text.indexOf(':');
            String label = colon > 0 ? text.substring(0, colon) : text;
            String norm = Titles.normalise(label);
            for (HeaderField f : def.headerFields()) {
                if (data.header().containsKey(f.key()) || !Titles.matches(f, norm)) continue;
                String inline = colon > 0 ? text.substring(colon + 1).trim() : "";
                if (!inline.isEmpty()) {
                    data.header().put(f.key(), new HeaderValue(f.key(), inline, CellRef.a1(c.column(), row.row())));
                } else if (i + 1 < cells.size() && !signOffLabel(cells.get(i + 1))) {
                    RawCell v = cells.get(i + 1);
                    String s = v.display() == null ? null : v.display().trim();
                    if (s != null && s.startsWith(":")) s = s.substring(1).trim();
                    data.header().put(f.key(), new HeaderValue(f.key(), s, CellRef.a1(v.column(), row.row())));
                }
                break;
            }
        }
    }

    private boolean footer(RawRow row) {
        if (footerKeys.isEmpty()) return false;
        for (RawCell c : row.cells()) {
            if (c.kind() != RawCell.Kind.TEXT) continue;
            String n = Titles.normalise(c.text());
            for (int i = 0; i < footerKeys.size(); i++) {
                if (!n.isEmpty() && n.startsWith(footerKeys.get(i))) {
                    var field = def.footer().get(i);
                    data.footerRows().putIfAbsent(field.label(), row.row());
                    Integer valueColumn = data.column(Role.URAIAN);
                    String typed = valueColumn == null || valueColumn == c.column() ? null : row.text(valueColumn);
                    if (!field.computed() && typed != null && !typed.isBlank()) data.footerValues().putIfAbsent(field.label(), typed);
                    return true;
                }
            }
        }
        return false;
    }

    /** A sign-off field's label right of an empty usual field (C3 left blank): not that field's value. */
    private boolean signOffLabel(RawCell c) {
        if (def.signOff() == null || c.kind() != RawCell.Kind.TEXT) return false;
        String n = Titles.normalise(c.text());
        return def.signOff().fields().stream().anyMatch(f -> Titles.matches(f, n));
    }

    /** The first line of the sign-off block (a lone "Pengesahan"): what follows is not table rows. */
    private boolean signOffStart(RawRow row) {
        if (def.signOff() == null || row.cells().size() != 1) return false;
        RawCell c = row.cells().get(0);
        return c.kind() == RawCell.Kind.TEXT && Titles.normalise(c.text()).equals(SIGN_OFF_TITLE);
    }

    private static final String SIGN_OFF_TITLE = Titles.normalise(capaian.form.SignOff.TITLE);

    /** The "(1) (2) (3)" row printed under many headers. */
    private static boolean numbering(RawRow row) {
        if (row.cells().size() < 3) return false;
        for (RawCell c : row.cells()) {
            String s = c.display();
            if (s == null) return false;
            s = s.trim();
            if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1);
            if (s.isEmpty() || !s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '=' || ch == '+' || ch == '/'
                    || ch == 'x' || ch == '-')) return false;
        }
        return true;
    }

    private void dataRow(RawRow raw) {
        SheetRow row = new SheetRow(raw.row());
        row.hidden(raw.hidden());
        for (int i = 0; i < roles.length; i++) {
            RawCell c = raw.cell(columnIndexes[i]);
            if (c == null) continue;
            Role role = roles[i];
            Column col = columns[i];
            CellValue v = read(c, role, col.type());
            row.put(role, v);
            if (c.kind() == RawCell.Kind.NUMBER) {
                row.numericCell(role);
                // the stored view: what Excel computes with when it recalculates (0.855 for "85,5%")
                if (v.number() == null || v.number().doubleValue() != c.number()) row.storedNumber(role, c.number());
            }
            if (c.formula()) row.formulaCell(role, col.computed() ? null : c.formulaText());
        }
        if (row.isEmpty()) return;
        if (raw.hidden()) findings.atCell(FindingCode.HIDDEN_ROW, data.name(), null, raw.row(), null);
        data.rows().add(row);
        lastDataRow = raw.row();
    }

    /**
     * A formula that reaches outside the workbook (a link, a web request, DDE, another workbook) is recorded,
     * wherever it is on the sheet: the result gets its cached value, so nothing calls out when it is opened.
     */
    private void outsideFormulas(RawRow row) {
        for (RawCell c : row.cells()) {
            if (c.formulaText() == null) continue;
            String reach = capaian.formula.UserFormula.outsideReach(c.formulaText());
            if (reach == null) continue;
            data.outsideFormulas().add(new capaian.model.OutsideFormula(row.row(), c.column(), c.cached(), c.formulaText(), reach));
            String cell = CellRef.a1(c.column(), row.row());
            findings.atCell(FindingCode.FORMULA_OUTSIDE, data.name(), cell, row.row(), "=" + c.formulaText(), "reach", reach);
        }
    }

    private CellValue read(RawCell c, Role role, ValueType type) {
        return switch (c.kind()) {
            case NUMBER -> cache.number(role, c.number(), c.percentFormat(), type, reader);
            case ERROR -> values.readError(c.text());
            case TEXT, BOOLEAN -> cache.text(role, c.text(), type, reader);
        };
    }

    private CellValue readNumber(double n, boolean percentFormat, ValueType type) {
        CellValue v = values.readNumber(n, type);
        if (!percentFormat || v.number() == null) return v;
        // 0,9625 formatted as 96,25%: the user sees and means 96,25 percent.
        BigDecimal pct = v.number().movePointRight(2).stripTrailingZeros();
        if (pct.scale() < 0) pct = pct.setScale(0);
        return CellValue.plainNumber(pct, true, v.notes());
    }
}
