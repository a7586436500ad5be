package capaian.compute;

import capaian.form.IndexKind;
import capaian.model.SheetRow;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The Indeks sheet's structure: its blocks, and the line each row is. */
public final class IndexSheet {
    private final List<IndexBlock> blocks;
    private final Map<SheetRow, IndexLine> lines = new IdentityHashMap<>();

    IndexSheet(List<IndexBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        for (IndexBlock b : blocks) for (IndexLine l : b.lines()) lines.put(l.row(), l);
    }

    public List<IndexBlock> blocks() { return blocks; }

    /** The line a row is, or null for a row outside every block. */
    public IndexLine line(SheetRow row) { return lines.get(row); }

    /** The index an IKU is fed from: the last block of that kind with a total (the latest year comes last). */
    public IndexBlock latest(IndexKind kind) {
        IndexBlock found = null;
        for (IndexBlock b : blocks) if (b.kind() == kind && b.total() != null && b.skor() != null) found = b;
        return found;
    }
}
