package capaian.write;

import capaian.compute.Entity;
import capaian.compute.Hierarchy;
import capaian.compute.IndexSheet;
import capaian.compute.Jenis;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Derivation;
import capaian.form.Role;
import capaian.model.CellRef;
import capaian.model.SheetRow;
import capaian.rules.Band;
import capaian.rules.Profile;
import capaian.rules.Scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Excel formulas for computed cells, from the same rules and profile as the core, so that Excel and
 * LibreOffice recompute what Capaian computed. A formula is given only where the cells it reads hold
 * numbers; elsewhere (text such as "2 Dokumen", predicates) the caller writes the value itself.
 */
final class FormulaBuilder {
    static final int MAX_FORMULA = 8000;
    /** Excel functions take at most 255 arguments; longer lists are nested SUMs of this many. */
    static final int MAX_ARGS = 250;

    private final Profile profile;
    private final Map<Role, Integer> columns;
    private final int scale;

    FormulaBuilder(Profile profile, Map<Role, Integer> columns) {
        this.profile = profile;
        this.columns = columns;
        this.scale = profile.roundingScale();
    }

    String ref(Role role, int row) {
        Integer c = columns.get(role);
        return c == null ? null : CellRef.a1(c, row);
    }

    /** The formula for a computed cell in a result workbook, or null when the value must be written as is. */
    String forResult(Derivation d, Role role, RowResult r, SheetResult s) {
        if (s.index() != null) return fits(new IndexFormulas(profile, this).formula(d, r.row(), s.index()));
        return fits(resultFormula(d, role, r, s.hierarchy()));
    }

    /** The formula of an Indeks template row, from the structure its prefilled rows have. */
    String forIndexTemplate(Derivation d, SheetRow row, IndexSheet index) {
        return fits(new IndexFormulas(profile, this).formula(d, row, index));
    }

    private String resultFormula(Derivation d, Role role, RowResult r, Hierarchy h) {
        SheetRow row = r.row();
        int n = row.row();
        return switch (d) {
            case CAPAIAN -> numeric(row, Role.TARGET, Role.REALISASI) && simplePolarity(row)
                    ? capaian(n, ref(Role.TARGET, n), ref(Role.REALISASI, n)) : null;
            case CAPAIAN_TW -> numeric(row, Role.TARGET_TW, Role.REALISASI) && simplePolarity(row)
                    ? capaian(n, ref(Role.TARGET_TW, n), ref(Role.REALISASI, n)) : null;
            case KATEGORI -> category(ref(Role.CAPAIAN, n), profile.capaianScale());
            case KATEGORI_IKU -> category(ref(Role.CAPAIAN, n), profile.ikuScale());
            case PREDIKAT -> category(ref(Role.RENJA_CAPAIAN_K, n), profile.capaianScale());
            case SERAPAN -> money(r, h, Role.PAGU, Role.REALISASI_ANGGARAN) ? serapan(
                    moneyRef(r, h, Role.PAGU), moneyRef(r, h, Role.REALISASI_ANGGARAN)) : null;
            case SISA -> money(r, h, Role.PAGU, Role.REALISASI_ANGGARAN) ? sisa(
                    moneyRef(r, h, Role.PAGU), moneyRef(r, h, Role.REALISASI_ANGGARAN)) : null;
            case EFISIENSI -> efisiensi(capaianCells(r.entity()), ref(Role.SERAPAN, n));
            case YEAR_REALISASI -> role == Role.RENJA_REALISASI_K ? yearKinerja(row) : yearMoney(r, h);
            case RENJA_CAPAIAN -> role == Role.RENJA_CAPAIAN_K
                    ? (numeric(row, Role.RENJA_TARGET_K) && simplePolarity(row) && r.number(Role.RENJA_REALISASI_K) != null
                        ? capaian(n, ref(Role.RENJA_TARGET_K, n), ref(Role.RENJA_REALISASI_K, n)) : null)
                    : (money(r, h, Role.RENJA_TARGET_RP) ? serapan(moneyRef(r, h, Role.RENJA_TARGET_RP),
                        ref(Role.RENJA_REALISASI_RP, n)) : null);
            case RENSTRA_REALISASI -> role == Role.RENSTRA_REALISASI_K ? renstraKinerja(row)
                    : money(r, h, Role.RENSTRA_LALU_RP) ? "IF(" + ref(Role.RENJA_REALISASI_RP, n) + "=\"\",\"\","
                        + moneyRef(r, h, Role.RENSTRA_LALU_RP) + "+" + ref(Role.RENJA_REALISASI_RP, n) + ")" : null;
            case RENSTRA_CAPAIAN -> role == Role.RENSTRA_CAPAIAN_K
                    ? (numeric(row, Role.RENSTRA_TARGET_K) && simplePolarity(row) && r.number(Role.RENSTRA_REALISASI_K) != null
                        ? capaian(n, ref(Role.RENSTRA_TARGET_K, n), ref(Role.RENSTRA_REALISASI_K, n)) : null)
                    : (money(r, h, Role.RENSTRA_TARGET_RP) ? serapan(moneyRef(r, h, Role.RENSTRA_TARGET_RP),
                        ref(Role.RENSTRA_REALISASI_RP, n)) : null);
            case CONCLUSION, INDEX_MAKSIMUM, INDEX_SKOR, INDEX_PERSENTASE, INDEX_KATEGORI -> null;
        };
    }

