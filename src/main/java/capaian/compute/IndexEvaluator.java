package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.IndexKind;
import capaian.form.Role;
import capaian.form.Titles;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.IndexComponent;
import capaian.rules.IndexRules;
import capaian.rules.Profile;
import capaian.rules.Scale;
import capaian.value.CellValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Indeks sheet (RULES section 11): reads its blocks, computes each row's maksimum, skor, persentase and
 * the blocks' categories from the profile's maxima, weights and scales, and checks the typed values.
 * <ul>
 * <li>IP ASN and SAKIP: a part's skor is its nilai, its maksimum the profile's; the block's Jumlah sums them.</li>
 * <li>Sistem Merit: an indicator's skor is bobot × nilai (1-4), its maksimum bobot × 4; an aspect's Jumlah sums
 * its indicators, the block's Jumlah all indicators; the aspects' weights (Bobot of the aspect Jumlah) make 100.</li>
 * </ul>
 * Scores and sums are rounded half-up to the profile's scale, as shown.
 */
public final class IndexEvaluator {
    private final Profile profile;
    private final int scale;

    public IndexEvaluator(Profile profile) {
        this.profile = profile;
        this.scale = profile.roundingScale();
    }

    public SheetResult evaluate(SheetData sheet, Findings findings) {
        List<RowResult> results = new ArrayList<>();
        Map<SheetRow, RowResult> byRow = new IdentityHashMap<>();
        for (SheetRow row : sheet.rows()) {
            RowResult r = new RowResult(row, null);
            results.add(r);
            byRow.put(row, r);
        }
        List<IndexBlock> blocks = read(sheet, findings);
        IndexSheet index = new IndexSheet(blocks);
        for (IndexBlock b : blocks) compute(sheet, b, byRow, findings);
        return new SheetResult(sheet, null, results, index);
    }

