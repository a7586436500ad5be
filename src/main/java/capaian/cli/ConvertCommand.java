package capaian.cli;

import capaian.convert.ConvertException;
import capaian.convert.Converter;
import capaian.read.UnreadableWorkbookException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** `convert IN OUT`: workbook to JSON, CSV or .xlsx, JSON to workbook, by the files' extensions. */
final class ConvertCommand {
    static final String USAGE = "Penggunaan: capaian convert MASUK KELUAR [--form F] [--triwulan N] [--separator ;|,]\n"
            + "  MASUK .xlsx, .xlsm, .xls atau .json; KELUAR .json, .csv, .zip atau .xlsx";

    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options o = Options.parse(args, Set.of("--form", "--triwulan", "--separator", "--profile"));
        if (o.positional.size() != 2) throw new UsageException(USAGE);
        Path in = Path.of(o.positional.get(0));
        Path target = Path.of(o.positional.get(1));
        Converter.Format to = Converter.Format.of(target.getFileName().toString());
        if (to == null || Converter.Format.of(in.getFileName().toString()) == null) throw new UsageException(USAGE);
        String sep = o.get("--separator") == null ? ";" : o.get("--separator");
        if (!sep.equals(";") && !sep.equals(",")) throw new UsageException("--separator harus ; atau ,");
        Integer tw = ChainCommand.triwulan(o.get("--triwulan"));
        try {
            Converter.Output result = new Converter(o.profile()).convert(Files.readAllBytes(in), in.getFileName().toString(),
                    to, o.get("--form"), sep.charAt(0), tw);
            Path written = target;
            if (result.format() != to) {
                String name = target.getFileName().toString();
                written = target.resolveSibling(name.substring(0, name.lastIndexOf('.')) + "." + result.format().extension());
                out.println("Formulir ini punya beberapa lembar: satu berkas CSV per lembar, dalam zip.");
            }
            Files.write(written, result.bytes());
            out.println("Ditulis ke " + written);
            return 0;
        } catch (NoSuchFileException e) {
            err.println("Berkas tidak ditemukan: " + in);
        } catch (UnreadableWorkbookException | ConvertException e) {
            err.println(in + ": " + e.getMessage());
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca atau ditulis: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
        }
        return 2;
    }
}
