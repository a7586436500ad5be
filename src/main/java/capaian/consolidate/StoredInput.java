package capaian.consolidate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One submission the server stored: the report it computed when the OPD sent it (JSON, fetched when needed) and
 * the original workbook, read again only when that report cannot stand in for it.
 *
 * @param reportJson the stored report, or a supplier of null when there is none
 * @param original   the original workbook, or null when it is missing from the server
 */
public record StoredInput(String source, Instant modified, Supplier<String> reportJson, Original original) {

    /**
     * The original workbook as a local file for as long as the reader runs: the stored file itself on disk, or a
     * temporary copy of one kept in a database (removed afterwards), so that only the fallback pays for the copy.
     */
    @FunctionalInterface
    public interface Original {
        OpdEntry read(Function<Path, OpdEntry> reader) throws IOException;

        /** A file already on this machine. */
        static Original of(Path file) {
            return file == null ? null : reader -> reader.apply(file);
        }
    }
}
