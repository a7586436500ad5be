package capaian.cli;

import capaian.findings.Finding;
import capaian.convert.ConvertException;
import capaian.convert.FormChain;
import capaian.evaluate.Evaluation;
import capaian.process.Processor;
import capaian.read.UnreadableWorkbookException;
import capaian.rules.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `next` and `monitoring`: the next form of the year, prefilled. A Renja gives the Lampiran Realisasi of a
 * triwulan, a Lampiran the next quarter's, the Renja with the quarters' Lampiran the Monitoring Capaian Kinerja.
 */
final class ChainCommand {
    private final PrintStream out;
    private final PrintStream err;

    ChainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int next(String[] args) {
        Options o = Options.parse(args, Set.of("--out", "--triwulan", "--renja", "--profile"));
        if (o.positional.size() != 1 || o.get("--out") == null) {
            throw new UsageException("Penggunaan: capaian next RENJA.xlsx -o LAMPIRAN.xlsx [--triwulan N]\n"
                    + "           capaian next LAMPIRAN-TWn.xlsx -o LAMPIRAN-TWn+1.xlsx [--renja RENJA.xlsx]");
        }
        Profile profile = o.profile();
        Processor p = new Processor(profile);
        FormChain chain = new FormChain(profile);
        Path in = Path.of(o.positional.get(0));
        try {
            Evaluation ev = read(p, in);
            FormChain.Prefilled result;
            if (ev.document().form() == capaian.form.Forms.RENJA) {
                Integer tw = triwulan(o.get("--triwulan"));
                result = chain.lampiranFromRenja(ev, tw == null ? 1 : tw);
            } else {
                result = chain.nextLampiran(ev, o.get("--renja") == null ? null : read(p, Path.of(o.get("--renja"))));
            }
            return write(result, Path.of(o.get("--out")));
        } catch (Failure f) {
            return 2;
        } catch (ConvertException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    int monitoring(String[] args) {
        Options o = Options.parse(args, Set.of("--out", "--profile"));
        if (o.positional.size() < 2 || o.get("--out") == null) {
            throw new UsageException("Penggunaan: capaian monitoring RENJA.xlsx LAMPIRAN-TW1.xlsx [... LAMPIRAN-TW4.xlsx] "
                    + "-o MONITORING.xlsx");
        }
        Profile profile = o.profile();
        Processor p = new Processor(profile);
        try {
            Evaluation renja = read(p, Path.of(o.positional.get(0)));
            List<Evaluation> quarters = new ArrayList<>();
            for (String f : o.positional.subList(1, o.positional.size())) quarters.add(read(p, Path.of(f)));
            return write(new FormChain(profile).monitoring(renja, quarters), Path.of(o.get("--out")));
        } catch (Failure f) {
            return 2;
        } catch (ConvertException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private int write(FormChain.Prefilled result, Path file) {
        try {
            Files.write(file, result.workbook());
        } catch (IOException e) {
            err.println("Tidak dapat menulis " + file + ": " + e.getMessage());
            return 2;
        }
        for (Finding f : result.findings()) out.println("  [" + f.severity().label() + "] " + f.code() + ": " + f.message());
        out.println(result.form().title() + " ditulis ke " + file
                + (result.findings().isEmpty() ? "" : " (" + result.findings().size() + " perbedaan dengan Renja)"));
        return 0;
    }

    private Evaluation read(Processor p, Path file) throws Failure {
        try (InputStream in = Files.newInputStream(file)) {
            return p.evaluate(in, null);
        } catch (NoSuchFileException e) {
            err.println("Berkas tidak ditemukan: " + file);
        } catch (UnreadableWorkbookException e) {
            err.println(file + ": " + e.getMessage());
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca: " + file + " (" + e.getMessage() + ")");
        }
        throw new Failure();
    }

    static Integer triwulan(String text) {
        if (text == null) return null;
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        String[] roman = {"I", "II", "III", "IV"};
        for (int i = 0; i < 4; i++) if (t.equals(roman[i]) || t.equals(Integer.toString(i + 1))) return i + 1;
        throw new UsageException("--triwulan harus 1-4 atau I-IV.");
    }

    /** Already reported on stderr. */
    private static final class Failure extends Exception {
        Failure() {
            super(null, null, false, false);
        }
    }
}
