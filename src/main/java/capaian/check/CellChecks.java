package capaian.check;

import capaian.findings.Findings;

import capaian.findings.FindingCode;

import capaian.compute.Numbers;
import capaian.form.Column;
import capaian.form.Role;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.value.CellValue;
import capaian.value.ReadNote;
import capaian.value.ValueKind;
import capaian.form.ValueType;

import java.util.Locale;

/** Checks each input cell on its own: what the value reader noticed, negative money, unknown choices, units. */
public final class CellChecks {
    private CellChecks() {}

    public static void check(SheetData sheet, Findings findings) {
        for (SheetRow row : sheet.rows()) {
            for (Column col : sheet.definition().columns()) {
                if (col.computed() || !sheet.has(col.role())) continue;
                CellValue v = row.get(col.role());
                if (v.isBlank()) continue;
                notes(sheet, row, col, v, findings);
                if (col.type() == ValueType.MONEY && v.kind() == ValueKind.NUMBER && v.number().signum() < 0) {
                    findings.at(FindingCode.VALUE_NEGATIVE, sheet, col.role(), row.row(), v.raw());
                }
                if (col.type() == ValueType.CHOICE && col.role() != Role.TINGKAT && !known(col, v.raw())) {
                    findings.at(FindingCode.CHOICE_UNKNOWN, sheet, col.role(), row.row(), v.raw(),
                            "expected", String.join(", ", col.choices()));
                }
                if (col.type() == ValueType.KINERJA && v.unit() != null) unit(sheet, row, col, v, findings);
            }
        }
    }

    private static void notes(SheetData sheet, SheetRow row, Column col, CellValue v, Findings findings) {
        java.util.List<ReadNote> notes = v.notes();
        for (int i = 0; i < notes.size(); i++) { // no iterator for every cell: nearly all have no note
            ReadNote n = notes.get(i);
            switch (n) {
                case NOT_A_NUMBER -> findings.at(FindingCode.VALUE_NOT_NUMBER, sheet, col.role(), row.row(), v.raw(),
                        "example", example(col.type()));
                case AMBIGUOUS_DOT -> findings.at(FindingCode.VALUE_AMBIGUOUS, sheet, col.role(), row.row(), v.raw(),
                        "read", Numbers.display(v.number()), "decimal", v.raw().replace('.', ','));
                case EXCEL_ERROR -> findings.at(FindingCode.VALUE_ERROR, sheet, col.role(), row.row(), v.raw());
                case MONEY_FRACTION -> findings.at(FindingCode.MONEY_FRACTION, sheet, col.role(), row.row(), v.raw());
            }
        }
    }

    private static String example(ValueType type) {
        return switch (type) {
            case MONEY -> "1.250.000 (tanpa Rp dan tanpa desimal)";
            case KINERJA -> "12, 12 Dokumen, 75,5 atau predikat seperti BB";
            case INTEGER -> "2025";
            default -> "75,5";
        };
    }

    private static boolean known(Column col, String raw) {
        String r = raw.trim().toLowerCase(Locale.ROOT);
        for (String c : col.choices()) if (c.toLowerCase(Locale.ROOT).equals(r)) return true;
        // Polaritas and jenis also read a few long spellings; the computation decides what it understands.
        return col.role() == Role.POLARITAS ? capaian.compute.Polarity.parse(raw) != null
                : col.role() == Role.JENIS && capaian.compute.Jenis.parse(raw) != null;
    }

    private static void unit(SheetData sheet, SheetRow row, Column col, CellValue v, Findings findings) {
        String satuan = row.text(Role.SATUAN);
        if (satuan == null) return;
        if (!unitKey(satuan).equals(unitKey(v.unit()))) {
            findings.at(FindingCode.UNIT_MISMATCH, sheet, col.role(), row.row(), v.raw(), "unit", v.unit(),
                    "expected", satuan);
        }
    }

    /** Compiled once: String.replaceAll compiles its pattern on every call, and this runs for every indicator. */
    private static final java.util.regex.Pattern UNIT_NOISE = java.util.regex.Pattern.compile("[\\s/]+");

    static String unitKey(String unit) {
        return UNIT_NOISE.matcher(unit.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
