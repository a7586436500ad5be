package capaian.xml;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hostile shapes a fuzzed or crafted part takes: the parser gets through them without recursion or a crash. */
class XmlBytesTest {
    private static int events(String xml) throws Exception {
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        while (x.hasNext()) {
            x.next();
            n++;
        }
        return n;
    }

    @Test
    void deepNestingManyAttributesAndHugeTokensAreRead() throws Exception {
        int depth = 200_000;
        String deep = "<a>".repeat(depth) + "</a>".repeat(depth);
        assertEquals(2 * depth + 1, events(deep), "every start and end, then the document's end");
        StringBuilder attrs = new StringBuilder("<c");
        for (int i = 0; i < 50_000; i++) attrs.append(" a").append(i).append("=\"").append(i).append('"');
        attrs.append("/>");
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(attrs.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals("49999", x.attribute(null, "a49999"));
        assertEquals(7, events("<r><!--" + "-".replace("-", "x").repeat(5_000_000) + "--><v>1</v></r>"));
    }

    @Test
    void brokenPartsAreErrorsNotCrashes() {
        for (String bad : new String[]{"<a><b></a></b>", "<a", "<a b=\"1></a>", "<a>text", "</a>", "<a></a><b/>",
                "<a b></a>", "<a><![CDATA[open</a>", "<!DOCTYPE a><a/>"}) {
            assertThrows(XMLStreamException.class, () -> events(bad), bad);
        }
    }
}
