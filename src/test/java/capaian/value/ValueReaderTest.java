package capaian.value;

import capaian.form.ValueType;

import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spellings taken verbatim from the seeds (/work/shared/seeds, "seedNNN:line") and the fixtures built from them
 * (/work/shared/fixtures, "fixture seedNNN line L"); expected values worked out by hand from RULES section 3.
 */
class ValueReaderTest {

    private static final ValueReader READER = new ValueReader(ProfileLoader.defaultProfile());

    /** Columns: source | type | text | kind | number | unit | percent | predicate | notes (space-separated). */
    @ParameterizedTest(name = "[{index}] {0}: {1} \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
        # --- money ---------------------------------------------------------------------------------------------
        fixture seed003 line 175 pagu       | MONEY   | 17.914.888.161             | NUMBER | 17914888161    |                |       |             |
        fixture seed000 line 83 realisasi   | MONEY   | 4.338.758,00               | NUMBER | 4338758        |                |       |             |
        seed000:63                          | MONEY   | Rp.1.170.180.000,-         | NUMBER | 1170180000     |                |       |             |
        seed000:64                          | MONEY   | 991.886.000,-              | NUMBER | 991886000      |                |       |             |
        seed000:64                          | MONEY   | Rp.353.533.000,-           | NUMBER | 353533000      |                |       |             |
        seed002:1402 doubled prefix         | MONEY   | Rp. Rp. 6.850.200.218,-    | NUMBER | 6850200218     |                |       |             |
        seed002:1409                        | MONEY   | Rp. 2.212.352.000          | NUMBER | 2212352000     |                |       |             |
        seed002:1409 trailing ,-,           | MONEY   | Rp. 2.205.483.616,-,       | NUMBER | 2205483616     |                |       |             |
        seed002:819 dash without comma      | MONEY   | 4.390.636.938-             | NUMBER | 4390636938     |                |       |             |
        seed002:820                         | MONEY   | 0,-                        | NUMBER | 0              |                |       |             |
        seed002:818                         | MONEY   | 2.459.563.280,-            | NUMBER | 2459563280     |                |       |             |
        fixture seed002 line 1476 pagu      | MONEY   | 2.459.563.280,00           | NUMBER | 2459563280     |                |       |             |
        seed002:864                         | MONEY   | 826.000,-                  | NUMBER | 826000         |                |       |             |
        fixture seed002 line 1456 pagu      | MONEY   | 862.000                    | NUMBER | 862000         |                |       |             |
        seed001:1556 comma thousands        | MONEY   | Rp 2,389,713,180           | NUMBER | 2389713180     |                |       |             |
        seed001:2809                        | MONEY   | 26,035,000,000,-           | NUMBER | 26035000000    |                |       |             |
        seed001:2809 real fraction          | MONEY   | 27,407,070,963.98,-        | NUMBER | 27407070963.98 |                |       |             | MONEY_FRACTION
        seed001:2809 real fraction          | MONEY   | 8,509,064,298.02,-         | NUMBER | 8509064298.02  |                |       |             | MONEY_FRACTION
        seed001:2901                        | MONEY   | 555,455,000                | NUMBER | 555455000      |                |       |             |
        seed001:2901                        | MONEY   | 553.472.234                | NUMBER | 553472234      |                |       |             |
        seed004:1482                        | MONEY   | 15.973.720.720,00,-        | NUMBER | 15973720720    |                |       |             |
        seed004:476                         | MONEY   | Rp 15.224.309.980,00       | NUMBER | 15224309980    |                |       |             |
        seed004:76                          | MONEY   | Rp. 14.827.361.757         | NUMBER | 14827361757    |                |       |             |
        seed004:299                         | MONEY   | 14.827.361.757,00          | NUMBER | 14827361757    |                |       |             |
        seed003:670 no separators           | MONEY   | 25745000                   | NUMBER | 25745000       |                |       |             |
        fixture seed000 line 103 pagu       | MONEY   | 0                          | NUMBER | 0              |                |       |             |
        fixture seed003 line 228 realisasi  | MONEY   | -                          | NIL    | 0              |                |       |             |
        seed003:739 two SIPD amounts        | MONEY   | 5.000.000,00 5.000.000,00  | TEXT   |                |                |       |             | NOT_A_NUMBER
        seed002:1451 percent is not money   | MONEY   | 99,69%                     | TEXT   |                |                |       |             | NOT_A_NUMBER
        # --- plain numbers and percentages ---------------------------------------------------------------------
        seed002:1451                        | NUMBER  | 99,69%                     | NUMBER | 99.69          |                | true  |             |
        fixture seed002 line 1450           | NUMBER  | 100%                       | NUMBER | 100            |                | true  |             |
        fixture seed002 line 1471           | NUMBER  | 101%                       | NUMBER | 101            |                | true  |             |
        seed002:1456                        | NUMBER  | 100,00%                    | NUMBER | 100            |                | true  |             |
        seed002:1405                        | NUMBER  | 95.7%                      | NUMBER | 95.7           |                | true  |             |
        seed002:1054                        | NUMBER  | 123.7%                     | NUMBER | 123.7          |                | true  |             |
        seed002:1054                        | NUMBER  | 114%                       | NUMBER | 114            |                | true  |             |
        seed002:1019                        | NUMBER  | 59.1                       | NUMBER | 59.1           |                |       |             |
        seed002:1019                        | NUMBER  | 73.11                      | NUMBER | 73.11          |                |       |             |
        seed002:1437                        | NUMBER  | 58.64                      | NUMBER | 58.64          |                |       |             |
        seed002:1439                        | NUMBER  | 4,95                       | NUMBER | 4.95           |                |       |             |
        seed002:1439                        | NUMBER  | 5,25                       | NUMBER | 5.25           |                |       |             |
        seed002:1083 ambiguous dot          | NUMBER  | 5.518                      | NUMBER | 5518           |                |       |             | AMBIGUOUS_DOT
        seed002:1097 ambiguous dot          | NUMBER  | 2.108                      | NUMBER | 2108           |                |       |             | AMBIGUOUS_DOT
        seed002:1125 ambiguous dot          | NUMBER  | 47.843                     | NUMBER | 47843          |                |       |             | AMBIGUOUS_DOT
        seed002:1083                        | NUMBER  | 3307                       | NUMBER | 3307           |                |       |             |
        seed004:1222                        | NUMBER  | 466.8%                     | NUMBER | 466.8          |                | true  |             |
        seed004:1264                        | NUMBER  | 98.11                      | NUMBER | 98.11          |                |       |             |
        seed004:1211                        | NUMBER  | 253.15%                    | NUMBER | 253.15         |                | true  |             |
        seed004:299                         | NUMBER  | 92.82                      | NUMBER | 92.82          |                |       |             |
        seed004:301 space before %          | NUMBER  | 95.3 %                     | NUMBER | 95.3           |                | true  |             |
        seed004:396 one comma is decimal    | NUMBER  | 0,765                      | NUMBER | 0.765          |                |       |             |
        seed004:902                         | NUMBER  | 331.5                      | NUMBER | 331.5          |                |       |             |
        seed004:794                         | NUMBER  | 78.00                      | NUMBER | 78             |                |       |             |
        seed004:766                         | NUMBER  | 75.0                       | NUMBER | 75             |                |       |             |
        seed004:816 signed difference       | NUMBER  | + 14.56                    | NUMBER | 14.56          |                |       |             |
        seed001:1886                        | NUMBER  | 0,17%                      | NUMBER | 0.17           |                | true  |             |
        seed001:1892                        | NUMBER  | 168,5%                     | NUMBER | 168.5          |                | true  |             |
        seed001:1892                        | NUMBER  | 6,23%                      | NUMBER | 6.23           |                | true  |             |
        seed001:2810 rupiah suffix          | NUMBER  | 88,63,-                    | NUMBER | 88.63          |                |       |             |
        seed001:2808 rupiah suffix          | NUMBER  | 94.05,-                    | NUMBER | 94.05          |                |       |             |
        seed001:2809 rupiah suffix          | NUMBER  | 76.31,-                    | NUMBER | 76.31          |                |       |             |
        seed001:2809 English style          | NUMBER  | 27,407,070,963.98          | NUMBER | 27407070963.98 |                |       |             |
        fixture seed000 line 77             | NUMBER  | 77,78                      | NUMBER | 77.78          |                |       |             |
        fixture seed000 line 73             | NUMBER  | 50,5                       | NUMBER | 50.5           |                |       |             |
        fixture seed000 line 75             | NUMBER  | 80,6                       | NUMBER | 80.6           |                |       |             |
        seed003:228 nil in a percent column | NUMBER  | -                          | NIL    | 0              |                |       |             |
        seed002:1513 unit not allowed       | NUMBER  | 15 menit                   | TEXT   |                |                |       |             | NOT_A_NUMBER
        # --- kinerja: units, percentages, predicates ------------------------------------------------------------
        fixture seed003 line 178            | KINERJA | 2 Dokumen                  | NUMBER | 2              | Dokumen        |       |             |
        fixture seed003 line 188            | KINERJA | 82 Orang/ Bulan            | NUMBER | 82             | Orang/ Bulan   |       |             |
        fixture seed003 line 199            | KINERJA | 13 Stel                    | NUMBER | 13             | Stel           |       |             |
        fixture seed003 line 273            | KINERJA | 10866 Dokumen              | NUMBER | 10866          | Dokumen        |       |             |
        fixture seed003 line 268            | KINERJA | 67 Laporan                 | NUMBER | 67             | Laporan        |       |             |
        seed004:1222 ambiguous dot          | KINERJA | 1.167 Orang                | NUMBER | 1167           | Orang          |       |             | AMBIGUOUS_DOT
        seed004:1264                        | KINERJA | 53 Orang / Bulan           | NUMBER | 53             | Orang / Bulan  |       |             |
        seed004:1235                        | KINERJA | 120 ASN                    | NUMBER | 120            | ASN            |       |             |
        seed004:1211                        | KINERJA | 2000 Orang                 | NUMBER | 2000           | Orang          |       |             |
        notes/001 sec. 4 (seed001:2413)     | KINERJA | 5.500 Data PNS             | NUMBER | 5500           | Data PNS       |       |             | AMBIGUOUS_DOT
        seed001:2467                        | KINERJA | 325 PNS                    | NUMBER | 325            | PNS            |       |             |
        seed002:1513                        | KINERJA | 15 menit                   | NUMBER | 15             | menit          |       |             |
        fixture seed002 line 1450           | KINERJA | 100%                       | NUMBER | 100            |                | true  |             |
        fixture seed002 line 1464           | KINERJA | 88%                        | NUMBER | 88             |                | true  |             |
        seed004:1054 space before %         | KINERJA | 100 %                      | NUMBER | 100            |                | true  |             |
        fixture seed000 line 74             | KINERJA | BB                         | PREDICATE |             |                |       | BB          |
        seed004:408                         | KINERJA | WTP                        | PREDICATE |             |                |       | WTP         |
        seed004:407                         | KINERJA | Sangat Baik                | PREDICATE |             |                |       | Sangat Baik |
        seed000:45 nil realisasi            | KINERJA | -                          | NIL    | 0              |                |       |             |
        seed002:1030                        | KINERJA | Juara 1                    | TEXT   |                |                |       |             | NOT_A_NUMBER
        seed002:127 golongan                | KINERJA | IV/b                       | TEXT   |                |                |       |             | NOT_A_NUMBER
        seed004:405 index with predicate    | KINERJA | 68,98 (B)                  | TEXT   |                |                |       |             | NOT_A_NUMBER
        seed004:405 index with predicate    | KINERJA | 73 (BB)                    | TEXT   |                |                |       |             | NOT_A_NUMBER
        notes/002 sec. 4 year range         | KINERJA | 2021-2026                  | TEXT   |                |                |       |             | NOT_A_NUMBER
        # --- whole numbers --------------------------------------------------------------------------------------
        seed004:392                         | INTEGER | 2024                       | NUMBER | 2024           |                |       |             |
        seed002:1019 fraction in a count    | INTEGER | 59.1                       | TEXT   |                |                |       |             | NOT_A_NUMBER
        """)
    void readsSeedSpellings(String source, ValueType type, String text, ValueKind kind, BigDecimal number, String unit,
                            Boolean percent, String predicate, String notes) {
        CellValue v = READER.readText(text, type);
        String why = source + " \"" + text + "\" -> " + v;
        assertEquals(kind, v.kind(), why);
        if (number == null) {
            assertNull(v.number(), why);
        } else {
            assertEquals(0, number.compareTo(v.number()), why);
        }
        assertEquals(unit, v.unit(), why);
        assertEquals(percent != null && percent, v.percent(), why);
        assertEquals(predicate, v.predicate(), why);
        assertEquals(notes(notes), v.notes(), why);
        assertEquals(text.trim(), v.raw(), why);
    }

    /** Ambiguous-dot profile alternative: one '.' followed by three digits read as a decimal. */
    @ParameterizedTest(name = "[{index}] decimal profile: {0} \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        NUMBER  | 5.518                 | 5.518         |         | AMBIGUOUS_DOT
        KINERJA | 1.167 Orang           | 1.167         | Orang   | AMBIGUOUS_DOT
        NUMBER  | 47.843                | 47.843        |         | AMBIGUOUS_DOT
        NUMBER  | 59.1                  | 59.1          |         |
        NUMBER  | 58.64                 | 58.64         |         |
        MONEY   | 17.914.888.161        | 17914888161   |         |
        MONEY   | 862.000               | 862000        |         |
        MONEY   | 4.338.758,00          | 4338758       |         |
        NUMBER  | 27,407,070,963.98     | 27407070963.98 |        |
        """)
    void decimalProfileReadsTheAmbiguousDotAsDecimal(ValueType type, String text, BigDecimal number, String unit,
                                                      String notes) throws IOException {
        ValueReader reader = new ValueReader(profileWith("\"ambiguousDot\": \"thousands\"", "\"ambiguousDot\": \"decimal\""));
        CellValue v = reader.readText(text, type);
        assertEquals(ValueKind.NUMBER, v.kind(), text);
        assertEquals(0, number.compareTo(v.number()), text + " -> " + v);
        assertEquals(unit, v.unit(), text);
        assertEquals(notes(notes), v.notes(), text);
    }

