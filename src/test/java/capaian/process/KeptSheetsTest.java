package capaian.process;

import capaian.evaluate.Evaluation;
import capaian.evaluate.Evaluator;
import capaian.read.InflatedParts;
import capaian.read.Limits;
import capaian.read.WorkbookReader;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import capaian.write.ResultWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The write-back of a sheet the reader kept in memory is the write-back of the sheet inflated again from the file:
 * keeping is a saving, never a second way to a result.
 */
class KeptSheetsTest {
    private static final Path REAL = Path.of("examples", "seed002-lampiran43.xlsx");

    @Test
    void theReaderKeepsTheFormSheetItReadInFull() throws Exception {
        Profile profile = ProfileLoader.defaultProfile();
        InflatedParts kept = InflatedParts.kept();
        new WorkbookReader(profile, Limits.defaults()).read(REAL, null, null, kept);
        byte[] sheet = kept.get("xl/worksheets/sheet1.xml");
        assertNotNull(sheet, "the form sheet, read to its end, is kept");
        assertEquals(135_286, sheet.length, "the size the zip lists for xl/worksheets/sheet1.xml");
        assertTrue(Limits.defaults().writeBackAllowed(REAL, kept));
    }

    @Test
    void aKeptSheetWritesTheSameWorkbookAsOneInflatedAgain() throws Exception {
        Profile profile = ProfileLoader.defaultProfile();
        ProcessResult processed = new Processor(profile).process(new ByteArrayInputStream(Files.readAllBytes(REAL)),
                "seed002.xlsx", null);
        assertTrue(processed.readable());
        Evaluation ev = new Evaluator(profile).evaluate(new WorkbookReader(profile, Limits.defaults()).read(REAL, null));
        byte[] inflatedAgain = new ResultWriter(profile).write(REAL, ev);
        Map<String, byte[]> a = parts(processed.workbook());
        Map<String, byte[]> b = parts(inflatedAgain);
        assertEquals(b.keySet(), a.keySet());
        for (String name : a.keySet()) assertArrayEquals(b.get(name), a.get(name), name);
    }

    private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) parts.put(e.getName(), zip.readAllBytes());
        }
        return parts;
    }
}
