package capaian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of BENCHMARKS.md that a benchmark writes between two HTML comments ({@code <!-- NAME:start -->} and
 * {@code <!-- NAME:end -->}): a new run replaces only its own part, so the sections written by hand and the
 * other benchmarks' parts stay. A file without the part gets it at {@code atTop} or at its end.
 */
public final class MarkedSection {
    private final String start;
    private final String end;

    public MarkedSection(String name) {
        this.start = "<!-- " + name + ":start -->";
        this.end = "<!-- " + name + ":end -->";
    }

    /** Writes {@code markdown} as this part of {@code file}; {@code atTop}: where it goes when the file lacks it. */
    public void write(Path file, String markdown, boolean atTop) throws IOException {
        String block = start + "\n" + markdown + (markdown.endsWith("\n") ? "" : "\n") + end;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int a = line(text, start, 0);
        int b = a < 0 ? -1 : line(text, end, a);
        String updated;
        if (a >= 0 && b > a) updated = text.substring(0, a) + block + text.substring(b + end.length());
        else if (text.isEmpty()) updated = block + "\n";
        else if (atTop) updated = block + "\n\n" + text;
        else updated = text + (text.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    /**
     * Where {@code marker} stands as a line of its own, from {@code from}, or -1: prose that names a marker
     * (as BENCHMARKS.md's introduction did) is not the part, and a run once wrote itself into that sentence.
     */
    static int line(String text, String marker, int from) {
        for (int i = text.indexOf(marker, from); i >= 0; i = text.indexOf(marker, i + 1)) {
            int after = i + marker.length();
            boolean starts = i == 0 || text.charAt(i - 1) == '\n';
            boolean ends = after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
            if (starts && ends) return i;
        }
        return -1;
    }
}
