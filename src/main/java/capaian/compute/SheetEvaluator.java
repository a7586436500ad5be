package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Column;
import capaian.form.Role;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.OrdinalScale;
import capaian.rules.Profile;
import capaian.rules.Scale;
import capaian.value.CellValue;
import capaian.value.ValueKind;
import capaian.form.ValueType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes every computed column of one sheet, row by row, in one pass over the rows after the hierarchy:
 * capaian and its category, serapan, sisa and efisiensi on each entity's first row, and for the Monitoring
 * form the year and Renstra columns (RULES 4-6, 8.3). Problems become findings on the offending cell.
 */
public final class SheetEvaluator {
    private final Profile profile;
    private final CapaianRule capaianRule;
    private final EfisiensiRule efisiensiRule;
    private final Scale capaianScale;
    private final Scale ikuScale;
    private final int scale;

    public SheetEvaluator(Profile profile) {
        this.profile = profile;
        this.capaianRule = new CapaianRule(profile);
        this.efisiensiRule = new EfisiensiRule(profile);
        this.capaianScale = profile.capaianScale();
        this.ikuScale = profile.ikuScale();
        this.scale = profile.roundingScale();
    }

    public SheetResult evaluate(SheetData sheet, Findings findings) {
        boolean hierarchical = sheet.has(Role.URAIAN) || sheet.has(Role.KODE);
        Hierarchy h = hierarchical ? Hierarchy.build(sheet, findings) : null;
        List<RowResult> results = new ArrayList<>(sheet.rows().size());
        Map<SheetRow, RowResult> byRow = new IdentityHashMap<>();
        for (SheetRow row : sheet.rows()) {
            RowResult r = new RowResult(row, h == null ? null : h.entityOf(row));
            results.add(r);
            byRow.put(row, r);
        }
        if (h != null) {
            for (Column c : sheet.definition().columns()) {
                if (!c.computed() && c.type() == ValueType.MONEY && sheet.has(c.role())) {
                    MoneyRollup.check(sheet, h, c.role(), results, byRow, findings);
                }
            }
        }
        // A total row's own indicator cells are not an indicator (RULES 5, 9): no capaian to count in any mean.
        for (RowResult r : results) if (!Summaries.onTotalRow(r)) indicator(sheet, r, findings);
        if (h != null) {
            for (Entity e : h.entities()) entity(sheet, h, e, byRow, findings);
        }
        new Plausibility(profile).check(sheet, results, findings);
        return new SheetResult(sheet, h, results);
    }

    /** Per indicator row: capaian, its category, and the Monitoring form's kinerja columns. */
    private void indicator(SheetData sheet, RowResult r, Findings findings) {
        SheetRow row = r.row();
        Polarity polarity = polarity(sheet, row, findings);
        if (sheet.has(Role.TARGET) || sheet.has(Role.REALISASI)) {
            BigDecimal c = capaian(sheet, row, polarity, Role.TARGET, row.get(Role.TARGET), Role.REALISASI,
                    row.get(Role.REALISASI), Role.CAPAIAN, findings, true);
            r.put(Role.CAPAIAN, c);
            r.put(Role.KATEGORI, kategoriScale(sheet).categorize(c));
            if (!row.get(Role.TARGET_TW).isBlank()) {
                r.put(Role.CAPAIAN_TW, capaian(sheet, row, polarity, Role.TARGET_TW, row.get(Role.TARGET_TW),
                        Role.REALISASI, row.get(Role.REALISASI), Role.CAPAIAN_TW, findings, false));
            }
        }
        if (sheet.has(Role.RENJA_TARGET_K)) monitoringKinerja(sheet, r, polarity, findings);
    }

    /** The IKU sheet's Kategori is on the profile's IKU scale, every other on the capaian scale. */
    private Scale kategoriScale(SheetData sheet) {
        boolean iku = sheet.definition().column(Role.KATEGORI)
                .map(c -> c.derivation() == capaian.form.Derivation.KATEGORI_IKU).orElse(false);
        return iku ? ikuScale : capaianScale;
    }

