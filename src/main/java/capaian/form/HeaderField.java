package capaian.form;


import java.util.List;

/**
 * A field of the header block above the table (nama OPD, kode OPD, tahun, triwulan): a label cell with
 * its value in the cell to its right.
 */
public record HeaderField(String key, String label, List<String> aliases, ValueType type, List<String> choices,
                          boolean required, String help) {
    public HeaderField {
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
    }
}
