package capaian.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Runs the command line's {@code check} and {@code process} in-process on every file of a directory of real
 * spreadsheets (Apache POI's test data) and counts what a user would see go wrong: crashes (a throwable out of
 * the command or a timeout), Java stack traces printed anywhere (the command's streams and the JVM's own
 * stdout/stderr, where java.util.logging and POI's logging write), internal failures worded as the generic
 * "tidak dapat diproses" / "Kesalahan internal", and Strict OOXML workbooks called "rusak".
 *
 * <p>Run it in a JVM of its own, as the CLI runs ({@code scripts/poi-testdata-run DIR}): it replaces
 * System.out/err before anything logs, so a logger's console handler writes into the capture.
 * Prints one line per file and command to {@code target/real-files-run.tsv} and the totals on stdout.
 */
public final class RealFilesRun {
    private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s*at [\\w$.<>/]+\\(.*\\)\\s*$|^Caused by: |^Exception in thread ");
    private static final long TIMEOUT_SECONDS = 180;

    /** Where System.out/err go for the file being run. */
    private static final class Switch extends OutputStream {
        volatile OutputStream target = OutputStream.nullOutputStream();

        @Override
        public void write(int b) throws IOException { target.write(b); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { target.write(b, off, len); }
    }

    record Outcome(String file, String command, int code, boolean crash, boolean stackTrace, boolean internal,
                   boolean strict, boolean strictRusak, String firstLine) {}

    public static void main(String[] args) throws Exception {
        PrintStream realOut = System.out;
        Switch sw = new Switch();
        PrintStream captured = new PrintStream(sw, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        QuietLogging.apply();
        Path dir = Path.of(args[0]);
        Path report = Path.of(args.length > 1 ? args[1] : "target/real-files-run.tsv");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path out = Files.createTempFile("real-files-", ".xlsx");
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "real-file");
            t.setDaemon(true);
            return t;
        });
        List<Outcome> outcomes = new ArrayList<>();
        int tried = 0;
        long start = System.nanoTime();
        try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
            tsv.println("file\tcommand\texit\tcrash\tstack\tinternal\tstrict\tstrictRusak\tmessage");
            for (Path f : files) {
                tried++;
                boolean strict = isStrict(f);
                for (String command : List.of("check", "process")) {
                    String[] a = command.equals("check") ? new String[] {"check", f.toString()}
                            : new String[] {"process", f.toString(), "-o", out.toString()};
                    ByteArrayOutputStream text = new ByteArrayOutputStream();
                    sw.target = text;
                    int code = -1;
                    boolean crash = false;
                    Future<Integer> job = pool.submit(() -> Main.run(a, captured, captured));
                    try {
                        code = job.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        job.cancel(true);
                        crash = true;
                        captured.println("TIMEOUT after " + TIMEOUT_SECONDS + " s");
                    } catch (java.util.concurrent.ExecutionException e) {
                        crash = true;
                        captured.println("CRASH " + e.getCause());
                    }
                    sw.target = OutputStream.nullOutputStream();
                    String all = text.toString(StandardCharsets.UTF_8);
                    boolean stack = STACK_LINE.matcher(all).find();
                    String lower = all.toLowerCase(Locale.ROOT);
                    boolean internal = lower.contains("tidak dapat diproses") || lower.contains("kesalahan internal");
                    Outcome o = new Outcome(dir.relativize(f).toString(), command, code, crash, stack, internal, strict,
                            strict && lower.contains("rusak"), firstProblem(all));
                    outcomes.add(o);
                    tsv.println(String.join("\t", o.file(), o.command(), String.valueOf(o.code()), flag(o.crash()),
                            flag(o.stackTrace()), flag(o.internal()), flag(o.strict()), flag(o.strictRusak()), o.firstLine()));
                    tsv.flush();
                }
            }
        }
        Files.deleteIfExists(out);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        realOut.println("files tried: " + tried + " (" + seconds + " s)");
        for (String command : List.of("check", "process")) {
            List<Outcome> c = outcomes.stream().filter(o -> o.command().equals(command)).toList();
            realOut.printf(Locale.ROOT, "%-8s crashes %d, stack traces %d (files), internal failures %d, exit0 %d, exit1 %d,"
                            + " exit2 %d, strict files %d of which called rusak %d%n", command,
                    c.stream().filter(Outcome::crash).count(), c.stream().filter(Outcome::stackTrace).count(),
                    c.stream().filter(Outcome::internal).count(), c.stream().filter(o -> o.code() == 0).count(),
                    c.stream().filter(o -> o.code() == 1).count(), c.stream().filter(o -> o.code() == 2).count(),
                    c.stream().filter(Outcome::strict).count(), c.stream().filter(Outcome::strictRusak).count());
        }
        realOut.println("any command: files with a stack trace " + files(outcomes, Outcome::stackTrace)
                + ", with an internal failure " + files(outcomes, Outcome::internal)
                + ", crashed " + files(outcomes, Outcome::crash));
        realOut.println("details: " + report.toAbsolutePath());
        System.exit(0);
    }

    private static long files(List<Outcome> outcomes, java.util.function.Predicate<Outcome> p) {
        return outcomes.stream().filter(p).map(Outcome::file).distinct().count();
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** The first line of an error message or stack trace, for the table. */
    private static String firstProblem(String all) {
        for (String line : all.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("Formulir") || l.startsWith("OPD ") || l.startsWith("Pagu") || l.startsWith("Realisasi")
                    || l.startsWith("Serapan") || l.startsWith("Capaian") || l.startsWith("Efisiensi") || l.startsWith("Temuan")) {
                continue;
            }
            return l.replace('\t', ' ').substring(0, Math.min(l.length(), 200));
        }
        return "";
    }

    /** A Strict Open XML workbook: its workbook part in the purl.oclc.org namespaces. */
    static boolean isStrict(Path f) {
        try (ZipFile zip = new ZipFile(f.toFile())) {
            var e = zip.getEntry("xl/workbook.xml");
            if (e == null) return false;
            try (var in = zip.getInputStream(e)) {
                String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return head.contains("http://purl.oclc.org/ooxml/spreadsheetml/main");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
