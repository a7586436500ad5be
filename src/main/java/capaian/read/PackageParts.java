package capaian.read;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An Open XML package (.xlsx, .xlsm) as its parts, read with the JDK's zip and XML parsers alone: the content types,
 * the relationships of a part, and each part's inflated stream. What POI's OPCPackage gave the reader, without its
 * class loading (hundreds of classes, its logging) on every cold start.
 *
 * <p>Every part's stream refuses to inflate beyond a hundred times its compressed size once past its first 100 KB,
 * as POI's ZipSecureFile did (a zip bomb's ratio is thousands); the sizes each caller allows come from {@link Limits}.
 */
final class PackageParts implements Closeable {
    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    /** A part inflating to more than this many times its stored size is a zip bomb (POI's minimum ratio, 0.01). */
    private static final int MAX_RATIO = 100;
    /** Below this many inflated bytes the ratio is not judged: tiny parts of repeated text compress very well. */
    private static final long RATIO_GRACE = 100 * 1024;

    /** A relationship of a part: its target resolved to a part name (no leading slash), or the raw target if external. */
    record Rel(String id, String type, String target, boolean external) {}

    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, String> byLowerName = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();

    private PackageParts(ZipFile zip, Limits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static PackageParts open(Path file, Limits limits) throws Exception {
        ZipFile zip = new ZipFile(file.toFile());
        PackageParts p = new PackageParts(zip, limits);
        try {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                // Two entries of one name (in any case) would let two readers see two different workbooks.
                if (p.byLowerName.put(normalised(e.getName()), e.getName()) != null) {
                    throw new IOException("two zip entries named " + e.getName());
                }
            }
            p.readContentTypes();
            return p;
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
    }

    /** The part's inflated bytes as a stream, guarded against zip bombs; null when the package has no such part. */
    InputStream part(String name) throws IOException {
        ZipEntry e = entry(name);
        if (e == null) return null;
        return new RatioGuard(zip.getInputStream(e), Math.max(e.getCompressedSize(), 1));
    }

    /** As {@link #part(String)}, its inflated bytes also kept in {@code kept} when they fit its budget. */
    InputStream part(String name, InflatedParts kept) throws IOException {
        ZipEntry e = entry(name);
        if (e == null) return null;
        return kept.keeping(e.getName(), new RatioGuard(zip.getInputStream(e), Math.max(e.getCompressedSize(), 1)), e.getSize());
    }

    boolean has(String name) {
        return entry(name) != null;
    }

    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) return e;
        // part names compare without case (OPC): a writer may spell the zip entry differently from its reference
        String actual = byLowerName.get(normalised(name));
        return actual == null ? null : zip.getEntry(actual);
    }

    /** A zip entry's name for lookups: without case, and with the backslashes some old writers used as slashes. */
    private static String normalised(String name) {
        return name.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    /** The content type of a part: its override, else the default for its extension; null when neither. */
    String contentType(String name) {
        String t = overrides.get(normalised(name));
        if (t != null) return t;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The names of the parts whose content type is {@code type}. */
    List<String> partsOfType(String type) {
        List<String> out = new ArrayList<>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (!n.endsWith("/") && type.equals(contentType(n))) out.add(n);
        }
        return out;
    }

    /** The relationships of a part ({@code ""}: the package's own), in document order; empty when it has none. */
    List<Rel> rels(String source) throws Exception {
        int slash = source.lastIndexOf('/');
        String dir = slash < 0 ? "" : source.substring(0, slash + 1);
        String relsName = dir + "_rels/" + source.substring(slash + 1) + ".rels";
        List<Rel> rels = new ArrayList<>();
        InputStream in = part(relsName);
        if (in == null) return rels;
        parse(limits.boundedSmall(in), (local, atts) -> {
            if (!local.equals("Relationship")) return;
            String target = atts.getValue("Target");
            if (target == null) return;
            boolean external = "External".equalsIgnoreCase(atts.getValue("TargetMode"));
            rels.add(new Rel(atts.getValue("Id"), atts.getValue("Type"), external ? target : resolve(dir, target), external));
        });
        return rels;
    }

    /** Whether the package carries a VBA project (an .xlsm), which Capaian never runs and drops on writing. */
    boolean hasMacros() {
        for (String t : overrides.values()) if (isMacro(t)) return true;
        for (Map.Entry<String, String> d : defaults.entrySet()) {
            if (!isMacro(d.getValue())) continue;
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (entries.nextElement().getName().toLowerCase(Locale.ROOT).endsWith("." + d.getKey())) return true;
            }
        }
        return false;
    }

    private static boolean isMacro(String contentType) {
        return contentType.equals("application/vnd.ms-office.vbaProject")
                || contentType.equals("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    }

    private void readContentTypes() throws Exception {
        InputStream in = part("[Content_Types].xml");
        if (in == null) throw new IOException("no [Content_Types].xml: not an Open XML package");
        parse(limits.boundedSmall(in), (local, atts) -> {
            String type = atts.getValue("ContentType");
            if (type == null) return;
            if (local.equals("Override") && atts.getValue("PartName") != null) {
                String name = atts.getValue("PartName");
                overrides.put((name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT), type);
            } else if (local.equals("Default") && atts.getValue("Extension") != null) {
                defaults.put(atts.getValue("Extension").toLowerCase(Locale.ROOT), type);
            }
        });
    }

    /** A relationship target as a part name: relative to the source's folder, or absolute from the package root. */
    static String resolve(String dir, String target) {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) t = t.substring(0, hash);
        if (t.indexOf('%') >= 0) {
            try {
                t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ignored) {
                // not percent-encoding after all: the name as written
            }
        }
        String path = t.startsWith("/") ? t.substring(1) : dir + t;
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    interface StartElement {
        void start(String localName, Attributes atts);
    }

    /** Parses a small part, calling {@code handler} at each element's start. */
    static void parse(InputStream in, StartElement handler) throws Exception {
        try (in) {
            SecureXml.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    handler.start(localName, atts);
                }
            });
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Thrown when a part inflates far beyond its compressed size; its message names a zip bomb, as POI's did. */
    static final class ZipBomb extends IOException {
        ZipBomb() {
            super("Zip bomb detected: a part inflates to more than " + MAX_RATIO + " times its compressed size");
        }
    }

    /** Counts what a part inflates to and stops at an impossible ratio. */
    private static final class RatioGuard extends CountedStream {
        private final long compressed;

        RatioGuard(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        void counted(long inflated) throws ZipBomb {
            if (inflated > RATIO_GRACE && inflated > compressed * MAX_RATIO) throw new ZipBomb();
        }
    }
}
