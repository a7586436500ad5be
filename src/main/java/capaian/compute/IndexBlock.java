package capaian.compute;

import capaian.form.IndexKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One block of the Indeks sheet: an index's rows from its first row to its Jumlah row. */
public final class IndexBlock {
    private final IndexKind kind;
    private final String framework;
    private final List<IndexLine> lines = new ArrayList<>();
    private IndexLine total;
    private BigDecimal skor;
    private String kategori;

    IndexBlock(IndexKind kind, String framework) {
        this.kind = kind;
        this.framework = framework;
    }

    public IndexKind kind() { return kind; }
    /** The SAKIP pedoman key its maxima come from, else null. */
    public String framework() { return framework; }
    public List<IndexLine> lines() { return lines; }
    /** The block's Jumlah row, or null when the block has none. */
    public IndexLine total() { return total; }
    /** The index: the sum of the parts' scores (rounded to the profile's scale), or null. */
    public BigDecimal skor() { return skor; }
    public String kategori() { return kategori; }

    boolean closed() { return total != null; }

    void close(IndexLine totalLine) {
        this.total = totalLine;
    }

    void result(BigDecimal skor, String kategori) {
        this.skor = skor;
        this.kategori = kategori;
    }

    List<IndexLine> parts() {
        return lines.stream().filter(l -> l.kind() == IndexLine.Kind.PART).toList();
    }
}