    /** The formula a template's empty row carries: the leaf form, guarded so that empty inputs show nothing. */
    String forTemplate(Derivation d, Role role, int n) {
        return switch (d) {
            case CAPAIAN -> capaian(n, ref(Role.TARGET, n), ref(Role.REALISASI, n));
            case CAPAIAN_TW -> capaian(n, ref(Role.TARGET_TW, n), ref(Role.REALISASI, n));
            case KATEGORI -> category(ref(Role.CAPAIAN, n), profile.capaianScale());
            case KATEGORI_IKU -> category(ref(Role.CAPAIAN, n), profile.ikuScale());
            case PREDIKAT -> category(ref(Role.RENJA_CAPAIAN_K, n), profile.capaianScale());
            case SERAPAN -> serapan(ref(Role.PAGU, n), ref(Role.REALISASI_ANGGARAN, n));
            case SISA -> sisa(ref(Role.PAGU, n), ref(Role.REALISASI_ANGGARAN, n));
            case EFISIENSI -> efisiensi(java.util.Collections.singletonList(ref(Role.CAPAIAN, n)), ref(Role.SERAPAN, n));
            default -> null;
        };
    }

    /** Capaian by the row's Polaritas cell: positif R/T, negatif per the profile; T = 0 as RULES 4.2. */
    String capaian(int n, String t, String r) {
        String p = ref(Role.POLARITAS, n);
        String neg = p == null ? "FALSE" : "LOWER(LEFT(TRIM(" + p + "),3))=\"neg\"";
        String negExpr = profile.negatifFormula() == Profile.NegatifFormula.TWO_T_MINUS_R
                ? "ROUND((2*" + t + "-" + r + ")/" + t + "*100," + scale + ")"
                : "IF(" + r + "=0,\"\",ROUND(" + t + "/" + r + "*100," + scale + "))";
        return "IFERROR(IF(OR(" + t + "=\"\"," + r + "=\"\"),\"\",IF(" + t + "=0,IF(AND(" + neg + "," + r + "=0),100,\"\"),"
                + "IF(" + neg + "," + negExpr + ",ROUND(" + r + "/" + t + "*100," + scale + ")))),\"\")";
    }

    /** The scale's bands as nested IFs, each band exactly as Scale.categorize reads it. */
    String category(String c, Scale s) {
        if (c == null) return null;
        StringBuilder sb = new StringBuilder("IF(" + c + "=\"\",\"\",");
        int open = 1;
        for (Band b : s.bands()) {
            List<String> cond = new ArrayList<>();
            if (b.min() != null) cond.add(c + (b.minInclusive() ? ">=" : ">") + b.min().toPlainString());
            if (b.max() != null) cond.add(c + (b.maxInclusive() ? "<=" : "<") + b.max().toPlainString());
            String test = cond.isEmpty() ? "TRUE" : cond.size() == 1 ? cond.get(0) : "AND(" + String.join(",", cond) + ")";
            sb.append("IF(").append(test).append(",\"").append(b.label().replace("\"", "\"\"")).append("\",");
            open++;
        }
        sb.append("\"\"");
        sb.append(")".repeat(open));
        return sb.toString();
    }