    @Test
    void nilMarkerComesFromTheProfile() throws IOException {
        ValueReader reader = new ValueReader(profileWith("\"nilMarker\": \"-\"", "\"nilMarker\": \"nihil\""));
        assertEquals(ValueKind.NIL, reader.readText("Nihil", ValueType.MONEY).kind());
        CellValue dash = reader.readText("-", ValueType.MONEY);
        assertEquals(ValueKind.TEXT, dash.kind());
        assertEquals(List.of(ReadNote.NOT_A_NUMBER), dash.notes());
    }

    @Test
    void predicatesComeFromTheProfile() throws IOException {
        ValueReader reader = new ValueReader(profileWith("\"WTP\", \"WDP\", \"TW\", \"TMP\"", "\"WTP\", \"WDP\", \"TW\", \"TMP\", \"Madya\""));
        assertEquals("Madya", reader.readText("madya", ValueType.KINERJA).predicate());
        assertEquals(ValueKind.TEXT, READER.readText("Madya", ValueType.KINERJA).kind());
    }

    @Test
    void predicatesIgnoreCaseAndSpaces() {
        assertEquals("BB", READER.readText("bb", ValueType.KINERJA).predicate());
        assertEquals("AA", READER.readText(" AA ", ValueType.KINERJA).predicate());
        assertEquals("Sangat Baik", READER.readText("sangat   BAIK", ValueType.KINERJA).predicate());
        // seed 001 writes the predicate in quotes (notes/001 sec. 4: "BB")
        assertEquals("BB", READER.readText("\"BB\"", ValueType.KINERJA).predicate());
        // a predicate is a value only where a kinerja value is expected
        CellValue inNumber = READER.readText("BB", ValueType.NUMBER);
        assertEquals(ValueKind.TEXT, inNumber.kind());
        assertEquals(List.of(ReadNote.NOT_A_NUMBER), inNumber.notes());
    }

