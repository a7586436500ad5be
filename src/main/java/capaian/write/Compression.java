package capaian.write;

/** How the workbooks Capaian writes are compressed: the result of a write-back and the rekap alike. */
public final class Compression {
    /**
     * The deflate level of every package written. Level 3, measured on a 20,000-row result (BENCHMARKS.md, "Lean
     * path"): 14 % fewer bytes to download than level 1 for about 50 ms more; the default (6) saves 25 % but
     * doubles the deflate time.
     */
    public static final int LEVEL = 3;

    private Compression() {}
}
