package capaian.web;

import capaian.consolidate.rkpd.RkpdConsolidator;
import capaian.consolidate.rkpd.RkpdEvaluation;
import capaian.consolidate.rkpd.RkpdTemplate;
import capaian.consolidate.rkpd.RkpdWriter;
import capaian.form.Forms;
import capaian.store.StoredFiles;
import capaian.store.Store;
import capaian.store.Submission;
import capaian.store.SubmissionQuery;
import capaian.store.SubmissionStatus;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Bappeda's Evaluasi terhadap Hasil RKPD (docs/consolidation.md) from the stored Monitoring forms of a tahun and
 * triwulan: of each OPD the latest version Bappeda accepted (diterima), else its latest version with a note.
 */
final class RkpdRoute {
    private static final Logger LOG = Logger.getLogger(RkpdRoute.class.getName());
    /** A Bappeda may keep its own edited template here; else the one in the jar is used. */
    static final String TEMPLATE_FILE = RkpdTemplate.FILE;

    private final Store store;
    private final StoredFiles files;
    private final Workbooks workbooks;
    private final JobLimiter limiter;
    private final Path dataDir;

    RkpdRoute(Store store, StoredFiles files, Workbooks workbooks, JobLimiter limiter, Path dataDir) {
        this.store = store;
        this.files = files;
        this.workbooks = workbooks;
        this.limiter = limiter;
        this.dataDir = dataDir;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/evaluasi-rkpd/xlsx", this::workbook);
    }

    private void workbook(HttpServerExchange ex) throws Exception {
        Auth.of(ex).requireBappeda();
        Integer tahun = Requests.tahun(Requests.query(ex, "tahun"));
        String periode = Requests.periode(Requests.query(ex, "periode"));
        if (tahun == null || periode == null || capaian.model.Periode.TAHUNAN.equals(periode)) {
            throw ApiException.badRequest("DATA_KURANG", "Pilih tahun dan triwulan (parameter tahun, dan periode I sampai IV).");
        }
        byte[] xlsx = limiter.run(() -> writer().write(evaluate(tahun, periode)));
        Downloads.send(ex, Downloads.XLSX, "evaluasi-rkpd-" + tahun + "-tw" + periode + ".xlsx", xlsx);
    }

    private RkpdEvaluation evaluate(int tahun, String periode) {
        RkpdConsolidator c = new RkpdConsolidator(workbooks.processor(), tahun, periode);
        String form = Forms.MONITORING_CAPAIAN.id();
        Map<String, Submission> chosen = new LinkedHashMap<>();
        Map<String, Submission> latest = new LinkedHashMap<>();
        List<Submission> all = store.listSubmissions(new SubmissionQuery(null, tahun, periode, form, false));
        for (Submission s : all.stream().sorted(Comparator.comparingInt(Submission::version)).toList()) {
            String opd = s.key().kodeOpd();
            latest.put(opd, s);
            if (s.status() == SubmissionStatus.DITERIMA) chosen.put(opd, s);
        }
        for (Map.Entry<String, Submission> e : latest.entrySet()) {
            Submission used = chosen.getOrDefault(e.getKey(), e.getValue());
            String note = null;
            if (used.status() != SubmissionStatus.DITERIMA) {
                note = "Belum ada versi yang diterima Bappeda; dipakai versi terbaru (" + used.version() + ", "
                        + used.status().label() + ").";
            } else if (used.version() < e.getValue().version()) {
                note = "Dipakai versi " + used.version() + " yang diterima Bappeda; versi " + e.getValue().version()
                        + " belum diterima.";
            }
            String label = used.originalName() + " (" + used.key().kodeOpd() + " v" + used.version() + ")";
            if (files.size(used.originalSha256()).isEmpty()) {
                LOG.severe("file " + used.originalSha256() + " of submission " + used.id() + " is missing");
                continue;
            }
            // On PostgreSQL the stored file is copied to a temporary file for the reader, deleted once read.
            try (StoredFiles.LocalFile original = files.local(used.originalSha256(), dataDir.resolve("tmp"))) {
                c.add(original.path(), label, used.submittedAt(), note);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        return c.finish(Instant.now());
    }

    private RkpdWriter writer() {
        Path own = dataDir.resolve(TEMPLATE_FILE);
        if (!Files.exists(own)) return RkpdWriter.standard(workbooks.processor().profile());
        try {
            return new RkpdWriter(Files.readAllBytes(own), workbooks.processor().profile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
