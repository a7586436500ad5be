package capaian.compute;

import capaian.findings.FindingCode;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import capaian.value.CellValue;
import capaian.value.ValueReader;
import capaian.form.ValueType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** RULES 4.1-4.3, figures from the seeds or computed by hand. */
class CapaianRuleTest {
    static final Profile DEFAULT = ProfileLoader.defaultProfile();
    static final Profile T_OVER_R = variant("\"negatifFormula\": \"2T-R\"", "\"negatifFormula\": \"T/R\"");
    private final CapaianRule rule = new CapaianRule(DEFAULT);
    private final ValueReader values = new ValueReader(DEFAULT);

    static Profile variant(String from, String to) {
        try (InputStream in = CapaianRuleTest.class.getResourceAsStream("/capaian/rules/default-profile.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!json.contains(from)) throw new IllegalStateException("profile has no " + from);
            return ProfileLoader.read(new StringReader(json.replace(from, to)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CellValue v(String text) {
        return values.readText(text, ValueType.KINERJA);
    }

    private static BigDecimal r2(Outcome o) {
        return Numbers.round(o.value(), 2);
    }

    @Test
    void positifIsRealisasiOverTarget() {
        // seed 004: IKU 78 / 71 = 109,86 (not capped)
        assertEquals(new BigDecimal("109.86"), r2(rule.capaian(Polarity.POSITIF, v("71"), v("78"))));
        // seed 002: 150 of 149 orang
        assertEquals(new BigDecimal("100.67"), r2(rule.capaian(Polarity.POSITIF, v("149"), v("150"))));
        assertEquals(new BigDecimal("50.00"), r2(rule.capaian(null, v("2 Dokumen"), v("1 Dokumen"))));
    }

    @Test
    void negatifDefaultIsTwoTMinusROverT() {
        // seed 001: T 10, R 6,23 gives 137,7
        assertEquals(new BigDecimal("137.70"), r2(rule.capaian(Polarity.NEGATIF, v("10"), v("6,23"))));
    }

    @Test
    void negatifBelowZeroIsKeptWithAWarning() {
        Outcome o = rule.capaian(Polarity.NEGATIF, v("10"), v("25"));
        assertEquals(new BigDecimal("-50.00"), r2(o));
        assertEquals(FindingCode.CAPAIAN_NEGATIVE, o.code());
    }

    @Test
    void negatifAlternativeIsTargetOverRealisasi() {
        CapaianRule alt = new CapaianRule(T_OVER_R);
        assertEquals(new BigDecimal("160.51"), r2(alt.capaian(Polarity.NEGATIF, v("10"), v("6,23"))));
        assertEquals(FindingCode.REALISASI_ZERO_NEGATIF, alt.capaian(Polarity.NEGATIF, v("10"), v("0")).code());
    }

    @Test
    void targetZeroOrMissing() {
        assertEquals(FindingCode.TARGET_ZERO, rule.capaian(Polarity.POSITIF, v("0"), v("5")).code());
        assertEquals(FindingCode.TARGET_ZERO, rule.capaian(Polarity.NEGATIF, v("0"), v("5")).code());
        assertEquals(new BigDecimal("100.00"), r2(rule.capaian(Polarity.NEGATIF, v("0"), v("0"))));
        assertEquals(FindingCode.TARGET_MISSING, rule.capaian(Polarity.POSITIF, CellValue.BLANK, v("5")).code());
        // realisasi not filled in yet: nothing to compute, nothing wrong
        Outcome none = rule.capaian(Polarity.POSITIF, v("5"), CellValue.BLANK);
        assertNull(none.value());
        assertNull(none.code());
    }

    @Test
    void predicatesAreRankedWorstFirst() {
        assertEquals(new BigDecimal("100.00"), r2(rule.capaian(Polarity.POSITIF, v("BB"), v("BB"))));
        assertEquals(new BigDecimal("120.00"), r2(rule.capaian(Polarity.POSITIF, v("BB"), v("A"))));
        assertEquals(new BigDecimal("80.00"), r2(rule.capaian(Polarity.POSITIF, v("BB"), v("B"))));
        assertEquals(new BigDecimal("100.00"), r2(rule.capaian(Polarity.POSITIF, v("WTP"), v("WTP"))));
        assertEquals(new BigDecimal("75.00"), r2(rule.capaian(Polarity.POSITIF, v("WTP"), v("WDP"))));
        assertEquals(FindingCode.PREDICATE_UNKNOWN, rule.capaian(Polarity.POSITIF, v("BB"), v("WTP")).code());
        // seed 000 prints 0 as the realisasi of a BB target: not comparable
        assertEquals(FindingCode.PREDICATE_MIXED, rule.capaian(Polarity.POSITIF, v("BB"), v("0")).code());
    }

    @Test
    void percentOfPercent() {
        assertEquals(new BigDecimal("101.00"), r2(rule.capaian(Polarity.POSITIF, v("100%"), v("101%"))));
        assertEquals(new BigDecimal("113.64"), r2(rule.capaian(Polarity.POSITIF, v("88%"), v("100%"))));
    }
}
