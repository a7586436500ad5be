package capaian.realclients;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * LibreOffice run headless as a real spreadsheet program: converts xlsx files to xlsx, which loads them,
 * recalculates every formula (forced by a private user profile) and saves the recalculated values as the
 * cached values of the output. Each instance owns a fresh profile directory, so two conversions never share
 * a running soffice, and every process a conversion started is gone when {@link #convert} returns.
 */
public final class Soffice implements AutoCloseable {
    /** Time allowed per file in one conversion call, and at least this for the call (first start is slower). */
    static final Duration PER_FILE = Duration.ofSeconds(120);

    private static final String RECALC_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    private final Path executable;
    private final Path profile;
    private final Path log;

    /**
     * @param workDir a directory of this caller's own; the profile and the log of soffice's output go there
     */
    public Soffice(Path executable, Path workDir) throws IOException {
        this(executable, workDir, true);
    }

    /** @param recalculate false for LibreOffice as installed (a user's: cached values kept on load) */
    public Soffice(Path executable, Path workDir, boolean recalculate) throws IOException {
        this.executable = executable;
        Files.createDirectories(workDir);
        this.profile = Files.createTempDirectory(workDir, "profile-");
        Path user = Files.createDirectories(profile.resolve("user"));
        if (recalculate) Files.writeString(user.resolve("registrymodifications.xcu"), RECALC_ALWAYS, StandardCharsets.UTF_8);
        this.log = workDir.resolve("soffice.log");
    }

    /** soffice on the PATH, else /usr/bin/soffice; empty when LibreOffice is not installed. */
    public static Optional<Path> locate() {
        String path = System.getenv("PATH");
        List<Path> candidates = new ArrayList<>();
        if (path != null) for (String dir : path.split(File.pathSeparator)) if (!dir.isEmpty()) candidates.add(Path.of(dir, "soffice"));
        candidates.add(Path.of("/usr/bin/soffice"));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /**
     * A Soffice for a test: empty when LibreOffice is not installed (the test is then skipped), except with CI=true,
     * where the CI machine must have it and a missing soffice fails.
     */
    public static Optional<Soffice> forTest(Path workDir) throws IOException {
        Optional<Path> executable = locate();
        if (executable.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("LibreOffice (soffice) is not installed, and CI=true: the CI machine must have it. "
                    + "Run scripts/test as root, which installs libreoffice-calc-nogui.");
        }
        return executable.isEmpty() ? Optional.empty() : Optional.of(new Soffice(executable.get(), workDir));
    }

    /**
     * Converts the files in one soffice call into outDir (same file names; the inputs' names must differ).
     *
     * @throws IOException when soffice fails, runs out of time, or leaves an output missing; the message
     *                     carries soffice's own output
     */
    public void convert(List<Path> inputs, Path outDir) throws IOException, InterruptedException {
        convert(inputs, outDir, "xlsx");
    }

    /**
     * As {@link #convert(List, Path)}, saving as {@code extension} ("xlsx", "xls"): each output is named as its
     * input with that extension.
     */
    public void convert(List<Path> inputs, Path outDir, String extension) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        for (Path in : inputs) Files.deleteIfExists(output(outDir, in, extension));
        List<String> cmd = new ArrayList<>(List.of(executable.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "--convert-to", extension, "--outdir", outDir.toString()));
        for (Path in : inputs) cmd.add(in.toAbsolutePath().toString());
        Duration limit = PER_FILE.multipliedBy(Math.max(1, inputs.size()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Collected while it runs: a child that outlived its parent is no longer among the descendants.
        Set<ProcessHandle> started = new LinkedHashSet<>();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(started::add);
                if (System.nanoTime() > deadline) {
                    throw new IOException("soffice did not finish within " + limit.toSeconds() + " s; killed. Output:\n" + output());
                }
            }
            if (p.exitValue() != 0) throw new IOException("soffice exited with " + p.exitValue() + ". Output:\n" + output());
        } finally {
            started.add(p.toHandle());
            kill(started);
        }
        for (Path in : inputs) {
            if (!Files.isRegularFile(output(outDir, in, extension))) {
                throw new IOException("soffice wrote no " + output(outDir, in, extension).getFileName() + " into " + outDir
                        + ". Output:\n" + output());
            }
        }
    }

    /** Where soffice saves {@code in} converted to {@code extension}: its name with the extension replaced. */
    public static Path output(Path outDir, Path in, String extension) {
        String name = in.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return outDir.resolve((dot < 0 ? name : name.substring(0, dot)) + "." + extension);
    }

    /** soffice is a script starting oosplash and soffice.bin: none of them may outlive the conversion. */
    private static void kill(Set<ProcessHandle> processes) throws InterruptedException {
        for (ProcessHandle h : processes) if (h.isAlive()) h.destroyForcibly();
        for (ProcessHandle h : processes) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // destroyForcibly was sent; nothing more a test can do
            }
        }
    }

    /** Removes the private profile; the converted files stay. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(profile)) return;
        try (var walk = Files.walk(profile)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
