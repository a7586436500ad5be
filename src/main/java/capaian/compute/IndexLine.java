package capaian.compute;

import capaian.model.SheetRow;
import capaian.rules.IndexComponent;

import java.util.List;

/**
 * One row of the Indeks sheet as the computation reads it.
 *
 * @param kind  a part (dimension, component, Sistem Merit indicator), an aspect's Jumlah or the block's Jumlah
 * @param block the block it belongs to
 * @param row   the sheet row
 * @param parts for a Jumlah, the part rows it sums; else empty
 * @param known the profile's dimension, component or aspect this row is (of), or null when unknown
 */
public record IndexLine(Kind kind, IndexBlock block, SheetRow row, List<SheetRow> parts, IndexComponent known) {
    public enum Kind { PART, SUBTOTAL, TOTAL }

    public IndexLine {
        parts = List.copyOf(parts);
    }

    /** Whether the row is a Sistem Merit indicator (bobot × nilai) rather than a dimension or component. */
    public boolean indicator() {
        return kind == Kind.PART && block.kind() == capaian.form.IndexKind.SISTEM_MERIT;
    }
}
