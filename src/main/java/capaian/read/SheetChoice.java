package capaian.read;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.HeaderField;
import capaian.form.SheetDefinition;
import capaian.form.Titles;
import capaian.model.Periode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sheet to read when several carry the same form sheet: one per quarter (`TW I`, `TW II`), or the form
 * copied to `Realisasi (2)` and the copy updated. With the triwulan known (the one chosen when sending), the sheet
 * whose header (or, its header silent, its name) says that triwulan is read. Otherwise the one with the latest
 * tahun and triwulan, then the one that is not a copy ("(2)"), then the first; and a warning names every
 * candidate and the one read, so that nobody files a quarter without knowing.
 */
final class SheetChoice {
    /** A sheet carries the form when it has a header at least this share (in tenths) of the best one's. */
    private static final int SHARE_OF_BEST = 6;
    private static final Pattern NAME_QUARTER =
            Pattern.compile("(?i)\\b(?:tw|trw|triwulan)\\s*(?:ke)?\\s*[-.]?\\s*(iv|iii|ii|i|[1-4])\\b");
    private static final Pattern COPY = Pattern.compile(".*\\(\\d+\\)\\s*$");

    private SheetChoice() {}

    /** One candidate sheet, with the tahun and triwulan its header (or name) states, when it states them. */
    record Candidate(String name, int order, Integer tahun, String triwulan, boolean copy) {
        String described() {
            return "\"" + name + "\"" + (triwulan == null ? "" : " (triwulan " + triwulan + ")");
        }
    }

    /**
     * The sheet to read for {@code def} when the workbook has more than one carrying it; null when it has at most
     * one (the caller then finds the sheet as before, by name first).
     */
    static String choose(SheetDefinition def, Sheets sheets, List<String> used, String triwulan, Findings findings) {
        List<Candidate> all = candidates(def, sheets, used);
        if (all.size() < 2) return all.isEmpty() ? null : all.get(0).name();
        if (triwulan != null) {
            List<Candidate> meant = all.stream().filter(c -> triwulan.equals(c.triwulan())).toList();
            if (meant.size() == 1) {
                String chosen = meant.get(0).name();
                findings.atCell(FindingCode.SHEET_CHOSEN, chosen, null, 0, others(all, chosen), "periode", triwulan);
                return chosen;
            }
        }
        Candidate chosen = all.stream().max(Comparator
                .comparingLong(SheetChoice::rank)
                .thenComparing(c -> !c.copy())
                .thenComparing(c -> -c.order())).orElseThrow();
        String why = reason(chosen, all);
        if (triwulan != null) {
            long meant = all.stream().filter(c -> triwulan.equals(c.triwulan())).count();
            why += meant == 0 ? " (tidak ada lembar yang menyebut triwulan " + triwulan + " yang dipilih)"
                    : " (lebih dari satu lembar menyebut triwulan " + triwulan + " yang dipilih)";
        }
        findings.atCell(FindingCode.SHEET_AMBIGUOUS, chosen.name(), null, 0,
                String.join(", ", all.stream().map(Candidate::described).toList()),
                "form", def.name(), "chosen", why);
        return chosen.name();
    }

    /** The sheets that carry the definition's table: named as it, or with its whole header; not the ones in use. */
    static List<Candidate> candidates(SheetDefinition def, Sheets sheets, List<String> used) {
        List<String> names = new ArrayList<>();
        int best = 0;
        for (String name : sheets.names()) {
            if (used.contains(name)) continue;
            HeaderLocator.Match m = sheets.match(def, name);
            if (m == null || !WorkbookReader.showsIndexBlock(def, m)) continue;
            if (!WorkbookReader.sameName(def, name) && !m.missingRequired().isEmpty()) continue;
            names.add(name);
            best = Math.max(best, m.score());
        }
        List<Candidate> out = new ArrayList<>();
        int order = 0;
        for (String name : names) {
            HeaderLocator.Match m = sheets.match(def, name);
            if (m.score() * 10 < best * SHARE_OF_BEST) continue;
            List<RawRow> head = sheets.heads(name);
            String tw = Periode.normalize(headerValue(def, head, m.headerRow(), "triwulan"));
            if (tw == null || tw.equals(Periode.TAHUNAN)) tw = nameQuarter(name);
            out.add(new Candidate(name, order++, year(headerValue(def, head, m.headerRow(), "tahun")), tw,
                    COPY.matcher(name).matches()));
        }
        return out;
    }

    /** The value of a header field above the header row: "Triwulan : II" in one cell, or the label and the next cell. */
    static String headerValue(SheetDefinition def, List<RawRow> head, int headerRow, String key) {
        HeaderField field = def.headerFields().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (field == null) return null;
        for (RawRow row : head) {
            if (row.row() >= headerRow) break;
            List<RawCell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                RawCell c = cells.get(i);
                if (c.kind() != RawCell.Kind.TEXT || c.text() == null) continue;
                int colon = c.text().indexOf(':');
                String label = colon > 0 ? c.text().substring(0, colon) : c.text();
                if (!Titles.matches(field, Titles.normalise(label))) continue;
                if (colon > 0 && !c.text().substring(colon + 1).isBlank()) return c.text().substring(colon + 1).trim();
                if (i + 1 < cells.size() && cells.get(i + 1).display() != null) {
                    String v = cells.get(i + 1).display().trim();
                    return v.startsWith(":") ? v.substring(1).trim() : v;
                }
                return null;
            }
        }
        return null;
    }

    static String nameQuarter(String sheetName) {
        Matcher m = NAME_QUARTER.matcher(sheetName);
        return m.find() ? Periode.normalize(m.group(1)) : null;
    }

    private static Integer year(String text) {
        if (text == null) return null;
        Matcher m = Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(text);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static int quarterNumber(String roman) {
        return roman == null ? 0 : List.of("I", "II", "III", "IV").indexOf(roman) + 1;
    }

    private static String reason(Candidate chosen, List<Candidate> all) {
        long latest = rank(chosen);
        if (latest > 0 && all.stream().filter(c -> rank(c) == latest).count() == 1) return "karena tahun dan triwulannya paling akhir";
        if (!chosen.copy() && all.stream().anyMatch(Candidate::copy)) return "karena bukan salinan";
        return "karena letaknya paling depan";
    }

    private static long rank(Candidate c) {
        return (c.tahun() == null ? 0 : c.tahun()) * 10L + quarterNumber(c.triwulan());
    }

    private static String others(List<Candidate> all, String chosen) {
        return String.join(", ", all.stream().filter(c -> !c.name().equals(chosen)).map(Candidate::described).toList());
    }
}