    private void monitoringKinerja(SheetData sheet, RowResult r, Polarity polarity, Findings findings) {
        SheetRow row = r.row();
        Jenis jenis = jenis(sheet, row, findings);
        CellValue year = yearKinerja(sheet, row, jenis, findings);
        if (year.isBlank()) return;
        if (year.kind() == ValueKind.NUMBER) r.put(Role.RENJA_REALISASI_K, Numbers.round(year.number(), scale));
        else if (year.kind() == ValueKind.PREDICATE) r.put(Role.RENJA_REALISASI_K, year.predicate());
        BigDecimal c14 = capaian(sheet, row, polarity, Role.RENJA_TARGET_K, row.get(Role.RENJA_TARGET_K),
                Role.RENJA_REALISASI_K, year, Role.RENJA_CAPAIAN_K, findings, true);
        r.put(Role.RENJA_CAPAIAN_K, c14);
        r.put(Role.PREDIKAT, capaianScale.categorize(c14));
        CellValue renstra = year;
        CellValue lalu = row.get(Role.RENSTRA_LALU_K);
        if (jenis == Jenis.KUMULATIF && year.kind() == ValueKind.NUMBER && lalu.isNumeric()) {
            renstra = CellValue.number(lalu.numeric().add(year.number()), null);
        }
        if (renstra.kind() == ValueKind.NUMBER) r.put(Role.RENSTRA_REALISASI_K, Numbers.round(renstra.number(), scale));
        else if (renstra.kind() == ValueKind.PREDICATE) r.put(Role.RENSTRA_REALISASI_K, renstra.predicate());
        if (!row.get(Role.RENSTRA_TARGET_K).isBlank()) {
            r.put(Role.RENSTRA_CAPAIAN_K, capaian(sheet, row, polarity, Role.RENSTRA_TARGET_K,
                    row.get(Role.RENSTRA_TARGET_K), Role.RENSTRA_REALISASI_K, renstra, Role.RENSTRA_CAPAIAN_K,
                    findings, false));
        }
    }

    /** (13) K: kumulatif sums the quarters, akhir takes the last one filled; a predicate is always akhir. */
    private CellValue yearKinerja(SheetData sheet, SheetRow row, Jenis jenis, Findings findings) {
        CellValue last = CellValue.BLANK;
        BigDecimal sum = null;
        boolean predicate = false;
        for (int tw = 1; tw <= 4; tw++) {
            Role q = Role.quarterK(tw);
            CellValue v = row.get(q);
            if (v.isBlank()) continue;
            if (v.kind() == ValueKind.TEXT || v.kind() == ValueKind.ERROR) return CellValue.BLANK;
            last = v;
            if (v.kind() == ValueKind.PREDICATE) {
                predicate = true;
                continue;
            }
            if (jenis == Jenis.KUMULATIF && v.numeric().signum() < 0) {
                findings.at(FindingCode.CUMULATIVE_DECREASE, sheet, q, row.row(), v.raw(),
                        "expected", Numbers.display(sum == null ? BigDecimal.ZERO : sum));
            }
            sum = Numbers.sum(sum, v.numeric());
        }
        if (predicate || jenis == Jenis.AKHIR || sum == null) return last;
        return CellValue.number(sum, null);
    }

    /** Per entity, on its first row: serapan, sisa and efisiensi, and the Monitoring form's rupiah columns. */
    private void entity(SheetData sheet, Hierarchy h, Entity e, Map<SheetRow, RowResult> byRow, Findings findings) {
        RowResult r = byRow.get(e.first());
        for (Role m : List.of(Role.PAGU, Role.REALISASI_ANGGARAN)) {
            BigDecimal v = sheet.has(m) ? MoneyRollup.effective(h, e, m) : null;
            if (v != null) r.putMoney(m, v);
        }
        if (sheet.has(Role.PAGU) && sheet.has(Role.REALISASI_ANGGARAN)) {
            BigDecimal pagu = r.money().get(Role.PAGU);
            BigDecimal real = r.money().get(Role.REALISASI_ANGGARAN);
            if (e.isLeaf() && pagu != null && real != null && real.compareTo(pagu) > 0 && pagu.signum() > 0) {
                findings.at(FindingCode.REALISASI_EXCEEDS_PAGU, sheet, Role.REALISASI_ANGGARAN, e.first().row(),
                        Numbers.display(real), "expected", Numbers.display(pagu));
            }
            BigDecimal serapan = serapan(sheet, e, pagu, real, Role.PAGU, findings);
            r.put(Role.SERAPAN, serapan);
            r.put(Role.SISA, BudgetRule.sisa(pagu, real));
            BigDecimal meanCapaian = meanOf(e, byRow, Role.CAPAIAN);
            r.put(Role.EFISIENSI, Numbers.round(efisiensiRule.efisiensi(meanCapaian, serapan), scale));
        }
        if (sheet.has(Role.RENJA_TARGET_RP)) {
            List<BigDecimal> quarters = new ArrayList<>();
            for (int tw = 1; tw <= 4; tw++) quarters.add(MoneyRollup.effective(h, e, Role.quarterRp(tw)));
            BigDecimal year = QuarterRule.money(quarters);
            r.put(Role.RENJA_REALISASI_RP, year);
            BigDecimal target = MoneyRollup.effective(h, e, Role.RENJA_TARGET_RP);
            if (target != null) r.putMoney(Role.RENJA_TARGET_RP, target);
            BigDecimal renjaCapaianRp = serapan(sheet, e, target, year, Role.RENJA_TARGET_RP, findings);
            r.put(Role.RENJA_CAPAIAN_RP, renjaCapaianRp);
            if (sheet.has(Role.EFISIENSI)) {
                // RULES 6: (14) K, the mean of the unit's indicator rows, against (14) Rp, by the profile's method
                BigDecimal k = meanOf(e, byRow, Role.RENJA_CAPAIAN_K);
                r.put(Role.EFISIENSI, Numbers.round(efisiensiRule.efisiensi(k, renjaCapaianRp), scale));
            }
            BigDecimal lalu = MoneyRollup.effective(h, e, Role.RENSTRA_LALU_RP);
            BigDecimal renstra = year == null ? null : Numbers.sum(lalu, year);
            r.put(Role.RENSTRA_REALISASI_RP, renstra);
            BigDecimal renstraTarget = MoneyRollup.effective(h, e, Role.RENSTRA_TARGET_RP);
            if (renstraTarget != null) {
                r.put(Role.RENSTRA_CAPAIAN_RP, serapan(sheet, e, renstraTarget, renstra, Role.RENSTRA_TARGET_RP, findings));
            }
        }
    }

