package capaian.write;

import capaian.model.CellRef;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form sheet's cell comments (the comments part) and their boxes (the legacy VML drawing), rewritten for
 * the write-back: an earlier run's comments on the cells it marked removed, any comment on a cell marked now
 * replaced by Capaian's, every other comment and shape (a user's notes, form controls) kept as it was.
 */
final class CommentParts {
    /** A new comment: 1-based row, 0-based column, its text. */
    record Note(int row, int col, String text) {}

    private static final Pattern SHAPE = Pattern.compile("<v:shape\\s.*?</v:shape>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<x:Row>\\s*(\\d+)\\s*</x:Row>");
    private static final Pattern COLUMN = Pattern.compile("<x:Column>\\s*(\\d+)\\s*</x:Column>");
    private static final Pattern SHAPE_ID = Pattern.compile("_x0000_s(\\d+)");
    private static final String SHAPE_TYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
            + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\""
            + " o:connecttype=\"rect\"/></v:shapetype>";

    private final Set<Long> removed = new HashSet<>();
    private final List<Note> notes;
    byte[] comments;
    byte[] vml;

    private CommentParts(List<Note> notes) {
        this.notes = notes;
        for (Note n : notes) removed.add(SheetEdits.key(n.row(), n.col()));
    }

    /**
     * @param existingComments the sheet's comments part, or null
     * @param existingVml      the sheet's legacy drawing, or null
     * @param earlierMarks     cells an earlier run marked: their comments by Capaian go
     * @param vmlBlock         a number for this sheet's shape ids when the drawing is new (1, 2, ...)
     */
    static CommentParts build(byte[] existingComments, byte[] existingVml, Set<Long> earlierMarks, List<Note> notes,
                              int vmlBlock) throws IOException {
        CommentParts p = new CommentParts(notes);
        p.comments = existingComments == null ? p.fresh() : p.edit(existingComments, earlierMarks);
        p.vml = p.vml(existingVml, vmlBlock);
        return p;
    }

    private byte[] fresh() {
        StringBuilder sb = new StringBuilder(XmlOut.DECLARATION).append("<comments xmlns=\"").append(XmlOut.MAIN_NS)
                .append("\"><authors><author>").append(ResultWriter.AUTHOR).append("</author></authors><commentList>");
        for (Note n : notes) comment(sb, n, 0);
        sb.append("</commentList></comments>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void comment(StringBuilder sb, Note n, int author) {
        sb.append("<comment ref=\"").append(CellRef.a1(n.col(), n.row())).append("\" authorId=\"").append(author)
                .append("\"><text><t xml:space=\"preserve\">").append(XmlOut.escaped(n.text())).append("</t></text></comment>");
    }

    private byte[] edit(byte[] existing, Set<Long> earlierMarks) throws IOException {
        Document doc;
        try {
            doc = capaian.read.SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(existing));
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("comments: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element authors = first(root, "authors", ns);
        List<String> names = new ArrayList<>();
        for (Element a : XlsxPackage.elements(authors, "author")) names.add(a.getTextContent());
        int ours = names.indexOf(ResultWriter.AUTHOR);
        if (ours < 0) {
            Element a = doc.createElementNS(ns, prefixed(root, "author"));
            a.setTextContent(ResultWriter.AUTHOR);
            authors.appendChild(a);
            ours = names.size();
        }
        Element list = first(root, "commentList", ns);
        for (Element c : XlsxPackage.elements(list, "comment")) {
            String ref = c.getAttribute("ref");
            long key = SheetEdits.key(CellRef.rowNumber(ref), CellRef.columnIndex(ref));
            int author = parseInt(c.getAttribute("authorId"));
            boolean ourOld = earlierMarks.contains(key) && author >= 0 && author < names.size()
                    && ResultWriter.AUTHOR.equals(names.get(author));
            if (ourOld || removed.contains(key)) {
                list.removeChild(c);
                removed.add(key);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Note n : notes) {
            sb.setLength(0);
            comment(sb, n, ours);
            Element c = XlsxPackage.elements(parse(sb.toString(), ns), "comment").get(0);
            list.appendChild(doc.importNode(c, true));
        }
        return XlsxPackage.serialize(doc);
    }

    private static Element parse(String comment, String ns) throws IOException {
        try {
            String wrapped = "<w xmlns=\"" + ns + "\">" + comment + "</w>";
            return capaian.read.SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }

    /** The existing drawing without the removed notes' shapes and with ours added, or a new one. */
    private byte[] vml(byte[] existing, int block) {
        StringBuilder sb = new StringBuilder();
        int nextId;
        if (existing == null) {
            int blocks = 1 + notes.size() / 1000;
            StringBuilder ids = new StringBuilder();
            for (int b = 0; b < blocks; b++) ids.append(b == 0 ? "" : ",").append(block * 4 + b);
            sb.append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                    + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"")
                    .append(ids).append("\"/></o:shapelayout>").append(SHAPE_TYPE);
            nextId = block * 4 * 1024 + 1;
            shapes(sb, nextId);
            sb.append("</xml>");
            return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        // VML as Excel writes it is not always well-formed XML: edited as text, byte for byte elsewhere
        String text = new String(existing, StandardCharsets.ISO_8859_1);
        Matcher m = SHAPE.matcher(text);
        int last = 0;
        int maxId = 1024;
        while (m.find()) {
            String shape = m.group();
            Matcher id = SHAPE_ID.matcher(shape);
            if (id.find()) maxId = Math.max(maxId, Integer.parseInt(id.group(1)));
            sb.append(text, last, m.start());
            if (!isRemovedNote(shape)) sb.append(shape);
            last = m.end();
        }
        int end = text.lastIndexOf("</xml>");
        if (end < last) end = text.length();
        sb.append(text, last, end);
        if (!text.contains("_x0000_t202")) sb.append(SHAPE_TYPE);
        shapes(sb, maxId + 1);
        sb.append(text, end, text.length());
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private boolean isRemovedNote(String shape) {
        if (!shape.contains("ObjectType=\"Note\"")) return false;
        Matcher r = ROW.matcher(shape);
        Matcher c = COLUMN.matcher(shape);
        return r.find() && c.find() && removed.contains(SheetEdits.key(Integer.parseInt(r.group(1)) + 1, Integer.parseInt(c.group(1))));
    }

    /** Capaian's comment boxes: hidden, four columns right of the cell and six rows tall, as before. */
    private void shapes(StringBuilder sb, int firstId) {
        int id = firstId;
        for (Note n : notes) {
            int r = n.row() - 1;
            int c = n.col();
            sb.append("<v:shape id=\"_x0000_s").append(id++).append("\" type=\"#_x0000_t202\" style=\"position:absolute;")
                    .append("visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color=\"#ffffe1\"/>")
                    .append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                    .append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(c + 1).append(", 0, ").append(r).append(", 0, ").append(c + 5).append(", 0, ").append(r + 6)
                    .append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(r).append("</x:Row><x:Column>")
                    .append(c).append("</x:Column></x:ClientData></v:shape>");
        }
    }

    private static Element first(Element root, String local, String ns) {
        List<Element> found = XlsxPackage.elements(root, local);
        if (!found.isEmpty()) return found.get(0);
        Element e = root.getOwnerDocument().createElementNS(ns, prefixed(root, local));
        if (local.equals("authors")) root.insertBefore(e, root.getFirstChild());
        else root.appendChild(e);
        return e;
    }

    private static String prefixed(Element root, String local) {
        return root.getPrefix() == null ? local : root.getPrefix() + ":" + local;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
