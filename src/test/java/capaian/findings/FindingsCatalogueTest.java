package capaian.findings;

import capaian.findings.FindingsCatalogue;

import capaian.findings.FindingCode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/findings.md is the catalogue, and every message says where and what to do. */
class FindingsCatalogueTest {
    @Test
    void docsMatchTheCatalogue() throws IOException {
        String doc = Files.readString(Path.of("docs", "findings.md"), StandardCharsets.UTF_8);
        assertEquals(FindingsCatalogue.markdown(), doc,
                "docs/findings.md is out of date: run scripts/capaian findings > docs/findings.md");
    }

    @Test
    void everyMessageNamesItsPlaceAndIsIndonesian() {
        Pattern english = Pattern.compile("\\b(the|please|value|cell|sheet|must|should)\\b", Pattern.CASE_INSENSITIVE);
        for (FindingCode c : FindingCode.values()) {
            String t = c.template();
            // A finding names its sheet, or says it is about the whole workbook (its first words name it).
            assertTrue(t.contains("{sheet}") || t.startsWith("Lembar untuk formulir") || t.startsWith("Buku kerja"),
                    c + " names its sheet or the workbook");
            Matcher m = english.matcher(t.replaceAll("\\{[a-z]+}", ""));
            assertFalse(m.find(), c + " reads as English: " + t);
            assertTrue(t.endsWith(".") || t.endsWith("}"), c + " is a sentence");
        }
    }
}
