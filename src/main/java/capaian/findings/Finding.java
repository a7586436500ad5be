package capaian.findings;

import java.util.Map;

/**
 * One problem found in a workbook: what (code, severity), where (sheet, A1 cell, row) and what to do
 * (message, in Indonesian).
 *
 * @param row the 1-based sheet row, or 0 for a finding about the whole sheet or file
 */
public record Finding(FindingCode code, Severity severity, String sheet, String cell, int row, String value, String message) {

    /** Builds the message from the code's template: {sheet}, {cell}, {row}, {value} and the given extras. */
    public static Finding of(FindingCode code, String sheet, String cell, int row, String value, Map<String, String> extras) {
        String msg = code.template()
                .replace("{sheet}", sheet == null ? "" : sheet)
                .replace("{cell}", cell == null ? "" : cell)
                .replace("{row}", Integer.toString(row))
                .replace("{value}", value == null ? "" : value);
        for (Map.Entry<String, String> e : extras.entrySet()) {
            msg = msg.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return new Finding(code, code.severity(), sheet, cell, row, value, msg);
    }
}
