package capaian.consolidate;

/** What a consolidation says of a workbook whose reading failed unexpectedly: it is listed, the others go on. */
public final class BrokenWorkbook {
    private BrokenWorkbook() {}

    /** Plain words for the user: what failed, and what to do about it. */
    public static String message(Throwable e) {
        return "Buku kerja ini tidak dapat dibaca (" + e.getClass().getSimpleName()
                + "). Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx.";
    }
}
