package capaian.web;

import capaian.consolidate.Consolidator;
import capaian.consolidate.Inputs;
import capaian.consolidate.OpdEntry;
import capaian.consolidate.OpdList;
import capaian.consolidate.Rekap;
import capaian.consolidate.RekapJson;
import capaian.consolidate.RekapNote;
import capaian.consolidate.RekapWriter;
import capaian.consolidate.Selection;
import capaian.consolidate.StoredInput;
import capaian.form.Forms;
import capaian.model.Periode;
import capaian.rules.Band;
import capaian.rules.Profile;
import capaian.store.Store;
import capaian.store.StoredFiles;
import capaian.store.Submission;
import capaian.store.SubmissionQuery;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Bappeda's rekap (docs/consolidation.md): of the latest stored version of each OPD's submission for a
 * (tahun, periode, form), or of workbooks and zip archives uploaded on the page; and the region's OPD list,
 * kept in the data directory as {@value #LIST_FILE}, so that OPDs that sent nothing are listed.
 */
final class RekapRoute {
    private static final Logger LOG = Logger.getLogger(RekapRoute.class.getName());
    static final String LIST_FILE = "daftar-opd.json";
    /** A Bappeda may keep its own edited rekap template here; else the one in the jar is used. */
    static final String TEMPLATE_FILE = "rekap-bappeda.xlsx";
    /** The rekap upload takes many workbooks at once: this many times the per-file limit in total. */
    static final int UPLOAD_FACTOR = 10;
    /** A zip of workbooks inflates about 1:1 (they are compressed already); past three times its size it is a bomb. */
    static final int ZIP_RATIO = 3;

    private final Store store;
    private final StoredFiles files;
    private final Workbooks workbooks;
    private final JobLimiter limiter;
    private final Uploads uploads;
    private final Path dataDir;
    private final long maxUploadBytes;

    RekapRoute(Store store, StoredFiles files, Workbooks workbooks, JobLimiter limiter, Uploads uploads, Path dataDir,
               long maxUploadBytes) {
        this.store = store;
        this.files = files;
        this.workbooks = workbooks;
        this.limiter = limiter;
        this.uploads = uploads;
        this.dataDir = dataDir;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/rekap", this::stored);
        r.get("/api/v1/rekap/xlsx", this::storedWorkbook);
        r.post("/api/v1/rekap", this::uploaded);
        r.get("/api/v1/daftar-opd", this::getList);
        r.post("/api/v1/daftar-opd", this::putList);
    }

    private void stored(HttpServerExchange ex) throws Exception {
        Auth.of(ex).requireBappeda();
        Rekap rekap = limiter.run(() -> fromStore(selection(ex)));
        Json.ok(ex, page(rekap));
    }

    private void storedWorkbook(HttpServerExchange ex) throws Exception {
        Auth.of(ex).requireBappeda();
        Selection sel = selection(ex);
        byte[] xlsx = limiter.run(() -> writer().write(fromStore(sel)));
        Downloads.send(ex, Downloads.XLSX, fileName(sel), xlsx);
    }

    /** Uploaded workbooks and zips: the rekap JSON and the workbook in one answer, like process?include=workbook. */
    private void uploaded(HttpServerExchange ex) throws Exception {
        Auth.of(ex).requireBappeda();
        Path dir = Files.createTempDirectory(dataDir.resolve("tmp"), "rekap-");
        try {
            List<String> names = uploads.readAll(ex, maxUploadBytes * UPLOAD_FACTOR, dir);
            Selection wanted = optionalSelection(ex);
            List<Path> spooled;
            try (Stream<Path> s = Files.list(dir)) {
                spooled = s.sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().split("-", 2)[0]))).toList();
            }
            long uploaded = 0;
            for (Path p : spooled) uploaded += Files.size(p);
            Inputs.ZipLimits zipLimits = new Inputs.ZipLimits(maxUploadBytes, maxUploadBytes * UPLOAD_FACTOR, ZIP_RATIO);
            Map<String, Object> answer = limiter.run(JobCost.rekap(uploaded), RequestLanes.client(ex), () -> {
                Consolidator c = new Consolidator(workbooks.processor(), wanted);
                for (int i = 0; i < spooled.size(); i++) {
                    // Upload order decides which of two files of one OPD is the latest.
                    try {
                        Inputs.addUpload(c, spooled.get(i), names.get(i), Instant.now().plusMillis(i), dir, zipLimits);
                    } catch (Inputs.ArchiveTooLargeException e) {
                        throw ApiError.ARSIP_TERLALU_BESAR.withMessage(e.getMessage());
                    }
                }
                Rekap rekap = c.finish(list(), Instant.now());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rekap", page(rekap));
                m.put("resultName", fileName(new Selection(rekap.info().form(), rekap.info().tahun(), rekap.info().periode())));
                m.put("workbookBase64", Base64.getEncoder().encodeToString(writer().write(rekap)));
                return m;
            });
            Json.ok(ex, answer);
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The rekap JSON with what the page's chart draws behind the bars: the profile's capaian categories
     * ({@code kategoriCapaian}: label, bounds in %, fill), so the bands on the page are the profile's.
     */
    private Map<String, Object> page(Rekap rekap) {
        Map<String, Object> m = new LinkedHashMap<>(RekapJson.tree(rekap));
        Profile profile = workbooks.processor().profile();
        List<Map<String, Object>> bands = new java.util.ArrayList<>();
        for (Band b : profile.capaianScale().bands()) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("label", b.label());
            band.put("min", b.min());
            band.put("max", b.max());
            String fill = profile.categoryFill(b.label());
            band.put("warna", fill == null ? null : "#" + fill);
            bands.add(band);
        }
        m.put("kategoriCapaian", bands);
        return m;
    }

    Rekap fromStore(Selection sel) {
        Consolidator c = new Consolidator(workbooks.processor(), sel);
        List<Submission> sent = store.listSubmissions(new SubmissionQuery(null, sel.tahun(), sel.periode(), sel.form(), true));
        List<StoredInput> inputs = new ArrayList<>(sent.size());
        for (Submission s : sent) {
            StoredInput.Original original = null;
            if (files.size(s.originalSha256()).isEmpty()) {
                LOG.severe("file " + s.originalSha256() + " of submission " + s.id() + " is missing");
            } else {
                original = reader -> {
                    try (StoredFiles.LocalFile local = files.local(s.originalSha256(), dataDir.resolve("tmp"))) {
                        return reader.apply(local.path());
                    }
                };
            }
            // The server evaluated each submission when it was sent: its stored report is read, not the workbook.
            inputs.add(new StoredInput(s.originalName() + " (" + s.key().kodeOpd() + " v" + s.version() + ")",
                    s.submittedAt(), () -> store.reportJson(s.id()).orElse(null), original));
        }
        List<OpdEntry> entries = c.addStored(inputs);
        for (int i = 0; i < sent.size(); i++) {
            OpdEntry e = entries.get(i);
            Submission s = sent.get(i);
            if (e == null) continue;
            if (s.version() > 1) {
                e.notes().add(new RekapNote("REKAP_KIRIM_ULANG", "info", "OPD ini mengirim " + s.version()
                        + " versi; yang dipakai versi terbaru (" + s.version() + ")."));
            }
            if (s.status().returned()) {
                e.notes().add(new RekapNote("REKAP_DITOLAK", "warning", "Kiriman ini dikembalikan Bappeda"
                        + (s.statusNote() == null ? "" : ": " + s.statusNote()) + "; angkanya tetap dimasukkan ke rekap."));
            }
        }
        return c.finish(list(), Instant.now());
    }

    /** The saved list, else every OPD known from accounts and submissions (names come from their workbooks). */
    private OpdList list() {
        List<capaian.store.OpdRegistry.Opd> registry = store.opdRegistry().list();
        if (!registry.isEmpty()) return new OpdList(registry.stream().map(o -> new OpdList.Opd(o.kode(), o.nama(), o.urusan())).toList());
        Path saved = dataDir.resolve(LIST_FILE);
        if (Files.exists(saved)) {
            try {
                return OpdList.read(Files.readAllBytes(saved));
            } catch (IOException | OpdList.OpdListException e) {
                LOG.warning("cannot read " + saved + ": " + e.getMessage());
            }
        }
        return new OpdList(store.knownOpds().stream().map(k -> new OpdList.Opd(k, null, null)).toList());
    }

    private void getList(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        boolean saved = !store.opdRegistry().list().isEmpty() || Files.exists(dataDir.resolve(LIST_FILE));
        Json.ok(ex, Map.of("tersimpan", saved, "opd", list().opds()));
    }

    /** Replaces the OPD list with an uploaded workbook or JSON file (validated before it is saved). */
    private void putList(HttpServerExchange ex) throws IOException {
        capaian.store.User user = Auth.of(ex).requireBappeda();
        Upload u = uploads.read(ex);
        OpdList list;
        try {
            list = OpdList.read(u.bytes());
        } catch (OpdList.OpdListException e) {
            throw ApiException.unprocessable("DAFTAR_OPD_TIDAK_SAH", e.getMessage());
        }
        if (list.opds().isEmpty()) throw ApiException.unprocessable("DAFTAR_OPD_KOSONG", "Daftar OPD tidak berisi satu OPD pun.");
        // The list goes into the OPD registry (the Pengguna page's), where the matrix and the accounts find it too.
        try {
            var r = store.opdRegistry().importAll(list.opds().stream().map(o -> new capaian.store.OpdRegistry.Opd(o.kode(), o.nama(), o.urusan())).toList());
            store.audit().record(user.id(), capaian.store.AuditLog.OPD_IMPORTED, u.fileName(), r.added() + " OPD baru, " + r.updated() + " diperbarui");
        } catch (capaian.store.StoreException e) {
            throw ApiException.unprocessable("DAFTAR_OPD_TIDAK_SAH", e.getMessage() + " Tidak ada yang disimpan dari berkas ini.");
        }
        LOG.info("OPD list imported into the registry: " + list.opds().size() + " OPD");
        Json.ok(ex, Map.of("tersimpan", true, "opd", list.opds()));
    }

    RekapWriter writer() {
        Path own = dataDir.resolve(TEMPLATE_FILE);
        if (!Files.exists(own)) return RekapWriter.standard();
        try {
            return new RekapWriter(Files.readAllBytes(own));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Selection selection(HttpServerExchange ex) {
        Selection s = optionalSelection(ex);
        if (s.tahun() == null || s.periode() == null) {
            throw ApiException.badRequest("DATA_KURANG", "Pilih tahun dan triwulan (parameter tahun dan periode).");
        }
        return s;
    }

    /** form defaults to the Lampiran Realisasi, the quarterly form; the Renja's periode is always Tahunan. */
    private static Selection optionalSelection(HttpServerExchange ex) {
        String form = Requests.query(ex, "form");
        if (form != null && Forms.byId(form).isEmpty()) {
            throw ApiError.FORMULIR_TIDAK_DIKENAL.withMessage("Formulir \"" + form
                    + "\" tidak dikenal. Pilihan: renja, lampiran-realisasi, monitoring-capaian.");
        }
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        String periode = Requests.periode(Requests.query(ex, "periode"));
        if (form == null && (tahun != null || periode != null)) form = Forms.LAMPIRAN_REALISASI.id();
        if (form != null && Periode.yearly(form)) periode = Periode.TAHUNAN;
        return new Selection(form, tahun, periode);
    }

    private static String fileName(Selection s) {
        return "rekap-" + (s.form() == null ? "opd" : s.form()) + "-" + (s.tahun() == null ? "" : s.tahun())
                + (s.periode() == null ? "" : "-" + (Periode.TAHUNAN.equals(s.periode()) ? "tahunan" : "tw" + s.periode())) + ".xlsx";
    }
}