    private BigDecimal serapan(SheetData sheet, Entity e, BigDecimal pagu, BigDecimal real, Role paguRole,
                               Findings findings) {
        Outcome o = BudgetRule.serapan(pagu, real);
        if (o.code() != null) {
            findings.at(o.code(), sheet, paguRole, e.first().row(), Numbers.display(pagu), "value", Numbers.display(real));
        }
        return Numbers.round(o.value(), scale);
    }

    /** The mean of the capaian of an entity's indicator rows (a unit with several indicators, RULES 6). */
    private static BigDecimal meanOf(Entity e, Map<SheetRow, RowResult> byRow, Role role) {
        List<BigDecimal> values = new ArrayList<>();
        for (SheetRow row : e.rows()) {
            BigDecimal v = byRow.get(row).number(role);
            if (v != null) values.add(v);
        }
        return ConclusionRule.mean(values);
    }

    /** One capaian with its findings; returns the rounded value or null. */
    private BigDecimal capaian(SheetData sheet, SheetRow row, Polarity polarity, Role targetRole, CellValue target,
                               Role realRole, CellValue real, Role resultRole, Findings findings, boolean reportMissing) {
        Outcome o = capaianRule.capaian(polarity, target, real);
        if (o.code() != null) {
            switch (o.code()) {
                case TARGET_MISSING -> {
                    if (reportMissing) findings.at(o.code(), sheet, targetRole, row.row(), null);
                }
                case TARGET_ZERO -> findings.at(o.code(), sheet, targetRole, row.row(), target.raw());
                case PREDICATE_UNKNOWN -> {
                    OrdinalScale s = profile.ordinalScaleOf(target.predicate() != null ? target.predicate() : real.predicate());
                    findings.at(o.code(), sheet, realRole, row.row(), real.raw(),
                            "expected", s == null ? "predikat" : s.name(),
                            "choices", s == null ? "" : String.join(", ", s.labels()));
                }
                case PREDICATE_MIXED -> findings.at(o.code(), sheet, realRole, row.row(), real.raw(),
                        "expected", target.raw());
                case CAPAIAN_NEGATIVE -> findings.at(o.code(), sheet, resultRole, row.row(),
                        Numbers.display(Numbers.round(o.value(), scale)));
                default -> findings.at(o.code(), sheet, realRole, row.row(), real.raw());
            }
        }
        return Numbers.round(o.value(), scale);
    }

    private static Polarity polarity(SheetData sheet, SheetRow row, Findings findings) {
        if (!sheet.has(Role.POLARITAS)) return Polarity.POSITIF;
        String text = row.text(Role.POLARITAS);
        Polarity p = Polarity.parse(text);
        boolean isIndicator = !row.get(Role.TARGET).isBlank() || !row.get(Role.RENJA_TARGET_K).isBlank();
        if (text == null && isIndicator) {
            findings.at(FindingCode.POLARITY_BLANK, sheet, Role.POLARITAS, row.row(), null);
        }
        return p == null ? Polarity.POSITIF : p;
    }

    /** The jenis, or assumed from the unit: percentages, indices, scores and predicates are akhir. */
    private static Jenis jenis(SheetData sheet, SheetRow row, Findings findings) {
        Jenis j = Jenis.parse(row.text(Role.JENIS));
        if (j != null) return j;
        CellValue t = row.get(Role.RENJA_TARGET_K);
        Jenis assumed = Jenis.assumed(row.text(Role.SATUAN), t);
        if (!t.isBlank()) {
            findings.at(FindingCode.JENIS_ASSUMED, sheet, Role.JENIS, row.row(), null,
                    "expected", assumed == Jenis.AKHIR ? "Akhir" : "Kumulatif");
        }
        return assumed;
    }
}
