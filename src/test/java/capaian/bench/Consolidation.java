package capaian.bench;

import java.nio.file.Path;

/**
 * Benchmark (d), consolidation of many workbooks. TODO: the capaian.consolidate package (issue 5) is not on
 * main yet; when it is, call it here on every .xlsx file of the directory and return true. Until then the
 * harness reports "not available" and measures nothing (no made-up figures).
 */
final class Consolidation {
    static final String CONSOLIDATOR = "capaian.consolidate.Consolidator";

    private Consolidation() {}

    static boolean available() {
        try {
            Class.forName(CONSOLIDATOR);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Consolidates the workbooks in {@code dir}; false when consolidation is not available. */
    static boolean run(Path dir) {
        if (!available()) return false;
        // TODO(issue 5): call the consolidation entry point once its API is on main.
        return false;
    }
}
