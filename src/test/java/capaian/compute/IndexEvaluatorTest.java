package capaian.compute;

import capaian.findings.Finding;
import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.IndexKind;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.model.HeaderValue;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.Profile;
import capaian.rules.ProfileException;
import capaian.rules.ProfileLoader;
import capaian.value.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RULES section 11 on hand-made Indeks sheets: each check, each index scale at its bounds, the profile's choices. */
class IndexEvaluatorTest {
    static final Profile DEFAULT = ProfileLoader.defaultProfile();
    static final SheetDefinition DEF = Forms.MONITORING_CAPAIAN.sheet("Indeks").orElseThrow();

    /** An Indeks sheet from rows of role, value pairs (numbers typed as numeric cells), data from row 10. */
    static final class Sheet {
        final SheetData data;
        private int next = 10;

        Sheet() {
            Map<Role, Integer> cols = new EnumMap<>(Role.class);
            List<Column> c = DEF.columns();
            for (int i = 0; i < c.size(); i++) cols.put(c.get(i).role(), i);
            data = new SheetData(DEF, "Indeks", 9, cols);
        }

        Sheet pedoman(String text) {
            data.header().put("pedomanSakip", new HeaderValue("pedomanSakip", text, "C7"));
            return this;
        }

        Sheet row(Object... rv) {
            SheetRow row = new SheetRow(next++);
            for (int i = 0; i < rv.length; i += 2) {
                Role role = (Role) rv[i];
                if (rv[i + 1] instanceof Number n) {
                    BigDecimal b = new BigDecimal(n.toString());
                    row.put(role, CellValue.number(b, b.toPlainString()));
                    row.numericCell(role);
                } else {
                    row.put(role, CellValue.text((String) rv[i + 1]));
                }
            }
            data.rows().add(row);
            return this;
        }
    }

    static SheetResult evaluate(Profile p, Sheet s, Findings f) {
        return new IndexEvaluator(p).evaluate(s.data, f);
    }

    static Sheet ipAsn(double kualifikasi, double kompetensi, double kinerja, double disiplin) {
        return new Sheet()
                .row(Role.BLOK, "IP ASN", Role.KOMPONEN, "Kualifikasi", Role.NILAI, kualifikasi)
                .row(Role.KOMPONEN, "Kompetensi", Role.NILAI, kompetensi)
                .row(Role.KOMPONEN, "Kinerja", Role.NILAI, kinerja)
                .row(Role.KOMPONEN, "Disiplin", Role.NILAI, disiplin)
                .row(Role.KOMPONEN, "Jumlah");
    }

    static List<Finding> codes(Findings f, FindingCode code) {
        return f.sorted().stream().filter(x -> x.code() == code).toList();
    }

