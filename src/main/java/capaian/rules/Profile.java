package capaian.rules;

import capaian.form.IndexKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules profile (RULES section 10): every regulatory choice the computation makes. Loaded from JSON
 * by {@link ProfileLoader}; the default profile is the decisions of RULES.md.
 */
public final class Profile {

    /** How capaian of a negatif (lower is better) indicator is computed (RULES 4.1). */
    public enum NegatifFormula { TWO_T_MINUS_R, T_OVER_R }

    /** How efisiensi is computed (RULES section 6). */
    public enum EfisiensiMethod { SELISIH, RASIO }

    /** How a sasaran or an OPD is concluded (RULES section 9). */
    public enum ConclusionMethod { RATA_RATA, RATA_RATA_DATA_KELOMPOK }

    /** How one '.' followed by exactly three digits is read (RULES section 3). */
    public enum AmbiguousDot { THOUSANDS, DECIMAL }

    String name;
    String version;
    String description;
    Rounding rounding;
    ValueReading valueReading;
    Capaian capaian;
    Serapan serapan;
    Efisiensi efisiensi;
    Conclusion conclusion;
    Map<String, List<Band>> scales;
    Map<String, List<String>> ordinalScales;
    Map<String, String> categoryFills;
    Iku iku;
    Map<String, IndexRules> indices;
    Plausibility plausibility;

    static final class Rounding { int scale = 2; }
    static final class ValueReading { String nilMarker = "-"; String ambiguousDot = "thousands"; }
    static final class Capaian { String negatifFormula = "2T-R"; String scale; }
    static final class Serapan { String scale; }
    static final class Efisiensi {
        String method = "selisih";
        boolean capCapaianAt100;
        String efisien = "Efisien";
        String sesuai = "Sesuai";
        String tidakEfisien = "Tidak Efisien";
    }
    static final class Iku { String scale; }
    static final class Range { BigDecimal min; BigDecimal max; }
    /** RULES 4-5 do not cap capaian; beyond these bands a figure is likely a slip (unit, thousands dot, quarter). */
    static final class Plausibility {
        Range capaian = range(0, 300);
        Range serapan = range(0, 300);
    }

    private static Range range(int min, int max) {
        Range r = new Range();
        r.min = BigDecimal.valueOf(min);
        r.max = BigDecimal.valueOf(max);
        return r;
    }
    static final class Conclusion { String method = "rata-rata"; String scale; String kelompokScale; }

    Profile() {}

    public String name() { return name; }
    public String version() { return version; }
    public String description() { return description; }

    /** Decimals shown and stored for percentages (half-up). */
    public int roundingScale() { return rounding.scale; }

    public String nilMarker() { return valueReading.nilMarker; }

    public AmbiguousDot ambiguousDot() {
        return switch (valueReading.ambiguousDot) {
            case "thousands", "ribuan" -> AmbiguousDot.THOUSANDS;
            case "decimal", "desimal" -> AmbiguousDot.DECIMAL;
            default -> throw new ProfileException("valueReading.ambiguousDot harus \"thousands\" atau \"decimal\", bukan \""
                    + valueReading.ambiguousDot + "\"");
        };
    }

    public NegatifFormula negatifFormula() {
        return switch (capaian.negatifFormula) {
            case "2T-R" -> NegatifFormula.TWO_T_MINUS_R;
            case "T/R" -> NegatifFormula.T_OVER_R;
            default -> throw new ProfileException("capaian.negatifFormula harus \"2T-R\" atau \"T/R\", bukan \""
                    + capaian.negatifFormula + "\"");
        };
    }

    public Scale capaianScale() { return scale(capaian.scale); }
    public Scale serapanScale() { return scale(serapan.scale); }
    public Scale conclusionScale() { return scale(conclusion.scale); }
    /** The IKU sheet's category scale (iku.scale; the capaian scale when the profile does not say). */
    public Scale ikuScale() { return scale(iku == null || iku.scale == null ? capaian.scale : iku.scale); }

    /** The capaian (%) beyond which a warning names the likely slip; default 0 to 300. */
    public PlausibleRange plausibleCapaian() { return new PlausibleRange(plausibility.capaian.min, plausibility.capaian.max); }

    /** The serapan anggaran (%) beyond which a warning names the likely slip; default 0 to 300. */
    public PlausibleRange plausibleSerapan() { return new PlausibleRange(plausibility.serapan.min, plausibility.serapan.max); }

    /** The profile key of an index's rules. */
    static String indexKey(IndexKind kind) {
        return switch (kind) {
            case IP_ASN -> "ipAsn";
            case SISTEM_MERIT -> "sistemMerit";
            case SAKIP -> "sakip";
        };
    }

    /** An index's maxima, weights and scales (RULES section 11). */
    public IndexRules index(IndexKind kind) {
        return indices.get(indexKey(kind));
    }

    public EfisiensiMethod efisiensiMethod() {
        return switch (efisiensi.method) {
            case "selisih" -> EfisiensiMethod.SELISIH;
            case "rasio" -> EfisiensiMethod.RASIO;
            default -> throw new ProfileException("efisiensi.method harus \"selisih\" atau \"rasio\", bukan \""
                    + efisiensi.method + "\"");
        };
    }

