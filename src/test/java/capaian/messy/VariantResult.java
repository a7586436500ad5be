package capaian.messy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What measuring one variant found: formula cells LibreOffice recomputes to another value than Capaian cached,
 * cells and Ringkasan lines that show another figure than the JSON report (or a user's total another than its
 * true sum), report totals that differ from the truth with no finding to explain it, and the findings seen.
 */
public final class VariantResult {
    /** At most this many details are kept per kind, enough to see what goes wrong. */
    private static final int DETAILS = 8;

    final Variant variant;
    String unreadable;
    int formulaMismatches;
    int formulasCompared;
    int reportMismatches;
    int reportCompared;
    int totalsWrong;
    /** Re-saved variants only: findings added or lost against the workbook LibreOffice re-saved. */
    int findingsChanged;
    boolean totalsExplained;
    final Map<String, Integer> codes = new TreeMap<>();
    final List<String> details = new ArrayList<>();

    VariantResult(Variant variant) {
        this.variant = variant;
    }

    void detail(String kind, String text) {
        long same = details.stream().filter(d -> d.startsWith(kind)).count();
        if (same < DETAILS) details.add(kind + ": " + text);
    }

    public boolean clean() {
        return unreadable == null && formulaMismatches == 0 && reportMismatches == 0 && totalsWrong == 0 && findingsChanged == 0;
    }

    public String name() {
        return variant.name();
    }

    public int formulaMismatches() {
        return formulaMismatches;
    }

    public int reportMismatches() {
        return reportMismatches;
    }

    public int totalsWrong() {
        return totalsWrong;
    }

    public int findingsChanged() {
        return findingsChanged;
    }

    public String unreadable() {
        return unreadable;
    }

    /** Findings as CODE:count, errors and warnings first by their code, infos after. */
    String codes() {
        StringBuilder sb = new StringBuilder();
        codes.forEach((c, n) -> sb.append(sb.length() == 0 ? "" : " ").append(c).append(':').append(n));
        return sb.toString();
    }

    /** The table of results, one line per variant, and the totals of each column. */
    public static String table(List<VariantResult> results) {
        int width = Math.max(7, results.stream().mapToInt(r -> r.name().length()).max().orElse(7));
        StringBuilder sb = new StringBuilder();
        String format = "%-" + width + "s  %8s  %8s  %7s  %8s  %s%n";
        sb.append(String.format(format, "variant", "formula≠", "report≠", "totals✗", "resave≠", "findings (code:count)"));
        int f = 0, r = 0, t = 0, c = 0, unreadable = 0;
        for (VariantResult v : results) {
            if (v.unreadable != null) {
                unreadable++;
                sb.append(String.format(format, v.name(), "-", "-", "-", "-", "UNREADABLE: " + v.unreadable));
                continue;
            }
            f += v.formulaMismatches;
            r += v.reportMismatches;
            t += v.totalsWrong;
            c += v.findingsChanged;
            sb.append(String.format(format, v.name(), v.formulaMismatches, v.reportMismatches,
                    v.totalsWrong + (v.totalsExplained ? "e" : ""), v.variant.resave() == null ? "" : v.findingsChanged, v.codes()));
        }
        sb.append(String.format(format, "TOTAL (" + results.size() + " variants, " + unreadable + " unreadable)", f, r, t, c, ""));
        sb.append("formula≠: formula cells whose LibreOffice value differs from the value Capaian cached; report≠: computed "
                + "cells, filled parent sums, Ringkasan lines and the user's own totals whose recalculated value differs "
                + "from the JSON report (or the true sum); totals✗: OPD pagu, realisasi, serapan, capaian differing from the "
                + "clean example's with no finding that explains it (e: differing but explained); resave≠: findings a workbook re-saved by "
                + "LibreOffice gains or loses against the workbook before (XLS_CONVERTED aside).\n");
        return sb.toString();
    }

    /** The details of every variant that is not clean. */
    public static String details(List<VariantResult> results) {
        StringBuilder sb = new StringBuilder();
        for (VariantResult v : results) {
            if (v.clean()) continue;
            sb.append(v.name()).append(" — ").append(v.variant.description()).append('\n');
            for (String d : v.details) sb.append("    ").append(d).append('\n');
        }
        return sb.toString();
    }
}
