package capaian.web;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile and broken workbooks of docs/SECURITY.md, each built from a real example (the large ones are
 * generated here rather than committed). Every one must get a clear 4xx or a finding, in time, within 512 MB.
 */
final class HostileFiles {
    static final String BASE = "examples/seed003-tabel1-lampiran.xlsx";
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STRINGS = "xl/sharedStrings.xml";

    private HostileFiles() {}

    static byte[] base() {
        try {
            return Files.readAllBytes(Path.of(BASE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Map<String, byte[]> e, String name) {
        return new String(e.get(name), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The example with {@code rows} (XML of {@code <row>} elements) added at the end of the Realisasi sheet. */
    static byte[] withRows(CharSequence rows) {
        Map<String, byte[]> e = Zips.entries(base());
        String sheet = text(e, SHEET);
        e.put(SHEET, utf8(sheet.replace("</sheetData>", rows + "</sheetData>")));
        return Zips.zip(e);
    }

    static String inline(String ref, String s) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
    }

    static byte[] notAZip() {
        return utf8("Nama OPD;Pagu;Realisasi\nBadan Kepegawaian;1000000;250000\n");
    }

    static byte[] truncated() {
        byte[] b = base();
        return java.util.Arrays.copyOf(b, b.length * 2 / 3);
    }

    /** 1 GB of whitespace inside the sheet XML, deflated to about a megabyte. */
    static byte[] zipBomb() throws IOException {
        Map<String, byte[]> e = Zips.entries(base());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> en : e.entrySet()) {
                z.putNextEntry(new ZipEntry(en.getKey()));
                if (en.getKey().equals(SHEET)) {
                    String sheet = text(e, SHEET);
                    int at = sheet.indexOf("<sheetData>") + "<sheetData>".length();
                    z.write(utf8(sheet.substring(0, at)));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 1024; i++) z.write(spaces);
                    z.write(utf8(sheet.substring(at)));
                } else {
                    z.write(en.getValue());
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = "<!DOCTYPE x [<!ENTITY a \"hahahahahahahahahaha\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
            + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";

    /** A DOCTYPE after the XML declaration of {@code part}, and {@code ref} in its first text. */
    static byte[] doctype(String part, String doctype, String ref) {
        Map<String, byte[]> e = Zips.entries(base());
        String xml = text(e, part);
        int decl = xml.indexOf("?>") + 2;
        xml = xml.substring(0, decl) + doctype + xml.substring(decl);
        xml = xml.replaceFirst("<t>", "<t>" + ref);
        e.put(part, utf8(xml));
        return Zips.zip(e);
    }

    static byte[] externalEntityInSheet() {
        Map<String, byte[]> e = Zips.entries(base());
        String xml = text(e, SHEET);
        int decl = xml.indexOf("?>") + 2;
        xml = xml.substring(0, decl) + XXE + xml.substring(decl);
        e.put(SHEET, utf8(xml.replace("</sheetData>", "<row r=\"200\">" + inline("D200", "&xxe;") + "</row></sheetData>")));
        return Zips.zip(e);
    }

    static byte[] externalEntityInStrings() {
        return doctype(STRINGS, XXE, "&xxe;");
    }

    static byte[] entityExpansionInStrings() {
        return doctype(STRINGS, LAUGHS, "&i;");
    }

    static byte[] entityExpansionInSheet() {
        Map<String, byte[]> e = Zips.entries(base());
        String xml = text(e, SHEET);
        int decl = xml.indexOf("?>") + 2;
        xml = xml.substring(0, decl) + LAUGHS + xml.substring(decl);
        e.put(SHEET, utf8(xml.replace("</sheetData>", "<row r=\"200\">" + inline("D200", "&i;") + "</row></sheetData>")));
        return Zips.zip(e);
    }

    /** The example encrypted with a password (agile encryption, as Excel's "Encrypt with Password"). */
    static byte[] encrypted() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("rahasia");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(base());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A macro-enabled workbook: the main part typed as such and a vbaProject.bin that must never run. */
    static byte[] xlsm() {
        Map<String, byte[]> e = Zips.entries(base());
        String types = text(e, "[Content_Types].xml")
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        e.put("[Content_Types].xml", utf8(types));
        e.put("xl/_rels/workbook.xml.rels", utf8(text(e, "xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
                        + "Target=\"vbaProject.bin\"/></Relationships>")));
        e.put("xl/vbaProject.bin", utf8("Attribute VB_Name = \"ThisWorkbook\"\nSub Workbook_Open()\n Shell \"calc.exe\"\nEnd Sub\n"));
        return Zips.zip(e);
    }

    /** Excel's largest sheet: data down to row 1,048,576 (streamed into the zip, never held as one string). */
    static byte[] millionRows() throws IOException {
        Map<String, byte[]> e = Zips.entries(base());
        String sheet = text(e, SHEET);
        int at = sheet.indexOf("</sheetData>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> en : e.entrySet()) {
                z.putNextEntry(new ZipEntry(en.getKey()));
                if (en.getKey().equals(SHEET)) {
                    z.write(utf8(sheet.substring(0, at)));
                    StringBuilder b = new StringBuilder();
                    for (int r = 200; r <= 1_048_576; r++) {
                        b.append("<row r=\"").append(r).append("\">").append(inline("D" + r, "Sub kegiatan"))
                                .append("<c r=\"H").append(r).append("\"><v>4</v></c></row>");
                        if (b.length() > 1 << 20) {
                            z.write(utf8(b.toString()));
                            b.setLength(0);
                        }
                    }
                    z.write(utf8(b + sheet.substring(at)));
                } else {
                    z.write(en.getValue());
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Twenty rows filled out to column XFD, the 16,384th. */
    static byte[] allColumns() {
        StringBuilder b = new StringBuilder();
        for (int r = 200; r < 220; r++) {
            b.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 16_384; c++) b.append("<c r=\"").append(capaian.model.CellRef.a1(c, r)).append("\"><v>1</v></c>");
            b.append("</row>");
        }
        return withRows(b);
    }

    /** A sub kegiatan whose Uraian and Permasalahan hold {@code n} characters each. */
    static byte[] longCells(int n) {
        String s = "a".repeat(n);
        return withRows("<row r=\"200\">" + inline("C200", "Sub Kegiatan") + inline("D200", s)
                + "<c r=\"H200\"><v>4</v></c>" + inline("T200", s) + "</row>");
    }

    /** A million distinct shared strings (only a few used). */
    static byte[] millionSharedStrings() {
        Map<String, byte[]> e = Zips.entries(base());
        String sst = text(e, STRINGS);
        StringBuilder b = new StringBuilder(sst.length() + 20_000_000);
        b.append(sst, 0, sst.indexOf("</sst>"));
        for (int i = 0; i < 1_000_000; i++) b.append("<si><t>t").append(i).append("</t></si>");
        b.append("</sst>");
        e.put(STRINGS, utf8(b.toString()));
        return Zips.zip(e);
    }

    /** Formulas that read another workbook, with the external link part Excel writes for them. */
    static byte[] externalReferences() {
        Map<String, byte[]> e = Zips.entries(base());
        e.put(SHEET, utf8(text(e, SHEET).replace("</sheetData>", "<row r=\"200\">" + inline("C200", "Sub Kegiatan")
                + inline("D200", "Sub dari buku lain") + "<c r=\"H200\"><f>[1]Data!H9</f><v>4</v></c>"
                + "<c r=\"I200\"><f>'C:\\rahasia\\[lain.xlsx]Data'!I9*2</f><v>2</v></c></row></sheetData>")));
        e.put("xl/workbook.xml", utf8(text(e, "xl/workbook.xml").replace("</sheets>",
                "</sheets><externalReferences><externalReference r:id=\"rIdExt1\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></externalReferences>")));
        e.put("xl/_rels/workbook.xml.rels", utf8(text(e, "xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rIdExt1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" "
                        + "Target=\"externalLinks/externalLink1.xml\"/></Relationships>")));
        e.put("[Content_Types].xml", utf8(text(e, "[Content_Types].xml").replace("</Types>",
                "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>")));
        e.put("xl/externalLinks/externalLink1.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Data\"/></sheetNames></externalBook></externalLink>"));
        e.put("xl/externalLinks/_rels/externalLink1.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" "
                + "Target=\"file:///C:/rahasia/lain.xlsx\" TargetMode=\"External\"/></Relationships>"));
        return Zips.zip(e);
    }

    /** Target and realisasi of a sub kegiatan that refer to each other. */
    static byte[] circular() {
        return withRows("<row r=\"200\">" + inline("C200", "Sub Kegiatan") + inline("D200", "Sub melingkar")
                + "<c r=\"H200\"><f>I200+1</f><v>1</v></c><c r=\"I200\"><f>H200+1</f><v>2</v></c>"
                + "<c r=\"N200\"><f>O200</f><v>0</v></c><c r=\"O200\"><f>N200</f><v>0</v></c></row>");
    }

    interface Edit {
        void apply(XSSFWorkbook wb) throws Exception;
    }

    static byte[] edited(Edit edit) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(base()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** 5,000 comments, over every cell of the form's data area (where Capaian puts its own) and beyond. */
    static byte[] thousandsOfComments() throws Exception {
        return edited(wb -> {
            XSSFSheet s = wb.getSheetAt(0);
            XSSFDrawing d = s.createDrawingPatriarch();
            int n = 0;
            for (int r = 0; r < 250 && n < 5_000; r++) {
                XSSFRow row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
                for (int c = 0; c < 22 && n < 5_000; c++, n++) {
                    XSSFComment cm = d.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, c, r, c + 2, r + 3));
                    cm.setString(wb.getCreationHelper().createRichTextString("Catatan " + n));
                    cm.setAuthor("Operator");
                    (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellComment(cm);
                }
            }
        });
    }

    static byte[] images() throws Exception {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) for (int y = 0; y < 300; y++) img.setRGB(x, y, (x * 31 + y * 17) & 0xFFFFFF);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        return edited(wb -> {
            int pic = wb.addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFDrawing d = wb.getSheetAt(i).createDrawingPatriarch();
                for (int k = 0; k < 20; k++) {
                    XSSFClientAnchor a = new XSSFClientAnchor(0, 0, 0, 0, 23 + k % 4, 2 + k * 5, 26 + k % 4, 6 + k * 5);
                    a.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
                    d.createPicture(a, pic);
                }
            }
        });
    }

    /** Case name to builder, in the order of docs/SECURITY.md. */
    interface Builder {
        byte[] build() throws Exception;
    }

    static Map<String, Builder> all() {
        Map<String, Builder> m = new LinkedHashMap<>();
        m.put("bukan-zip.xlsx", HostileFiles::notAZip);
        m.put("zip-terpotong.xlsx", HostileFiles::truncated);
        m.put("bom-zip.xlsx", HostileFiles::zipBomb);
        m.put("xxe-lembar.xlsx", HostileFiles::externalEntityInSheet);
        m.put("xxe-teks-bersama.xlsx", HostileFiles::externalEntityInStrings);
        m.put("entitas-berlipat-lembar.xlsx", HostileFiles::entityExpansionInSheet);
        m.put("entitas-berlipat-teks.xlsx", HostileFiles::entityExpansionInStrings);
        m.put("terenkripsi.xlsx", HostileFiles::encrypted);
        m.put("makro.xlsm", HostileFiles::xlsm);
        m.put("sejuta-baris.xlsx", HostileFiles::millionRows);
        m.put("16384-kolom.xlsx", HostileFiles::allColumns);
        m.put("sel-32767.xlsx", () -> longCells(32_767));
        m.put("sel-40000.xlsx", () -> longCells(40_000));
        m.put("sejuta-teks-bersama.xlsx", HostileFiles::millionSharedStrings);
        m.put("rujukan-buku-lain.xlsx", HostileFiles::externalReferences);
        m.put("rumus-melingkar.xlsx", HostileFiles::circular);
        m.put("5000-komentar.xlsx", HostileFiles::thousandsOfComments);
        m.put("gambar.xlsx", HostileFiles::images);
        return m;
    }
}
