package capaian.findings;





import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects findings while a workbook is read, checked and computed. */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    public void add(Finding f) {
        list.add(f);
    }

    public void addAll(List<Finding> fs) {
        list.addAll(fs);
    }

    /** Another collection's findings, after these (a part of the work that collected its own). */
    public void addAll(Findings other) {
        list.addAll(other.list);
    }

    /** A finding on the cell of {@code role} in {@code row} of {@code sheet}; extras come as name, value pairs. */
    public <C> void at(FindingCode code, Site<C> sheet, C role, int row, String value, String... extras) {
        String cell = sheet.cell(role, row);
        list.add(Finding.of(code, sheet.name(), cell, row, value, pairs(extras)));
    }

    /** A finding on a given cell (or none) of a sheet. */
    public void atCell(FindingCode code, String sheetName, String cell, int row, String value, String... extras) {
        list.add(Finding.of(code, sheetName, cell, row, value, pairs(extras)));
    }

    static Map<String, String> pairs(String... extras) {
        if (extras.length % 2 != 0) throw new IllegalArgumentException("extras come in pairs");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < extras.length; i += 2) m.put(extras[i], extras[i + 1]);
        return m;
    }

    /** In sheet order: by sheet as first seen, then row, then code. */
    public List<Finding> sorted() {
        List<String> sheets = new ArrayList<>();
        for (Finding f : list) if (f.sheet() != null && !sheets.contains(f.sheet())) sheets.add(f.sheet());
        List<Finding> out = new ArrayList<>(list);
        out.sort(Comparator.<Finding>comparingInt(f -> f.sheet() == null ? -1 : sheets.indexOf(f.sheet()))
                .thenComparingInt(Finding::row)
                .thenComparing(f -> f.code().name()));
        return Collections.unmodifiableList(out);
    }

    public long count(Severity s) {
        return list.stream().filter(f -> f.severity() == s).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
