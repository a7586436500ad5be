package capaian.process;

import capaian.evaluate.Evaluator;

import capaian.evaluate.Evaluation;

import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.model.Document;
import capaian.findings.Finding;
import capaian.findings.FindingCode;
import capaian.job.SpareCore;
import capaian.read.InflatedParts;
import capaian.read.Limits;
import capaian.read.UnreadableWorkbookException;
import capaian.read.WorkbookTooLargeException;
import capaian.read.WorkbookReader;
import capaian.report.ReportBuilder;
import capaian.report.ReportDetail;
import capaian.rules.Profile;
import capaian.write.ResultWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads, checks, computes and writes back one workbook. The single entry point that the CLI and the web
 * service share; thread-safe, one instance per profile.
 */
public final class Processor {
    private static final Logger LOG = Logger.getLogger(Processor.class.getName());

    private final Profile profile;
    private final WorkbookReader reader;
    private final Evaluator evaluator;
    private final ResultWriter writer;

    private final Limits limits;
    /** Where the copies of the workbooks being processed go. */
    private final Path tempDir;

    /** With the limits of the environment ({@link Limits#fromEnvironment()}). */
    public Processor(Profile profile) {
        this(profile, Limits.fromEnvironment());
    }

    public Processor(Profile profile, Limits limits) {
        this(profile, limits, null);
    }

    /**
     * With the temporary copies of the workbooks it processes in {@code tempDir} (null: the system's): the server
     * gives the one it empties at every start, so that a copy a kill left behind does not stay for ever.
     */
    public Processor(Profile profile, Limits limits, Path tempDir) {
        this.profile = profile;
        this.limits = limits;
        this.tempDir = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
        this.reader = new WorkbookReader(profile, limits);
        this.evaluator = new Evaluator(profile);
        this.writer = new ResultWriter(profile, this.tempDir);
    }

    public Profile profile() { return profile; }

    /** The directory of this processor's temporary files. */
    public Path tempDir() {
        return tempDir;
    }

    /** A new empty temporary file for a workbook, in {@link #tempDir()}. */
    public Path tempFile() throws IOException {
        return Files.createTempFile(tempDir(), "capaian-", ".xlsx");
    }

    /**
     * Reads and checks only (no write-back): the report, workbook null.
     *
     * @param fileName the uploaded name, used to tell .xlsx from other files in messages
     * @param formId   the form to read it as, or null to recognise it from its sheets
     */
    public ProcessResult check(InputStream workbook, String fileName, String formId) {
        return run(workbook, formId, null, false, null, ReportDetail.FULL);
    }

    /**
     * As {@link #check(InputStream, String, String)} for a chosen triwulan ("I" to "IV", or null): where several
     * sheets carry the form, the one whose header says that triwulan is read.
     */
    public ProcessResult check(InputStream workbook, String fileName, String formId, String triwulan) {
        return run(workbook, formId, triwulan, false, null, ReportDetail.FULL);
    }

    /** Reads, checks, computes and writes back: the report and the result workbook. */
    public ProcessResult process(InputStream workbook, String fileName, String formId) {
        return run(workbook, formId, null, true, null, ReportDetail.FULL);
    }

    /** As {@link #process(InputStream, String, String)} for a chosen triwulan (see {@link #check(InputStream, String, String, String)}). */
    public ProcessResult process(InputStream workbook, String fileName, String formId, String triwulan) {
        return run(workbook, formId, triwulan, true, null, ReportDetail.FULL);
    }

    /**
     * As {@link #process(InputStream, String, String, String)} with a report of the given detail: a caller that
     * sends only the result workbook needs no more than its header.
     */
    public ProcessResult process(InputStream workbook, String fileName, String formId, String triwulan, ReportDetail detail) {
        return run(workbook, formId, triwulan, true, null, detail);
    }

    /**
     * As {@link #process(InputStream, String, String)}, but the result workbook is written to {@code out} as it
     * is produced instead of being kept in memory (the result's workbook is null): the command line, where a
     * 100,000-row workbook must fit in a small heap. Nothing is written when the write-back is refused.
     */
    public ProcessResult process(InputStream workbook, String fileName, String formId, Path out) {
        return run(workbook, formId, null, true, out, ReportDetail.FULL);
    }

    /** As {@link #process(InputStream, String, String, Path)} for a chosen triwulan, or null. */
    public ProcessResult process(InputStream workbook, String fileName, String formId, String triwulan, Path out) {
        return run(workbook, formId, triwulan, true, out, ReportDetail.FULL);
    }

    /**
     * As {@link #process(InputStream, String, String, String, Path)} with a report of the given detail: the command
     * line asks for the {@link ReportDetail#SUMMARY} it prints unless a JSON report is to be written.
     */
    public ProcessResult process(InputStream workbook, String fileName, String formId, String triwulan, Path out,
                                 ReportDetail detail) {
        return run(workbook, formId, triwulan, true, out, detail);
    }

