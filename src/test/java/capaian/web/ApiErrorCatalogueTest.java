package capaian.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One error vocabulary: every code the server answers is in {@link ApiError} with one status, and the Errors
 * table of docs/api.md is generated from it. Run with {@code -Dcapaian.writeDocs=true} to regenerate the table.
 */
class ApiErrorCatalogueTest {
    private static final String BEGIN = "<!-- errors:begin";
    private static final String END = "<!-- errors:end -->";
    /** Codes given with a status where they are thrown: new ApiException(413, "CODE" / badRequest("CODE" / ... */
    private static final Pattern THROWN = Pattern.compile(
            "(?:new ApiException\\(\\s*(\\d{3}),\\s*|(badRequest|unprocessable|busy)\\(\\s*)\"([A-Z_]+)\"");

    @Test
    void docsShowTheCatalogue() throws IOException {
        Path doc = Path.of("docs", "api.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        assertTrue(b >= 0 && e > b, "docs/api.md has the generated errors section");
        int afterBegin = text.indexOf('\n', b) + 1;
        String expected = ApiError.markdown();
        if (Boolean.getBoolean("capaian.writeDocs")) {
            Files.writeString(doc, text.substring(0, afterBegin) + expected + text.substring(e), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, text.substring(afterBegin, e),
                "docs/api.md errors table is out of date: mvn test -Dtest=ApiErrorCatalogueTest -Dcapaian.writeDocs=true");
    }

    @Test
    void everyCodeThrownIsCataloguedWithItsOneStatus() throws IOException {
        Map<String, Integer> thrown = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = THROWN.matcher(Files.readString(f));
                while (m.find()) {
                    int status = m.group(1) != null ? Integer.parseInt(m.group(1))
                            : switch (m.group(2)) {
                                case "badRequest" -> 400;
                                case "unprocessable" -> 422;
                                default -> 503;
                            };
                    String code = m.group(3);
                    thrown.put(code, status);
                    ApiError known = null;
                    try {
                        known = ApiError.valueOf(code);
                    } catch (IllegalArgumentException notThere) {
                        wrong.add(f.getFileName() + ": " + code + " is not in ApiError");
                    }
                    if (known != null && known.status() != status) {
                        wrong.add(f.getFileName() + ": " + code + " answered " + status + ", catalogued " + known.status());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(thrown.size() >= 20, "the scan found the codes: " + thrown.keySet());
    }

    @Test
    void oneSpellingPerMeaningAndIndonesianMessages() {
        for (ApiError e : ApiError.values()) {
            for (ApiError o : ApiError.values()) {
                if (e != o) {
                    assertFalse(o.name().startsWith(e.name()), e + " and " + o + " are spelled alike for two meanings");
                }
            }
            assertFalse(e.message().matches("(?i).*\\b(the|please|error|must)\\b.*"), e + " message reads as English");
            assertTrue(e.message().endsWith("."), e + " message is a sentence");
        }
    }
}
