package capaian.examples;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed example workbooks, processed with the default profile. */
public final class Examples {
    public static final Path DIR = Path.of("examples");

    private Examples() {}

    public static ProcessResult process(String name) {
        try (InputStream in = Files.newInputStream(DIR.resolve(name))) {
            ProcessResult r = new Processor(ProfileLoader.defaultProfile()).process(in, name, null);
            if (!r.readable()) throw new IllegalStateException(name + ": " + r.unreadableReason());
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
