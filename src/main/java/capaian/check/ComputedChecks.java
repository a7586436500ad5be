package capaian.check;

import capaian.findings.Findings;

import capaian.findings.FindingCode;

import capaian.compute.Numbers;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Column;
import capaian.model.SheetData;
import capaian.value.CellValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares what the upload already had in computed columns with what Capaian computes (the seeds' wrong
 * totals and categories): a COMPUTED_MISMATCH where they differ, at the precision the stated value shows.
 */
public final class ComputedChecks {
    private ComputedChecks() {}

    public static void check(SheetResult result, Findings findings) {
        SheetData sheet = result.sheet();
        for (RowResult r : result.rows()) {
            for (Column col : sheet.definition().columns()) {
                if (!col.computed() || !sheet.has(col.role())) continue;
                CellValue stated = r.row().get(col.role());
                if (stated.isBlank()) continue;
                Object computed = r.computed().get(col.role());
                if (!differs(stated, computed)) continue;
                String expected = computed instanceof BigDecimal b ? Numbers.display(b)
                        : computed == null ? "(kosong)" : computed.toString();
                findings.at(FindingCode.COMPUTED_MISMATCH, sheet, col.role(), r.row().row(), stated.raw(),
                        "expected", expected);
            }
        }
    }

    static boolean differs(CellValue stated, Object computed) {
        if (computed == null) return true;
        if (computed instanceof BigDecimal c) {
            if (stated.number() == null) return true;
            BigDecimal s = stated.number();
            // "97,3" agrees with 97,33: compare at the decimals the stated value shows.
            int decimals = Math.max(0, s.stripTrailingZeros().scale());
            return c.setScale(Math.min(decimals, c.scale()), RoundingMode.HALF_UP).compareTo(s) != 0;
        }
        String s = stated.raw() == null ? "" : stated.raw().trim();
        return !s.equalsIgnoreCase(computed.toString().trim());
    }
}
