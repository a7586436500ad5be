package capaian.consolidate.rkpd;

import capaian.compute.BudgetRule;
import capaian.compute.ConclusionRule;
import capaian.compute.Numbers;
import capaian.model.Kode;
import capaian.model.Level;
import capaian.model.Periode;
import capaian.process.Processor;
import capaian.rules.Profile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the region's {@link RkpdEvaluation} from the OPDs' Monitoring forms of one tahun and triwulan: lines
 * grouped by urusan, bidang urusan and program across OPDs (a program several OPDs carry is one program with each
 * OPD's indicators and kegiatan under it), every indicator's figures as its OPD's computed form has them, money
 * of the lines above the sub kegiatan as sums, their ratios as realisasi ÷ target of the sums, and the region's
 * rata-rata capaian concluded over the OPDs' own conclusions by the profile's method (as the rekap does).
 */
public final class RkpdConsolidator {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Profile profile;
    private final OpdFormReader reader;
    private final Integer tahun;
    private final String triwulan;
    private final List<OpdForm> forms = new ArrayList<>();
    /** Notes for an OPD's line, by its key (a resent or rejected form). */
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    /** @param tahun and {@code triwulan} ("I" to "IV") choose the forms; null: the most common among the inputs */
    public RkpdConsolidator(Processor processor, Integer tahun, String triwulan) {
        this.profile = processor.profile();
        this.tahun = tahun;
        this.triwulan = triwulan == null ? null : Periode.normalize(triwulan);
        this.reader = new OpdFormReader(processor, this.triwulan);
    }

    /** Reads one Monitoring workbook; {@code note} (or null) is shown on its OPD's line when it is the one used. */
    public void add(Path file, String source, Instant modified, String note) {
        OpdForm f = reader.read(file, source, modified);
        synchronized (this) {
            forms.add(f);
            if (note != null) notes.computeIfAbsent(source, k -> new ArrayList<>()).add(note);
        }
    }

    /**
     * Files and directories (walked for .xlsx, .xlsm, .xls), read on as many threads as there are cores; the
     * evaluation does not depend on the order they finish in (the latest of an OPD is chosen by time, then name).
     */
    public void addPaths(List<Path> paths) throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (java.nio.file.Files.isDirectory(p)) {
                try (var walk = java.nio.file.Files.walk(p)) {
                    walk.filter(java.nio.file.Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xlsm|xls)$"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        java.io.IOException[] failed = new java.io.IOException[1];
        files.parallelStream().forEach(f -> {
            try {
                add(f, f.getFileName().toString(), java.nio.file.Files.getLastModifiedTime(f).toInstant(), null);
            } catch (java.io.IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) throw failed[0];
        forms.sort(Comparator.comparing(OpdForm::source));
    }

    private RkpdEvaluation.SignOff signOff = RkpdEvaluation.SignOff.blank();

    public void signOff(RkpdEvaluation.SignOff s) {
        this.signOff = s;
    }

    public RkpdEvaluation finish(Instant now) {
        Integer year = tahun != null ? tahun : mostCommonTahun();
        String tw = triwulan != null ? triwulan : mostCommonTriwulan();
        List<RkpdEvaluation.Opd> opdLines = new ArrayList<>();
        Map<String, OpdForm> latest = new LinkedHashMap<>();
        List<OpdForm> unreadable = new ArrayList<>();
        List<OpdForm> skipped = new ArrayList<>();
        for (OpdForm f : forms) {
            if (!f.readable()) unreadable.add(f);
            else if ((year != null && !year.equals(f.tahun())) || (tw != null && !tw.equals(f.triwulan()))) skipped.add(f);
            else {
                OpdForm old = latest.get(f.key());
                if (old == null || later(f, old)) {
                    latest.put(f.key(), f);
                    if (old != null) note(f, "Dipakai buku kerja terbaru; " + old.source() + " tidak dipakai.");
                } else {
                    note(old, "Dipakai buku kerja terbaru; " + f.source() + " tidak dipakai.");
                }
            }
        }
        List<OpdForm> used = new ArrayList<>(latest.values());
        used.sort(Comparator.comparing((OpdForm f) -> f.kodeOpd() == null ? "~" : f.kodeOpd())
                .thenComparing(f -> f.label().toLowerCase(Locale.ROOT)));

        List<BigDecimal> conclusions = new ArrayList<>();
        for (OpdForm f : used) {
            if (f.capaian() != null) conclusions.add(f.capaian());
            List<String> n = new ArrayList<>(notes.getOrDefault(f.source(), List.of()));
            if (f.errors() > 0) n.add("Buku kerja ini punya " + f.errors() + " galat; angkanya tetap dimasukkan.");
            opdLines.add(new RkpdEvaluation.Opd(opdLines.size() + 1, f.kodeOpd(), f.nama(), f.capaian(), f.predikat(),
                    f.errors() > 0 ? "ada temuan" : "valid", f.source(), n.isEmpty() ? null : String.join(" ", n)));
        }
        for (OpdForm f : skipped) {
            opdLines.add(new RkpdEvaluation.Opd(opdLines.size() + 1, f.kodeOpd(), f.nama(), null, null, "dilewati",
                    f.source(), "Dilewati: buku kerja ini tahun " + f.tahun() + " triwulan " + f.triwulan()
                    + ", sedangkan evaluasi ini tahun " + year + " triwulan " + tw + "."));
        }
        for (OpdForm f : unreadable) {
            opdLines.add(new RkpdEvaluation.Opd(opdLines.size() + 1, null, null, null, null, "tidak terbaca", f.source(),
                    f.unreadable()));
        }
        List<RkpdRow> rows = lines(used);
        BigDecimal capaian = Numbers.round(new ConclusionRule(profile).conclude(conclusions), profile.roundingScale());
        String predikat = capaian == null ? null : profile.conclusionScale().categorize(capaian);
        boolean rataRata = profile.conclusionMethod() == Profile.ConclusionMethod.RATA_RATA;
        String metode = rataRata ? "rata-rata capaian Perangkat Daerah" : "rata-rata data kelompok atas capaian Perangkat Daerah";
        String judul = "Tahun " + (year == null ? "-" : year) + " · Triwulan " + (tw == null ? "-" : tw);
        String keterangan = used.size() + " Perangkat Daerah · profil aturan " + profile.name() + " " + profile.version()
                + " · target dan realisasi RPJMD diambil dari kolom Renstra formulir Perangkat Daerah · dibuat "
                + STAMP.format(now.atZone(ZoneId.systemDefault()));
        RkpdEvaluation.Info info = new RkpdEvaluation.Info(year, tw, judul, keterangan,
                profile.name() + " " + profile.version(), metode, rataRata, signOff);
        return new RkpdEvaluation(info, rows, opdLines, capaian, predikat);
    }

    private void note(OpdForm f, String text) {
        notes.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(text);
    }

    private static boolean later(OpdForm a, OpdForm b) {
        if (a.modified() == null || b.modified() == null) return a.modified() != null;
        int c = a.modified().compareTo(b.modified());
        return c != 0 ? c > 0 : a.source().compareTo(b.source()) > 0;
    }

    private Integer mostCommonTahun() {
        Map<Integer, Integer> count = new LinkedHashMap<>();
        for (OpdForm f : forms) if (f.readable() && f.tahun() != null) count.merge(f.tahun(), 1, Integer::sum);
        return count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private String mostCommonTriwulan() {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (OpdForm f : forms) if (f.readable() && f.triwulan() != null) count.merge(f.triwulan(), 1, Integer::sum);
        return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> capaian.form.Forms.TRIWULAN.indexOf(e.getKey()))).map(Map.Entry::getKey).orElse(null);
    }

    // ---- grouping -------------------------------------------------------------------------------------------

    /** A program across OPDs: each OPD's lines under it, in the OPDs' order. */
    private static final class ProgramGroup {
        String kode;
        String uraian;
        final Map<OpdForm, List<OpdForm.Line>> byOpd = new LinkedHashMap<>();
    }

    private List<RkpdRow> lines(List<OpdForm> used) {
        Map<String, String> names = new LinkedHashMap<>();
        // urusan kode → bidang kode → program key → group; codes sort as text ("5.03.02" after "5.01.10")
        Map<String, Map<String, Map<String, ProgramGroup>>> tree = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (OpdForm f : used) {
            ProgramGroup current = null;
            for (OpdForm.Line l : f.lines()) {
                if (l.first() && (l.level() == Level.URUSAN || l.level() == Level.BIDANG) && l.kode() != null && l.uraian() != null) {
                    names.putIfAbsent(l.kode(), l.uraian());
                    continue;
                }
                if (l.level() == Level.URUSAN || l.level() == Level.BIDANG) continue;
                if (l.level() == Level.PROGRAM && l.first()) {
                    String key = l.kode() != null ? l.kode() : "~nama:" + (l.uraian() == null ? "" : l.uraian().trim().toLowerCase(Locale.ROOT));
                    Kode k = Kode.parse(l.kode());
                    String bidang = k != null && k.level() == Level.PROGRAM ? k.parentText() : null;
                    String urusan = bidang == null ? null : bidang.substring(0, bidang.indexOf('.'));
                    current = tree.computeIfAbsent(urusan, x -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
                            .computeIfAbsent(bidang, x -> new TreeMap<>())
                            .computeIfAbsent(key, x -> new ProgramGroup());
                    if (current.kode == null) current.kode = l.kode();
                    if (current.uraian == null) current.uraian = l.uraian();
                }
                if (current == null) continue; // rows above any program: nothing to group them under
                current.byOpd.computeIfAbsent(f, x -> new ArrayList<>()).add(l);
            }
        }
        List<RkpdRow> out = new ArrayList<>();
        RkpdRow total = new RkpdRow(RkpdRow.Kind.TOTAL).put("uraian", "JUMLAH");
        int no = 0;
        for (var u : tree.entrySet()) {
            RkpdRow urusan = add(out, new RkpdRow(RkpdRow.Kind.URUSAN).put("kode", u.getKey())
                    .put("uraian", u.getKey() == null ? "Program tanpa kode" : names.get(u.getKey())));
            total.parts().add(urusan);
            for (var b : u.getValue().entrySet()) {
                RkpdRow bidang = urusan;
                if (b.getKey() != null) {
                    bidang = add(out, new RkpdRow(RkpdRow.Kind.BIDANG).put("kode", b.getKey()).put("uraian", names.get(b.getKey())));
                    urusan.parts().add(bidang);
                }
                for (ProgramGroup g : b.getValue().values()) {
                    RkpdRow program = add(out, new RkpdRow(RkpdRow.Kind.PROGRAM).put("no", ++no).put("kode", g.kode)
                            .put("uraian", g.uraian).put("opd", String.join(", ", g.byOpd.keySet().stream().map(OpdForm::label).toList())));
                    bidang.parts().add(program);
                    for (var e : g.byOpd.entrySet()) opdLines(out, program, e.getKey(), e.getValue());
                }
            }
        }
        if (!out.isEmpty()) add(out, total);
        for (RkpdRow r : out) if (r.kind().sums()) sum(r);
        return out;
    }

    /** One OPD's lines under a program: its program indicators, then its kegiatan with their sub kegiatan. */
    private void opdLines(List<RkpdRow> out, RkpdRow program, OpdForm f, List<OpdForm.Line> lines) {
        RkpdRow kegiatan = null;
        for (OpdForm.Line l : lines) {
            RkpdRow.Kind kind;
            if (l.level() == Level.PROGRAM) kind = RkpdRow.Kind.INDIKATOR_PROGRAM;
            else if (!l.first()) kind = RkpdRow.Kind.INDIKATOR;
            else if (l.leaf()) kind = RkpdRow.Kind.SUB_KEGIATAN;
            else kind = RkpdRow.Kind.KEGIATAN;
            RkpdRow r = new RkpdRow(kind).put("sasaran", l.sasaran()).put("kode", l.kode()).put("uraian", l.uraian())
                    .put("indikator", l.indikator()).put("satuan", l.satuan()).put("opd", f.label());
            if (kind == RkpdRow.Kind.INDIKATOR_PROGRAM) r.put("kode", null).put("uraian", null);
            for (var v : l.values().entrySet()) {
                if (kind == RkpdRow.Kind.INDIKATOR_PROGRAM && (v.getKey().money() || isRatio(v.getKey()))) continue;
                r.put(v.getKey().key, v.getValue());
            }
            add(out, r);
            if (kind == RkpdRow.Kind.KEGIATAN) {
                kegiatan = r;
                program.parts().add(r);
            } else if (kind == RkpdRow.Kind.SUB_KEGIATAN) {
                // a sub kegiatan under its kegiatan; a kegiatan without sub kegiatan is itself a leaf of the program
                boolean under = kegiatan != null && l.level() == Level.SUB_KEGIATAN;
                (under ? kegiatan : program).parts().add(r);
            }
        }
    }

    private static boolean isRatio(RkpdField f) {
        return RkpdField.RATIOS.stream().anyMatch(r -> r.field() == f);
    }

    private static RkpdRow add(List<RkpdRow> out, RkpdRow r) {
        r.index = out.size();
        out.add(r);
        return r;
    }

    /** A summing line: money as the sums of its parts (summed first, children before parents), ratios of the sums. */
    private void sum(RkpdRow r) {
        for (RkpdRow p : r.parts()) if (p.kind().sums() && p.parts().size() > 0 && !summed(p)) sum(p);
        for (RkpdField f : RkpdField.MONEY) {
            BigDecimal s = null;
            for (RkpdRow p : r.parts()) s = Numbers.sum(s, p.number(f.key));
            r.put(f.key, s);
        }
        for (RkpdField.Ratio ratio : RkpdField.RATIOS) {
            BigDecimal v = BudgetRule.serapan(r.number(ratio.target().key), r.number(ratio.realisasi().key)).value();
            r.put(ratio.field().key, Numbers.round(v, profile.roundingScale()));
        }
        r.summed = true;
    }

    private static boolean summed(RkpdRow r) {
        return r.summed;
    }
}
