package capaian.cli;

import capaian.consolidate.rkpd.RkpdTestForms;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `evaluasi-rkpd DIR -o OUT`: the three OPDs' forms from a folder, the signer on the sheet; no form is exit 2. */
class RkpdCommandTest {
    @Test
    void folderOfMonitoringFormsToTheEvaluation(@TempDir Path dir) throws Exception {
        Path forms = dir.resolve("tw4");
        RkpdTestForms.write(ProfileLoader.defaultProfile(), forms);
        Path out = dir.resolve("evaluasi.xlsx");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"evaluasi-rkpd", forms.toString(), "-o", out.toString(), "--kepala", "Dr. Siti Aminah",
                "--nip", "197001012000032001"}, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String printed = o.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed + e.toString(StandardCharsets.UTF_8));
        // (97,19 + 104,29 + 98,68) / 3 = 100,05
        assertTrue(printed.contains("100,05 % (Sangat Tinggi)"), printed);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            boolean signer = false, nip = false;
            for (Row r : wb.getSheet("Evaluasi RKPD")) {
                for (Cell c : r) {
                    if (c.getCellType() != CellType.STRING) continue;
                    signer |= c.getStringCellValue().equals("Dr. Siti Aminah");
                    nip |= c.getStringCellValue().equals("NIP. 197001012000032001");
                }
            }
            assertTrue(signer && nip, "the Kepala Bappeda's name and NIP in the sign-off");
        }

        Path empty = Files.createDirectories(dir.resolve("kosong"));
        Files.writeString(empty.resolve("catatan.xlsx"), "bukan buku kerja");
        e.reset();
        code = Main.run(new String[] {"evaluasi-rkpd", empty.toString(), "-o", dir.resolve("x.xlsx").toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String err = e.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("Tidak ada formulir Monitoring Capaian Kinerja"), err);
        assertFalse(err.contains("Exception"), err);
    }
}
