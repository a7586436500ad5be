package capaian.form;


import java.util.List;

/**
 * One column of a form sheet.
 *
 * @param role       what it means
 * @param title      the title printed in the template (also what the reader looks for)
 * @param group      for two-row headers, the title of the group above (e.g. "(9) Realisasi Triwulan I"), else null
 * @param aliases    other titles seen in real workbooks that mean the same column
 * @param type       how its cells are read
 * @param choices    allowed values for a drop-down, else empty
 * @param width      width in characters
 * @param derivation how it is computed, or null for an input column
 * @param required   whether a workbook without it cannot be processed
 * @param help       one line for the Petunjuk sheet, in Indonesian
 */
public record Column(Role role, String title, String group, List<String> aliases, ValueType type,
                     List<String> choices, int width, Derivation derivation, boolean required, String help) {

    public Column {
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
    }

    public boolean computed() { return derivation != null; }

    /** The title a reader sees: the group and the title joined, as a merged two-row header reads. */
    public String fullTitle() {
        return group == null ? title : group + " " + title;
    }

    // Written out instead of the record's generated pair: a column is a map key in header recognition, where
    // the generated hashCode hashed every alias and choice on each lookup and its first call cost a cold run a
    // bootstrap of its own. Equal columns have equal roles and titles, so the hash stays consistent.
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(role) * 31 + java.util.Objects.hashCode(title);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Column c && role == c.role && width == c.width && required == c.required
                && type == c.type && derivation == c.derivation && java.util.Objects.equals(title, c.title)
                && java.util.Objects.equals(group, c.group) && aliases.equals(c.aliases) && choices.equals(c.choices)
                && java.util.Objects.equals(help, c.help);
    }
}
