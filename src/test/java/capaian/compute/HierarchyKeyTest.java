package capaian.compute;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A row's key text is what the regular expression it replaced gave: lower case, white space runs as one space, trimmed. */
class HierarchyKeyTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void keyTextIsTheRegexOne() {
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u0001', 'İ', 'é', '1', '.'};
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(0, 12); k > 0; k--) s.append(alphabet[r.nextInt(alphabet.length)]);
            String text = s.toString();
            assertEquals(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim(), Hierarchy.normal(text),
                    () -> "\"" + text + "\"");
        }
        assertEquals("persentase capaian", Hierarchy.normal("  Persentase \t\n Capaian "));
    }
}
