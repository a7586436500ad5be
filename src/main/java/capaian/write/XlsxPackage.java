package capaian.write;

import capaian.read.InflatedParts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.Closeable;
import java.io.ByteArrayInputStream;
import capaian.read.InflatedParts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An .xlsx file opened for the streaming write-back: its zip entries, the content types, the workbook part
 * with its relationships and sheets. Small XML parts are read as DOM; sheets are left to be streamed.
 */
final class XlsxPackage implements Closeable {
    static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "[Content_Types].xml";

    /** A relationship, its target resolved to a part name (no leading slash) unless external. */
    record Rel(String id, String type, String target, boolean external) {
        boolean is(String typeSuffix) {
            return type.endsWith("/" + typeSuffix);
        }
    }

    /** A sheet of the workbook in order: its name, relationship id, part and its {@code <sheet>} element. */
    record Sheet(String name, String rId, String part, Element element) {}

    final ZipFile zip;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> lowerCase = new HashMap<>();
    final String workbookPart;
    final Document contentTypes;
    final Document workbook;
    final Document workbookRels;
    final List<Sheet> sheets = new ArrayList<>();
    final String stylesPart;

    /** Parts the reader already inflated. */
    private final InflatedParts kept;

    private XlsxPackage(Path file, InflatedParts kept) throws IOException {
        this.kept = kept;
        zip = new ZipFile(file.toFile());
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (e.isDirectory()) continue;
            entries.put(e.getName(), e);
            lowerCase.put(e.getName().toLowerCase(Locale.ROOT), e.getName());
        }
        contentTypes = dom(CONTENT_TYPES);
        String wb = null;
        for (Rel r : rels("")) if (r.is("officeDocument") && !r.external()) wb = r.target();
        if (wb == null || !exists(wb)) throw new IOException("no workbook part");
        workbookPart = name(wb);
        workbook = dom(workbookPart);
        workbookRels = dom(relsPath(workbookPart));
        Map<String, Rel> byId = new HashMap<>();
        String styles = null;
        for (Rel r : rels(workbookPart)) {
            byId.put(r.id(), r);
            if (r.is("styles") && !r.external()) styles = name(r.target());
        }
        stylesPart = styles;
        for (Element s : children(workbook.getDocumentElement(), "sheets", "sheet")) {
            String rId = s.getAttributeNS(XmlOut.REL_NS, "id");
            Rel r = byId.get(rId);
            sheets.add(new Sheet(s.getAttribute("name"), rId, r == null || r.external() ? null : name(r.target()), s));
        }
    }

    /** The package in {@code file}; a part the reader kept in {@code kept} is read from there instead of inflated again. */
    static XlsxPackage open(Path file, InflatedParts kept) throws IOException {
        return new XlsxPackage(file, kept);
    }

    /** The zip entries in the order of the package's directory. */
    Iterable<ZipEntry> entries() {
        return entries.values();
    }

    /** The part's zip entry name as stored (part names are case-insensitive), or the name given. */
    String name(String part) {
        if (entries.containsKey(part)) return part;
        String n = lowerCase.get(part.toLowerCase(Locale.ROOT));
        return n == null ? part : n;
    }

    boolean exists(String part) {
        return part != null && entries.containsKey(name(part));
    }

    InputStream open(String part) throws IOException {
        ZipEntry e = entries.get(name(part));
        if (e == null) throw new IOException("missing part " + part);
        byte[] known = kept.get(e.getName());
        return known != null ? new ByteArrayInputStream(known) : zip.getInputStream(e);
    }

    byte[] bytes(String part) throws IOException {
        try (InputStream in = open(part)) {
            return in.readAllBytes();
        }
    }

    /** The sheet of that name (exact, else ignoring case as Excel does), or null. */
    Sheet sheet(String name) {
        for (Sheet s : sheets) if (s.name().equals(name)) return s;
        for (Sheet s : sheets) if (s.name().equalsIgnoreCase(name)) return s;
        return null;
    }

    /** A part's relationships, or none when it has no .rels part ("" for the package's own). */
    List<Rel> rels(String part) throws IOException {
        String path = relsPath(part);
        if (!exists(path)) return List.of();
        List<Rel> out = new ArrayList<>();
        for (Element r : elements(dom(path).getDocumentElement(), "Relationship")) {
            boolean external = "External".equals(r.getAttribute("TargetMode"));
            String target = r.getAttribute("Target");
            out.add(new Rel(r.getAttribute("Id"), r.getAttribute("Type"), external ? target : resolve(part, target), external));
        }
        return out;
    }

    Document dom(String part) throws IOException {
        try (InputStream in = open(part)) {
            return capaian.read.SecureXml.newDocumentBuilder().parse(in);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("part " + part + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml; _rels/.rels for the package. */
    static String relsPath(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship target, relative to its source part, as a part name without the leading slash. */
    static String resolve(String sourcePart, String target) {
        String path;
        if (target.startsWith("/")) {
            path = target.substring(1);
        } else {
            int slash = sourcePart.lastIndexOf('/');
            path = sourcePart.substring(0, slash + 1) + target;
        }
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    /** A target for a relationship from {@code sourcePart} to {@code part}: relative when in or under its folder. */
    static String target(String sourcePart, String part) {
        String dir = sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1);
        return part.startsWith(dir) ? part.substring(dir.length()) : "/" + part;
    }

    /** The direct children of {@code parent} named {@code local}, any namespace. */
    static List<Element> elements(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && local.equals(localName(e))) out.add(e);
        }
        return out;
    }

    /** The grandchildren {@code parent/a/b}. */
    static List<Element> children(Element parent, String a, String b) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements(parent, a)) out.addAll(elements(e, b));
        return out;
    }

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    static byte[] serialize(Document doc) throws IOException {
        return DomXml.serialize(doc);
    }

    /**
     * The stream a zip is written through: bytes go straight to {@code out}, and closing the zip flushes {@code out}
     * without closing it, so that the caller (an HTTP response, a file) stays in charge of it.
     */
    static java.io.OutputStream unclosable(java.io.OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                out.flush();
            }
        };
    }
}
