package capaian.write;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * Rewrites an .xlsx package for the write-back: every zip entry is copied ({@link PackageZip}) except the form sheets (streamed through {@link SheetTransformer}), their comments and
 * drawings, the styles, the sheets Capaian adds (an earlier run's are dropped), the workbook part, its
 * relationships and the content types; calcChain.xml is dropped and a full recalculation on load is asked.
 */
final class PackageRewrite {
    static final String WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    static final String COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    static final String VML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
    static final String WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    static final String VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    /** The sheets Capaian adds at the end of the workbook, recreated by every run. */
    static final List<String> OWN_SHEETS = List.of(SummarySheet.NAME, FindingsSheet.NAME, MetaSheet.NAME);

    interface SheetContent {
        void write(NewSheet sheet) throws IOException;
    }

    interface Additions {
        void add(PackageRewrite rewrite) throws IOException;
    }

    private record Added(String name, String part, boolean veryHidden, String autoFilter) {}

    /** A form sheet being rewritten and what its comments need. */
    private static final class Form {
        final XlsxPackage.Sheet sheet;
        final SheetEdits edits;
        final List<XlsxPackage.Rel> rels;
        final boolean comments;
        final String newVmlId;
        String legacyDrawingId;

        Form(XlsxPackage.Sheet sheet, SheetEdits edits, List<XlsxPackage.Rel> rels, String newVmlId) {
            this.sheet = sheet;
            this.edits = edits;
            this.rels = rels;
            this.comments = edits.hasComments() || (!edits.undo.isEmpty() && rels.stream().anyMatch(r -> r.is("comments")));
            this.newVmlId = comments ? newVmlId : null;
        }

        XlsxPackage.Rel rel(String id) {
            for (XlsxPackage.Rel r : rels) if (r.id().equals(id)) return r;
            return null;
        }

        XlsxPackage.Rel commentsRel() {
            for (XlsxPackage.Rel r : rels) if (r.is("comments") && !r.external()) return r;
            return null;
        }
    }

    private final XlsxPackage pkg;
    private final StylesPart styles;
    private final Map<String, SheetEdits> edits;
    private final Set<String> removed = new HashSet<>();
    private final Set<String> taken = new HashSet<>();
    private final List<Added> added = new ArrayList<>();
    private final Map<String, String> newOverrides = new HashMap<>();
    private boolean vmlAdded;
    private PackageZip zip;

    PackageRewrite(XlsxPackage pkg, StylesPart styles, Map<String, SheetEdits> edits) {
        this.pkg = pkg;
        this.styles = styles;
        this.edits = edits;
        for (ZipEntry e : pkg.entries()) taken.add(e.getName().toLowerCase(Locale.ROOT));
    }

    void write(OutputStream out, Additions additions) throws IOException {
        for (XlsxPackage.Sheet s : pkg.sheets) {
            if (own(s.name()) && s.part() != null) {
                removed.add(pkg.name(s.part()));
                removed.add(pkg.name(XlsxPackage.relsPath(s.part())));
            }
        }
        for (XlsxPackage.Rel r : pkg.rels(pkg.workbookPart)) if (r.is("calcChain") && !r.external()) removed.add(pkg.name(r.target()));
        Map<String, Form> forms = new HashMap<>();
        Set<String> later = new HashSet<>(List.of(XlsxPackage.CONTENT_TYPES, pkg.workbookPart,
                pkg.name(XlsxPackage.relsPath(pkg.workbookPart))));
        if (pkg.stylesPart != null) later.add(pkg.name(pkg.stylesPart));
        for (SheetEdits e : edits.values()) {
            XlsxPackage.Sheet s = pkg.sheet(e.sheet);
            if (s == null || s.part() == null || !pkg.exists(s.part())) continue;
            List<XlsxPackage.Rel> rels = pkg.rels(s.part());
            Form f = new Form(s, e, rels, freshId(rels.stream().map(XlsxPackage.Rel::id).toList()));
            forms.put(pkg.name(s.part()), f);
            if (f.comments) {
                later.add(pkg.name(XlsxPackage.relsPath(s.part())));
                for (XlsxPackage.Rel r : rels) if (!r.external() && (r.is("comments") || r.is("vmlDrawing"))) later.add(pkg.name(r.target()));
            }
        }
        long formBytes = 0;
        for (ZipEntry e : pkg.entries()) if (forms.containsKey(e.getName())) formBytes += Math.max(0, e.getSize());
        zip = PackageZip.forForms(XlsxPackage.unclosable(out), formBytes);
        try {
            writeParts(forms, later, additions);
        } finally {
            zip.abandon();
        }
    }

    private void writeParts(Map<String, Form> forms, Set<String> later, Additions additions) throws IOException {
        for (ZipEntry e : pkg.entries()) {
            capaian.job.JobBudget.check();
            String name = e.getName();
            if (removed.contains(name) || later.contains(name)) continue;
            Form f = forms.get(name);
            if (f == null) {
                zip.copy(pkg.zip, e);
                continue;
            }
            entry(name);
            try (InputStream in = pkg.open(name)) {
                f.legacyDrawingId = SheetTransformer.transform(in, xml(), f.edits, styles, f.newVmlId);
            }
            zip.closeEntry();
        }
        for (Form f : forms.values()) if (f.comments) comments(f, later);
        for (String name : later) {
            if (!removed.contains(name) && pkg.exists(name) && !isBookkeeping(name)) copy(name);
        }
        additions.add(this);
        entry(pkg.stylesPart != null ? pkg.name(pkg.stylesPart) : "xl/styles.xml");
        styles.write(xml());
        zip.closeEntry();
        workbook();
        contentTypes();
        zip.finish();
    }

    private Set<String> written = new HashSet<>();

    private boolean isBookkeeping(String name) {
        return written.contains(name) || name.equals(XlsxPackage.CONTENT_TYPES) || name.equals(pkg.workbookPart)
                || name.equals(pkg.name(XlsxPackage.relsPath(pkg.workbookPart)))
                || (pkg.stylesPart != null && name.equals(pkg.name(pkg.stylesPart)));
    }

    /** Adds a sheet at the end of the workbook, written by {@code content}. */
    void addSheet(String name, boolean veryHidden, String autoFilter, SheetContent content) throws IOException {
        String part = freshPart("xl/worksheets/sheet", ".xml");
        entry(part);
        XmlOut out = xml();
        content.write(new NewSheet(out));
        out.flush();
        zip.closeEntry();
        added.add(new Added(name, part, veryHidden, autoFilter));
        newOverrides.put(part, WORKSHEET_CT);
    }

    /** As {@link #addSheet(String, boolean, String, SheetContent)} for a sheet already written, as its XML. */
    void addSheet(String name, boolean veryHidden, String autoFilter, byte[] xml) throws IOException {
        addSheet(name, veryHidden, autoFilter, s -> s.raw(xml));
    }

    /** The sheet's comments and drawing rewritten, and its relationships when parts were added. */
    private void comments(Form f, Set<String> later) throws IOException {
        String sheetPart = pkg.name(f.sheet.part());
        XlsxPackage.Rel commentsRel = f.commentsRel();
        XlsxPackage.Rel vmlRel = f.legacyDrawingId == null ? null : f.rel(f.legacyDrawingId);
        if (vmlRel != null && (vmlRel.external() || !vmlRel.is("vmlDrawing"))) vmlRel = null;
        if (f.legacyDrawingId != null && vmlRel == null && !f.legacyDrawingId.equals(f.newVmlId)) {
            // a legacyDrawing we cannot follow: leave the sheet's comments as they were
            for (String name : later) if (pkg.exists(name) && !isBookkeeping(name)) copy(name);
            return;
        }
        List<CommentParts.Note> notes = new ArrayList<>();
        for (int i = 0; i < f.edits.rowCount(); i++) {
            SheetEdits.Row row = f.edits.row(i);
            for (int c = 0; c < row.size(); c++) {
                SheetEdits.Edit cell = row.get(c);
                if (cell.comment != null) notes.add(new CommentParts.Note(row.row, cell.col, cell.comment));
            }
        }
        byte[] oldComments = commentsRel != null && pkg.exists(commentsRel.target()) ? pkg.bytes(commentsRel.target()) : null;
        byte[] oldVml = vmlRel != null && pkg.exists(vmlRel.target()) ? pkg.bytes(vmlRel.target()) : null;
        int block = 1; // the sheet's place, by identity (a record's equals is bootstrapped on its first call)
        while (block <= pkg.sheets.size() && pkg.sheets.get(block - 1) != f.sheet) block++;
        CommentParts parts = CommentParts.build(oldComments, oldVml, f.edits.undo.keySet(), notes, block);
        Document rels = pkg.exists(XlsxPackage.relsPath(sheetPart)) ? pkg.dom(XlsxPackage.relsPath(sheetPart)) : newRels();
        String commentsPart;
        if (commentsRel != null) {
            commentsPart = pkg.name(commentsRel.target());
        } else {
            commentsPart = freshPart("xl/comments", ".xml");
            List<String> ids = new ArrayList<>(f.rels.stream().map(XlsxPackage.Rel::id).toList());
            ids.add(f.newVmlId);
            relationship(rels, freshId(ids), COMMENTS_TYPE, XlsxPackage.target(sheetPart, commentsPart));
            newOverrides.put(commentsPart, COMMENTS_CT);
        }
        String vmlPart;
        if (vmlRel != null) {
            vmlPart = pkg.name(vmlRel.target());
        } else {
            vmlPart = freshPart("xl/drawings/vmlDrawing", ".vml");
            relationship(rels, f.newVmlId, VML_TYPE, XlsxPackage.target(sheetPart, vmlPart));
            vmlAdded = true;
        }
        bytes(commentsPart, parts.comments);
        bytes(vmlPart, parts.vml);
        bytes(XlsxPackage.relsPath(sheetPart), XlsxPackage.serialize(rels));
    }

    /** workbook.xml and its relationships: Capaian's sheets replaced, calcChain gone, full recalculation on load. */
    private void workbook() throws IOException {
        Document wb = pkg.workbook;
        Element root = wb.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element sheets = XlsxPackage.elements(root, "sheets").get(0);
        Map<Integer, Integer> index = new HashMap<>();
        Set<String> removedIds = new HashSet<>();
        int kept = 0;
        int maxSheetId = 0;
        for (int i = 0; i < pkg.sheets.size(); i++) {
            XlsxPackage.Sheet s = pkg.sheets.get(i);
            maxSheetId = Math.max(maxSheetId, parse(s.element().getAttribute("sheetId")));
            if (own(s.name())) {
                sheets.removeChild(s.element());
                removedIds.add(s.rId());
            } else {
                index.put(i, kept++);
            }
        }
        Document rels = pkg.workbookRels;
        Element relRoot = rels.getDocumentElement();
        List<String> ids = new ArrayList<>();
        for (Element r : XlsxPackage.elements(relRoot, "Relationship")) {
            boolean calc = r.getAttribute("Type").endsWith("/calcChain");
            if (calc || removedIds.contains(r.getAttribute("Id"))) relRoot.removeChild(r);
            else ids.add(r.getAttribute("Id"));
        }
        Element names = XlsxPackage.elements(root, "definedNames").stream().findFirst().orElse(null);
        if (names != null) {
            for (Element n : XlsxPackage.elements(names, "definedName")) {
                if (!n.hasAttribute("localSheetId")) continue;
                Integer to = index.get(parse(n.getAttribute("localSheetId")));
                if (to == null) names.removeChild(n);
                else n.setAttribute("localSheetId", Integer.toString(to));
            }
        }
        for (Element view : XlsxPackage.children(root, "bookViews", "workbookView")) {
            for (String a : List.of("activeTab", "firstSheet")) {
                if (!view.hasAttribute(a)) continue;
                Integer to = index.get(parse(view.getAttribute(a)));
                view.setAttribute(a, Integer.toString(to == null ? 0 : to));
            }
        }
        for (Added a : added) {
            String id = freshId(ids);
            ids.add(id);
            Element s = wb.createElementNS(ns, qualified(root, "sheet"));
            s.setAttribute("name", a.name());
            s.setAttribute("sheetId", Integer.toString(++maxSheetId));
            if (a.veryHidden()) s.setAttribute("state", "veryHidden");
            s.setAttributeNS(XmlOut.REL_NS, relPrefix(root) + ":id", id);
            sheets.appendChild(s);
            relationship(rels, id, WORKSHEET_TYPE, XlsxPackage.target(pkg.workbookPart, a.part()));
            if (a.autoFilter() != null) {
                if (names == null) {
                    names = wb.createElementNS(ns, qualified(root, "definedNames"));
                    insertAfter(root, names, "sheets", "functionGroups", "externalReferences");
                }
                Element n = wb.createElementNS(ns, qualified(root, "definedName"));
                n.setAttribute("name", "_xlnm._FilterDatabase");
                n.setAttribute("localSheetId", Integer.toString(kept));
                n.setAttribute("hidden", "1");
                n.setTextContent("'" + a.name() + "'!" + absolute(a.autoFilter()));
                names.appendChild(n);
            }
            kept++;
        }
        Element calc = XlsxPackage.elements(root, "calcPr").stream().findFirst().orElse(null);
        if (calc == null) {
            calc = wb.createElementNS(ns, qualified(root, "calcPr"));
            insertAfter(root, calc, "sheets", "functionGroups", "externalReferences", "definedNames");
        }
        calc.setAttribute("fullCalcOnLoad", "1");
        bytes(pkg.workbookPart, XlsxPackage.serialize(wb));
        bytes(XlsxPackage.relsPath(pkg.workbookPart), XlsxPackage.serialize(rels));
    }

    private void contentTypes() throws IOException {
        Document ct = pkg.contentTypes;
        Element root = ct.getDocumentElement();
        boolean vmlDefault = false;
        for (Element d : XlsxPackage.elements(root, "Default")) vmlDefault |= "vml".equalsIgnoreCase(d.getAttribute("Extension"));
        for (Element o : XlsxPackage.elements(root, "Override")) {
            String part = o.getAttribute("PartName");
            String name = pkg.name(part.startsWith("/") ? part.substring(1) : part);
            if (removed.contains(name)) root.removeChild(o);
        }
        if (vmlAdded && !vmlDefault) {
            Element d = ct.createElementNS(XlsxPackage.CT_NS, "Default");
            d.setAttribute("Extension", "vml");
            d.setAttribute("ContentType", VML_CT);
            Node firstOverride = XlsxPackage.elements(root, "Override").stream().findFirst().orElse(null);
            root.insertBefore(d, firstOverride);
        }
        for (Map.Entry<String, String> e : newOverrides.entrySet()) {
            Element o = ct.createElementNS(XlsxPackage.CT_NS, "Override");
            o.setAttribute("PartName", "/" + e.getKey());
            o.setAttribute("ContentType", e.getValue());
            root.appendChild(o);
        }
        bytes(XlsxPackage.CONTENT_TYPES, XlsxPackage.serialize(ct));
    }

    private static boolean own(String sheetName) {
        for (String n : OWN_SHEETS) if (n.equalsIgnoreCase(sheetName)) return true;
        return false;
    }

    private XmlOut xml() {
        return new XmlOut(zip.stream());
    }

    private void entry(String name) throws IOException {
        zip.putEntry(name);
        written.add(name);
    }

    private void bytes(String name, byte[] content) throws IOException {
        entry(name);
        zip.stream().write(content);
        zip.closeEntry();
    }

    private void copy(String name) throws IOException {
        if (written.contains(name)) return;
        for (ZipEntry e : pkg.entries()) {
            if (!e.getName().equals(name)) continue;
            zip.copy(pkg.zip, e);
            written.add(name);
            return;
        }
    }

    private String freshPart(String prefix, String suffix) {
        for (int n = 1; ; n++) {
            String name = prefix + n + suffix;
            if (taken.add(name.toLowerCase(Locale.ROOT))) return name;
        }
    }

    private static String freshId(List<String> ids) {
        Set<String> used = new HashSet<>(ids);
        for (int n = ids.size() + 1; ; n++) if (!used.contains("rId" + n)) return "rId" + n;
    }

    private static Document newRels() {
        Document d = capaian.read.SecureXml.newDocumentBuilder().newDocument();
        d.appendChild(d.createElementNS(XlsxPackage.PKG_REL_NS, "Relationships"));
        return d;
    }

    private static void relationship(Document rels, String id, String type, String target) {
        Element r = rels.createElementNS(XlsxPackage.PKG_REL_NS, "Relationship");
        r.setAttribute("Id", id);
        r.setAttribute("Type", type);
        r.setAttribute("Target", target);
        rels.getDocumentElement().appendChild(r);
    }

    /** Inserts {@code e} after the last present of {@code after} (in schema order), else first. */
    private static void insertAfter(Element root, Element e, String... after) {
        Node anchor = null;
        for (String name : after) {
            List<Element> found = XlsxPackage.elements(root, name);
            if (!found.isEmpty()) anchor = found.get(found.size() - 1);
        }
        root.insertBefore(e, anchor == null ? root.getFirstChild() : anchor.getNextSibling());
    }

    private static String qualified(Element root, String local) {
        return root.getPrefix() == null ? local : root.getPrefix() + ":" + local;
    }

    private static String relPrefix(Element root) {
        String p = root.lookupPrefix(XmlOut.REL_NS);
        return p == null ? "r" : p;
    }

    /** A1:G9 as $A$1:$G$9. */
    private static String absolute(String range) {
        StringBuilder sb = new StringBuilder();
        for (String part : range.split(":")) {
            if (sb.length() > 0) sb.append(':');
            int c = capaian.model.CellRef.columnIndex(part);
            sb.append('$').append(capaian.model.CellRef.column(c)).append('$').append(capaian.model.CellRef.rowNumber(part));
        }
        return sb.toString();
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