    static void eq(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", got " + actual);
    }

    @Test
    void ipAsnOfSeed004() {
        Findings f = new Findings();
        SheetResult r = evaluate(DEFAULT, ipAsn(21.32, 26.77, 24.93, 5), f);
        // 21,32 + 26,77 + 24,93 + 5 = 78,02; 21,32/25 = 85,28 %; 26,77/40 = 66,925 → 66,93 (half-up)
        eq("78.02", r.rows().get(4).number(Role.SKOR));
        eq("100", r.rows().get(4).number(Role.MAKSIMUM));
        assertEquals("Sedang", r.rows().get(4).text(Role.KATEGORI));
        eq("85.28", r.rows().get(0).number(Role.PERSENTASE));
        eq("66.93", r.rows().get(1).number(Role.PERSENTASE));
        eq("83.10", r.rows().get(2).number(Role.PERSENTASE));
        eq("100", r.rows().get(3).number(Role.PERSENTASE));
        assertTrue(f.sorted().isEmpty(), f.sorted().toString());
        eq("78.02", r.index().latest(IndexKind.IP_ASN).skor());
    }

    @Test
    void dimensionAboveItsMaximumIsAnError() {
        Findings f = new Findings();
        evaluate(DEFAULT, ipAsn(25.01, 40, 30, 5), f);
        List<Finding> above = codes(f, FindingCode.INDEX_ABOVE_MAX);
        assertEquals(1, above.size());
        assertEquals("F10", above.get(0).cell());
        assertTrue(above.get(0).message().contains("maksimum 25"), above.get(0).message());
        // at the maximum exactly: fine
        Findings ok = new Findings();
        evaluate(DEFAULT, ipAsn(25, 40, 30, 5), ok);
        assertTrue(codes(ok, FindingCode.INDEX_ABOVE_MAX).isEmpty());
    }

    @Test
    void negativeDimensionIsOutOfRange() {
        Findings f = new Findings();
        evaluate(DEFAULT, ipAsn(-1, 40, 30, 5), f);
        assertEquals("F10", codes(f, FindingCode.NILAI_OUT_OF_RANGE).get(0).cell());
    }

    @Test
    void statedTotalDifferingFromTheSumIsTotalMismatch() {
        Findings f = new Findings();
        Sheet s = new Sheet()
                .row(Role.BLOK, "IP ASN", Role.KOMPONEN, "Kualifikasi", Role.NILAI, 21.32)
                .row(Role.KOMPONEN, "Kompetensi", Role.NILAI, 26.77)
                .row(Role.KOMPONEN, "Kinerja", Role.NILAI, 24.93)
                .row(Role.KOMPONEN, "Disiplin", Role.NILAI, 5)
                .row(Role.KOMPONEN, "Jumlah", Role.NILAI, 78);
        evaluate(DEFAULT, s, f);
        List<Finding> m = codes(f, FindingCode.TOTAL_MISMATCH);
        assertEquals(1, m.size());
        assertEquals("F14", m.get(0).cell());
        assertTrue(m.get(0).message().contains("78,02") && m.get(0).message().contains("0,02"), m.get(0).message());
    }

    @Test
    void unknownComponentIsNamedWithTheChoices() {
        Findings f = new Findings();
        Sheet s = new Sheet().row(Role.BLOK, "IP ASN", Role.KOMPONEN, "Integritas", Role.NILAI, 3)
                .row(Role.KOMPONEN, "Jumlah");
        SheetResult r = evaluate(DEFAULT, s, f);
        Finding u = codes(f, FindingCode.INDEX_PART_UNKNOWN).get(0);
        assertEquals("C10", u.cell());
        assertTrue(u.message().contains("Kualifikasi, Kompetensi, Kinerja, Disiplin"), u.message());
        assertNull(r.rows().get(0).number(Role.MAKSIMUM));
        eq("3", r.rows().get(1).number(Role.SKOR));
    }

    @Test
    void rowBeforeAnyBlockIsFlagged() {
        Findings f = new Findings();
        evaluate(DEFAULT, new Sheet().row(Role.KOMPONEN, "Kualifikasi", Role.NILAI, 20), f);
        assertEquals("A10", codes(f, FindingCode.INDEX_BLOCK_MISSING).get(0).cell());
    }

    /** Seed 004 Tabel 3.9, one aspect: (5,2) (2,5,3) (2,5,3) → 10 + 7,5 + 7,5 = 25 of 40 = 62,5 %. */
    static Sheet promosi(double nilai1, Object weight) {
        Sheet s = new Sheet()
                .row(Role.BLOK, "Sistem Merit", Role.KOMPONEN, "Promosi dan Mutasi", Role.BOBOT, 5, Role.NILAI, nilai1)
                .row(Role.BOBOT, 2.5, Role.NILAI, 3)
                .row(Role.BOBOT, 2.5, Role.NILAI, 3);
        if (weight != null) s.row(Role.INDIKATOR, "Jumlah", Role.BOBOT, weight);
        else s.row(Role.INDIKATOR, "Jumlah");
        return s.row(Role.KOMPONEN, "Jumlah");
    }

    @Test
    void meritIndicatorScoresAndAspectTotal() {
        Findings f = new Findings();
        SheetResult r = evaluate(DEFAULT, promosi(2, null), f);
        eq("10", r.rows().get(0).number(Role.SKOR));
        eq("20", r.rows().get(0).number(Role.MAKSIMUM));
        eq("7.5", r.rows().get(1).number(Role.SKOR));
        eq("25", r.rows().get(3).number(Role.SKOR));
        eq("40", r.rows().get(3).number(Role.MAKSIMUM));
        eq("62.50", r.rows().get(3).number(Role.PERSENTASE));
        eq("25", r.rows().get(4).number(Role.SKOR));
        assertEquals("Buruk (I)", r.rows().get(4).text(Role.KATEGORI));
        assertTrue(f.sorted().isEmpty(), f.sorted().toString());
    }

    @ParameterizedTest(name = "nilai {0}: out of range {1}")
    @CsvSource({"0.99,true", "1,false", "4,false", "4.01,true", "5,true"})
    void meritNilaiOutside1To4IsAnError(double nilai, boolean flagged) {
        Findings f = new Findings();
        evaluate(DEFAULT, promosi(nilai, null), f);
        List<Finding> out = codes(f, FindingCode.NILAI_OUT_OF_RANGE);
        assertEquals(flagged, !out.isEmpty());
        if (flagged) assertTrue(out.get(0).message().contains("1 dan 4") && out.get(0).cell().equals("F10"));
    }

    @Test
    void meritIndicatorWithoutBobotIsAnError() {
        Findings f = new Findings();
        Sheet s = new Sheet().row(Role.BLOK, "Sistem Merit", Role.KOMPONEN, "Pengadaan", Role.NILAI, 4)
                .row(Role.KOMPONEN, "Jumlah");
        SheetResult r = evaluate(DEFAULT, s, f);
        Finding b = codes(f, FindingCode.INDEX_BOBOT_MISSING).get(0);
        assertEquals("E10", b.cell());
        assertTrue(b.message().contains("2; 2; 2; 2; 2"), b.message());
        assertNull(r.rows().get(0).number(Role.SKOR));
    }

    @Test
    void aspectWeightsMustMake100() {
        Findings f = new Findings();
        evaluate(DEFAULT, promosi(2, 10), f);
        Finding w = codes(f, FindingCode.WEIGHTS_NOT_100).get(0);
        assertEquals("E14", w.cell());
        assertTrue(w.message().contains("berjumlah 10 %"), w.message());
        // the eight aspects' weights of the profile (10, 10, 30, 10, 20, 10, 4, 6) make 100: no finding
        Findings ok = new Findings();
        Sheet s = new Sheet();
        boolean first = true;
        for (var a : DEFAULT.index(IndexKind.SISTEM_MERIT).aspects()) {
            if (first) s.row(Role.BLOK, "Sistem Merit", Role.KOMPONEN, a.name(), Role.BOBOT, 1, Role.NILAI, 4);
            else s.row(Role.KOMPONEN, a.name(), Role.BOBOT, 1, Role.NILAI, 4);
            s.row(Role.INDIKATOR, "Jumlah", Role.BOBOT, a.weight());
            first = false;
        }
        s.row(Role.KOMPONEN, "Jumlah");
        evaluate(DEFAULT, s, ok);
        assertTrue(ok.sorted().isEmpty(), ok.sorted().toString());
    }

    static Sheet sakip(Sheet s, String[] komponen, double[] nilai, Double stated) {
        for (int i = 0; i < komponen.length; i++) {
            if (i == 0) s.row(Role.BLOK, "SAKIP", Role.KOMPONEN, komponen[i], Role.NILAI, nilai[i]);
            else s.row(Role.KOMPONEN, komponen[i], Role.NILAI, nilai[i]);
        }
        return stated == null ? s.row(Role.KOMPONEN, "Jumlah") : s.row(Role.KOMPONEN, "Jumlah", Role.NILAI, stated);
    }

    static final String[] K12 = {"Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Kinerja",
            "Capaian Kinerja"};

    /** Seed 001 Tabel 3.2 (PermenPANRB 12/2015): 77,28 (BB) as printed, and 79,36 printed for a sum of 79,37. */
    @Test
    void sakipOfSeed001UnderPedoman12of2015() {
        Findings f = new Findings();
        Sheet s = new Sheet().pedoman("PermenPANRB 12/2015");
        sakip(s, K12, new double[]{25.52, 19.38, 11.91, 6.89, 13.58}, 77.28);
        sakip(s, K12, new double[]{25.93, 20.00, 12.14, 7.27, 14.03}, 79.36);
        SheetResult r = evaluate(DEFAULT, s, f);
        assertEquals(2, r.index().blocks().size());
        eq("77.28", r.index().blocks().get(0).skor());
        assertEquals("BB", r.index().blocks().get(0).kategori());
        eq("79.37", r.index().blocks().get(1).skor());
        eq("79.37", r.index().latest(IndexKind.SAKIP).skor());
        List<Finding> m = codes(f, FindingCode.TOTAL_MISMATCH);
        assertEquals(1, m.size(), f.sorted().toString());
        assertEquals("F21", m.get(0).cell());
        assertEquals("79,36", m.get(0).value());
        assertTrue(f.sorted().stream().allMatch(x -> x.code() == FindingCode.TOTAL_MISMATCH), f.sorted().toString());
    }

    @Test
    void sakipPedomanFromTheProfile() {
        double[] nilai = {25.52, 19.38, 11.91, 6.89, 13.58};
        // default 88/2021 has no "Capaian Kinerja" component and Pengukuran's maximum is 30
        Findings f = new Findings();
        evaluate(DEFAULT, sakip(new Sheet(), K12, nilai, null), f);
        assertEquals("C14", codes(f, FindingCode.INDEX_PART_UNKNOWN).get(0).cell());
        // the profile alternative makes 12/2015 the default
        Profile old = CapaianRuleTest.variant("\"framework\": \"permenpanrb-88-2021\"", "\"framework\": \"permenpanrb-12-2015\"");
        Findings g = new Findings();
        SheetResult r = evaluate(old, sakip(new Sheet(), K12, nilai, null), g);
        assertTrue(g.sorted().isEmpty(), g.sorted().toString());
        eq("77.28", r.index().latest(IndexKind.SAKIP).skor());
        // 12/2015's Evaluasi maximum is 10: 10,5 is above it
        Findings h = new Findings();
        evaluate(old, sakip(new Sheet(), K12, new double[]{25, 20, 12, 10.5, 14}, null), h);
        assertEquals("F13", codes(h, FindingCode.INDEX_ABOVE_MAX).get(0).cell());
    }

    @Test
    void unknownPedomanFallsBackToTheProfileAndSaysSo() {
        Findings f = new Findings();
        evaluate(DEFAULT, sakip(new Sheet().pedoman("Pedoman lama"), new String[]{"Perencanaan Kinerja"},
                new double[]{20}, null), f);
        assertEquals("C7", codes(f, FindingCode.HEADER_FIELD_INVALID).get(0).cell());
    }

    /** Each index's category at its bounds, decided on the sum as shown. */
    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "ip-asn|91|Sangat Tinggi", "ip-asn|90.99|Tinggi", "ip-asn|81|Tinggi", "ip-asn|80.99|Sedang",
            "ip-asn|71|Sedang", "ip-asn|70.99|Rendah", "ip-asn|61|Rendah", "ip-asn|60.99|Sangat Rendah",
            "sakip|90.01|AA", "sakip|90|A", "sakip|80.01|A", "sakip|80|BB", "sakip|70.01|BB", "sakip|70|B",
            "sakip|60|CC", "sakip|50|C", "sakip|30.01|C", "sakip|30|D",
            "merit|325|Sangat Baik (IV)", "merit|324.5|Baik (III)", "merit|250|Baik (III)", "merit|249.5|Kurang (II)",
            "merit|175|Kurang (II)", "merit|174.5|Buruk (I)"})
    void blockCategoryAtItsBounds(String index, String total, String label) {
        BigDecimal t = new BigDecimal(total);
        Sheet s = new Sheet();
        switch (index) {
            case "ip-asn" -> s.row(Role.BLOK, "IP ASN", Role.KOMPONEN, "Kompetensi", Role.NILAI, t.subtract(new BigDecimal(60)))
                    .row(Role.KOMPONEN, "Kinerja", Role.NILAI, 30).row(Role.KOMPONEN, "Kualifikasi", Role.NILAI, 25)
                    .row(Role.KOMPONEN, "Disiplin", Role.NILAI, 5);
            case "sakip" -> s.row(Role.BLOK, "SAKIP", Role.KOMPONEN, "Evaluasi Internal", Role.NILAI, t.subtract(new BigDecimal(75)))
                    .row(Role.KOMPONEN, "Perencanaan", Role.NILAI, 30).row(Role.KOMPONEN, "Pengukuran", Role.NILAI, 30)
                    .row(Role.KOMPONEN, "Pelaporan", Role.NILAI, 15);
            default -> {
                // bobot × 1 per indicator: a sum of bobot 174,5 .. 325 at nilai 1
                s.row(Role.BLOK, "Sistem Merit", Role.KOMPONEN, "Pengembangan Karir", Role.BOBOT, t, Role.NILAI, 1);
            }
        }
        s.row(Role.KOMPONEN, "Jumlah");
        Findings f = new Findings();
        SheetResult r = evaluate(DEFAULT, s, f);
        assertEquals(label, r.index().blocks().get(0).kategori());
    }

    @Test
    void partScaleIsAProfileChoice() {
        Profile p = CapaianRuleTest.variant("\"scale\": \"ip-asn\",", "\"scale\": \"ip-asn\", \"partScale\": \"lkj-ordinal\",");
        SheetResult r = evaluate(p, ipAsn(21.32, 26.77, 24.93, 5), new Findings());
        // seed 004: Kualifikasi 85,28 Sangat Berhasil (only just), Kompetensi 66,93 Cukup Berhasil, Kinerja 83,10 Berhasil
        assertEquals("Sangat Berhasil", r.rows().get(0).text(Role.KATEGORI));
        assertEquals("Cukup Berhasil", r.rows().get(1).text(Role.KATEGORI));
        assertEquals("Berhasil", r.rows().get(2).text(Role.KATEGORI));
        assertNull(evaluate(DEFAULT, ipAsn(21.32, 26.77, 24.93, 5), new Findings()).rows().get(0).text(Role.KATEGORI));
    }

    @Test
    void profileValidatesMaximaAndWeights() {
        ProfileException e = assertThrows(ProfileException.class,
                () -> CapaianRuleTest.variant("{ \"name\": \"Disiplin\", \"max\": 5 }", "{ \"name\": \"Disiplin\", \"max\": 6 }"));
        assertTrue(e.getMessage().contains("101"), e.getMessage());
        e = assertThrows(ProfileException.class, () -> CapaianRuleTest.variant(
                "{ \"name\": \"Sistem Informasi\", \"weight\": 6,", "{ \"name\": \"Sistem Informasi\", \"weight\": 7,"));
        assertTrue(e.getMessage().contains("101"), e.getMessage());
        e = assertThrows(ProfileException.class, () -> CapaianRuleTest.variant(
                "\"framework\": \"permenpanrb-88-2021\"", "\"framework\": \"permenpanrb-53-2014\""));
        assertTrue(e.getMessage().contains("permenpanrb-53-2014"), e.getMessage());
        e = assertThrows(ProfileException.class, () -> CapaianRuleTest.variant(
                "\"scale\": \"sistem-merit\"", "\"scale\": \"merit\""));
        assertTrue(e.getMessage().contains("merit"), e.getMessage());
    }
}
