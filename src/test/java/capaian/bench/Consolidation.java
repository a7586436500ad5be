package capaian.bench;


import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark (d), consolidation of many workbooks: every .xlsx of a directory into one rekap workbook, as
 * {@code capaian consolidate DIR -o REKAP.xlsx} does. The directories of generated OPD workbooks are made
 * once and kept in the work directory.
 */
final class Consolidation {
    private Consolidation() {}

    /** {@code count} distinct OPDs' Lampiran of {@code rows} rows each, generated once. */
    static Path workbooks(Path work, int count, int rows) throws IOException {
        Path dir = work.resolve("opd-" + count + "x" + rows);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) return dir;
        Files.createDirectories(dir);
        for (int i = 1; i <= count; i++) {
            Path f = dir.resolve(String.format("opd-%04d.xlsx", i));
            if (!Files.exists(f)) {
                LampiranGenerator.write(f, rows, "Dinas Contoh " + i,
                        String.format("%d.%02d.0.00.0.00.%02d.0000", 1 + i / 10_000, i / 100 % 100, i % 100));
            }
        }
        Files.writeString(done, "");
        return dir;
    }

    /**
     * Consolidates the workbooks in {@code dir} and writes the rekap to {@code out}: the command itself, as
     * {@code capaian consolidate DIR -o REKAP.xlsx} runs it (its template opened while the workbooks are read),
     * its printed summary dropped.
     */
    static void run(Path dir, Path out) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int code = capaian.cli.Main.run(new String[]{"consolidate", dir.toString(), "-o", out.toString()}, quiet, quiet);
        if (code != 0) throw new IOException("capaian consolidate exited with " + code);
    }
}
