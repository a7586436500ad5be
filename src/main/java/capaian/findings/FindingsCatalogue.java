package capaian.findings;


/** docs/findings.md, generated from {@link FindingCode} so the catalogue and its documentation cannot drift. */
public final class FindingsCatalogue {
    private FindingsCatalogue() {}

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Findings catalogue\n\n")
          .append("Every problem Capaian finds in a workbook is a finding (RULES section 12): a stable code, a severity, ")
          .append("the sheet, the cell (A1), the value as found, and a message in plain Indonesian that says what to ")
          .append("change. They appear in the JSON report (`findings`), on the result workbook's `Temuan` sheet, and ")
          .append("(errors and warnings) as a comment and a fill on the offending cell.\n\n")
          .append("- `error`: that row or the file cannot be computed; `scripts/capaian check` exits 1.\n")
          .append("- `warning`: computed, but suspicious.\n")
          .append("- `info`: for the record (e.g. a blank polaritas read as positif).\n\n")
          .append("This file is generated from `capaian.findings.FindingCode` by `scripts/capaian findings > docs/findings.md`; ")
          .append("a test fails when they differ. In the templates, `{sheet}`, `{cell}`, `{row}` and `{value}` are the ")
          .append("finding's position and value; other placeholders are filled by the check that raises it.\n\n")
          .append("| code | severity | message template |\n|---|---|---|\n");
        for (FindingCode c : FindingCode.values()) {
            sb.append("| `").append(c.name()).append("` | ").append(c.severity().label()).append(" | ")
              .append(c.template().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
