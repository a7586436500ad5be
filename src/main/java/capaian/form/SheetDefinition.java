package capaian.form;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sheet of a form: its name, the header block, the table's columns in template order, and whether
 * its header has a group row above the column titles; {@code signOff} is the block to sign below the table, or null.
 */
public record SheetDefinition(String name, List<String> aliases, String title, List<HeaderField> headerFields,
                              List<Column> columns, List<FooterField> footer, SignOff signOff) {

    /** A sheet without a sign-off block. */
    public SheetDefinition(String name, List<String> aliases, String title, List<HeaderField> headerFields,
                           List<Column> columns, List<FooterField> footer) {
        this(name, aliases, title, headerFields, columns, footer, null);
    }

    public SheetDefinition {
        aliases = List.copyOf(aliases);
        headerFields = List.copyOf(headerFields);
        columns = List.copyOf(columns);
        footer = List.copyOf(footer);
    }

    public boolean hasGroupRow() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    /** A plain loop: asked per cell on the hot path, where a stream's set-up cost more than the search. */
    public Optional<Column> column(Role role) {
        for (Column c : columns) if (c.role() == role) return Optional.of(c);
        return Optional.empty();
    }

    public Map<Role, Column> byRole() {
        Map<Role, Column> m = new EnumMap<>(Role.class);
        for (Column c : columns) m.put(c.role(), c);
        return m;
    }
}
