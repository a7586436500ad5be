package capaian.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cell styles of a workbook show numbers as percentages, from its styles part: a cell format whose number
 * format is the built-in 0% or 0.00% (ids 9 and 10), or a custom code with a % outside quoted text. A number in
 * such a cell holds a fraction (0,9625 shown as 96,25%). The same pass counts the part's entries against the
 * {@link Limits}, before anything else trusts it.
 */
final class PercentStyles {
    static final PercentStyles NONE = new PercentStyles(new boolean[0]);

    private static final Set<String> ENTRIES = Set.of("xf", "font", "fill", "border", "numFmt", "dxf", "cellStyle", "tableStyle");

    private final boolean[] percent;

    private PercentStyles(boolean[] percent) {
        this.percent = percent;
    }

    /** Whether cell style {@code index} (the {@code s} of a cell) is a percent format; style 0 never is. */
    boolean isPercent(int index) {
        return index > 0 && index < percent.length && percent[index];
    }

    static PercentStyles read(InputStream styles, Limits limits) throws Exception {
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        int[] entries = {0};
        boolean[] inCellXfs = {false};
        PackageParts.parse(limits.boundedSmall(styles), new PackageParts.StartElement() {
            @Override
            public void start(String local, org.xml.sax.Attributes atts) {
                if (ENTRIES.contains(local)) limits.checkStyleEntries(++entries[0]);
                switch (local) {
                    case "numFmt" -> {
                        Integer id = number(atts.getValue("numFmtId"));
                        if (id != null && atts.getValue("formatCode") != null) codes.put(id, atts.getValue("formatCode"));
                    }
                    case "cellXfs" -> inCellXfs[0] = true;
                    case "cellStyleXfs", "dxfs", "cellStyles" -> inCellXfs[0] = false;
                    case "xf" -> {
                        if (inCellXfs[0]) cellFormats.add(number(atts.getValue("numFmtId")));
                    }
                    default -> { }
                }
            }
        });
        boolean[] percent = new boolean[cellFormats.size()];
        for (int i = 0; i < percent.length; i++) {
            Integer id = cellFormats.get(i);
            if (id == null) continue;
            String code = codes.containsKey(id) ? codes.get(id) : builtin(id);
            percent[i] = code != null && code.replaceAll("\"[^\"]*\"", "").contains("%");
        }
        return new PercentStyles(percent);
    }

    /** The built-in number formats that show a percentage; no other built-in format does. */
    private static String builtin(int id) {
        return switch (id) {
            case 9 -> "0%";
            case 10 -> "0.00%";
            default -> null;
        };
    }

    private static Integer number(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
