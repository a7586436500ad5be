package capaian.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The XML parts of every example and template workbook: real files to check a parser against the JDK's. */
public final class ExampleParts {
    private ExampleParts() {}

    public interface Visitor {
        void part(String where, byte[] xml) throws Exception;
    }

    /** Visits every part whose name {@code wanted} accepts; returns how many were visited. */
    public static int each(Predicate<String> wanted, Visitor visitor) throws Exception {
        List<Path> books = new ArrayList<>();
        for (String dir : List.of("examples", "templates-xlsx")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(books::add);
            }
        }
        int parts = 0;
        for (Path book : books) {
            try (ZipFile zip = new ZipFile(book.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (!wanted.test(entry.getName())) continue;
                    visitor.part(book.getFileName() + "!" + entry.getName(), zip.getInputStream(entry).readAllBytes());
                    parts++;
                }
            }
        }
        return parts;
    }
}
