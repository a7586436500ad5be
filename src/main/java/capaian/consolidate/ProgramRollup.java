package capaian.consolidate;

import capaian.model.Kode;
import capaian.model.Level;
import capaian.rules.Profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rekap Program: every OPD's programs summed by program code across OPDs, under their bidang urusan and
 * urusan (codes are keys only together with the OPD inside one workbook, RULES 2; across OPDs the program
 * code is what Bappeda groups by). A program without a code is grouped by its name, after the coded ones.
 * Each line's capaian is concluded over the OPDs' program capaian by the profile's method.
 */
final class ProgramRollup {
    private static final String UNCODED = "~"; // sorts after every code

    private final Profile profile;
    private final Map<String, Group> groups = new TreeMap<>();

    private final class Group {
        final String tingkat;
        final String kode;
        String uraian;
        final Aggregate sum = new Aggregate(profile);
        final Set<String> opds = new LinkedHashSet<>();

        Group(String tingkat, String kode) {
            this.tingkat = tingkat;
            this.kode = kode;
        }
    }

    ProgramRollup(Profile profile) {
        this.profile = profile;
    }

    void add(OpdEntry opd) {
        String who = opd.nama() != null ? opd.nama() : opd.kodeOpd();
        for (ProgramLine p : opd.programs()) {
            Kode k = Kode.parse(p.kode());
            if (k != null && k.level() == Level.PROGRAM) {
                String bidang = k.parentText();
                String urusan = bidang.substring(0, bidang.indexOf('.'));
                group(urusan, Level.URUSAN, urusan, p.urusan(), p, who);
                group(bidang, Level.BIDANG, bidang, p.bidang(), p, who);
                group(k.text(), Level.PROGRAM, k.text(), p.uraian(), p, who);
            } else {
                String name = p.uraian() == null ? "(tanpa nama)" : p.uraian().trim();
                group(UNCODED + OpdEntry.normalName(name), Level.PROGRAM, null, name, p, who);
            }
        }
    }

    private void group(String key, Level level, String kode, String uraian, ProgramLine p, String opd) {
        Group g = groups.computeIfAbsent(key, x -> new Group(level.label(), kode));
        if (g.uraian == null && uraian != null) g.uraian = uraian;
        g.sum.add(p.pagu(), p.realisasi(), p.capaian(), 0);
        if (opd != null) g.opds.add(opd);
    }

    List<Rekap.ProgramTotal> lines() {
        List<Rekap.ProgramTotal> out = new ArrayList<>();
        for (Group g : groups.values()) {
            Aggregate s = g.sum;
            out.add(new Rekap.ProgramTotal(g.tingkat, g.kode, g.uraian, g.opds.size(), s.pagu(), s.realisasi(),
                    s.serapan(), s.capaian(), s.kategori(), s.efisiensi(), String.join("; ", g.opds)));
        }
        return out;
    }

}
