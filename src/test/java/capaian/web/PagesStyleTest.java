package capaian.web;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSP (style-src 'self') blocks inline styles: the pages and their scripts use classes only. */
class PagesStyleTest {
    private static final Pattern INLINE_STYLE = Pattern.compile("\\bstyle\\s*=|[{,]\\s*'?style'?\\s*:|\\.style\\.|setAttribute\\(\\s*'style'");

    @Test
    void noInlineStyleInThePages() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources", "capaian", "web"))) {
            List<String> found = files.filter(p -> p.toString().matches(".*\\.(html|js)$"))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream().filter(l -> INLINE_STYLE.matcher(l).find())
                                    .map(l -> p.getFileName() + ": " + l.strip());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertEquals(List.of(), found);
        }
    }
}
