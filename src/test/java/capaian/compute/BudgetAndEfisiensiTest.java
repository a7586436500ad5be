package capaian.compute;

import capaian.findings.FindingCode;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** RULES 4.4, 5, 6 and 9 with the seeds' figures. */
class BudgetAndEfisiensiTest {
    private static final Profile DEFAULT = ProfileLoader.defaultProfile();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void serapanIsRatioHalfUp() {
        // seed 003 5.03.02.1.01.09: 36.007.410 / 42.316.700 = 85,09
        assertEquals(d("85.09"), Numbers.round(BudgetRule.serapan(d("42316700"), d("36007410")).value(), 2));
        // seed 003 bidang 5.03: 96,25
        assertEquals(d("96.25"), Numbers.round(BudgetRule.serapan(d("17914888161"), d("17242465892")).value(), 2));
        assertEquals(d("6312290"), BudgetRule.sisa(d("42316700"), d("36004410")));
    }

    @Test
    void paguZero() {
        assertEquals(FindingCode.PAGU_ZERO_WITH_REALISASI, BudgetRule.serapan(d("0"), d("5")).code());
        assertNull(BudgetRule.serapan(d("0"), d("0")).value());
        assertNull(BudgetRule.serapan(d("0"), d("0")).code());
        assertNull(BudgetRule.serapan(d("10"), null).value());
    }

    @Test
    void efisiensiSelisih() {
        EfisiensiRule e = new EfisiensiRule(DEFAULT);
        // seed 004: 102 - 92,82 = 9,18; seed 001: 121,93 - 94,34 = 27,59
        assertEquals(0, d("9.18").compareTo(e.efisiensi(d("102"), d("92.82"))));
        assertEquals(0, d("27.59").compareTo(e.efisiensi(d("121.93"), d("94.34"))));
        assertEquals("Efisien", e.category(d("9.18")));
        assertEquals("Sesuai", e.category(d("0.00")));
        assertEquals("Tidak Efisien", e.category(d("-0.01")));
    }

    @Test
    void efisiensiAlternatives() {
        Profile rasio = CapaianRuleTest.variant("\"method\": \"selisih\"", "\"method\": \"rasio\"");
        EfisiensiRule r = new EfisiensiRule(rasio);
        assertEquals(d("1.10"), Numbers.round(r.efisiensi(d("102"), d("92.82")), 2));
        assertEquals("Efisien", r.category(d("1")));
        assertEquals("Tidak Efisien", r.category(d("0.99")));
        Profile capped = CapaianRuleTest.variant("\"capCapaianAt100\": false", "\"capCapaianAt100\": true");
        // seed 001 Tabel 3.10 caps capaian at 100 before subtracting: 100 - 94,34
        assertEquals(0, d("5.66").compareTo(new EfisiensiRule(capped).efisiensi(d("121.93"), d("94.34"))));
    }

    @Test
    void quarters() {
        List<BigDecimal> q = Arrays.asList(d("2"), d("3"), null, d("1"));
        assertEquals(d("6"), QuarterRule.year(Jenis.KUMULATIF, q));
        assertEquals(d("1"), QuarterRule.year(Jenis.AKHIR, q));
        assertEquals(d("3"), QuarterRule.year(Jenis.AKHIR, Arrays.asList(d("2"), d("3"), null, null)));
        assertNull(QuarterRule.year(Jenis.KUMULATIF, Arrays.asList(null, null, null, null)));
    }

    @Test
    void conclusionRataRata() {
        // seed 003: sasaran means 94,14 and 102,54 give 98,34
        assertEquals(d("98.34"), Numbers.round(ConclusionRule.mean(List.of(d("94.14"), d("102.54"))), 2));
    }

    @Test
    void conclusionDataKelompok() {
        Profile p = CapaianRuleTest.variant("\"method\": \"rata-rata\"", "\"method\": \"rata-rata-data-kelompok\"");
        ConclusionRule c = new ConclusionRule(p);
        // 2 Sangat Berhasil (92,5), 1 Berhasil (77,5), 1 Tidak Berhasil (27,5): (185 + 77,5 + 27,5) / 4 = 72,5
        assertEquals(0, d("72.5").compareTo(c.conclude(List.of(d("109.86"), d("86"), d("80.78"), d("40")))));
    }
}
