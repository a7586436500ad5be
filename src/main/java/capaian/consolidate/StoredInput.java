package capaian.consolidate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One submission the server stored: the report it computed when the OPD sent it (JSON, fetched when needed) and
 * the original workbook, read again only when that report cannot stand in for it.
 *
 * @param reportJson the stored report, or a supplier of null when there is none
 * @param original   the original workbook file, or null when it is missing from the server
 */
public record StoredInput(String source, Instant modified, Supplier<String> reportJson, Path original) {}
