package capaian.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static capaian.web.HostileFiles.text;
import static capaian.web.HostileFiles.utf8;

/**
 * The files of issue 14's attack on the service (costly, not malformed), built from the real example: a macro
 * workbook with a large extra sheet, a styles.xml with very many cell formats, and a workbook.xml listing
 * thousands of sheets that all point at one part.
 */
final class AttackFiles {
    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

    private AttackFiles() {}

    /** The .xlsm of HostileFiles with a further sheet "Ekstra" of {@code rows} rows of four cells. */
    static byte[] xlsmWithExtraSheet(int rows) throws IOException {
        Map<String, byte[]> e = Zips.entries(HostileFiles.xlsm());
        addSheetEntry(e, "Ekstra", "rIdEkstra", "worksheets/sheet99.xml", 99);
        e.remove("xl/worksheets/sheet99.xml");
        return zip(e, "xl/worksheets/sheet99.xml", (z) -> {
            z.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            StringBuilder b = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                        .append("</v></c><c r=\"B").append(r).append("\"><v>").append(r * 3)
                        .append("</v></c><c r=\"C").append(r).append("\" t=\"inlineStr\"><is><t>baris ").append(r)
                        .append("</t></is></c><c r=\"D").append(r).append("\"><v>0.5</v></c></row>");
                if (b.length() > 1 << 20) {
                    z.write(utf8(b.toString()));
                    b.setLength(0);
                }
            }
            z.write(utf8(b + "</sheetData></worksheet>"));
        });
    }

    /** The example whose styles.xml holds {@code xfs} cell formats. */
    static byte[] hugeStyles(int xfs) throws IOException {
        Map<String, byte[]> e = Zips.entries(HostileFiles.base());
        String styles = text(e, "xl/styles.xml");
        int open = styles.indexOf("<cellXfs");
        int close = styles.indexOf("</cellXfs>");
        String head = styles.substring(0, open) + "<cellXfs count=\"" + xfs + "\">"
                + styles.substring(styles.indexOf('>', open) + 1, close);
        String tail = styles.substring(close);
        e.remove("xl/styles.xml");
        return zip(e, "xl/styles.xml", z -> {
            z.write(utf8(head));
            StringBuilder b = new StringBuilder();
            for (int i = 12; i < xfs; i++) {
                b.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
                if (b.length() > 1 << 20) {
                    z.write(utf8(b.toString()));
                    b.setLength(0);
                }
            }
            z.write(utf8(b + tail));
        });
    }

    /** The example whose workbook.xml lists {@code sheets} more sheets, all pointing at the Petunjuk part. */
    static byte[] manySheets(int sheets) {
        Map<String, byte[]> e = Zips.entries(HostileFiles.base());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sheets; i++) b.append("<sheet name=\"L").append(i).append("\" r:id=\"rId4\" sheetId=\"").append(100 + i).append("\"/>");
        e.put("xl/workbook.xml", utf8(text(e, "xl/workbook.xml").replace("</sheets>", b + "</sheets>")));
        return Zips.zip(e);
    }

    private static void addSheetEntry(Map<String, byte[]> e, String name, String rid, String target, int id) {
        e.put("xl/workbook.xml", utf8(text(e, "xl/workbook.xml").replace("</sheets>",
                "<sheet name=\"" + name + "\" r:id=\"" + rid + "\" sheetId=\"" + id + "\"/></sheets>")));
        e.put("xl/_rels/workbook.xml.rels", utf8(text(e, "xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"" + rid + "\" Target=\"" + target + "\" Type=\"" + WORKSHEET_REL + "\"/></Relationships>")));
        e.put("[Content_Types].xml", utf8(text(e, "[Content_Types].xml").replace("</Types>",
                "<Override ContentType=\"" + WORKSHEET + "\" PartName=\"/xl/" + target + "\"/></Types>")));
    }

    private interface Writer {
        void write(ZipOutputStream z) throws IOException;
    }

    /** The entries as they are, then one more written by {@code last} (streamed, never one big string). */
    private static byte[] zip(Map<String, byte[]> e, String lastName, Writer last) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> en : e.entrySet()) {
                z.putNextEntry(new ZipEntry(en.getKey()));
                z.write(en.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(lastName));
            last.write(z);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
