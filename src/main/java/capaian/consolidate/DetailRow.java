package capaian.consolidate;

import capaian.report.Report;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * One Detail line as jxls and {@link ListingRows} read it (${d.pagu} is {@code get("pagu")}): the OPD's kode, name
 * and file, then its report row's fields, each read from the row when asked. Copying every row into a map of its
 * own, by reflection, was a third of writing a 300,000-row Detail under the command line's C1 compiler. A test
 * checks every field against {@link RowMaps#of(Record)}, so a field added to the row cannot be missed here.
 */
final class DetailRow extends AbstractMap<String, Object> {
    private final OpdEntry opd;
    private final Report.Row row;

    DetailRow(OpdEntry opd, Report.Row row) {
        this.opd = opd;
        this.row = row;
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String k)) return null;
        return switch (k) {
            case "kodeOpd" -> opd.kodeOpd();
            case "nama" -> opd.nama();
            case "berkas" -> opd.source();
            case "sheet" -> row.sheet();
            case "row" -> row.row();
            case "kode" -> row.kode();
            case "level" -> row.level();
            case "uraian" -> row.uraian();
            case "indikator" -> row.indikator();
            case "satuan" -> row.satuan();
            case "polaritas" -> row.polaritas();
            case "target" -> row.target();
            case "realisasi" -> row.realisasi();
            case "capaian" -> row.capaian();
            case "kategori" -> row.kategori();
            case "pagu" -> row.pagu();
            case "realisasiAnggaran" -> row.realisasiAnggaran();
            case "serapan" -> row.serapan();
            case "sisa" -> row.sisa();
            case "efisiensi" -> row.efisiensi();
            case "extra" -> row.extra();
            case "cells" -> row.cells();
            default -> null;
        };
    }

    @Override
    public boolean containsKey(Object key) {
        return asMap().containsKey(key);
    }

    /** Every field in order, built when something iterates (jxls reads fields by name). */
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return asMap().entrySet();
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = RowMaps.opd(opd);
        m.putAll(RowMaps.of(row));
        return m;
    }
}
