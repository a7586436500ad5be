package capaian.cli;

import capaian.consolidate.Consolidator;
import capaian.consolidate.Inputs;
import capaian.consolidate.OpdList;
import capaian.consolidate.Rekap;
import capaian.consolidate.RekapJson;
import capaian.consolidate.RekapWriter;
import capaian.consolidate.Selection;
import capaian.compute.Numbers;
import capaian.model.Periode;
import capaian.process.Processor;
import capaian.rules.Profile;
import capaian.rules.ProfileException;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * `consolidate FILES-OR-DIRS... -o REKAP.xlsx`: Bappeda's rekap of many OPD workbooks (docs/consolidation.md).
 * Exit 0 when the rekap is written (unreadable files are listed in it, not fatal), 2 when nothing could be
 * consolidated or the arguments are wrong.
 */
final class ConsolidateCommand {
    static final String USAGE = "Penggunaan: capaian consolidate BERKAS-ATAU-FOLDER... -o REKAP.xlsx [--report R.json]"
            + " [--opd-list OPD.xlsx] [--profile P.json] [--template T.xlsx] [--form F] [--tahun N] [--periode P]";

    private final PrintStream out;
    private final PrintStream err;

    ConsolidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options o = Options.parse(args, Set.of("--out", "--report", "--opd-list", "--profile", "--template", "--form",
                "--tahun", "--periode"));
        if (o.positional.isEmpty() || o.get("--out") == null) throw new UsageException(USAGE);
        List<Path> inputs = o.existingPaths(err);
        if (inputs == null) return 2;
        Profile profile;
        OpdList list;
        Future<RekapWriter> writer;
        try {
            profile = o.loadProfile();
            list = o.get("--opd-list") == null ? OpdList.empty() : OpdList.read(Files.readAllBytes(Path.of(o.get("--opd-list"))));
            byte[] template = o.get("--template") == null ? null : Files.readAllBytes(Path.of(o.get("--template")));
            // The template is opened with POI (a third of a cold 60-workbook rekap) while the workbooks are read.
            writer = inBackground(() -> template == null ? RekapWriter.standard() : new RekapWriter(template));
        } catch (ProfileException e) {
            err.println("Profil aturan tidak dapat dipakai: " + e.getMessage());
            return 2;
        } catch (OpdList.OpdListException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca: " + e.getMessage());
            return 2;
        }
        Consolidator c = new Consolidator(new Processor(profile), selection(o));
        Rekap rekap;
        try {
            Inputs.addPaths(c, inputs);
            rekap = c.finish(list, Instant.now());
            if (rekap.entries().stream().noneMatch(e -> e.readable())) {
                err.println("Tidak ada buku kerja yang dapat direkap.");
                rekap.opds().stream().filter(l -> l.catatan() != null).forEach(l -> err.println("  " + l.berkas() + ": " + l.catatan()));
                rekap.skipped().forEach(s -> err.println("  " + s.berkas() + ": " + s.reason()));
                return 2;
            }
            try (var w = Files.newOutputStream(Path.of(o.get("--out")))) {
                joined(writer).write(rekap, w);
            }
            if (o.get("--report") != null) {
                Files.writeString(Path.of(o.get("--report")), RekapJson.toJson(rekap), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("Tidak dapat membaca atau menulis: " + e.getMessage());
            return 2;
        }
        print(rekap);
        out.println("Rekap ditulis ke " + o.get("--out"));
        return 0;
    }

    private static <T> Future<T> inBackground(java.util.concurrent.Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(task);
        Thread t = new Thread(f, "capaian-rekap-template");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The task's result; what it threw, as it threw it. */
    private static <T> T joined(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Selection selection(Options o) {
        Integer tahun = o.tahun();
        String periode = o.get("--periode") == null ? null : Periode.normalize(o.get("--periode"));
        if (o.get("--periode") != null && periode == null) {
            throw new UsageException("Periode harus I, II, III, IV atau Tahunan, bukan \"" + o.get("--periode") + "\".");
        }
        return new Selection(o.get("--form"), tahun, periode);
    }

    private void print(Rekap r) {
        Rekap.Info i = r.info();
        out.println("Rekap     : " + i.judul());
        out.println("OPD       : " + i.jumlahOpd() + " baris; " + i.terkirim() + " terbaca (" + i.adaTemuan()
                + " ada temuan), " + i.belumKirim() + " belum kirim, " + i.tidakTerbaca() + " tidak terbaca");
        Rekap.OpdLine t = r.total();
        out.println("Pagu      : " + rupiah(t.pagu()));
        out.println("Realisasi : " + rupiah(t.realisasi()));
        out.println("Serapan   : " + pct(t.serapan()));
        out.println("Capaian   : " + pct(t.capaian()) + (t.kategori() == null ? "" : " (" + t.kategori() + ")"));
        for (Rekap.OpdLine l : r.opds()) {
            if (l.catatan() == null || l.status().equals("valid")) continue;
            out.println("  [" + l.status() + "] " + (l.nama() != null ? l.nama() : l.berkas()) + ": " + l.catatan());
        }
        for (Rekap.SkippedFile s : r.skipped()) out.println("  [dilewati] " + s.berkas() + ": " + s.reason());
    }

    private static String rupiah(BigDecimal v) {
        return v == null ? "-" : "Rp " + Numbers.display(v);
    }

    private static String pct(BigDecimal v) {
        return v == null ? "-" : Numbers.displayFixed(v, 2) + " %";
    }
}