    public boolean efisiensiCapsCapaianAt100() { return efisiensi.capCapaianAt100; }
    public String efisienLabel() { return efisiensi.efisien; }
    public String sesuaiLabel() { return efisiensi.sesuai; }
    public String tidakEfisienLabel() { return efisiensi.tidakEfisien; }

    public ConclusionMethod conclusionMethod() {
        return switch (conclusion.method) {
            case "rata-rata" -> ConclusionMethod.RATA_RATA;
            case "rata-rata-data-kelompok" -> ConclusionMethod.RATA_RATA_DATA_KELOMPOK;
            default -> throw new ProfileException("conclusion.method harus \"rata-rata\" atau \"rata-rata-data-kelompok\", bukan \""
                    + conclusion.method + "\"");
        };
    }

    /** The scale whose band means the rata-rata-data-kelompok method uses. */
    public Scale kelompokScale() { return scale(conclusion.kelompokScale); }

    public Scale scale(String scaleName) {
        List<Band> bands = scales.get(scaleName);
        if (bands == null) throw new ProfileException("skala \"" + scaleName + "\" tidak ada di profil \"" + name + "\"");
        return new Scale(scaleName, bands);
    }

    public List<OrdinalScale> ordinalScales() {
        List<OrdinalScale> out = new ArrayList<>();
        ordinalScales.forEach((n, labels) -> out.add(new OrdinalScale(n, labels)));
        return out;
    }

    /** The ordinal scale that has this label, or null. */
    public OrdinalScale ordinalScaleOf(String label) {
        for (OrdinalScale s : ordinalScales()) {
            if (s.rank(label) > 0) return s;
        }
        return null;
    }

    /** RGB hex of the fill for a category label, or null for none. */
    public String categoryFill(String label) {
        return categoryFills == null ? null : categoryFills.get(label);
    }

    public Map<String, String> categoryFills() {
        return categoryFills == null ? Map.of() : new LinkedHashMap<>(categoryFills);
    }

    /** Fails with a clear message on a profile that names a scale it lacks or an unknown method. */
    void validate() {
        if (name == null || version == null) throw new ProfileException("profil harus punya \"name\" dan \"version\"");
        if (rounding == null) rounding = new Rounding();
        if (valueReading == null) valueReading = new ValueReading();
        if (capaian == null || serapan == null || efisiensi == null || conclusion == null || scales == null) {
            throw new ProfileException("profil harus punya bagian capaian, serapan, efisiensi, conclusion dan scales");
        }
        if (ordinalScales == null) ordinalScales = Map.of();
        // Gson fills a map field with its own tree map, which compares strings down a tree on every lookup: the
        // write-back asks for a category's fill on every category cell
        scales = new LinkedHashMap<>(scales);
        ordinalScales = new LinkedHashMap<>(ordinalScales);
        if (categoryFills != null) categoryFills = new LinkedHashMap<>(categoryFills);
        if (plausibility == null) plausibility = new Plausibility();
        for (var e : Map.of("capaian", plausibility.capaian == null ? range(0, 300) : plausibility.capaian,
                "serapan", plausibility.serapan == null ? range(0, 300) : plausibility.serapan).entrySet()) {
            Range r = e.getValue();
            if (r.min != null && r.max != null && r.min.compareTo(r.max) >= 0) {
                throw new ProfileException("plausibility." + e.getKey() + ": \"min\" harus lebih kecil dari \"max\"");
            }
        }
        if (plausibility.capaian == null) plausibility.capaian = range(0, 300);
        if (plausibility.serapan == null) plausibility.serapan = range(0, 300);
        scales.forEach((n, bands) -> {
            for (Band b : bands) {
                if (b.label == null) throw new ProfileException("setiap pita skala \"" + n + "\" harus punya \"label\"");
            }
        });
        if (indices == null) indices = ProfileLoader.defaultProfile().indices;
        for (IndexKind k : IndexKind.values()) {
            IndexRules r = indices.get(indexKey(k));
            if (r == null) throw new ProfileException("profil harus punya indices." + indexKey(k));
            r.validate(indexKey(k), this);
        }
        if (index(IndexKind.SISTEM_MERIT).aspects().isEmpty()) {
            throw new ProfileException("indices.sistemMerit harus punya \"aspects\"");
        }
        ambiguousDot();
        negatifFormula();
        ikuScale();
        capaianScale();
        serapanScale();
        conclusionScale();
        efisiensiMethod();
        if (conclusionMethod() == ConclusionMethod.RATA_RATA_DATA_KELOMPOK) {
            for (Band b : kelompokScale().bands()) {
                if (b.mean() == null) {
                    throw new ProfileException("metode rata-rata-data-kelompok: pita \"" + b.label() + "\" skala \""
                            + conclusion.kelompokScale + "\" harus punya \"mean\"");
                }
            }
        }
    }

    static BigDecimal hundred() { return BigDecimal.valueOf(100); }
}
