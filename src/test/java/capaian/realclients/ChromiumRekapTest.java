package capaian.realclients;

import capaian.consolidate.OpdList;
import capaian.examples.ExampleBuilder;
import capaian.findings.FindingCode;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.ReportJson;
import capaian.rules.ProfileLoader;
import capaian.store.FileStore;
import capaian.store.NewSubmission;
import capaian.store.SubmissionKey;
import capaian.store.SubmissionStatus;
import capaian.store.User;
import capaian.web.CapaianServer;
import capaian.web.ServerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bappeda's rekap page at 60 OPDs in a real browser: it opens on the period that has submissions, every status
 * badge is coloured and readable, no main column is cut at 1366 px, the chart's rendered SVG text names every
 * OPD, a click on an OPD shows its submission and findings, the per-program view is there, and no finding code or
 * form id is the main text of anything on the page (codes only in their small code element). Screenshots at
 * 1366 px and 390 px in target/e2e.
 */
class ChromiumRekapTest extends ChromiumServerTest {
    private static final Path WORK = Path.of("target", "e2e");
    private static final String PASSWORD = "kata-sandi-uji";
    private static final int OPDS = 60;
    /** Sent, one sent with a typing error (ada temuan), one whose stored file is not a workbook, two not sent. */
    private static final int SENT = 56, WITH_ERROR = 56, UNREADABLE = 57;
    private static final String[] DINAS = {"Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
            "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Satuan Polisi Pamong Praja", "Dinas Sosial",
            "Dinas Tenaga Kerja dan Transmigrasi", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
            "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil",
            "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Perhubungan", "Dinas Komunikasi, Informatika, Statistik dan Persandian",
            "Dinas Koperasi, Usaha Kecil dan Menengah", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            "Dinas Kepemudaan dan Olahraga", "Dinas Perpustakaan dan Kearsipan", "Dinas Kelautan dan Perikanan", "Dinas Pariwisata",
            "Dinas Pertanian, Tanaman Pangan dan Hortikultura", "Dinas Perindustrian dan Perdagangan",
            "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Kesatuan Bangsa dan Politik",
            "Badan Penanggulangan Bencana Daerah", "Inspektorat Daerah", "Sekretariat Daerah", "Sekretariat DPRD"};
    private static final String[][] PROGRAMS = {{"1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN"}, {"1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN"},
            {"1.03.03", "PROGRAM PENGELOLAAN SUMBER DAYA AIR"}, {"5.01.02", "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH"}};

    @TempDir
    static Path data;
    @TempDir
    static Path profile;

