package capaian.examples;

import capaian.process.ProcessResult;
import capaian.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Monitoring Capaian Kinerja example against figures worked by hand (RULES 4.4, 8.3, 9):
 * <pre>
 * program, akhir:      TW 60, 70, 75, -   → (13) 75; (14) 75/80 = 93,75; (15) 75; (16) 75/90 = 83,33
 * kegiatan, kumulatif: TW 1, 1, 1, 0      → (13) 3;  (14) 3/4 = 75,00 (Sedang); (15) 12+3 = 15; (16) 15/20 = 75,00
 * sub 1, kumulatif:    TW 1, 0, 1, 0      → (13) 2;  (14) 100;  (15) 6+2 = 8; (16) 80
 *   rupiah 50+60+70+80 = 260 jt of 300 jt → 86,67; Renstra 600+260 = 860 jt of 1.000 jt → 86,00
 * sub 2, negatif:      TW 2, 3, 1, 2      → (13) 8;  (14) (2×10−8)/10 = 120; (15) 38; (16) (80−38)/40 = 105
 *   rupiah 40+50+30+60 = 180 jt of 200 jt → 90,00; Renstra 300+180 = 480 jt of 500 jt → 96,00
 * parents' rupiah = both subs: (8) 500 jt; (13) 440 jt → 88,00; (6) 1.500 jt, (15) 900+440 = 1.340 jt → 89,33
 * footer: mean of 93,75, 75, 100, 120 = 97,1875 → 97,19 (Sangat Tinggi)
 * IKU: 78/71 = 109,86; negatif (10−4)/5 = 120; A of BB = 6/5 = 120; WDP of WTP = 3/4 = 75
 * sasaran 1: (109,86 + 120)/2 = 114,93; sasaran 2: (120 + 75)/2 = 97,5; OPD (114,93 + 97,5)/2 = 106,215 → 106,22
 * OPD serapan 440/500 = 88,00; efisiensi 106,22 − 88 = 18,22 (Efisien)
 * </pre>
 */
class MonitoringExampleTest {
    static ProcessResult result;

    @BeforeAll
    static void process() {
        result = Examples.process(ExampleBuilder.MONITORING);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Map<String, Object> extra(int index) {
        return result.report().rows().get(index).extra();
    }

    private static void eq(String expected, Object actual) {
        assertEquals(0, d(expected).compareTo((BigDecimal) actual), "expected " + expected + ", got " + actual);
    }

    @Test
    void programAkhir() {
        Map<String, Object> p = extra(0);
        eq("75", p.get("renjaRealisasiK"));
        eq("93.75", p.get("renjaCapaianK"));
        eq("75", p.get("renstraRealisasiK"));
        eq("83.33", p.get("renstraCapaianK"));
        eq("440000000", p.get("renjaRealisasiRp"));
        eq("88.00", p.get("renjaCapaianRp"));
        eq("1340000000", p.get("renstraRealisasiRp"));
        eq("89.33", p.get("renstraCapaianRp"));
        assertEquals("Sangat Tinggi", p.get("predikat"));
    }

    @Test
    void kegiatanKumulatif() {
        Map<String, Object> k = extra(1);
        eq("3", k.get("renjaRealisasiK"));
        eq("75.00", k.get("renjaCapaianK"));
        eq("15", k.get("renstraRealisasiK"));
        eq("75.00", k.get("renstraCapaianK"));
        assertEquals("Sedang", k.get("predikat"));
    }

    @Test
    void subKegiatan() {
        Map<String, Object> s1 = extra(2);
        eq("2", s1.get("renjaRealisasiK"));
        eq("100", s1.get("renjaCapaianK"));
        eq("8", s1.get("renstraRealisasiK"));
        eq("80", s1.get("renstraCapaianK"));
        eq("260000000", s1.get("renjaRealisasiRp"));
        eq("86.67", s1.get("renjaCapaianRp"));
        eq("860000000", s1.get("renstraRealisasiRp"));
        eq("86.00", s1.get("renstraCapaianRp"));
        Map<String, Object> s2 = extra(3);
        eq("8", s2.get("renjaRealisasiK"));
        eq("120", s2.get("renjaCapaianK"));
        eq("38", s2.get("renstraRealisasiK"));
        eq("105", s2.get("renstraCapaianK"));
        eq("90", s2.get("renjaCapaianRp"));
        eq("96", s2.get("renstraCapaianRp"));
    }

    @Test
    void ikuAndConclusion() {
        List<Report.Row> iku = result.report().rows().stream().filter(r -> r.sheet().equals("IKU")).toList();
        assertEquals(4, iku.size());
        eq("109.86", iku.get(0).capaian());
        eq("120", iku.get(1).capaian());
        eq("120", iku.get(2).capaian());
        eq("75", iku.get(3).capaian());
        assertEquals("Sedang", iku.get(3).kategori());
        Report.Summary s = result.report().summary();
        eq("106.22", s.capaian());
        assertEquals("Sangat Tinggi", s.kategori());
        eq("500000000", s.pagu());
        eq("440000000", s.realisasi());
        eq("88.00", s.serapan());
        eq("18.22", s.efisiensi());
        assertEquals("Efisien", s.kategoriEfisiensi());
        assertEquals(0, s.errors());
        assertEquals(0, s.warnings());
    }
}