    /** As {@link #check(InputStream, String, String, String)} with a report of the given detail. */
    public ProcessResult check(InputStream workbook, String fileName, String formId, String triwulan, ReportDetail detail) {
        return run(workbook, formId, triwulan, false, null, detail);
    }

    /** The evaluation of a workbook file, for callers that need more than the report (consolidation). */
    public Evaluation evaluate(Path file, String formId) throws UnreadableWorkbookException {
        return evaluate(file, formId, null);
    }

    /** As {@link #evaluate(Path, String)} for a chosen triwulan, or null. */
    public Evaluation evaluate(Path file, String formId, String triwulan) throws UnreadableWorkbookException {
        Document doc = reader.read(file, form(formId), triwulan);
        return evaluator.evaluate(doc);
    }

    /** As {@link #evaluate(Path, String, String)} for a rekap, which writes no result workbook (see {@link Evaluator#evaluate(Document, boolean)}). */
    public Evaluation evaluateForRekap(Path file, String formId, String triwulan) throws UnreadableWorkbookException {
        return evaluator.evaluate(reader.read(file, form(formId), triwulan), false);
    }

    /** The evaluation of an uploaded workbook (copied to a temporary file for the reader). */
    public Evaluation evaluate(InputStream workbook, String formId) throws UnreadableWorkbookException, IOException {
        Path tmp = tempFile();
        try {
            Files.copy(workbook, tmp, StandardCopyOption.REPLACE_EXISTING);
            return evaluate(tmp, formId);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private ProcessResult run(InputStream workbook, String formId, String triwulan, boolean write, Path out,
                              ReportDetail detail) {
        FormDefinition form = form(formId);
        Path tmp = null;
        try {
            tmp = tempFile();
            Files.copy(workbook, tmp, StandardCopyOption.REPLACE_EXISTING);
            InflatedParts kept = write ? InflatedParts.kept() : InflatedParts.none();
            Evaluation ev = evaluator.evaluate(reader.read(tmp, form, triwulan, kept), true, SpareCore.forJob());
            if (!write) return new ProcessResult(ReportBuilder.build(ev, detail), null, null);
            return writeBack(tmp, ev, out, detail, kept);
        } catch (WorkbookTooLargeException e) {
            return ProcessResult.tooLarge(e.getMessage());
        } catch (UnreadableWorkbookException e) {
            return ProcessResult.unreadable(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | OutOfMemoryError e) {
            // A workbook the streaming reader accepted but the evaluation or write-back could not handle: say so, keep serving.
            LOG.log(Level.WARNING, "processing failed", e);
            return ProcessResult.unreadable("Buku kerja ini tidak dapat diproses. "
                    + "Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu unggah lagi.");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /**
     * The report and the result workbook. A part the write-back cannot read (a damaged zip entry, XML that is
     * not well-formed) makes the file unreadable, not a 500; parts it does not change are copied as stored.
     */
    private ProcessResult writeBack(Path tmp, Evaluation ev, Path out, ReportDetail detail, InflatedParts kept) {
        try {
            if (!limits.writeBackAllowed(tmp, kept)) {
                // The write-back streams, but its time grows with the package: past the limit, give the check's report.
                return new ProcessResult(ReportBuilder.build(withResultNotWritten(ev), detail), null, null);
            }
            if (out == null) return new ProcessResult(ReportBuilder.build(ev, detail), writer.write(tmp, ev, kept), null);
            // buffered: the zip writes headers and the central directory a few bytes at a time
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 64 * 1024)) {
                writer.write(tmp, ev, o, kept);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                Files.deleteIfExists(out); // no half-written result left behind
                throw e;
            }
            // the report after the write-back, so that the two never share the heap
            return new ProcessResult(ReportBuilder.build(ev, detail), null, null);
        } catch (IOException e) {
            LOG.log(Level.INFO, "write-back failed on a damaged package", e);
            return ProcessResult.unreadable("Berkas .xlsx ini rusak atau tidak lengkap dan tidak dapat dibaca. "
                    + "Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu unggah lagi.");
        }
    }

    private Evaluation withResultNotWritten(Evaluation ev) {
        List<Finding> findings = new ArrayList<>(ev.findings());
        findings.add(Finding.of(FindingCode.RESULT_NOT_WRITTEN, null, null, 0, null,
                Map.of("reason", limits.writeBackRefusal())));
        return new Evaluation(ev.document(), ev.profile(), ev.sheets(), ev.opd(), ev.programs(), ev.footer(), List.copyOf(findings));
    }

    private static FormDefinition form(String formId) {
        if (formId == null) return null;
        return Forms.byId(formId).orElseThrow(() -> new IllegalArgumentException(
                "formulir tidak dikenal: " + formId + " (pilih renja, lampiran-realisasi atau monitoring-capaian)"));
    }
}