    @Test
    void blankIsNotZero() {
        for (ValueType t : ValueType.values()) {
            assertSame(CellValue.BLANK, READER.readText("", t));
            assertSame(CellValue.BLANK, READER.readText("   ", t));
            assertSame(CellValue.BLANK, READER.readText("\u00A0\t", t));
            assertSame(CellValue.BLANK, READER.readText(null, t));
        }
    }

    @Test
    void nilVariants() {
        CellValue enDash = READER.readText("\u2013", ValueType.MONEY);
        assertEquals(ValueKind.NIL, enDash.kind());
        assertEquals(0, BigDecimal.ZERO.compareTo(enDash.numeric()));
        assertEquals(ValueKind.NIL, READER.readText(" - ", ValueType.INTEGER).kind());
        assertEquals(ValueKind.NIL, READER.readText("Rp -", ValueType.MONEY).kind());
        // in a text column the dash is just text
        assertEquals(ValueKind.TEXT, READER.readText("-", ValueType.TEXT).kind());
        assertTrue(READER.readText("-", ValueType.TEXT).notes().isEmpty());
    }

    @Test
    void negativeNumbers() {
        CellValue v = READER.readText("-5", ValueType.NUMBER);
        assertEquals(ValueKind.NUMBER, v.kind());
        assertEquals(0, new BigDecimal("-5").compareTo(v.number()));
        assertEquals(0, new BigDecimal("-1234567.89").compareTo(READER.readText("-1.234.567,89", ValueType.NUMBER).number()));
        assertEquals(0, new BigDecimal("-3000000").compareTo(READER.readText("Rp -3.000.000,-", ValueType.MONEY).number()));
    }

