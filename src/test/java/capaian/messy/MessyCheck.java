package capaian.messy;

import capaian.process.Processor;
import capaian.realclients.Soffice;
import capaian.rules.ProfileLoader;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The measurement from the command line (scripts/messy-check): the generated variants of examples/, or every
 * workbook of a directory kept outside the project, measured the same way and printed as a table. A workbook's
 * truth comes from NAME.truth.json beside it when there is one ({@code --write} makes such a directory).
 */
public final class MessyCheck {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Set<String> WORKBOOKS = Set.of("xlsx", "xls", "xlsm");

    /** What NAME.truth.json holds: the variant's description, origin, truth and explanations. */
    record Sidecar(String description, String base, Variant.Totals truth, List<String> explainedBy,
                   List<String> sheetsNamed, List<Variant.ExpectedCell> expected) {}

    private MessyCheck() {}

    public static void main(String[] args) throws Exception {
        long seed = MessyVariantsTest.SEED;
        Path write = null;
        Path dir = null;
        java.util.regex.Pattern only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--only" -> only = java.util.regex.Pattern.compile(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("""
                            usage: scripts/messy-check [--seed N] [--only REGEX]   measure the messy variants of examples/
                                   scripts/messy-check DIR                   measure every workbook in DIR (NAME.truth.json beside it gives its truth)
                                   scripts/messy-check [--seed N] --write DIR   write the variants and their truth into DIR""");
                    return;
                }
                default -> dir = Path.of(args[i]);
            }
        }
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        Path work = Path.of(System.getProperty("messy.work", "target/messy-check"));
        Soffice soffice = Soffice.forTest(work).orElseThrow(() -> new IllegalStateException(
                "LibreOffice (soffice) is not installed"));
        try {
            List<Variant> variants = dir == null ? new MessyGenerator(seed, processor).generate(examples(processor)) : read(dir);
            if (only != null) {
                var o = only;
                variants = variants.stream().filter(v -> o.matcher(v.name()).find()).toList();
            }
            Measurement m = new Measurement(processor, soffice, work);
            if (write != null) {
                write(m.prepare(variants), write);
                System.out.println(variants.size() + " variants written to " + write);
                return;
            }
            long start = System.nanoTime();
            List<VariantResult> results = m.measure(variants);
            System.out.print(VariantResult.table(results));
            if (System.getProperty("messy.details") != null) System.out.print(VariantResult.details(results));
            System.out.printf("%d workbooks measured in %.0f s; files in %s%n", results.size(), (System.nanoTime() - start) / 1e9, work);
        } finally {
            soffice.close();
        }
    }

    /** The clean examples (examples/*.xlsx), in name order. */
    static List<BaseExample> examples(Processor processor) throws IOException {
        List<BaseExample> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) out.add(BaseExample.load(p, processor));
        }
        return out;
    }

    /** Every workbook of a directory, with its truth when NAME.truth.json is beside it. */
    static List<Variant> read(Path dir) throws IOException {
        List<Variant> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String file = p.getFileName().toString();
                int dot = file.lastIndexOf('.');
                if (dot < 0 || !WORKBOOKS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT))) continue;
                String name = file.substring(0, dot);
                Path json = dir.resolve(name + ".truth.json");
                Sidecar c = Files.exists(json) ? GSON.fromJson(Files.readString(json, StandardCharsets.UTF_8), Sidecar.class)
                        : new Sidecar(file, null, null, List.of(), List.of(), List.of());
                out.add(new Variant(name, c.description(), c.base(), file.substring(dot + 1), Files.readAllBytes(p), null,
                        c.truth(), Set.copyOf(orEmpty(c.explainedBy())), orEmpty(c.sheetsNamed()), orEmpty(c.expected())));
            }
        }
        return out;
    }

    private static void write(Map<Variant, Path> inputs, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var e : inputs.entrySet()) {
            Variant v = e.getKey();
            String file = e.getValue().getFileName().toString();
            Files.copy(e.getValue(), dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Sidecar c = new Sidecar(v.description(), v.base(), v.truth(), List.copyOf(v.explainedBy()), v.sheetsNamed(), v.expected());
            Files.writeString(dir.resolve(v.name() + ".truth.json"), GSON.toJson(c), StandardCharsets.UTF_8);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
