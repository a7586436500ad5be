package capaian.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** The command line: `capaian <command> ...`. Exit 0 ok, 1 the workbook has errors, 2 unusable input. */
public final class Main {
    private Main() {}

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Main.class.getName());

    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        boolean server = args.length > 0 && (args[0].equals("serve") || args[0].equals("user") || args[0].equals("store"));
        // the server logs to its console as before; the converter's commands keep the terminal for the user
        if (server) QuietLogging.poiOnly(); else QuietLogging.apply(verbose);
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        args = Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            out.print(Usage.TEXT);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "template" -> new TemplateCommand(out, err).template(rest);
                case "templates" -> new TemplateCommand(out, err).all(rest);
                case "check" -> new WorkbookCommand(out, err, false).run(rest);
                case "process" -> new WorkbookCommand(out, err, true).run(rest);
                case "consolidate" -> new ConsolidateCommand(out, err).run(rest);
                case "evaluasi-rkpd" -> new RkpdCommand(out, err).run(rest);
                case "convert" -> new ConvertCommand(out, err).run(rest);
                case "next" -> new ChainCommand(out, err).next(rest);
                case "monitoring" -> new ChainCommand(out, err).monitoring(rest);
                case "serve" -> capaian.web.ServeCommand.run(rest);
                case "user" -> capaian.store.UserCommand.run(rest);
                case "store" -> capaian.store.StoreCommand.run(rest);
                case "findings" -> {
                    out.print(capaian.findings.FindingsCatalogue.markdown());
                    yield 0;
                }
                default -> {
                    err.println("Perintah tidak dikenal: " + args[0]);
                    err.print(Usage.TEXT);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug of ours, not the user's: say so plainly; the stack trace goes to the log file (or --verbose).
            LOG.log(java.util.logging.Level.SEVERE, "internal failure: " + String.join(" ", args), e);
            err.println("Terjadi kesalahan di dalam Capaian, bukan pada berkas Anda. Coba sekali lagi; bila tetap gagal, "
                    + "kirim berkas itu kepada pengelola Capaian beserta catatan di " + QuietLogging.logPath()
                    + " (atau jalankan ulang dengan --verbose untuk melihat rinciannya).");
            return 2;
        }
    }
}
