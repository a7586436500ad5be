package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Role;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.PlausibleRange;
import capaian.rules.Profile;
import capaian.value.CellValue;
import capaian.value.ReadNote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Capaian and serapan outside the profile's plausible band (default 0 to 300 %): RULES 4 never caps them, so a
 * figure such as 6.319 % is computed and kept, with a warning that names the likely slip: a thousands dot
 * ("1.250" typed for 1,25), numbers a thousand times apart, different units, or a quarter's target in the
 * annual column.
 */
final class Plausibility {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    // The cells each result is computed from, for naming a slip: made once, not for every row checked.
    private static final List<Role> TARGET = List.of(Role.TARGET);
    private static final List<Role> TARGET_TW = List.of(Role.TARGET_TW);
    private static final List<Role> REALISASI = List.of(Role.REALISASI);
    private static final List<Role> RENJA_TARGET_K = List.of(Role.RENJA_TARGET_K);
    private static final List<Role> QUARTERS_K = quarters(false);
    private static final List<Role> RENSTRA_TARGET_K = List.of(Role.RENSTRA_TARGET_K);
    private static final List<Role> RENSTRA_REALISASI_K = withLalu(Role.RENSTRA_LALU_K, false);
    private static final List<Role> PAGU = List.of(Role.PAGU);
    private static final List<Role> REALISASI_ANGGARAN = List.of(Role.REALISASI_ANGGARAN);
    private static final List<Role> RENJA_TARGET_RP = List.of(Role.RENJA_TARGET_RP);
    private static final List<Role> QUARTERS_RP = quarters(true);
    private static final List<Role> RENSTRA_TARGET_RP = List.of(Role.RENSTRA_TARGET_RP);
    private static final List<Role> RENSTRA_REALISASI_RP = withLalu(Role.RENSTRA_LALU_RP, true);

    private final PlausibleRange capaian;
    private final PlausibleRange serapan;
    private final int scale;

    Plausibility(Profile profile) {
        this.capaian = profile.plausibleCapaian();
        this.serapan = profile.plausibleSerapan();
        this.scale = profile.roundingScale();
    }

    void check(SheetData sheet, List<RowResult> results, Findings findings) {
        for (RowResult r : results) {
            if (r.entity() != null && r.entity().level().isTotal()) continue;
            SheetRow row = r.row();
            kinerja(sheet, r, Role.CAPAIAN, TARGET, REALISASI, findings);
            kinerja(sheet, r, Role.CAPAIAN_TW, TARGET_TW, REALISASI, findings);
            kinerja(sheet, r, Role.RENJA_CAPAIAN_K, RENJA_TARGET_K, QUARTERS_K, findings);
            kinerja(sheet, r, Role.RENSTRA_CAPAIAN_K, RENSTRA_TARGET_K, RENSTRA_REALISASI_K, findings);
            // Money is the leaves' own: a parent's serapan only repeats its leaves' slips.
            if (r.entityRow() && r.entity().isLeaf() || r.entity() == null && row.get(Role.PAGU).isNumeric()) {
                rupiah(sheet, r, Role.SERAPAN, PAGU, REALISASI_ANGGARAN, findings);
                rupiah(sheet, r, Role.RENJA_CAPAIAN_RP, RENJA_TARGET_RP, QUARTERS_RP, findings);
                rupiah(sheet, r, Role.RENSTRA_CAPAIAN_RP, RENSTRA_TARGET_RP, RENSTRA_REALISASI_RP, findings);
            }
        }
    }

    private void kinerja(SheetData sheet, RowResult r, Role result, List<Role> targets, List<Role> reals,
                         Findings findings) {
        BigDecimal v = r.number(result);
        if (v == null || capaian.contains(v)) return;
        SheetRow row = r.row();
        // Below zero on a negatif indicator is CAPAIAN_NEGATIVE's case already.
        if (v.signum() < 0 && Polarity.parse(row.text(Role.POLARITAS)) == Polarity.NEGATIF) return;
        findings.at(FindingCode.CAPAIAN_IMPLAUSIBLE, sheet, result, row.row(), Numbers.displayFixed(v, scale),
                "expected", band(capaian), "cause", kinerjaCause(sheet, row, result, v, targets, reals));
    }