    String serapan(String pagu, String real) {
        return "IFERROR(IF(OR(" + pagu + "=\"\"," + real + "=\"\"," + pagu + "=0),\"\",ROUND(" + real + "/" + pagu
                + "*100," + scale + ")),\"\")";
    }

    String sisa(String pagu, String real) {
        return "IFERROR(IF(OR(" + pagu + "=\"\"," + real + "=\"\"),\"\"," + pagu + "-" + real + "),\"\")";
    }

    /** Efisiensi from the mean capaian of the unit's indicator rows and its serapan (RULES 6). */
    String efisiensi(List<String> capaianCells, String serapan) {
        if (capaianCells.isEmpty() || serapan == null || capaianCells.stream().anyMatch(java.util.Objects::isNull)) return null;
        String cells = String.join(",", capaianCells);
        String mean = "AVERAGE(" + cells + ")";
        if (profile.efisiensiCapsCapaianAt100()) mean = "MIN(100," + mean + ")";
        String expr = profile.efisiensiMethod() == Profile.EfisiensiMethod.SELISIH
                ? "ROUND(" + mean + "-" + serapan + "," + scale + ")"
                : "ROUND(" + mean + "/" + serapan + "," + scale + ")";
        return "IFERROR(IF(OR(" + serapan + "=\"\",COUNT(" + cells + ")=0),\"\"," + expr + "),\"\")";
    }

