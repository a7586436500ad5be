package capaian.consolidate;

import capaian.form.Forms;
import capaian.model.Periode;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.Profile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Consolidates OPD workbooks into one {@link Rekap}. Workbooks are added one at a time and reduced to an
 * {@link OpdEntry} at once, so memory grows with what the rekap shows, not with the workbooks read.
 * Tolerant by design: an unreadable file is listed and the rest consolidated; a workbook with errors is
 * included and flagged; an OPD that sent twice counts once (its latest file); two OPDs claiming one kode OPD
 * are both included and flagged.
 */
public final class Consolidator {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Profile profile;
    private final Extractor extractor;
    private final Selection wanted;
    private final List<OpdEntry> entries = new ArrayList<>();
    private final List<Rekap.SkippedFile> skipped = new ArrayList<>();
    /** The selection completed from the inputs, once {@link #finish} has chosen it. */
    private Selection chosen;

    public Consolidator(Processor processor, Selection wanted) {
        this.profile = processor.profile();
        // A workbook with one sheet per quarter is read at the sheet of the rekap's triwulan, as it was sent.
        String p = wanted == null ? null : wanted.periode();
        this.extractor = new Extractor(processor, p == null || capaian.model.Periode.TAHUNAN.equals(p) ? null : p);
        this.wanted = wanted;
    }

    /** Reads one workbook file; returns its entry (the caller may add notes), or null when it was skipped. */
    public OpdEntry add(Path file, String source, Instant modified) {
        return accept(extract(file, source, modified));
    }

    /** Reads one workbook into its entry without adding it: safe to call from several threads at once. */
    OpdEntry extract(Path file, String source, Instant modified) {
        return extractor.extract(file, source, modified);
    }

    /** Adds an entry from {@link #extract}; returns it, or null when it was skipped. Not thread-safe. */
    OpdEntry accept(OpdEntry e) {
        if (e.readable() && !wanted.admits(Selection.of(e.report()))) {
            skip(e);
            return null;
        }
        entries.add(e);
        return e;
    }

    /**
     * Stored submissions, in order: each from the report the server stored when it was sent (no workbook read),
     * else from its original workbook; on as many threads as there are cores. Returns one entry per input, null
     * where it was skipped (another form, tahun or periode), so that the caller may add notes.
     */
    public List<OpdEntry> addStored(List<StoredInput> in) {
        List<OpdEntry> out = new ArrayList<>(in.size());
        InOrder.map(in, this::extractStored, e -> out.add(accept(e)));
        return out;
    }

    private OpdEntry extractStored(StoredInput s) {
        OpdEntry e = extractor.fromStored(s.reportJson().get(), s.source(), s.modified());
        if (e != null) return e;
        if (s.original() == null) {
            return OpdEntry.unreadable(s.source(), s.modified(), "Berkas kiriman ini tidak ditemukan di server. Hubungi admin.");
        }
        try {
            return s.original().read(file -> extract(file, s.source(), s.modified()));
        } catch (java.io.IOException missing) {
            return OpdEntry.unreadable(s.source(), s.modified(), "Berkas kiriman ini tidak ditemukan di server. Hubungi admin.");
        }
    }

    /** A file that is not a workbook at all (a PDF in the zip): listed as unreadable. */
    public void addUnreadable(String source, Instant modified, String reason) {
        entries.add(OpdEntry.unreadable(source, modified, reason));
    }

    public Rekap finish(OpdList list, Instant now) {
        chosen = choose();
        List<OpdEntry> kept = new ArrayList<>();
        for (OpdEntry e : entries) {
            if (e.readable() && !chosen.admits(Selection.of(e.report()))) skip(e);
            else kept.add(e);
        }
        kept = latestPerOpd(kept);
        Set<OpdList.Opd> matched = matchList(kept, list);
        for (OpdEntry e : kept) flagQuality(e);

        List<Rekap.OpdLine> lines = new ArrayList<>();
        Aggregate total = new Aggregate(profile);
        ProgramRollup programs = new ProgramRollup(profile);
        int[] counts = new int[OpdStatus.values().length];
        for (OpdEntry e : kept) {
            counts[e.status().ordinal()]++;
            lines.add(line(e));
            if (!e.readable()) continue;
            Report.Summary s = e.report().summary();
            total.add(s.pagu(), s.realisasi(), s.capaian(), s.subKegiatan());
            programs.add(e);
        }
        for (OpdList.Opd o : list.opds()) {
            if (matched.contains(o)) continue;
            counts[OpdStatus.BELUM_KIRIM.ordinal()]++;
            lines.add(new Rekap.OpdLine(null, o.kode(), o.nama(), o.urusan(), OpdStatus.BELUM_KIRIM.label(), null, null,
                    null, null, null, null, null, null, null, null, null, null,
                    "Belum ada buku kerja untuk periode ini.", null));
        }
        lines.sort(LINE_ORDER);
        List<Rekap.OpdLine> numbered = new ArrayList<>();
        for (Rekap.OpdLine l : lines) numbered.add(withNo(l, numbered.size() + 1));

        Rekap.Info info = info(counts, numbered.size(), now);
        return new Rekap(info, numbered, totalLine(total, kept, counts), programs.lines(),
                Ranking.byCapaian(numbered), Ranking.bySerapan(numbered), List.copyOf(skipped), kept);
    }

