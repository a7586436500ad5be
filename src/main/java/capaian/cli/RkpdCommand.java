package capaian.cli;

import capaian.compute.Numbers;
import capaian.consolidate.rkpd.RkpdConsolidator;
import capaian.consolidate.rkpd.RkpdEvaluation;
import capaian.consolidate.rkpd.RkpdWriter;
import capaian.model.Periode;
import capaian.process.Processor;
import capaian.rules.Profile;
import capaian.rules.ProfileException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * `evaluasi-rkpd FILES-OR-DIRS... -o EVALUASI.xlsx`: the region's Evaluasi terhadap Hasil RKPD from the OPDs'
 * Monitoring forms (docs/consolidation.md). Exit 0 when written, 2 when nothing could be read or the arguments are wrong.
 */
final class RkpdCommand {
    static final String USAGE = "Penggunaan: capaian evaluasi-rkpd BERKAS-ATAU-FOLDER... -o EVALUASI.xlsx [--tahun N]"
            + " [--triwulan I-IV] [--profile P.json] [--template T.xlsx] [--tempat-tanggal T] [--kepala NAMA] [--nip NIP]";

    private final PrintStream out;
    private final PrintStream err;

    RkpdCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options o = Options.parse(args, Set.of("--out", "--profile", "--template", "--tahun", "--triwulan",
                "--tempat-tanggal", "--kepala", "--nip"));
        if (o.positional.isEmpty() || o.get("--out") == null) throw new UsageException(USAGE);
        List<Path> inputs = o.existingPaths(err);
        if (inputs == null) return 2;
        Integer tahun = o.tahun();
        String triwulan = o.get("--triwulan") == null ? null : Periode.normalize(o.get("--triwulan"));
        if (o.get("--triwulan") != null && (triwulan == null || Periode.TAHUNAN.equals(triwulan))) {
            throw new UsageException("Triwulan harus I, II, III atau IV, bukan \"" + o.get("--triwulan") + "\".");
        }
        Profile profile;
        RkpdWriter writer;
        try {
            profile = o.loadProfile();
            writer = o.get("--template") == null ? RkpdWriter.standard(profile)
                    : new RkpdWriter(Files.readAllBytes(Path.of(o.get("--template"))), profile);
        } catch (ProfileException e) {
            err.println("Profil aturan tidak dapat dipakai: " + e.getMessage());
            return 2;
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("Templat atau berkas tidak dapat dibaca: " + e.getMessage());
            return 2;
        }
        RkpdConsolidator c = new RkpdConsolidator(new Processor(profile), tahun, triwulan);
        RkpdEvaluation.SignOff blank = RkpdEvaluation.SignOff.blank();
        c.signOff(new RkpdEvaluation.SignOff(or(o.get("--tempat-tanggal"), blank.tempatTanggal()),
                or(o.get("--kepala"), blank.kepala()), or(o.get("--nip"), blank.nip()), blank.penilai()));
        RkpdEvaluation ev;
        try {
            c.addPaths(inputs);
            ev = c.finish(Instant.now());
            if (ev.rows().isEmpty()) {
                err.println("Tidak ada formulir Monitoring Capaian Kinerja yang dapat dievaluasi.");
                ev.opds().forEach(l -> err.println("  " + l.berkas() + ": " + (l.catatan() == null ? l.status() : l.catatan())));
                return 2;
            }
            try (var w = Files.newOutputStream(Path.of(o.get("--out")))) {
                writer.write(ev, w);
            }
        } catch (IOException e) {
            err.println("Tidak dapat membaca atau menulis: " + e.getMessage());
            return 2;
        }
        out.println("Evaluasi terhadap Hasil RKPD · " + ev.info().judul());
        out.println("Perangkat Daerah : " + ev.opds().size() + " berkas");
        out.println("Rata-rata capaian: " + (ev.capaian() == null ? "-" : Numbers.displayFixed(ev.capaian(), 2) + " %")
                + (ev.predikat() == null ? "" : " (" + ev.predikat() + ")"));
        ev.opds().stream().filter(l -> l.catatan() != null)
                .forEach(l -> out.println("  [" + l.status() + "] " + (l.nama() != null ? l.nama() : l.berkas()) + ": " + l.catatan()));
        out.println("Ditulis ke " + o.get("--out"));
        return 0;
    }

    private static String or(String a, String b) {
        return a == null ? b : a;
    }
}
