package capaian.process;

import capaian.rules.Profile;

import java.io.InputStream;

/**
 * Reads, checks, computes and writes back one workbook. The single entry point that the CLI and the web
 * service share; thread-safe, one instance per profile.
 */
public final class Processor {
    private final Profile profile;

    public Processor(Profile profile) {
        this.profile = profile;
    }

    public Profile profile() { return profile; }

    /**
     * Reads and checks only (no write-back): the report, workbook null.
     *
     * @param fileName the uploaded name, used to tell .xlsx from other files in messages
     * @param formId   the form to read it as, or null to recognise it from its sheets
     */
    public ProcessResult check(InputStream workbook, String fileName, String formId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Reads, checks, computes and writes back: the report and the result workbook. */
    public ProcessResult process(InputStream workbook, String fileName, String formId) {
        throw new UnsupportedOperationException("TODO");
    }
}