    @Test
    void rejectsGarbage() {
        for (String s : List.of("abc", "1..2", "12,34,5,", "1.234,567,89", "12,34.5", "1.23.456", "%", ".5", "5 5",
                "1,234,56", "Rp", "--", "5,-,-")) {
            CellValue v = READER.readText(s, ValueType.NUMBER);
            assertEquals(ValueKind.TEXT, v.kind(), s + " -> " + v);
            assertEquals(List.of(ReadNote.NOT_A_NUMBER), v.notes(), s);
            assertEquals(s, v.raw());
            assertNull(v.number(), s);
        }
    }

    @Test
    void spacesAndCaseAroundTheNumber() {
        assertEquals(0, new BigDecimal("1000000").compareTo(
                READER.readText("\u00A0Rp\u00A01.000.000\u202F", ValueType.MONEY).number()));
        assertEquals(0, new BigDecimal("500000").compareTo(READER.readText("rp. 500.000", ValueType.MONEY).number()));
        assertEquals(0, new BigDecimal("500000").compareTo(READER.readText("RP.500.000,00", ValueType.MONEY).number()));
        CellValue unit = READER.readText("82  Orang/\u00A0 Bulan ", ValueType.KINERJA);
        assertEquals("Orang/ Bulan", unit.unit());
        assertEquals("82  Orang/\u00A0 Bulan", unit.raw());
    }

