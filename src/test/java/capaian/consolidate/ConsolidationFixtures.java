package capaian.consolidate;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A small rekap for tests outside this package (LibreOffice, web). */
public final class ConsolidationFixtures {
    private ConsolidationFixtures() {}

    /** Seed 003 retyped for 2023 and two generated OPDs, TW IV 2023. */
    public static Rekap threeOpds(Path dir) throws IOException {
        Files.write(dir.resolve("seed003.xlsx"),
                OpdWorkbooks.withHeader(Files.readAllBytes(Path.of("examples/seed003-tabel1-lampiran.xlsx")), 2023, null));
        Files.write(dir.resolve("a.xlsx"), OpdWorkbooks.lampiran("Dinas A", "1.01.0.00.0.00.01.0000", 2023, "IV", 8, 1).bytes());
        Files.write(dir.resolve("b.xlsx"), OpdWorkbooks.lampiran("Dinas B", "1.02.0.00.0.00.01.0000", 2023, "IV", 5, 2).bytes());
        Consolidator c = new Consolidator(new Processor(ProfileLoader.defaultProfile()), Selection.any());
        Inputs.addPaths(c, List.of(dir));
        return c.finish(OpdList.empty(), Instant.now());
    }

    public static byte[] write(Rekap rekap) {
        return RekapWriter.standard().write(rekap);
    }

    /** A generated OPD Lampiran Realisasi workbook. */
    public static byte[] lampiran(String opd, String kodeOpd, int tahun, String tw, int rows, long seed) throws IOException {
        return OpdWorkbooks.lampiran(opd, kodeOpd, tahun, tw, rows, seed).bytes();
    }
}
