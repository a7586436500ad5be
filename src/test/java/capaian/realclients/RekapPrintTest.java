package capaian.realclients;

import capaian.consolidate.ConsolidationFixtures;
import capaian.consolidate.Rekap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rekap workbook as LibreOffice prints and draws it: the Grafik sheet rendered to PNG shows bars in the two
 * series' colours (before, LibreOffice drew the axes and no bar), and Rekap OPD prints landscape on one page
 * (before, six portrait pages for three OPDs). Each sheet is rendered alone by hiding the others in a copy.
 */
class RekapPrintTest {
    private static final Path WORK = Path.of("target", "lo-rekap-print");
    /** The series colours RekapDecorator gives the bars: capaian green and serapan blue. */
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    private static final int CAPAIAN = 0x1E7B34, SERAPAN = 0x1D4F91;

    @Test
    void chartShowsBarsAndRekapOpdPrintsOnOneLandscapePage() throws Exception {
        Optional<Soffice> lo = Soffice.forTest(WORK);
        Assumptions.assumeTrue(lo.isPresent(), "LibreOffice not installed");
        Assumptions.assumeTrue(Files.isExecutable(PDFTOPPM), PDFTOPPM + " not installed (apt-get install poppler-utils)");
        Rekap rekap = ConsolidationFixtures.threeOpds(Files.createDirectories(WORK.resolve("opd")));
        byte[] xlsx = ConsolidationFixtures.write(rekap);
        Path in = Files.createDirectories(WORK.resolve("in"));
        Path out = WORK.resolve("out");
        Files.write(in.resolve("grafik.xlsx"), only(xlsx, "Grafik"));
        Files.write(in.resolve("rekap-opd.xlsx"), only(xlsx, "Rekap OPD"));
        try (Soffice soffice = lo.get()) {
            soffice.convert(List.of(in.resolve("grafik.xlsx"), in.resolve("rekap-opd.xlsx")), out, "pdf");
        }
        // Debian's LibreOffice Calc (nogui) has no PNG export: the PDF it printed is rasterised by poppler.
        Path png = out.resolve("grafik.png");
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(PDFTOPPM.toString(), "-r", "72", "-png", "-singlefile",
                out.resolve("grafik.pdf").toString(), out.resolve("grafik").toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0,
                "pdftoppm: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertPngHasBars(png);
        assertOneLandscapePage(out.resolve("rekap-opd.pdf"));
    }

    private static void assertPngHasBars(Path file) throws Exception {
        BufferedImage png = ImageIO.read(file.toFile());
        int green = 0, blue = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y) & 0xFFFFFF;
                if (near(rgb, CAPAIAN)) green++;
                if (near(rgb, SERAPAN)) blue++;
            }
        }
        // Three OPDs, two bars each, several pixels wide and tens of pixels tall: hundreds of pixels of each.
        assertTrue(green > 200, "capaian bars drawn in green: " + green + " pixels of " + png.getWidth() + "x" + png.getHeight());
        assertTrue(blue > 200, "serapan bars drawn in blue: " + blue + " pixels");
    }

    private static void assertOneLandscapePage(Path file) throws Exception {
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
        int pages = 0;
        while (page.find()) pages++;
        assertEquals(1, pages, "Rekap OPD of three OPDs prints on one page (all 18 columns on its width)");
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*]").matcher(pdf);
        assertTrue(box.find(), "the page has a size");
        assertTrue(Double.parseDouble(box.group(1)) > Double.parseDouble(box.group(2)), "landscape: " + box.group());
    }

    private static boolean near(int rgb, int want) {
        int dr = ((rgb >> 16) & 0xFF) - ((want >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((want >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (want & 0xFF);
        return Math.abs(dr) <= 24 && Math.abs(dg) <= 24 && Math.abs(db) <= 24;
    }

    /** The workbook with every sheet but {@code keep} hidden: LibreOffice prints and renders visible sheets only. */
    private static byte[] only(byte[] xlsx, String keep) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int k = wb.getSheetIndex(keep);
            wb.setActiveSheet(k);
            wb.setFirstVisibleTab(k);
            for (Sheet s : wb) {
                int i = wb.getSheetIndex(s);
                s.setSelected(i == k);
                if (i != k) wb.setSheetHidden(i, true);
            }
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            wb.write(o);
            return o.toByteArray();
        }
    }
}
