package capaian.consolidate;

import capaian.process.Processor;
import capaian.report.Report;
import capaian.report.ReportJson;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's rekap of stored submissions reads the report each submission stored when it was sent, not its
 * workbook: the rekap (every line, total, program and ranking, the Detail rows and the Temuan) is the one the
 * workbooks give, seed 003's figures arrive unchanged, and a report that cannot stand in (stored before reports
 * carried their programs, or of another rules profile) makes it read the workbook.
 */
class StoredReportsTest {
    static final Instant NOW = Instant.parse("2024-02-01T00:00:00Z");

    @TempDir
    static Path dir;
    static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());
    /** Workbook file name to its stored report (as the server stores it at sending). */
    static final Map<String, String> STORED = new LinkedHashMap<>();
    static final List<Path> FILES = new ArrayList<>();

    @BeforeAll
    static void workbooksAndTheirStoredReports() throws Exception {
        Files.write(dir.resolve("seed003.xlsx"),
                OpdWorkbooks.withHeader(Files.readAllBytes(Path.of("examples/seed003-tabel1-lampiran.xlsx")), 2023, "IV"));
        // seed 002's amounts typed as text: its result would hold values where formulas would not recompute them
        Files.write(dir.resolve("seed002.xlsx"),
                OpdWorkbooks.withHeader(Files.readAllBytes(Path.of("examples/seed002-lampiran43.xlsx")), 2023, "IV"));
        Files.write(dir.resolve("a.xlsx"), OpdWorkbooks.lampiran("Dinas A", "5.01.0.00.0.00.01.0000", 2023, "IV", 12, 1).bytes());
        Files.write(dir.resolve("b.xlsx"), OpdWorkbooks.lampiran("Dinas B", "1.02.0.00.0.00.01.0000", 2023, "IV", 5, 2).bytes());
        Files.write(dir.resolve("c.xlsx"), OpdWorkbooks.lampiran("Dinas C", "1.03.0.00.0.00.01.0000", 2023, "IV", 7, 3).bytes());
        for (String name : List.of("seed003.xlsx", "seed002.xlsx", "a.xlsx", "b.xlsx", "c.xlsx")) {
            Path f = dir.resolve(name);
            FILES.add(f);
            try (InputStream in = Files.newInputStream(f)) {
                STORED.put(name, ReportJson.toJson(PROCESSOR.check(in, name, null).report()));
            }
        }
    }

    static Rekap fromWorkbooks() {
        Consolidator c = new Consolidator(PROCESSOR, Selection.any());
        for (Path f : FILES) c.add(f, f.getFileName().toString(), NOW);
        return c.finish(OpdList.empty(), NOW);
    }

    static Rekap fromStored(Map<String, String> reports, boolean withOriginals) {
        Consolidator c = new Consolidator(PROCESSOR, Selection.any());
        List<StoredInput> in = new ArrayList<>();
        for (Path f : FILES) {
            String json = reports.get(f.getFileName().toString());
            in.add(new StoredInput(f.getFileName().toString(), NOW, () -> json, StoredInput.Original.of(withOriginals ? f : null)));
        }
        List<OpdEntry> added = c.addStored(in);
        assertEquals(FILES.size(), added.size());
        return c.finish(OpdList.empty(), NOW);
    }

    @Test
    void theStoredReportsGiveTheRekapOfTheWorkbooksWithoutReadingThem() {
        Rekap files = fromWorkbooks();
        Rekap stored = fromStored(STORED, false); // no original: the figures can only come from the reports
        assertEquals(0, stored.info().tidakTerbaca(), RekapJson.toJson(stored));
        assertEquals(RekapJson.toJson(files), RekapJson.toJson(stored));
        assertEquals(files.entries().size(), stored.entries().size());
        for (int i = 0; i < files.entries().size(); i++) {
            Report a = files.entries().get(i).report();
            Report b = stored.entries().get(i).report();
            assertEquals(a.rows(), b.rows(), "Detail rows of " + files.entries().get(i).source());
            assertEquals(a.findings(), b.findings(), "Temuan of " + files.entries().get(i).source());
            assertEquals(files.entries().get(i).programs(), stored.entries().get(i).programs());
        }
        // The note about the OPD's own result workbook is the server's report's, not the rekap's: it writes none.
        assertTrue(STORED.get("seed002.xlsx").contains("\"FORMULA_AS_VALUE\""), "the stored report has the note");
        for (Rekap r : List.of(files, stored)) {
            for (OpdEntry e : r.entries()) {
                assertTrue(e.report().findings().stream().noneMatch(f -> f.code().equals("FORMULA_AS_VALUE")), e.source());
                long infos = e.report().findings().stream().filter(f -> f.severity().equals(infoLabel())).count();
                assertEquals(infos, e.report().summary().infos(), "infos of " + e.source());
            }
        }
        // Seed 003 Tabel 1's printed totals: pagu 17.914.888.161, realisasi 17.242.465.892, serapan 96,25 %.
        Rekap.OpdLine seed = stored.opds().stream().filter(l -> "seed003.xlsx".equals(l.berkas())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("17914888161").compareTo(seed.pagu()));
        assertEquals(0, new BigDecimal("17242465892").compareTo(seed.realisasi()));
        assertEquals(new BigDecimal("96.25"), seed.serapan());
        assertFalse(stored.programs().isEmpty());
    }

    private static String infoLabel() {
        return capaian.findings.Severity.INFO.label();
    }

    @Test
    void aReportStoredBeforeProgramsWereReportedMakesItReadTheWorkbook() {
        Map<String, String> old = new LinkedHashMap<>();
        STORED.forEach((name, json) -> {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            o.remove("programs");
            old.put(name, o.toString());
        });
        Rekap files = fromWorkbooks();
        assertEquals(RekapJson.toJson(files), RekapJson.toJson(fromStored(old, true)));
        // Without the workbook either, the OPD is listed as unreadable, with the reason, never dropped.
        Rekap neither = fromStored(old, false);
        assertEquals(FILES.size(), neither.info().tidakTerbaca());
        assertTrue(neither.opds().get(0).catatan().contains("tidak ditemukan di server"), neither.opds().get(0).toString());
    }

    @Test
    void aReportOfAnotherRulesProfileMakesItReadTheWorkbook() {
        Profile p = PROCESSOR.profile();
        Map<String, String> other = new LinkedHashMap<>();
        STORED.forEach((name, json) -> {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            o.getAsJsonObject("profile").addProperty("version", p.version() + "-lama");
            // a figure that would show if this report were used
            o.getAsJsonObject("summary").addProperty("pagu", 1);
            other.put(name, o.toString());
        });
        Rekap r = fromStored(other, true);
        assertEquals(RekapJson.toJson(fromWorkbooks()), RekapJson.toJson(r));
        assertNotNull(r.total().pagu());
    }
}