    @Test
    void moneyFractionInIndonesianStyle() {
        CellValue v = READER.readText("1.234.567,89", ValueType.MONEY);
        assertEquals(ValueKind.NUMBER, v.kind());
        assertEquals(0, new BigDecimal("1234567.89").compareTo(v.number()));
        assertEquals(List.of(ReadNote.MONEY_FRACTION), v.notes());
        assertTrue(READER.readText("1.234.567,89", ValueType.NUMBER).notes().isEmpty());
    }

    @Test
    void textAndCodeColumnsKeepTheText() {
        // seed003:175 area, kode rekening
        CellValue code = READER.readText(" 5.03.02.1.01.09 ", ValueType.CODE);
        assertEquals(ValueKind.TEXT, code.kind());
        assertEquals("5.03.02.1.01.09", code.raw());
        assertTrue(code.notes().isEmpty());
        assertEquals("5.518", READER.readText("5.518", ValueType.TEXT).raw());
        assertEquals(ValueKind.TEXT, READER.readText("positif", ValueType.CHOICE).kind());
    }

    @Test
    void excelErrors() {
        CellValue e = READER.readError("#DIV/0!");
        assertEquals(ValueKind.ERROR, e.kind());
        assertEquals("#DIV/0!", e.raw());
        assertEquals(List.of(ReadNote.EXCEL_ERROR), e.notes());
        assertFalse(e.isNumeric());
        // an error pasted as text into a number column
        assertEquals(ValueKind.ERROR, READER.readText("#REF!", ValueType.NUMBER).kind());
        assertEquals(ValueKind.TEXT, READER.readText("#REF!", ValueType.TEXT).kind());
    }

