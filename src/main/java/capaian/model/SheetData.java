package capaian.model;

import capaian.form.Role;
import capaian.form.SheetDefinition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form sheet as read: which sheet, where its header and columns are, the header block's values, the
 * data rows and the footer rows. Positions are those of the uploaded sheet, found by title.
 */
public final class SheetData implements capaian.findings.Site<Role> {
    private final SheetDefinition definition;
    private final String name;
    private final int headerRow;
    private final Map<Role, Integer> columns;
    private final Map<String, HeaderValue> header = new LinkedHashMap<>();
    private final List<SheetRow> rows = new ArrayList<>();
    /** Footer label (as in the definition) to the 1-based row it was found on. */
    private final Map<String, Integer> footerRows = new LinkedHashMap<>();
    /** Footer label to the text typed beside it (in the Uraian column), for the footer lines a person fills. */
    private final Map<String, String> footerValues = new LinkedHashMap<>();
    /** Formulas anywhere on the sheet that reach outside the workbook: written back as their cached values. */
    private final List<OutsideFormula> outsideFormulas = new ArrayList<>();

    public SheetData(SheetDefinition definition, String name, int headerRow, Map<Role, Integer> columns) {
        this.definition = definition;
        this.name = name;
        this.headerRow = headerRow;
        this.columns = new EnumMap<>(Role.class);
        this.columns.putAll(columns);
    }

    public SheetDefinition definition() { return definition; }
    @Override
    public String name() { return name; }
    /** The 1-based row of the column titles (the lower one of a two-row header). */
    public int headerRow() { return headerRow; }
    public Map<Role, Integer> columns() { return columns; }
    public boolean has(Role role) { return columns.containsKey(role); }
    public Integer column(Role role) { return columns.get(role); }
    public Map<String, HeaderValue> header() { return header; }
    public List<SheetRow> rows() { return rows; }
    public Map<String, Integer> footerRows() { return footerRows; }
    public Map<String, String> footerValues() { return footerValues; }
    public List<OutsideFormula> outsideFormulas() { return outsideFormulas; }

    /** The A1 cell of a role in a row, or null when the sheet lacks the column. */
    @Override
    public String cell(Role role, int row) {
        Integer c = columns.get(role);
        return c == null ? null : CellRef.a1(c, row);
    }

    public String headerText(String key) {
        HeaderValue v = header.get(key);
        return v == null ? null : v.text();
    }
}