    /** Splits the rows into blocks and lines: the Blok column opens a block, a Jumlah row closes it. */
    private List<IndexBlock> read(SheetData sheet, Findings findings) {
        List<IndexBlock> blocks = new ArrayList<>();
        String pedoman = sheet.headerText("pedomanSakip");
        IndexRules sakip = profile.index(IndexKind.SAKIP);
        String framework = sakip.framework(pedoman);
        if (pedoman != null && !pedoman.isBlank() && sakip.frameworkNamed(pedoman) == null) {
            var h = sheet.header().get("pedomanSakip");
            findings.atCell(FindingCode.HEADER_FIELD_INVALID, sheet.name(), h == null ? null : h.cell(), 0, pedoman,
                    "expected", "pedoman SAKIP", "hint", "Dipakai bawaan profil, " + sakip.frameworkLabel(framework) + ".");
        }
        IndexBlock current = null;
        IndexComponent aspect = null;
        List<SheetRow> open = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            String blok = row.text(Role.BLOK);
            IndexKind kind = IndexKind.parse(blok);
            if (blok != null && kind == null) continue; // CHOICE_UNKNOWN already says what to type
            String komponen = row.text(Role.KOMPONEN);
            String indikator = row.text(Role.INDIKATOR);
            if (komponen == null && indikator == null && row.get(Role.NILAI).isBlank() && row.get(Role.BOBOT).isBlank()) {
                continue; // a note row
            }
            if (kind == null && current == null) {
                findings.at(FindingCode.INDEX_BLOCK_MISSING, sheet, Role.BLOK, row.row(), null);
                continue;
            }
            if (current == null || current.closed() || (kind != null && kind != current.kind())) {
                IndexKind k = kind != null ? kind : current.kind();
                current = new IndexBlock(k, k == IndexKind.SAKIP ? framework : null);
                blocks.add(current);
                aspect = null;
                open.clear();
            }
            IndexRules rules = profile.index(current.kind());
            if (isJumlah(komponen)) {
                IndexLine total = new IndexLine(IndexLine.Kind.TOTAL, current, row,
                        current.parts().stream().map(IndexLine::row).toList(), null);
                current.lines().add(total);
                current.close(total);
            } else if (current.kind() == IndexKind.SISTEM_MERIT && isJumlah(indikator)) {
                IndexComponent a = komponen != null ? known(sheet, row, rules.aspects(), "aspek", current, findings) : aspect;
                current.lines().add(new IndexLine(IndexLine.Kind.SUBTOTAL, current, row, open, a));
                open.clear();
            } else if (current.kind() == IndexKind.SISTEM_MERIT) {
                if (komponen != null) aspect = known(sheet, row, rules.aspects(), "aspek", current, findings);
                current.lines().add(new IndexLine(IndexLine.Kind.PART, current, row, List.of(), aspect));
                open.add(row);
            } else {
                IndexComponent c = known(sheet, row, rules.components(current.framework()),
                        current.kind() == IndexKind.IP_ASN ? "dimensi" : "komponen", current, findings);
                current.lines().add(new IndexLine(IndexLine.Kind.PART, current, row, List.of(), c));
            }
        }
        return blocks;
    }

    private IndexComponent known(SheetData sheet, SheetRow row, List<IndexComponent> parts, String what, IndexBlock b,
                                 Findings findings) {
        String text = row.text(Role.KOMPONEN);
        IndexComponent c = IndexRules.find(parts, text);
        if (c == null) {
            StringJoiner names = new StringJoiner(", ");
            for (IndexComponent p : parts) names.add(p.name());
            findings.at(FindingCode.INDEX_PART_UNKNOWN, sheet, Role.KOMPONEN, row.row(), text == null ? "" : text,
                    "what", what, "index", label(b), "choices", names.toString());
        }
        return c;
    }

    /** "Jumlah", "Total", "Total Akhir", "Jumlah Nilai": a row that sums. */
    static boolean isJumlah(String text) {
        String n = Titles.normalise(text);
        return n.equals("jumlah") || n.equals("total") || n.startsWith("jumlah ") || n.startsWith("total ");
    }

    private void compute(SheetData sheet, IndexBlock b, Map<SheetRow, RowResult> byRow, Findings findings) {
        IndexRules rules = profile.index(b.kind());
        Scale partScale = rules.partScaleName() == null ? null : profile.scale(rules.partScaleName());
        List<BigDecimal> weights = new ArrayList<>();
        for (IndexLine line : b.lines()) {
            RowResult r = byRow.get(line.row());
            SheetRow row = line.row();
            BigDecimal max;
            BigDecimal skor;
            if (line.kind() == IndexLine.Kind.PART) {
                BigDecimal nilai = row.get(Role.NILAI).numeric();
                if (line.indicator()) {
                    BigDecimal bobot = row.get(Role.BOBOT).numeric();
                    boolean bobotOk = bobot != null && bobot.signum() > 0;
                    if (!bobotOk && nilai != null) {
                        findings.at(FindingCode.INDEX_BOBOT_MISSING, sheet, Role.BOBOT, row.row(), row.get(Role.BOBOT).raw(),
                                "part", line.known() == null ? "ini" : line.known().name(),
                                "expected", line.known() == null ? "-" : list(line.known().bobot()));
                    }
                    if (nilai != null && (nilai.compareTo(rules.nilaiMin()) < 0 || nilai.compareTo(rules.nilaiMax()) > 0)) {
                        findings.at(FindingCode.NILAI_OUT_OF_RANGE, sheet, Role.NILAI, row.row(), Numbers.display(nilai),
                                "expected", Numbers.display(rules.nilaiMin()) + " dan " + Numbers.display(rules.nilaiMax()),
                                "part", "indikator", "index", label(b));
                    }
                    max = bobotOk ? round(bobot.multiply(rules.nilaiMax())) : null;
                    skor = bobotOk && nilai != null ? round(bobot.multiply(nilai)) : null;
                } else {
                    max = line.known() == null ? null : line.known().max();
                    String part = line.known() == null ? row.text(Role.KOMPONEN) : line.known().name();
                    if (nilai != null && nilai.signum() < 0) {
                        findings.at(FindingCode.NILAI_OUT_OF_RANGE, sheet, Role.NILAI, row.row(), Numbers.display(nilai),
                                "expected", "0 dan " + (max == null ? "maksimumnya" : Numbers.display(max)),
                                "part", part, "index", label(b));
                    } else if (nilai != null && max != null && nilai.compareTo(max) > 0) {
                        findings.at(FindingCode.INDEX_ABOVE_MAX, sheet, Role.NILAI, row.row(), Numbers.display(nilai),
                                "expected", Numbers.display(max), "part", part, "index", label(b));
                    }
                    skor = nilai == null ? null : round(nilai);
                }
            } else {
                max = null;
                skor = null;
                for (SheetRow p : line.parts()) {
                    RowResult pr = byRow.get(p);
                    max = Numbers.sum(max, pr.number(Role.MAKSIMUM));
                    skor = Numbers.sum(skor, pr.number(Role.SKOR));
                }
                max = round(max);
                skor = round(skor);
                stated(sheet, row, skor, findings);
                if (line.kind() == IndexLine.Kind.SUBTOTAL) {
                    BigDecimal w = row.get(Role.BOBOT).numeric();
                    if (w != null) weights.add(w);
                }
            }
            BigDecimal pct = skor == null || max == null || max.signum() == 0 ? null
                    : Numbers.round(Numbers.percent(skor, max), scale);
            r.put(Role.MAKSIMUM, max);
            r.put(Role.SKOR, skor);
            r.put(Role.PERSENTASE, pct);
            if (line.kind() == IndexLine.Kind.TOTAL) {
                String kategori = profile.scale(rules.scaleName()).categorize(skor);
                r.put(Role.KATEGORI, kategori);
                b.result(skor, kategori);
            } else if (partScale != null && !line.indicator()) {
                r.put(Role.KATEGORI, partScale.categorize(pct));
            }
        }
        weights(sheet, b, rules, weights, findings);
    }

    /** A total typed in the Nilai column of a Jumlah row (the report's printed index) against the sum. */
    private static void stated(SheetData sheet, SheetRow row, BigDecimal sum, Findings findings) {
        CellValue v = row.get(Role.NILAI);
        if (sum == null || v.numeric() == null || v.numeric().compareTo(sum) == 0) return;
        findings.at(FindingCode.TOTAL_MISMATCH, sheet, Role.NILAI, row.row(), Numbers.display(v.numeric()),
                "expected", Numbers.display(sum), "difference", Numbers.display(v.numeric().subtract(sum).abs()));
    }

    /** The aspects' weights typed on their Jumlah rows must make 100 %. */
    private static void weights(SheetData sheet, IndexBlock b, IndexRules rules, List<BigDecimal> weights, Findings findings) {
        if (b.kind() != IndexKind.SISTEM_MERIT || weights.isEmpty()) return;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) sum = sum.add(w);
        if (sum.compareTo(Numbers.HUNDRED) == 0) return;
        IndexLine at = b.total();
        if (at == null) {
            List<IndexLine> subs = b.lines().stream().filter(l -> l.kind() == IndexLine.Kind.SUBTOTAL).toList();
            at = subs.get(subs.size() - 1);
        }
        StringJoiner profileWeights = new StringJoiner(", ");
        for (IndexComponent a : rules.aspects()) profileWeights.add(a.name() + " " + Numbers.display(a.weight()) + " %");
        findings.at(FindingCode.WEIGHTS_NOT_100, sheet, Role.BOBOT, at.row().row(), Numbers.display(sum),
                "index", label(b), "expected", profileWeights.toString());
    }

    private static String list(List<BigDecimal> values) {
        StringJoiner j = new StringJoiner("; ");
        for (BigDecimal v : values) j.add(Numbers.display(v));
        return j.toString();
    }

    static String label(IndexBlock b) {
        return b.kind() == IndexKind.SISTEM_MERIT ? "Indeks Sistem Merit" : b.kind() == IndexKind.IP_ASN ? "IP ASN" : "Nilai SAKIP";
    }

    private BigDecimal round(BigDecimal v) {
        return Numbers.round(v, scale);
    }
}
