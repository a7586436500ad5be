package capaian.compute;

import capaian.findings.FindingCode;
import capaian.rules.OrdinalScale;
import capaian.rules.Profile;
import capaian.value.CellValue;
import capaian.value.ValueKind;

import java.math.BigDecimal;

/** Capaian kinerja of one indicator (RULES 4.1-4.3): exact, unrounded, uncapped. */
public final class CapaianRule {
    private final Profile profile;

    public CapaianRule(Profile profile) {
        this.profile = profile;
    }

    /**
     * @param polarity null means positif (the caller reports the blank)
     * @return the capaian, or the reason there is none; NONE when the realisasi is not filled in yet
     *         or a value finding (not a number, Excel error) already covers the cell
     */
    public Outcome capaian(Polarity polarity, CellValue target, CellValue realisasi) {
        if (realisasi.isBlank()) return Outcome.NONE;
        if (unusable(realisasi) || unusable(target)) return Outcome.NONE;
        if (target.isBlank()) return Outcome.problem(FindingCode.TARGET_MISSING);
        boolean tPred = target.kind() == ValueKind.PREDICATE;
        boolean rPred = realisasi.kind() == ValueKind.PREDICATE;
        if (tPred || rPred) {
            if (tPred != rPred) return Outcome.problem(FindingCode.PREDICATE_MIXED);
            return predicate(target.predicate(), realisasi.predicate());
        }
        return numeric(polarity == null ? Polarity.POSITIF : polarity, target.numeric(), realisasi.numeric());
    }

    /** Numeric capaian by polarity; T = 0 is undefined except negatif with R = 0 (100). */
    public Outcome numeric(Polarity polarity, BigDecimal t, BigDecimal r) {
        if (t.signum() == 0) {
            if (polarity == Polarity.NEGATIF && r.signum() == 0) return Outcome.of(Numbers.HUNDRED);
            return Outcome.problem(FindingCode.TARGET_ZERO);
        }
        BigDecimal v;
        if (polarity == Polarity.POSITIF) {
            v = Numbers.percent(r, t);
        } else if (profile.negatifFormula() == Profile.NegatifFormula.TWO_T_MINUS_R) {
            v = Numbers.percent(t.add(t).subtract(r), t);
        } else {
            if (r.signum() == 0) return Outcome.problem(FindingCode.REALISASI_ZERO_NEGATIF);
            v = Numbers.percent(t, r);
        }
        return new Outcome(v, v.signum() < 0 ? FindingCode.CAPAIAN_NEGATIVE : null);
    }

    /** rank(R) / rank(T) × 100 with the worst label ranked 1; both must be on the target's scale. */
    public Outcome predicate(String target, String realisasi) {
        OrdinalScale scale = profile.ordinalScaleOf(target);
        if (scale == null) return Outcome.problem(FindingCode.PREDICATE_UNKNOWN);
        int rt = scale.rank(target);
        int rr = scale.rank(realisasi);
        if (rr == 0) return Outcome.problem(FindingCode.PREDICATE_UNKNOWN);
        return Outcome.of(Numbers.percent(BigDecimal.valueOf(rr), BigDecimal.valueOf(rt)));
    }

    private static boolean unusable(CellValue v) {
        return v.kind() == ValueKind.TEXT || v.kind() == ValueKind.ERROR;
    }
}
