package capaian.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Peringkat: the OPDs that have a value, best first; equal values share a rank (1, 2, 2, 4), ties listed by
 * kode. OPDs without the value (not sent, unreadable, no indicator) are not ranked.
 */
final class Ranking {
    private Ranking() {}

    static List<Rekap.Ranked> byCapaian(List<Rekap.OpdLine> lines) {
        return rank(lines, Rekap.OpdLine::capaian);
    }

    static List<Rekap.Ranked> bySerapan(List<Rekap.OpdLine> lines) {
        return rank(lines, Rekap.OpdLine::serapan);
    }

    private static List<Rekap.Ranked> rank(List<Rekap.OpdLine> lines, Function<Rekap.OpdLine, BigDecimal> value) {
        List<Rekap.OpdLine> sorted = new ArrayList<>(lines.stream().filter(l -> value.apply(l) != null).toList());
        sorted.sort(Comparator.comparing(value, Comparator.reverseOrder())
                .thenComparing(Rekap.OpdLine::no));
        List<Rekap.Ranked> out = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Rekap.OpdLine l = sorted.get(i);
            BigDecimal v = value.apply(l);
            if (previous == null || v.compareTo(previous) != 0) rank = i + 1;
            previous = v;
            out.add(new Rekap.Ranked(rank, l.kodeOpd(), l.nama(), l.capaian(), l.kategori(), l.serapan(), l.pagu(),
                    l.realisasi()));
        }
        return out;
    }
}