    private void rupiah(SheetData sheet, RowResult r, Role result, List<Role> targets, List<Role> reals,
                        Findings findings) {
        BigDecimal v = r.number(result);
        if (v == null || serapan.contains(v)) return;
        SheetRow row = r.row();
        String cause = dotCause(sheet, row, targets, reals);
        if (cause == null && thousandsApart(v, serapan)) {
            cause = "Angkanya sekitar seribu kali lipat: pagu dan realisasi mungkin ditulis dalam satuan berbeda "
                    + "(rupiah, ribuan atau jutaan rupiah).";
        }
        if (cause == null) {
            cause = v.signum() < 0 ? "Ada angka negatif pada pagu atau realisasinya."
                    : "Realisasi anggaran jauh melebihi pagu: periksa apakah pagu yang diketik pagu setahun, dalam "
                    + "satuan yang sama (rupiah) dengan realisasinya.";
        }
        findings.at(FindingCode.SERAPAN_IMPLAUSIBLE, sheet, result, row.row(), Numbers.displayFixed(v, scale),
                "expected", band(serapan), "cause", cause);
    }

    private String kinerjaCause(SheetData sheet, SheetRow row, Role result, BigDecimal v, List<Role> targets,
                                List<Role> reals) {
        String dot = dotCause(sheet, row, targets, reals);
        if (dot != null) return dot;
        if (thousandsApart(v, capaian)) {
            return "Angkanya sekitar seribu kali lipat: target dan realisasi mungkin ditulis dengan pemisah berbeda "
                    + "(titik ribuan atau koma desimal) atau dalam satuan berbeda.";
        }
        CellValue t = row.get(targets.get(0));
        for (Role rr : reals) {
            CellValue x = row.get(rr);
            if (x.isBlank() || t.isBlank()) continue;
            if (t.percent() != x.percent() || (t.unit() != null && x.unit() != null
                    && !Objects.equals(norm(t.unit()), norm(x.unit())))) {
                return "Target dan realisasi ditulis dalam satuan berbeda (" + shown(t) + " dan " + shown(x)
                        + "): samakan satuannya.";
            }
        }
        if (v.signum() < 0) return "Ada angka negatif pada target atau realisasinya.";
        if (result == Role.CAPAIAN && sheet.has(Role.TARGET_TW)) {
            return "Periksa apakah target di kolom Target (Tahunan) memang target setahun, bukan target triwulan, "
                    + "dan apakah target dan realisasi dalam satuan yang sama.";
        }
        if (result == Role.CAPAIAN_TW) {
            return "Periksa apakah Target s/d Triwulan memang target kumulatif sampai triwulan ini, dalam satuan yang "
                    + "sama dengan realisasinya.";
        }
        return "Periksa apakah target dan realisasi dalam satuan yang sama dan untuk periode yang sama (target "
                + "tahunan, bukan triwulan).";
    }

    /** A cell read with the thousands dot ("1.250" as 1250): the likeliest slip of all. */
    private static String dotCause(SheetData sheet, SheetRow row, List<Role> targets, List<Role> reals) {
        List<Role> all = new ArrayList<>(targets);
        all.addAll(reals);
        for (Role role : all) {
            CellValue x = row.get(role);
            if (!x.notes().contains(ReadNote.AMBIGUOUS_DOT)) continue;
            String raw = x.raw().trim();
            String cell = sheet.cell(role, row.row());
            return "\"" + raw + "\" di sel " + cell + " dibaca " + Numbers.display(x.numeric())
                    + " karena titik dianggap pemisah ribuan; bila maksudnya pecahan, ketik " + raw.replace('.', ',') + ".";
        }
        return null;
    }

    /** Whether the figure is plausible once divided by a thousand (or a million): two numbers in different units. */
    private static boolean thousandsApart(BigDecimal v, PlausibleRange band) {
        BigDecimal k = Numbers.divide(v, THOUSAND);
        BigDecimal m = Numbers.divide(k, THOUSAND);
        // A slip of a thousand turns an ordinary 10-300 % into 10.000-300.000 %.
        return v.signum() > 0 && ((band.contains(k) && k.compareTo(BigDecimal.TEN) >= 0)
                || (band.contains(m) && m.compareTo(BigDecimal.TEN) >= 0));
    }

    private String band(PlausibleRange r) {
        String min = r.min() == null ? "" : Numbers.display(r.min());
        String max = r.max() == null ? "" : Numbers.display(r.max());
        if (r.min() == null) return "sampai " + max;
        if (r.max() == null) return "mulai " + min;
        return min + " sampai " + max;
    }

    private static List<Role> quarters(boolean rupiah) {
        List<Role> out = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) out.add(rupiah ? Role.quarterRp(tw) : Role.quarterK(tw));
        return List.copyOf(out);
    }

    private static List<Role> withLalu(Role lalu, boolean rupiah) {
        List<Role> out = new ArrayList<>(List.of(lalu));
        out.addAll(quarters(rupiah));
        return List.copyOf(out);
    }

    private static String shown(CellValue v) {
        return "\"" + v.raw().trim() + "\"";
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String norm(String s) {
        return SPACES.matcher(s.trim().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
    }
}