    private String yearKinerja(SheetRow row) {
        int n = row.row();
        List<String> q = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            Role role = Role.quarterK(tw);
            if (!row.get(role).isBlank() && !row.isNumericCell(role)) return null;
            q.add(ref(role, n));
        }
        if (q.contains(null)) return null;
        String list = String.join(",", q);
        Jenis j = jenisOf(row);
        String value = j == Jenis.AKHIR
                ? "IF(" + q.get(3) + "<>\"\"," + q.get(3) + ",IF(" + q.get(2) + "<>\"\"," + q.get(2) + ",IF(" + q.get(1)
                  + "<>\"\"," + q.get(1) + "," + q.get(0) + ")))"
                : "SUM(" + list + ")";
        return "IF(COUNT(" + list + ")=0,\"\",ROUND(" + value + "," + scale + "))";
    }

    private String renstraKinerja(SheetRow row) {
        int n = row.row();
        String year = ref(Role.RENJA_REALISASI_K, n);
        String lalu = ref(Role.RENSTRA_LALU_K, n);
        if (jenisOf(row) == Jenis.AKHIR || lalu == null) return "IF(" + year + "=\"\",\"\"," + year + ")";
        if (!row.get(Role.RENSTRA_LALU_K).isBlank() && !row.isNumericCell(Role.RENSTRA_LALU_K)) return null;
        return "IF(" + year + "=\"\",\"\",ROUND(IF(" + lalu + "=\"\",0," + lalu + ")+" + year + "," + scale + "))";
    }

    private String yearMoney(RowResult r, Hierarchy h) {
        List<String> parts = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            Role q = Role.quarterRp(tw);
            if (!money(r, h, q)) return null;
            parts.add(moneyRef(r, h, q));
        }
        return "SUM(" + String.join(",", parts) + ")";
    }

    /** The jenis the core used: typed, else assumed from the unit by the same rule ({@link Jenis#assumed}). */
    private static Jenis jenisOf(SheetRow row) {
        Jenis j = Jenis.parse(row.text(Role.JENIS));
        return j != null ? j : Jenis.assumed(row.text(Role.SATUAN), row.get(Role.RENJA_TARGET_K));
    }

    /** The SUM of a parent's leaf cells for an empty parent money cell, or null when too long for Excel. */
    String sumOfLeaves(Role role, RowResult r, Hierarchy h) {
        return fits(moneyRef(r, h, role));
    }

    /** A cell linked to another (an IKU realisasi fed by an index total): empty while the source is. */
    static String link(capaian.compute.CellLink l) {
        String src = "'" + l.sheet().replace("'", "''") + "'!" + l.cell();
        return "IF(" + src + "=\"\",\"\"," + src + ")";
    }

    /** Excel refuses formulas over 8,192 characters; such a cell gets its value written instead. */
    static String fits(String formula) {
        return formula != null && formula.length() <= MAX_FORMULA ? formula : null;
    }

    /** A leaf's own cell, or for a parent the SUM of its leaves' cells (RULES 5: parents are sums of leaves). */
    private String moneyRef(RowResult r, Hierarchy h, Role role) {
        Entity e = r.entity();
        if (e == null || e.isLeaf()) return ref(role, r.row().row());
        List<Integer> rows = new ArrayList<>();
        for (Entity leaf : h.leavesUnder(e)) for (SheetRow lr : leaf.rows()) rows.add(lr.row());
        return "SUM(" + ranges("", role, rows) + ")";
    }

    /** SUM over the given leaves' cells of a role, from another sheet (prefix 'Sheet'!). */
    String leafSum(String prefix, Role role, List<Entity> leaves) {
        if (!columns.containsKey(role) || !sumSafe(leaves, role)) return null;
        List<Integer> rows = new ArrayList<>();
        for (Entity leaf : leaves) for (SheetRow lr : leaf.rows()) rows.add(lr.row());
        return fits("SUM(" + ranges(prefix, role, rows) + ")");
    }

    /** 'Sheet'!J5:J20: a role's column over a span of rows, from another sheet. */
    String span(String prefix, Role role, int first, int last) {
        Integer c = columns.get(role);
        if (c == null) return null;
        String col = CellRef.column(c);
        return prefix + col + first + ":" + col + last;
    }

    /**
     * Whether the money cells a formula would read hold numbers: SUM and arithmetic read a text amount such
     * as "193.500.000,00" as nothing, so any such cell means the value is written instead. Blank and the nil
     * marker are safe (both count as zero in the core and in SUM).
     */
    private boolean money(RowResult r, Hierarchy h, Role... roles) {
        for (Role role : roles) {
            if (!columns.containsKey(role)) return false;
            Entity e = r.entity();
            if (e == null) {
                if (!sumSafe(r.row(), role)) return false;
                continue;
            }
            if (e.isLeaf()) {
                // a leaf's formula reads its own cell directly: "-" would make the arithmetic fail
                if (e.rows().size() > 1 || !e.first().get(role).isBlank() && !e.first().isNumericCell(role)) return false;
                continue;
            }
            if (!sumSafe(h.leavesUnder(e), role)) return false;
        }
        return true;
    }

    private static boolean sumSafe(List<Entity> leaves, Role role) {
        for (Entity leaf : leaves) for (SheetRow row : leaf.rows()) if (!sumSafe(row, role)) return false;
        return true;
    }

    private static boolean sumSafe(SheetRow row, Role role) {
        var v = row.get(role);
        return v.isBlank() || row.isNumericCell(role) || v.kind() == capaian.value.ValueKind.NIL;
    }

    /** K8:K10,K12 for rows 8, 9, 10 and 12. */
    String ranges(String prefix, Role role, List<Integer> rows) {
        String col = CellRef.column(columns.get(role));
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int start = rows.get(i);
            int end = start;
            while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) end = rows.get(++i);
            parts.add(prefix + (start == end ? col + start : col + start + ":" + col + end));
            i++;
        }
        if (parts.isEmpty()) return "0";
        while (parts.size() > MAX_ARGS) {
            List<String> nested = new ArrayList<>();
            for (int k = 0; k < parts.size(); k += MAX_ARGS) {
                nested.add("SUM(" + String.join(",", parts.subList(k, Math.min(parts.size(), k + MAX_ARGS))) + ")");
            }
            parts = nested;
        }
        return String.join(",", parts);
    }

    private List<String> capaianCells(Entity e) {
        if (e == null) return List.of();
        List<String> out = new ArrayList<>();
        for (SheetRow row : e.rows()) out.add(ref(Role.CAPAIAN, row.row()));
        return out;
    }

    private static boolean numeric(SheetRow row, Role... roles) {
        for (Role r : roles) if (!row.isNumericCell(r)) return false;
        return true;
    }

    /** The formula only knows "Positif"/"Negatif" (or blank); other spellings get the value written. */
    private static boolean simplePolarity(SheetRow row) {
        String p = row.text(Role.POLARITAS);
        if (p == null) return true;
        String t = p.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("pos") || t.startsWith("neg");
    }

}
