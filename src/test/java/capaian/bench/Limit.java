package capaian.bench;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The "limit" of the benchmark: the least any program that reads every cell of a workbook and writes it back
 * must do, with the JDK alone. It unzips the package, parses the shared strings and every worksheet's XML once
 * with StAX, turning every cell into its value (a double, or its text), and writes every entry back into a new
 * package. Capaian's process does this plus checking, computing and rewriting the sheets.
 */
final class Limit {
    private Limit() {}

    /** Returns the number of cell values read, so that the work cannot be skipped. */
    static long run(Path in, Path out) throws IOException, XMLStreamException {
        XMLInputFactory xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long cells = 0;
        double sum = 0;
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream o = Files.newOutputStream(out);
             ZipOutputStream z = new ZipOutputStream(o)) {
            List<String> strings = new ArrayList<>();
            ZipEntry sst = zip.getEntry("xl/sharedStrings.xml");
            if (sst != null) {
                try (InputStream s = zip.getInputStream(sst)) {
                    sharedStrings(xml, s, strings);
                }
            }
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] bytes;
                try (InputStream s = zip.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/sheet") && e.getName().endsWith(".xml")) {
                    XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(bytes));
                    String type = null;
                    while (r.hasNext()) {
                        int ev = r.next();
                        if (ev != XMLStreamConstants.START_ELEMENT) continue;
                        String name = r.getLocalName();
                        if (name.equals("c")) {
                            type = r.getAttributeValue(null, "t");
                        } else if (name.equals("v")) {
                            String v = r.getElementText();
                            cells++;
                            if (type == null || type.equals("n")) sum += Double.parseDouble(v);
                            else if (type.equals("s")) sum += strings.get(Integer.parseInt(v)).length();
                            else sum += v.length();
                        } else if (name.equals("t")) { // inline string
                            cells++;
                            sum += r.getElementText().length();
                        }
                    }
                    r.close();
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return sum == Double.MIN_VALUE ? -1 : cells;
    }

    private static void sharedStrings(XMLInputFactory xml, InputStream in, List<String> out) throws XMLStreamException {
        XMLStreamReader r = xml.createXMLStreamReader(in);
        StringBuilder si = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("si")) si = new StringBuilder();
                else if (r.getLocalName().equals("t") && si != null) si.append(r.getElementText());
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
                out.add(si.toString());
                si = null;
            }
        }
        r.close();
    }
}
