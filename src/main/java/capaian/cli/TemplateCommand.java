package capaian.cli;

import capaian.consolidate.RekapTemplate;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.rules.Profile;
import capaian.write.TemplateWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** `template` and `templates`: generate the forms' templates from their definitions. */
final class TemplateCommand {
    private final PrintStream out;
    private final PrintStream err;

    TemplateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int template(String[] args) {
        Options o = Options.parse(args, Set.of("--out", "--profile"));
        if (o.positional.size() != 1 || o.get("--out") == null) {
            throw new UsageException("Penggunaan: capaian template <renja|lampiran-realisasi|monitoring-capaian> -o BERKAS.xlsx "
                    + "[--profile P.json]");
        }
        FormDefinition form = Forms.byId(o.positional.get(0)).orElseThrow(() -> new UsageException(
                "Formulir tidak dikenal: " + o.positional.get(0) + ". Pilih renja, lampiran-realisasi atau monitoring-capaian."));
        return write(form, Path.of(o.get("--out")), o.profile());
    }

    int all(String[] args) {
        Options o = Options.parse(args, Set.of("--profile"));
        Path dir = Path.of(o.positional.isEmpty() ? "templates-xlsx" : o.positional.get(0));
        Profile profile = o.profile();
        for (FormDefinition f : Forms.all()) {
            int rc = write(f, dir.resolve(f.file()), profile);
            if (rc != 0) return rc;
        }
        // Bappeda's rekap template: generated here once; the committed file is what the rekap is filled from.
        Path rekap = dir.resolve(RekapTemplate.FILE);
        try {
            Files.write(rekap, RekapTemplate.generate());
            out.println("Templat rekap Bappeda ditulis ke " + rekap);
            Path rkpd = dir.resolve(capaian.consolidate.rkpd.RkpdTemplate.FILE);
            Files.write(rkpd, capaian.consolidate.rkpd.RkpdTemplate.generate());
            out.println("Templat Evaluasi Hasil RKPD ditulis ke " + rkpd);
            return 0;
        } catch (IOException e) {
            err.println("Tidak dapat menulis " + rekap + ": " + e.getMessage());
            return 2;
        }
    }

    /** A template follows the profile it is generated with: its formulas, categories and drop-downs. */
    private int write(FormDefinition form, Path file, Profile profile) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.write(file, new TemplateWriter(profile).write(form));
            out.println("Templat " + form.id() + " ditulis ke " + file);
            return 0;
        } catch (IOException e) {
            err.println("Tidak dapat menulis " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
