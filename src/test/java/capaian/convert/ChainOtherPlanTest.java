package capaian.convert;

import capaian.findings.Finding;
import capaian.findings.FindingCode;
import capaian.examples.ExampleBuilder;
import capaian.model.HeaderValue;
import capaian.evaluate.Evaluation;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Formulir berikutnya" with the Renja of another year or another OPD: one finding that says so, not a finding
 * for every row (seed 000's 2023 Lampiran against seed 003's 2022 Renja gave 113 CHAIN_* warnings).
 */
class ChainOtherPlanTest {
    static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());
    static final FormChain CHAIN = new FormChain(ProfileLoader.defaultProfile());

    @Test
    void aRenjaOfAnotherYearIsOneFinding() throws Exception {
        Evaluation lampiran = PROCESSOR.evaluate(Path.of("examples", ExampleBuilder.SEED000), null); // 2023, TW I
        Evaluation renja = PROCESSOR.evaluate(Path.of("examples", ExampleBuilder.RENJA), null);      // 2022
        FormChain.Prefilled next = CHAIN.nextLampiran(lampiran, renja);
        assertEquals(1, next.findings().size(), next.findings().toString());
        Finding f = next.findings().get(0);
        assertEquals(FindingCode.CHAIN_YEAR_MISMATCH, f.code());
        assertEquals("2023", f.value());
        assertTrue(f.message().contains("tahun berbeda") && f.message().contains("2022")
                && f.message().contains("Pilih Renja tahun 2023"), f.message());
        assertTrue(f.cell() != null && f.row() > 0, "points at the Lampiran's Tahun cell: " + f.cell());
    }

    @Test
    void aRenjaOfAnotherOpdIsOneFinding() throws Exception {
        // Seed 003's own Renja and Lampiran (both 2022), the Renja's Kode OPD changed to another agency's.
        Evaluation lampiran = PROCESSOR.evaluate(Path.of("examples", ExampleBuilder.SEED003), null);
        Path renjaFile = Path.of("examples", ExampleBuilder.RENJA);
        assertEquals(List.of(), CHAIN.compare(PROCESSOR.evaluate(renjaFile, null), lampiran).stream()
                .filter(f -> f.code().name().endsWith("_MISMATCH")).toList(), "the same OPD and year");
        byte[] other = withHeader(renjaFile, Map.of("kodeOpd", "1.02.0.00.0.00.01.0000", "opd", "Dinas Kesehatan"));
        Evaluation renja = PROCESSOR.evaluate(new ByteArrayInputStream(other), null);
        List<Finding> findings = CHAIN.compare(renja, lampiran);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(FindingCode.CHAIN_OPD_MISMATCH, f.code());
        assertTrue(f.message().contains("OPD berbeda") && f.message().contains("Dinas Kesehatan (1.02.0.00.0.00.01.0000)")
                && f.message().contains("5.03.0.00.0.00.01.0000"), f.message());
    }

    /** The header cells of the main sheet, replaced where the reader found them. */
    private static byte[] withHeader(Path file, Map<String, String> values) throws Exception {
        Evaluation ev = PROCESSOR.evaluate(file, null);
        var header = ev.sheets().get(0).sheet().header();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.getSheet(ev.sheets().get(0).sheet().name());
            for (var e : values.entrySet()) {
                HeaderValue hv = header.get(e.getKey());
                CellReference ref = new CellReference(hv.cell());
                sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(e.getValue());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
