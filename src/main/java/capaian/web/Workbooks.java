package capaian.web;

import capaian.form.Forms;
import capaian.process.ProcessResult;
import capaian.evaluate.Evaluation;
import capaian.process.Processor;
import capaian.report.ReportDetail;
import capaian.read.UnreadableWorkbookException;
import capaian.read.WorkbookTooLargeException;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the core {@link Processor} on an upload within the {@link JobLimiter}, and turns "not a workbook"
 * into a 4xx with the reason in Indonesian.
 */
final class Workbooks {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Workbooks.class.getName());

    private final Processor processor;
    private final JobLimiter limiter;

    Workbooks(Processor processor, JobLimiter limiter) {
        this.processor = processor;
        this.limiter = limiter;
    }

    Processor processor() {
        return processor;
    }

    /** Reads, checks, computes and writes back; a readable result always has a report. */
    ProcessResult process(Upload u, String formId) throws Exception {
        return run(u, formId, true, ReportDetail.FULL);
    }

    /**
     * As {@link #process(Upload, String)} for a caller that sends only the result workbook: the report is its
     * summary (header, counts), which names the file, not every row, which would be built to be thrown away.
     */
    ProcessResult processForDownload(Upload u, String formId) throws Exception {
        return run(u, formId, true, ReportDetail.SUMMARY);
    }

    /** Reads and checks only. */
    ProcessResult check(Upload u, String formId) throws Exception {
        return run(u, formId, false, ReportDetail.FULL);
    }

    /**
     * Reads, checks and computes without writing a workbook: for clients that write the computed cells
     * themselves (the Excel add-in).
     */
    Evaluation evaluate(Upload u, String formId) throws Exception {
        String form = validForm(formId);
        rejectNonWorkbook(u);
        return limiter.run(u.cost(), u.client(), () -> {
            Path tmp = processor.tempFile();
            try {
                Files.write(tmp, u.bytes());
                return processor.evaluate(tmp, form, triwulan(u));
            } catch (WorkbookTooLargeException e) {
                throw ApiError.BUKU_KERJA_TERLALU_BESAR.withMessage(e.getMessage());
            } catch (UnreadableWorkbookException e) {
                throw ApiError.BERKAS_TIDAK_TERBACA.withMessage(e.getMessage());
            } catch (RuntimeException e) {
                // Same last resort as the processor's, so that a file gets the same answer on every route.
                if (e instanceof ApiException || e instanceof capaian.job.JobBudget.Exceeded) throw e;
                LOG.log(java.util.logging.Level.WARNING, "evaluation failed", e);
                throw ApiError.BERKAS_TIDAK_TERBACA.error();
            } finally {
                Files.deleteIfExists(tmp);
            }
        });
    }

    private ProcessResult run(Upload u, String formId, boolean writeBack, ReportDetail detail) throws Exception {
        String form = validForm(formId);
        rejectNonWorkbook(u);
        ProcessResult r = limiter.run(u.cost(), u.client(), () -> writeBack
                ? processor.process(new ByteArrayInputStream(u.bytes()), u.fileName(), form, triwulan(u), detail)
                : processor.check(new ByteArrayInputStream(u.bytes()), u.fileName(), form, triwulan(u), detail));
        if (r.tooLarge()) throw ApiError.BUKU_KERJA_TERLALU_BESAR.withMessage(r.unreadableReason());
        if (!r.readable()) throw ApiError.BERKAS_TIDAK_TERBACA.withMessage(r.unreadableReason());
        return r;
    }

    /**
     * The triwulan the user chose with the upload (the "periode" field), so that a workbook with one sheet per
     * quarter is read at the chosen quarter's sheet; null when none or yearly. A wrong value is the submission
     * route's to refuse, not the reader's.
     */
    static String triwulan(Upload u) {
        String p = capaian.model.Periode.normalize(u.field("periode"));
        return p == null || p.equals(capaian.model.Periode.TAHUNAN) ? null : p;
    }

    /** Runs a job in a processing slot (503 when none frees up in time). */
    <T> T limited(java.util.concurrent.Callable<T> job) throws Exception {
        return limiter.run(job);
    }

    static String validForm(String formId) {
        if (formId == null || formId.isBlank()) return null;
        if (Forms.byId(formId.trim()).isEmpty()) {
            throw ApiError.FORMULIR_TIDAK_DIKENAL.withMessage("Formulir \"" + formId
                    + "\" tidak dikenal. Pilihan: renja, lampiran-realisasi, monitoring-capaian.");
        }
        return formId.trim();
    }

    /**
     * A cheap look at the first bytes spares a worker slot for files that cannot be workbooks at all (a PDF,
     * a photo, a CSV). xlsx is a ZIP, the old .xls an OLE2 file (as is an encrypted .xlsx, which the core refuses
     * with its own message).
     */
    static void rejectNonWorkbook(Upload u) {
        rejectNonWorkbook(u.fileName(), u.bytes());
    }

    static void rejectNonWorkbook(String fileName, byte[] bytes) {
        if (!startsWith(bytes, ZIP) && !startsWith(bytes, OLE2)) {
            throw ApiError.BUKAN_BUKU_KERJA.withMessage("Berkas \"" + fileName
                    + "\" bukan buku kerja Excel (.xlsx). Buka di Excel atau LibreOffice, simpan sebagai .xlsx, lalu kirim lagi.");
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }
}