    /** The selection asked for, completed with the most common form, tahun and periode of the inputs. */
    private Selection choose() {
        if (wanted.complete()) return wanted;
        Map<Selection, Integer> count = new LinkedHashMap<>();
        for (OpdEntry e : entries) if (e.readable()) count.merge(Selection.of(e.report()), 1, Integer::sum);
        return count.entrySet().stream()
                .max(Comparator.<Map.Entry<Selection, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(x -> x.getKey().tahun() == null ? 0 : x.getKey().tahun())
                        .thenComparing(x -> String.valueOf(x.getKey().periode())))
                .map(Map.Entry::getKey).orElse(wanted);
    }

    private void skip(OpdEntry e) {
        Selection s = Selection.of(e.report());
        String target = chosen == null ? wanted.describe() : chosen.describe();
        skipped.add(new Rekap.SkippedFile(e.source(), "Dilewati: buku kerja ini " + s.describe()
                + ", sedangkan rekap ini " + target + "."));
    }

    /**
     * One entry per OPD: of several files of the same OPD (same kode and name) the latest counts, noted; two
     * names under one kode are different OPDs claiming the same kode: both stay, flagged.
     */
    private static List<OpdEntry> latestPerOpd(List<OpdEntry> in) {
        Map<String, Map<String, List<OpdEntry>>> byKey = new LinkedHashMap<>();
        List<OpdEntry> out = new ArrayList<>();
        for (OpdEntry e : in) {
            if (!e.readable()) out.add(e);
            else byKey.computeIfAbsent(e.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(OpdEntry.normalName(e.nama()), k -> new ArrayList<>()).add(e);
        }
        for (Map<String, List<OpdEntry>> names : byKey.values()) {
            List<OpdEntry> latest = new ArrayList<>();
            for (List<OpdEntry> sent : names.values()) {
                sent.sort(Comparator.comparing(OpdEntry::modified, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(OpdEntry::source).reversed());
                OpdEntry keep = sent.get(0);
                if (sent.size() > 1) {
                    keep.notes().add(RekapNote.info("REKAP_KIRIM_ULANG", "OPD ini mengirim " + sent.size()
                            + " buku kerja; yang dipakai yang terbaru (" + keep.source() + "). Tidak dipakai: "
                            + String.join(", ", sent.subList(1, sent.size()).stream().map(OpdEntry::source).toList()) + "."));
                }
                latest.add(keep);
            }
            if (latest.size() > 1) {
                for (OpdEntry e : latest) {
                    List<String> others = latest.stream().filter(o -> o != e).map(o -> o.nama() + " (" + o.source() + ")").toList();
                    e.notes().add(RekapNote.warning("REKAP_KODE_GANDA", "Kode OPD " + e.kodeOpd()
                            + " juga dipakai oleh " + String.join(", ", others) + ". Periksa isian Kode OPD."));
                }
            }
            out.addAll(latest);
        }
        return out;
    }

    /** Matches entries to the master list by kode, else by name; returns the list entries that sent something. */
    private static Set<OpdList.Opd> matchList(List<OpdEntry> kept, OpdList list) {
        Map<String, OpdList.Opd> byKode = index(list, OpdList.Opd::kode);
        Map<String, OpdList.Opd> byName = index(list, o -> OpdEntry.normalName(o.nama()));
        Set<OpdList.Opd> matched = new HashSet<>();
        for (OpdEntry e : kept) {
            if (!e.readable()) continue;
            OpdList.Opd o = e.kodeOpd() != null ? byKode.get(e.kodeOpd()) : byName.get(OpdEntry.normalName(e.nama()));
            if (o == null && e.nama() != null) o = byName.get(OpdEntry.normalName(e.nama()));
            if (o != null) {
                e.listed(o.nama(), o.urusan());
                matched.add(o);
            } else if (!list.opds().isEmpty()) {
                e.notes().add(RekapNote.info("REKAP_TIDAK_DI_DAFTAR", "OPD ini tidak ada di daftar OPD."));
            }
        }
        return matched;
    }

    private static Map<String, OpdList.Opd> index(OpdList list, Function<OpdList.Opd, String> key) {
        Map<String, OpdList.Opd> out = new HashMap<>();
        for (OpdList.Opd o : list.opds()) {
            String k = key.apply(o);
            if (k != null && !k.isEmpty()) out.putIfAbsent(k, o);
        }
        return out;
    }

    private static void flagQuality(OpdEntry e) {
        if (!e.readable()) {
            e.notes().add(0, RekapNote.error("REKAP_TIDAK_TERBACA", e.unreadableReason()));
            return;
        }
        Report.Summary s = e.report().summary();
        if (s.errors() > 0) {
            e.notes().add(RekapNote.warning("REKAP_ADA_GALAT", "Buku kerja ini punya " + s.errors()
                    + " kesalahan; angkanya tetap dimasukkan ke rekap. Lihat lembar Temuan."));
        }
        if (e.kodeOpd() == null) {
            e.notes().add(RekapNote.warning("REKAP_KODE_KOSONG", "Kode OPD kosong di buku kerja; OPD dikenali dari namanya."));
        }
    }

    private static Rekap.OpdLine line(OpdEntry e) {
        String catatan = String.join(" ", e.notes().stream().map(RekapNote::message).toList());
        if (!e.readable()) {
            return new Rekap.OpdLine(null, null, null, null, OpdStatus.TIDAK_TERBACA.label(), null, null, null, null,
                    null, null, null, null, null, null, null, e.source(), catatan, null);
        }
        Report.Summary s = e.report().summary();
        return new Rekap.OpdLine(null, e.kodeOpd(), e.nama(), e.urusan(), e.status().label(), s.subKegiatan(), s.pagu(),
                s.realisasi(), s.serapan(), s.capaian(), s.kategori(), s.efisiensi(), s.kategoriEfisiensi(), s.errors(),
                s.warnings(), s.infos(), e.source(), catatan.isEmpty() ? null : catatan, null);
    }

    /** Sent or listed OPDs by kode (those without a kode by name), unreadable files last. */
    private static final Comparator<Rekap.OpdLine> LINE_ORDER = Comparator
            .comparing((Rekap.OpdLine l) -> OpdStatus.TIDAK_TERBACA.label().equals(l.status()))
            .thenComparing(Rekap.OpdLine::kodeOpd, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.nama() == null ? "" : OpdEntry.normalName(l.nama()))
            .thenComparing(l -> l.berkas() == null ? "" : l.berkas());

    private static Rekap.OpdLine withNo(Rekap.OpdLine l, int no) {
        return new Rekap.OpdLine(no, l.kodeOpd(), l.nama(), l.urusan(), l.status(), l.subKegiatan(), l.pagu(), l.realisasi(),
                l.serapan(), l.capaian(), l.kategori(), l.efisiensi(), l.kategoriEfisiensi(), l.errors(), l.warnings(),
                l.infos(), l.berkas(), l.catatan(), l.label());
    }

    private Rekap.OpdLine totalLine(Aggregate t, List<OpdEntry> kept, int[] counts) {
        int errors = 0, warnings = 0, infos = 0;
        for (OpdEntry e : kept) {
            if (!e.readable()) continue;
            errors += e.report().summary().errors();
            warnings += e.report().summary().warnings();
            infos += e.report().summary().infos();
        }
        int terkirim = counts[OpdStatus.VALID.ordinal()] + counts[OpdStatus.ADA_TEMUAN.ordinal()];
        String method = profile.conclusionMethod() == Profile.ConclusionMethod.RATA_RATA
                ? "rata-rata capaian OPD" : "rata-rata data kelompok atas capaian OPD";
        return new Rekap.OpdLine(null, null, "JUMLAH", null, terkirim + " OPD terbaca", t.subKegiatan(), t.pagu(),
                t.realisasi(), t.serapan(), t.capaian(), t.kategori(), t.efisiensi(), t.kategoriEfisiensi(), errors,
                warnings, infos, null, "Pagu dan realisasi dijumlahkan; serapan = jumlah realisasi / jumlah pagu; capaian = "
                + method + " (profil " + profile.name() + ").", "JUMLAH");
    }

    private Rekap.Info info(int[] counts, int lines, Instant now) {
        String form = chosen.form();
        String title = form == null ? null : Forms.byId(form).map(f -> f.title()).orElse(form);
        String periode = chosen.periode();
        String judul = (title == null ? "Rekap" : title) + " · Tahun " + (chosen.tahun() == null ? "-" : chosen.tahun())
                + " · " + (periode == null ? "-" : Periode.TAHUNAN.equals(periode) ? "Tahunan" : "Triwulan " + periode);
        int terkirim = counts[OpdStatus.VALID.ordinal()] + counts[OpdStatus.ADA_TEMUAN.ordinal()];
        String dibuat = STAMP.format(now.atZone(ZoneId.systemDefault()));
        String keterangan = lines + " baris OPD: " + terkirim + " terbaca (" + counts[OpdStatus.ADA_TEMUAN.ordinal()]
                + " ada temuan), " + counts[OpdStatus.BELUM_KIRIM.ordinal()] + " belum kirim, "
                + counts[OpdStatus.TIDAK_TERBACA.ordinal()] + " tidak terbaca · profil aturan " + profile.name() + " "
                + profile.version() + " · dibuat " + dibuat;
        return new Rekap.Info(form, title, chosen.tahun(), periode, profile.name() + " " + profile.version(), dibuat,
                lines, terkirim, counts[OpdStatus.BELUM_KIRIM.ordinal()], counts[OpdStatus.TIDAK_TERBACA.ordinal()],
                counts[OpdStatus.ADA_TEMUAN.ordinal()], judul, keterangan);
    }
}
