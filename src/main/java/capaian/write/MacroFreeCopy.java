package capaian.write;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A macro-enabled package (.xlsm) copied as a plain .xlsx, entry by entry: the VBA project (and its signature and
 * data parts) left out, the relationships to them removed, and the content types made those of a workbook.
 * Every other entry is copied as stored, never inflated, so the cost does not grow with the sheets.
 */
final class MacroFreeCopy {
    static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** Relationship and content type parts are small; a larger one is no workbook Excel wrote. */
    private static final int MAX_SMALL_PART = 8 * 1024 * 1024;

    private MacroFreeCopy() {}

    static boolean isMacroPart(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String file = n.substring(n.lastIndexOf('/') + 1);
        return file.startsWith("vbaproject") || file.startsWith("vbadata") || file.startsWith("vbaprojectsignature");
    }

    static void write(Path xlsm, OutputStream out) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(xlsm).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            Set<String> dropped = new HashSet<>();
            for (ZipArchiveEntry e : entries) {
                String n = e.getName();
                if (isMacroPart(n) || (n.endsWith(".rels") && isMacroPart(n.substring(0, n.length() - 5)))) dropped.add(n);
            }
            ZipArchiveOutputStream z = new ZipArchiveOutputStream(XlsxPackage.unclosable(out));
            for (ZipArchiveEntry e : entries) {
                String n = e.getName();
                if (e.isDirectory() || dropped.contains(n)) continue;
                if (n.equals(XlsxPackage.CONTENT_TYPES) || n.endsWith(".rels")) {
                    Document doc = dom(zip, e);
                    if (n.equals(XlsxPackage.CONTENT_TYPES)) contentTypes(doc); else rels(doc);
                    ZipArchiveEntry copy = new ZipArchiveEntry(n);
                    z.putArchiveEntry(copy);
                    z.write(XlsxPackage.serialize(doc));
                    z.closeArchiveEntry();
                } else {
                    try (InputStream raw = zip.getRawInputStream(e)) {
                        z.addRawArchiveEntry(e, raw);
                    }
                }
            }
            z.finish();
            z.close();
        }
    }

    private static Document dom(ZipFile zip, ZipArchiveEntry e) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(e)) {
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                bytes.write(buf, 0, n);
                if (bytes.size() > MAX_SMALL_PART) throw new IOException("part " + e.getName() + " too large");
            }
        }
        try {
            return capaian.read.SecureXml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (org.xml.sax.SAXException ex) {
            throw new IOException("part " + e.getName() + ": " + ex.getMessage(), ex);
        }
    }

    /** The workbook's content type made that of an .xlsx; the VBA parts' entries removed. */
    private static void contentTypes(Document doc) {
        for (Element el : XlsxPackage.elements(doc.getDocumentElement(), "Override")) {
            String part = el.getAttribute("PartName");
            String type = el.getAttribute("ContentType");
            if (isMacroPart(part)) {
                el.getParentNode().removeChild(el);
            } else if (type.startsWith("application/vnd.ms-excel.sheet.macroEnabled.main")
                    || type.startsWith("application/vnd.ms-excel.template.macroEnabled.main")) {
                el.setAttribute("ContentType", XLSX_MAIN);
            }
        }
        for (Element el : XlsxPackage.elements(doc.getDocumentElement(), "Default")) {
            if (el.getAttribute("ContentType").toLowerCase(Locale.ROOT).contains("vbaproject")) el.getParentNode().removeChild(el);
        }
    }

    /** Relationships to the VBA parts removed. */
    private static void rels(Document doc) {
        for (Element el : XlsxPackage.elements(doc.getDocumentElement(), "Relationship")) {
            String type = el.getAttribute("Type").toLowerCase(Locale.ROOT);
            if (type.endsWith("/vbaproject") || type.endsWith("/vbaprojectsignature")
                    || isMacroPart(el.getAttribute("Target"))) {
                el.getParentNode().removeChild(el);
            }
        }
    }
}