    private final List<String> names = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        long started = System.nanoTime();
        missing = Chromium.unavailable("rekap page test");
        if (missing != null) return;
        server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0));
        User bappeda = server.store().addUser("bappeda", capaian.store.Role.BAPPEDA, null, "Admin Bappeda", PASSWORD.toCharArray());
        List<OpdList.Opd> list = new ArrayList<>();
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        FileStore files = new FileStore(data);
        for (int i = 0; i < OPDS; i++) {
            String nama = DINAS[i % DINAS.length] + (i < DINAS.length ? "" : " Wilayah " + (i / DINAS.length + 1));
            String kode = String.format("%d.%02d.0.00.0.00.%02d.0000", 1 + i % 5, 1 + i % 7, i + 1);
            names.add(nama);
            list.add(new OpdList.Opd(kode, nama, null));
            if (i > UNREADABLE) continue; // two OPDs that sent nothing
            byte[] original = i == UNREADABLE ? "bukan buku kerja".getBytes() : workbook(nama, kode, i, i == WITH_ERROR);
            // Only the OPD whose findings the test opens needs its report; the rekap reads every file itself.
            ProcessResult r = i != WITH_ERROR ? ProcessResult.unreadable("-")
                    : processor.process(new ByteArrayInputStream(original), "laporan.xlsx", Forms.LAMPIRAN_REALISASI.id());
            boolean errors = r.report() == null || r.report().hasErrors();
            var s = r.report() == null ? null : r.report().summary();
            server.store().addSubmission(new NewSubmission(new SubmissionKey(kode, 2025, "II", Forms.LAMPIRAN_REALISASI.id()), nama,
                    errors ? SubmissionStatus.ADA_TEMUAN : SubmissionStatus.DITERIMA, s == null ? 1 : s.errors(), s == null ? 0 : s.warnings(),
                    s == null ? 0 : s.infos(), "laporan-" + (i + 1) + ".xlsx", files.put(original), original.length,
                    r.workbook() == null ? null : files.put(r.workbook()), r.report() == null ? "{}" : ReportJson.toJson(r.report()), bappeda.id()));
        }
        Files.writeString(data.resolve("daftar-opd.json"), new OpdList(list).toJson());
        base = server.uri().toString();
        System.out.printf("60 OPDs stored in %.1f s%n", (System.nanoTime() - started) / 1e9);
        startBrowser(profile, WORK, WORK.resolve("downloads"), Duration.ofSeconds(240));
    }

    /** A Lampiran Realisasi of two programs of the pool, its money from hundreds of millions to billions. */
    private static byte[] workbook(String nama, String kode, int i, boolean typingError) throws IOException {
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header(nama, kode, 2025, "II");
        for (int p = 0; p < 2; p++) {
            String[] program = PROGRAMS[(i + p) % PROGRAMS.length];
            b.row(Role.KODE, program[0], Role.URAIAN, program[1], Role.INDIKATOR, "Persentase capaian program " + (p + 1),
                    Role.SATUAN, "%", Role.TARGET, 100, Role.REALISASI, 55 + (i * 7 + p * 13) % 50);
            for (int k = 1; k <= 2; k++) {
                long pagu = (150_000_000L + (i * 37L % 23) * 90_000_000L) * k;
                Object realisasi = typingError && p == 0 && k == 1 ? "dua ratus juta" : pagu * (60 + (i * 11 + k * 5) % 40) / 100;
                b.row(Role.KODE, program[0] + ".1.01.000" + k, Role.URAIAN, "Sub kegiatan " + k, Role.INDIKATOR, "Jumlah laporan",
                        Role.SATUAN, "Laporan", Role.TARGET, 10, Role.REALISASI, 4 + (i + k) % 7, Role.PAGU, pagu,
                        Role.REALISASI_ANGGARAN, realisasi);
            }
        }
        return b.bytes();
    }

    @Test
    void rekapOfSixtyOpdsFitsTheScreenAndNamesEveryOpd() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        session.open("/masuk?lanjut=/bappeda");
        session.submitLogin("bappeda", PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "/bappeda"));
        // Without a click: the page opens on 2025 TW II, the one period with submissions (today is later).
        long t0 = System.nanoTime();
        try {
            wait.until(d -> {
                List<WebElement> failed = d.findElements(By.cssSelector("#pesan-rekap .pesan.gagal"));
                if (!failed.isEmpty()) throw new AssertionError("the rekap failed: " + failed.get(0).getText());
                // 60 listed OPDs, the unreadable file's own line (its OPD cannot be told) and JUMLAH
                return d.findElements(By.cssSelector("#tabel-opd tbody tr")).size() == OPDS + 2
                        && !d.findElements(By.cssSelector("svg.grafik-opd")).isEmpty();
            });
        } catch (RuntimeException | AssertionError e) {
            Files.write(WORK.resolve("rekap-gagal.png"), browser.getScreenshotAs(OutputType.BYTES));
            throw e;
        }
        System.out.printf("rekap page of %d OPDs drawn in %.1f s%n", OPDS, (System.nanoTime() - t0) / 1e9);
        assertEquals("2025", js("return document.getElementById('tahun').value"));
        assertEquals("II", js("return document.getElementById('periode').value"));

        // Every status: a badge with its text, a colour behind it (or a border) and a text colour that differs.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> badges = (List<Map<String, Object>>) js("""
                return [...document.querySelectorAll('#tabel-opd tbody tr:not(.jumlah) .lencana')].map((b) => {
                  const s = getComputedStyle(b), r = b.getBoundingClientRect();
                  return { text: b.textContent, bg: s.backgroundColor, fg: s.color, border: s.borderTopColor,
                    borderWidth: s.borderTopWidth, w: r.width, h: r.height };
                });""");
        assertEquals(OPDS + 1, badges.size(), "one status badge per line");
        List<String> statuses = new ArrayList<>();
        for (Map<String, Object> b : badges) {
            String text = (String) b.get("text");
            if (!statuses.contains(text)) statuses.add(text);
            assertTrue(!text.isBlank() && ((Number) b.get("w")).doubleValue() > 10 && ((Number) b.get("h")).doubleValue() > 8, "badge shown: " + b);
            boolean filled = !"rgba(0, 0, 0, 0)".equals(b.get("bg"));
            assertTrue(filled, "badge has a background: " + b);
            assertTrue(!b.get("fg").equals(b.get("bg")), "badge text differs from its background: " + b);
            boolean white = "rgb(255, 255, 255)".equals(b.get("bg"));
            assertTrue(!white || !"0px".equals(b.get("borderWidth")), "a white badge has a border: " + b);
        }
        assertTrue(statuses.containsAll(List.of("valid", "ada temuan", "tidak terbaca", "belum kirim")), "statuses shown: " + statuses);

        // At 1366 px: the table scrolls not sideways, and no heading or cell of the main columns overflows its box.
        assertEquals(0L, js("const t = document.getElementById('tabel-opd'); return t.scrollWidth - t.clientWidth;"),
                "the Rekap OPD table needs no horizontal scrolling at 1366 px");
        assertEquals(0L, js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"), "nor does the page");
        assertEquals(List.of(), js("""
                return [...document.querySelectorAll('#tabel-opd th, #tabel-opd td')]
                  .filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent);"""), "cells whose content is cut");
        assertEquals(11L, js("return document.querySelectorAll('#tabel-opd thead th').length"));
        long jumlahHeight = (Long) js("return Math.round(document.querySelector('#tabel-opd tr.jumlah').getBoundingClientRect().height)");
        long rowHeight = (Long) js("return Math.round(document.querySelector('#tabel-opd tbody tr').getBoundingClientRect().height)");
        assertTrue(jumlahHeight <= Math.max(60, rowHeight * 1.5), "JUMLAH row of normal height: " + jumlahHeight + " px, a row " + rowHeight);

        // The chart: one group per OPD whose rendered text (its tspans joined) is the OPD's full name.
        assertChartNamesEveryOpd();
        screenshot("rekap-1366", 1366);

        // A click on an OPD: its submission and its findings, codes small after the messages.
        String withError = names.get(WITH_ERROR);
        browser.findElement(By.xpath("//table[@class='rekap susun']//button[@class='nama-opd' and normalize-space()=\""
                + withError + "\"]")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rincian-opd")));
        wait.until(d -> !dialog.findElements(By.cssSelector("small.kode")).isEmpty());
        assertTrue(dialog.getText().contains("Unduh buku kerja asli"), dialog.getText());
        assertTrue(dialog.getText().contains("kesalahan"), dialog.getText());
        assertNoCodeAsText();
        screenshot("rekap-rincian-1366", 1366);
        dialog.findElement(By.xpath(".//button[normalize-space()='Tutup']")).click();

        browser.findElement(By.id("lihat-program")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-program")));
        long programRows = (Long) js("return document.querySelectorAll('#tabel-program tbody tr').length");
        assertTrue(programRows >= PROGRAMS.length, "every program of the pool has a line: " + programRows);
        assertEquals(0L, js("const t = document.getElementById('tabel-program'); return t.scrollWidth - t.clientWidth;"));
        assertNoCodeAsText();
        browser.findElement(By.id("lihat-opd")).click();

        browser.manage().window().setSize(new Dimension(390, 900));
        wait.until(d -> ((Number) js("return Number(document.querySelector('svg.grafik-opd').getAttribute('width'))")).intValue() < 390);
        assertEquals(0L, js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                () -> "no sideways scrolling on a phone either; too wide: " + js("""
                        const w = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1
                          && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1))
                          .slice(0, 5).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));"""));
        assertChartNamesEveryOpd();
        screenshot("rekap-390", 390);
    }

    /** Every OPD is named by a rendered SVG text in the chart (its lines joined), drawn inside the chart. */
    private void assertChartNamesEveryOpd() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>) js("""
                const svg = document.querySelector('svg.grafik-opd'), box = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('text.nama-opd')].map((t) => {
                  const r = t.getBoundingClientRect();
                  return { name: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '), w: r.width,
                    inside: r.left >= box.left - 1 && r.right <= box.right + 1 };
                });""");
        List<String> drawn = new ArrayList<>();
        for (Map<String, Object> t : texts) {
            assertTrue(((Number) t.get("w")).doubleValue() > 0 && Boolean.TRUE.equals(t.get("inside")), "name drawn inside the chart: " + t);
            drawn.add((String) t.get("name"));
        }
        List<String> missingNames = names.stream().filter(n -> !drawn.contains(n)).toList();
        assertEquals(List.of(), missingNames, "OPDs the chart does not name in full");
        assertEquals(OPDS + 1, drawn.size(), "one name per line of the rekap");
    }

    /** The page's visible text, its small code elements aside, holds no finding code and no form id. */
    private void assertNoCodeAsText() {
        // The code elements emptied for a moment: innerText is then exactly the rest of what is rendered.
        String text = (String) js("""
                const kode = [...document.querySelectorAll('small.kode')].map((e) => [e, e.textContent]);
                kode.forEach(([e]) => { e.textContent = ''; });
                const t = document.body.innerText;
                kode.forEach(([e, k]) => { e.textContent = k; });
                return t;""");
        List<String> found = new ArrayList<>();
        for (FindingCode c : FindingCode.values()) if (text.contains(c.name())) found.add(c.name());
        for (var f : Forms.all()) if (text.contains(f.id())) found.add(f.id());
        for (String w : List.of("galat", "Error", "warning", "TW TW")) if (text.contains(w)) found.add(w);
        assertEquals(List.of(), found, "internal words among the page's text");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /**
     * The window at this width scrolled to the rekap (file.png), then the rekap card and the chart each whole
     * (file-hasil-rekap.png, file-tempat-grafik.png): at 60 OPDs the matrix above them makes the page too long for
     * one shot of all of it.
     */
    private void screenshot(String file, int width) throws IOException {
        Files.createDirectories(WORK);
        browser.manage().window().setSize(new Dimension(width, 1000));
        js("document.getElementById('hasil-rekap').scrollIntoView()");
        Files.write(WORK.resolve(file + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        for (String part : List.of("hasil-rekap", "tempat-grafik")) {
            List<WebElement> e = browser.findElements(By.id(part));
            if (e.isEmpty() || !e.get(0).isDisplayed()) continue;
            long height = (Long) js("return Math.ceil(document.getElementById('" + part + "').getBoundingClientRect().height)");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 250, 7000)));
            js("document.getElementById('" + part + "').scrollIntoView()");
            Files.write(WORK.resolve(file + "-" + part + ".png"), e.get(0).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(width, 900));
    }
}
