package capaian.compute;

import capaian.examples.Examples;
import capaian.examples.ExampleBuilder;
import capaian.form.Role;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.Profile;
import capaian.rules.ProfileException;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capaian and serapan outside the profile's plausible band get a warning naming the likely slip. */
class PlausibilityTest {

    /** "1.250" typed for 1,25 against a target of 1,5: read as 1250, capaian 1250 / 1,5 = 83.333,33 %. */
    @Test
    void aThousandsDotTypedForADecimalIsNamed() {
        List<Map<Role, Object>> rows = new ArrayList<>(TotalRowsTest.fourLeaves());
        rows.get(1).put(Role.TARGET, "1,5");
        rows.get(1).put(Role.REALISASI, "1.250");
        ProcessResult r = TotalRowsTest.process(TotalRowsTest.build(rows));
        List<Report.FindingEntry> f = of(r, "CAPAIAN_IMPLAUSIBLE");
        assertEquals(1, f.size(), r.report().findings().toString());
        assertEquals("83.333,33", f.get(0).value());
        String m = f.get(0).message();
        assertTrue(m.contains("\"1.250\"") && m.contains("1,250") && m.contains("titik") && m.contains("0 sampai 300"), m);
        assertEquals("warning", f.get(0).severity());
        assertEquals(1, of(r, "VALUE_AMBIGUOUS").size());
    }

    /** Seed 000 prints 777,80 % for an indicator with target 10 and realisasi 77,78 (row 10). */
    @Test
    void seed000s777IsFlagged() {
        ProcessResult r = Examples.process(ExampleBuilder.SEED000);
        List<Report.FindingEntry> f = of(r, "CAPAIAN_IMPLAUSIBLE");
        assertEquals(1, f.size(), f.toString());
        assertEquals("777,80", f.get(0).value());
        assertTrue(f.get(0).cell().endsWith("10"), f.get(0).cell());
        assertTrue(f.get(0).message().contains("target setahun"), f.get(0).message());
    }

    /** A profile that allows up to 1.000 % leaves 777,80 alone. */
    @Test
    void theBandIsAProfileSetting() throws IOException {
        Profile wide = profileWith("\"capaian\": { \"min\": 0, \"max\": 1000 }");
        assertEquals(new BigDecimal("1000"), wide.plausibleCapaian().max());
        try (InputStream in = Files.newInputStream(Path.of("examples", ExampleBuilder.SEED000))) {
            ProcessResult r = new Processor(wide).check(in, "x.xlsx", null);
            assertEquals(0, of(r, "CAPAIAN_IMPLAUSIBLE").size());
        }
        assertEquals(new BigDecimal("300"), ProfileLoader.defaultProfile().plausibleCapaian().max());
        assertEquals(BigDecimal.ZERO, ProfileLoader.defaultProfile().plausibleSerapan().min());
        assertThrows(ProfileException.class, () -> profileWith("\"capaian\": { \"min\": 300, \"max\": 0 }"));
    }

    /** Pagu typed in thousands of rupiah (100.000 for 100.000.000), realisasi in rupiah: serapan 40.000 %. */
    @Test
    void serapanAThousandTimesTooHighIsNamed() {
        List<Map<Role, Object>> rows = new ArrayList<>(TotalRowsTest.fourLeaves());
        rows.get(1).put(Role.PAGU, 100000L);
        ProcessResult r = TotalRowsTest.process(TotalRowsTest.build(rows));
        List<Report.FindingEntry> f = of(r, "SERAPAN_IMPLAUSIBLE");
        assertEquals(1, f.size(), "the leaf only, not its program again: " + f);
        assertEquals("40.000,00", f.get(0).value());
        assertTrue(f.get(0).message().contains("seribu kali"), f.get(0).message());
    }

    /** 250 % is unusual but plausible: nothing said. */
    @Test
    void withinTheBandNothingIsSaid() {
        List<Map<Role, Object>> rows = new ArrayList<>(TotalRowsTest.fourLeaves());
        rows.get(1).put(Role.REALISASI, 250);
        ProcessResult r = TotalRowsTest.process(TotalRowsTest.build(rows));
        assertEquals(0, of(r, "CAPAIAN_IMPLAUSIBLE").size());
        assertEquals(new BigDecimal("250.00"), r.report().rows().get(1).capaian());
    }

    private static Profile profileWith(String plausibility) throws IOException {
        String json;
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/capaian/rules/default-profile.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = json.replace("\"capaian\": { \"min\": 0, \"max\": 300 }", plausibility);
        assertTrue(!changed.equals(json));
        return ProfileLoader.read(new StringReader(changed));
    }

    private static List<Report.FindingEntry> of(ProcessResult r, String code) {
        return r.report().findings().stream().filter(x -> x.code().equals(code)).toList();
    }
}
