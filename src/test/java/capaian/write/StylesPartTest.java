package capaian.write;

import capaian.form.ValueType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streamed styles part: read by hand, Capaian's styles appended, read back by POI. */
class StylesPartTest {
    /** As Excel writes it: namespaces on the root, custom formats, cell styles, dxfs, a palette and extLst. */
    private static final String EXCEL = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" \
            xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">
            <numFmts count="2"><numFmt numFmtId="170" formatCode="#,##0;-#,##0;&quot;-&quot;"/>\
            <numFmt numFmtId="171" formatCode="0.0%"/></numFmts>
            <fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/></font></fonts>
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor indexed="9"/><bgColor indexed="64"/></patternFill></fill></fills>
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="171" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
            <xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
            <dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>
            <tableStyles count="0" defaultTableStyle="TableStyleMedium2"/>
            <extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" \
            xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">\
            <x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>
            </styleSheet>
            """;

    @Test
    void keepsWhatTheWorkbookHadAndAppendsCapaiansStyles() throws IOException {
        StylesPart part = StylesPart.read(in(EXCEL), Map.of());
        int money = part.computed(ValueType.MONEY);
        int percent = part.computed(ValueType.NUMBER);
        int header = part.header();
        int text = part.input(ValueType.TEXT);
        String xml = written(part);
        StylesTable t = poi(xml);

        // the workbook's own formats where they were, as they were
        assertEquals(3 + 4, t.getNumCellStyles());
        assertEquals("0.0%", t.getStyleAt(1).getDataFormatString());
        assertTrue(t.getStyleAt(1).getFont().getBold());
        assertEquals(FillPatternType.SOLID_FOREGROUND, t.getStyleAt(2).getFillPattern());
        assertEquals(1, t._getDXfsSize());
        assertTrue(xml.contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"), xml);
        assertTrue(xml.contains("x14:slicerStyles defaultSlicerStyle=\"SlicerStyleLight1\""), xml);
        assertTrue(xml.contains("defaultTableStyle=\"TableStyleMedium2\""), xml);
        assertTrue(xml.contains("x14ac:knownFonts=\"1\""), xml);

        // Capaian's: the workbook's equal rupiah format reused, the percent one after the largest number
        assertEquals(Styles.RUPIAH, t.getStyleAt(money).getDataFormatString());
        assertEquals(170, t.getStyleAt(money).getDataFormat());
        assertEquals(Styles.PERCENT, t.getStyleAt(percent).getDataFormatString());
        assertEquals(172, t.getStyleAt(percent).getDataFormat());
        XSSFCellStyle m = t.getStyleAt(money);
        assertEquals(Styles.COMPUTED_GREY, Styles.fillOf(m));
        assertTrue(m.getLocked());
        assertEquals(BorderStyle.THIN, m.getBorderLeft());
        assertEquals(BorderStyle.THIN, m.getBorderBottom());
        XSSFCellStyle h = t.getStyleAt(header);
        assertTrue(h.getFont().getBold());
        assertEquals(Styles.HEADER_BLUE, Styles.fillOf(h));
        assertEquals(HorizontalAlignment.CENTER, h.getAlignment());
        assertTrue(h.getWrapText());
        XSSFCellStyle x = t.getStyleAt(text);
        assertFalse(x.getLocked());
        assertEquals("@", x.getDataFormatString());
        assertEquals(null, Styles.fillOf(x));
    }

    @Test
    void aFilledCopyKeepsEverythingElseAndAnEqualFillIsTheStyleItself() throws IOException {
        StylesPart part = StylesPart.read(in(EXCEL), Map.of());
        int red = part.withFill(1, ResultWriter.fillFor(capaian.findings.Severity.ERROR));
        // fill 2 is the default palette's index 9: white
        assertEquals(2, part.withFill(2, "FFFFFF"));
        assertEquals(red, part.withFill(1, Styles.FINDING_ERROR));
        // no such style: the default one's copy
        assertEquals(part.withFill(0, "FFFFFF"), part.withFill(99, "FFFFFF"));
        StylesTable t = poi(written(part));
        XSSFCellStyle s = t.getStyleAt(red);
        assertEquals(Styles.FINDING_ERROR, Styles.fillOf(s));
        assertEquals("0.0%", s.getDataFormatString());
        assertTrue(s.getFont().getBold());
    }

    @Test
    void eachWorkbooksPaletteIsItsOwnThoughFillsAreReadOnce() throws IOException {
        // the same fill entries (fill 2: indexed colour 9), once with the default palette (white), once with a custom
        // palette whose colour 9 is green: what the fills say is kept for the process, the colour is each part's own
        StringBuilder palette = new StringBuilder("<colors><indexedColors>");
        for (int i = 0; i < 64; i++) palette.append("<rgbColor rgb=\"").append(i == 9 ? "FF00FF00" : "FF000000").append("\"/>");
        palette.append("</indexedColors></colors>");
        String green = EXCEL.replace("<extLst>", palette + "<extLst>");
        StylesPart white = StylesPart.read(in(EXCEL), Map.of());
        assertEquals(2, white.withFill(2, "FFFFFF"));
        StylesPart custom = StylesPart.read(in(green), Map.of());
        assertEquals(2, custom.withFill(2, "00FF00"), "green in this workbook's palette: the style itself");
        assertNotEquals(2, custom.withFill(2, "FFFFFF"), "white is a new fill here");
        StylesPart again = StylesPart.read(in(EXCEL), Map.of());
        assertNotEquals(2, again.withFill(2, "00FF00"));
        assertEquals(2, again.withFill(2, "FFFFFF"));
    }

    @Test
    void aSecondRunReusesTheStylesOfTheFirst() throws IOException {
        StylesPart first = StylesPart.read(in(EXCEL), Map.of());
        first.title();
        first.label();
        int computed = first.computed(ValueType.NUMBER);
        first.withFill(computed, "C6EFCE");
        first.input(ValueType.CODE);
        Map<String, Integer> known = first.indexes();
        String once = written(first);

        StylesPart second = StylesPart.read(in(once), known);
        int before = second.count();
        second.title();
        second.label();
        assertEquals(computed, second.computed(ValueType.NUMBER));
        second.withFill(computed, "C6EFCE");
        second.input(ValueType.CODE);
        assertEquals(before, second.count());
        assertEquals(known, second.indexes());
        assertEquals(once, written(second));
    }

    @Test
    void anEmptyStyleSheetGetsTheEntriesEveryWorkbookHas() throws IOException {
        StylesPart part = StylesPart.read(in("<styleSheet xmlns=\"" + XmlOut.MAIN_NS + "\"/>"), Map.of());
        assertEquals(1, part.count());
        StylesTable t = poi(written(part));
        assertEquals(1, t.getFonts().size());
        assertEquals(2, t.getFills().size());
        assertEquals(1, t.getBorders().size());
        assertEquals(1, t._getStyleXfsSize());
        assertEquals(1, t.getNumCellStyles());

        StylesPart withStyles = StylesPart.read(in("<styleSheet xmlns=\"" + XmlOut.MAIN_NS + "\"/>"), Map.of());
        int label = withStyles.label();
        StylesTable u = poi(written(withStyles));
        assertTrue(u.getStyleAt(label).getFont().getBold());
    }

    @Test
    void aPrefixedStyleSheetGetsPrefixedEntries() throws IOException {
        String prefixed = EXCEL.replace("<styleSheet xmlns=", "<x:styleSheet xmlns:x=").replace("</styleSheet>", "</x:styleSheet>")
                .replaceAll("<(/?)(numFmts|numFmt|fonts|font|sz|name|b|color|fills|fill|patternFill|fgColor|bgColor|borders|border|"
                        + "left|right|top|bottom|diagonal|cellStyleXfs|cellXfs|xf|cellStyles|cellStyle|dxfs|dxf|tableStyles|extLst|ext)([ />])",
                        "<$1x:$2$3");
        StylesPart part = StylesPart.read(in(prefixed), Map.of());
        int money = part.computed(ValueType.MONEY);
        int red = part.withFill(2, Styles.FINDING_ERROR);
        String xml = written(part);
        assertFalse(xml.contains("<xf "), xml);
        StylesTable t = poi(xml);
        assertEquals(Styles.RUPIAH, t.getStyleAt(money).getDataFormatString());
        assertEquals(Styles.FINDING_ERROR, Styles.fillOf(t.getStyleAt(red)));
    }

    @Test
    void aDoctypeIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><styleSheet xmlns=\""
                + XmlOut.MAIN_NS + "\"><numFmts>&lol;</numFmts></styleSheet>";
        assertThrows(IOException.class, () -> StylesPart.read(in(bomb), Map.of()));
    }

    @Test
    void noStylesPartAtAll() throws IOException {
        StylesPart part = StylesPart.read(null, Map.of("header", 0, "title", 7));
        assertEquals(0, part.header());
        assertNotEquals(7, part.title());
        assertEquals(2, part.count());
    }

    private static ByteArrayInputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String written(StylesPart part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.write(new XmlOut(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static StylesTable poi(String xml) throws IOException {
        return new StylesTable(in(xml));
    }
}
