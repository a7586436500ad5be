package capaian.compute;

import capaian.form.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workbooks of {@link TotalRowsTest}, by file name, for the tests that recalculate results in LibreOffice. */
public final class TotalRowsFixtures {
    private TotalRowsFixtures() {}

    public static Map<String, byte[]> all() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("subtotal-per-program.xlsx", TotalRowsTest.perProgram(350000000L, 350000000L));
        out.put("subtotal-off.xlsx", TotalRowsTest.perProgram(350000000L, 349999000L));
        List<Map<Role, Object>> leaves = TotalRowsTest.fourLeaves();
        List<Map<Role, Object>> blank = new ArrayList<>(leaves.subList(0, 3));
        blank.add(TotalRowsTest.row(null, "Sub Total", null, null, false));
        blank.addAll(leaves.subList(3, 6));
        blank.add(TotalRowsTest.row(null, "SUBTOTAL", null, null, false));
        blank.add(TotalRowsTest.row(null, "Jumlah", null, null, false));
        out.put("subtotal-blank.xlsx", TotalRowsTest.build(blank));
        List<Map<Role, Object>> content = new ArrayList<>(TotalRowsTest.fourLeaves().subList(0, 3));
        content.add(TotalRowsTest.row(null, null, 350000000L, 100000000L, false));
        content.addAll(TotalRowsTest.fourLeaves().subList(3, 6));
        out.put("total-by-content.xlsx", TotalRowsTest.build(content));
        Map<Role, Object> total = TotalRowsTest.row(null, "Jumlah", 700000000L, 260000000L, false);
        total.put(Role.INDIKATOR, "Rata-rata capaian");
        total.put(Role.TARGET, 100);
        total.put(Role.REALISASI, 10);
        List<Map<Role, Object>> withIndicator = new ArrayList<>(TotalRowsTest.fourLeaves());
        withIndicator.add(total);
        out.put("total-with-indicator.xlsx", TotalRowsTest.build(withIndicator));
        out.put("nested-subtotals.xlsx", TotalRowsTest.build(TotalRowsTest.nested(false)));
        try {
            out.put("seed000-subtotal.xlsx", TotalRowsTest.seed000With(List.of(
                    new Object[]{"Sub Total", 4355964609L, 890405738L}, new Object[]{"Grand Total", 4355964609L, 890405738L})));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
