package capaian;

import org.junit.jupiter.api.Test;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core (values, rules, computation, findings, checks) knows nothing of POI, HTTP, storage or the workbook
 * reader and writer, and the packages form no loop (docs/ARCHITECTURE.md). Read from the sources, and proved by
 * compiling the core alone with only Gson (the profile's JSON reader) on the class path.
 */
class CoreBoundaryTest {
    static final Set<String> CORE = Set.of("findings", "form", "rules", "value", "model", "formula", "compute",
            "check", "evaluate");
    static final Path MAIN = Path.of("src/main/java/capaian");
    private static final Pattern PACKAGE_REF = Pattern.compile("\\bcapaian\\.([a-z]+)\\.[A-Z]");
    private static final Pattern FOREIGN = Pattern.compile(
            "\\b(org\\.apache\\.poi|io\\.undertow|org\\.xnio|java\\.sql|org\\.apache\\.commons\\.compress|javax\\.xml)\\.");

    @Test
    void coreImportsNothingOfTheShells() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path f : sources(CORE)) {
            String pkg = packageOf(f);
            String text = Files.readString(f);
            Matcher m = PACKAGE_REF.matcher(text);
            while (m.find()) {
                if (!CORE.contains(m.group(1))) offences.add(MAIN.relativize(f) + " -> capaian." + m.group(1));
            }
            Matcher x = FOREIGN.matcher(text);
            while (x.find()) offences.add(MAIN.relativize(f) + " -> " + x.group(1));
            assertTrue(CORE.contains(pkg));
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void packagesFormNoLoop() throws IOException {
        Map<String, Set<String>> graph = graph();
        List<String> loops = new ArrayList<>();
        for (String start : graph.keySet()) {
            // a package that reaches itself through its dependencies is on a loop
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(graph.get(start));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                if (!seen.add(p)) continue;
                if (p.equals(start)) {
                    loops.add(start);
                    break;
                }
                todo.addAll(graph.getOrDefault(p, Set.of()));
            }
        }
        assertEquals(List.of(), loops, "packages on a dependency loop; graph: " + graph);
    }

    @Test
    void coreCompilesWithoutTheShellsOnTheClassPath() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("core-classes");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            String gson = Path.of(com.google.gson.Gson.class.getProtectionDomain().getCodeSource().getLocation()
                    .getPath()).toString();
            List<String> options = List.of("-d", out.toString(), "-classpath", gson, "-sourcepath", "",
                    "-proc:none", "-nowarn", "-Xlint:none");
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources(CORE))).call();
            assertTrue(ok, () -> diagnostics.getDiagnostics().stream().limit(10).map(Object::toString)
                    .reduce("", (a, b) -> a + "\n" + b));
        }
    }

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Path f : sources(null)) {
            String pkg = packageOf(f);
            Set<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = PACKAGE_REF.matcher(Files.readString(f));
            while (m.find()) if (!m.group(1).equals(pkg)) deps.add(m.group(1));
        }
        return g;
    }

    private static String packageOf(Path f) {
        return MAIN.relativize(f).getName(0).toString();
    }

    private static List<Path> sources(Set<String> packages) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> MAIN.relativize(p).getNameCount() > 1)
                    .filter(p -> packages == null || packages.contains(packageOf(p)))
                    .sorted().toList();
        }
    }
}