    @Test
    void numericCells() {
        CellValue pagu = READER.readNumber(17914888161d, ValueType.MONEY); // fixture seed003 line 175
        assertEquals(ValueKind.NUMBER, pagu.kind());
        assertEquals("17914888161", pagu.raw());
        assertEquals(0, new BigDecimal("17914888161").compareTo(pagu.number()));
        assertTrue(pagu.notes().isEmpty());

        assertEquals("10000000000", READER.readNumber(1e10, ValueType.MONEY).raw());
        assertEquals("4338758", READER.readNumber(4338758.00, ValueType.MONEY).raw());
        assertEquals("99.69", READER.readNumber(99.69, ValueType.NUMBER).raw());
        assertEquals("0", READER.readNumber(0d, ValueType.MONEY).raw());
        assertEquals("-5", READER.readNumber(-5d, ValueType.NUMBER).raw());

        // whole numbers take a shorter way: the same value and scale as the double spelled out (1.0E7, -0.0, ...)
        for (double d : new double[]{1e7, 123456789012345d, 999999999999999d, 1e15, 4e18, -3_000_000d, 5d, 0d, -0d, 100d}) {
            BigDecimal spelled = new BigDecimal(Double.toString(d)).stripTrailingZeros();
            if (spelled.signum() == 0) spelled = BigDecimal.ZERO;
            else if (spelled.scale() < 0) spelled = spelled.setScale(0);
            BigDecimal read = READER.readNumber(d, ValueType.MONEY).number();
            assertEquals(spelled, read, Double.toString(d)); // equals: the scale too
            assertEquals(0, read.scale(), Double.toString(d));
        }

        CellValue fraction = READER.readNumber(27407070963.98, ValueType.MONEY); // seed001:2809
        assertEquals(List.of(ReadNote.MONEY_FRACTION), fraction.notes());
        assertEquals("27407070963.98", fraction.raw());
        assertTrue(READER.readNumber(27407070963.98, ValueType.NUMBER).notes().isEmpty());

        CellValue inText = READER.readNumber(2024d, ValueType.TEXT);
        assertEquals(ValueKind.NUMBER, inText.kind());
        assertEquals("2024", inText.raw());
    }

    private static List<ReadNote> notes(String spaceSeparated) {
        List<ReadNote> out = new ArrayList<>();
        if (spaceSeparated != null) {
            for (String n : spaceSeparated.trim().split("\\s+")) {
                if (!n.isEmpty()) out.add(ReadNote.valueOf(n));
            }
        }
        return out;
    }

    private static Profile profileWith(String find, String replace) throws IOException {
        String json;
        try (InputStream in = ValueReaderTest.class.getResourceAsStream("/capaian/rules/default-profile.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(json.contains(find), "default profile has " + find);
        return ProfileLoader.read(new StringReader(json.replace(find, replace)));
    }
}
