package capaian.consolidate;

import capaian.model.Periode;
import capaian.report.Report;

/**
 * Which workbooks a rekap is for: one form, tahun and periode. A null field is chosen from the inputs (the
 * most common value among the readable workbooks); workbooks of another choice are skipped and listed.
 */
public record Selection(String form, Integer tahun, String periode) {

    public static Selection any() {
        return new Selection(null, null, null);
    }

    /** The (form, tahun, periode) a report is for, with the periode in its canonical form (I-IV, Tahunan). */
    static Selection of(Report r) {
        String p = Periode.yearly(r.form()) ? Periode.TAHUNAN : Periode.normalize(r.header().periode());
        return new Selection(r.form(), r.header().tahun(), p);
    }

    boolean complete() {
        return form != null && tahun != null && periode != null;
    }

    boolean admits(Selection s) {
        return (form == null || form.equals(s.form)) && (tahun == null || tahun.equals(s.tahun))
                && (periode == null || periode.equals(s.periode));
    }

    String describe() {
        String title = form == null ? "?" : capaian.form.Forms.byId(form).map(f -> f.title()).orElse(form);
        return "formulir " + title + ", tahun " + (tahun == null ? "?" : tahun)
                + ", periode " + (periode == null ? "?" : Periode.TAHUNAN.equals(periode) ? periode : "TW " + periode);
    }
}
