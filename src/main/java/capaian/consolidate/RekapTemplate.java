package capaian.consolidate;

import capaian.form.ValueType;
import capaian.write.Styles;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static capaian.consolidate.TemplateCells.comment;
import static capaian.consolidate.TemplateCells.text;

/**
 * Generates templates-xlsx/rekap-bappeda.xlsx, the jxls template of Bappeda's rekap. The committed file is
 * what {@link RekapWriter} fills at run time; this class only (re)creates it, so Bappeda may restyle,
 * reorder or relabel the committed file in Excel (keeping the ${...} cells and the jx comments) without
 * touching code. A drift test keeps the committed file equal to what this generates until someone edits it
 * on purpose (then regenerate or update the test's expectation).
 */
public final class RekapTemplate {
    public static final String FILE = "rekap-bappeda.xlsx";

    /** One column of a listing: its header, the jxls expression of its data cell, the cell's kind. */
    record Col(String header, String expression, Kind kind, int width) {}

    enum Kind { TEXT, MONEY, PERCENT, COUNT }

    static final List<Col> OPD = List.of(
            new Col("No", "o.no", Kind.COUNT, 5),
            new Col("Kode OPD", "o.kodeOpd", Kind.TEXT, 24),
            new Col("Nama OPD", "o.nama", Kind.TEXT, 40),
            new Col("Urusan", "o.urusan", Kind.TEXT, 18),
            new Col("Status", "o.status", Kind.TEXT, 14),
            new Col("Sub Kegiatan", "o.subKegiatan", Kind.COUNT, 10),
            new Col("Pagu (Rp)", "o.pagu", Kind.MONEY, 20),
            new Col("Realisasi (Rp)", "o.realisasi", Kind.MONEY, 20),
            new Col("Serapan (%)", "o.serapan", Kind.PERCENT, 11),
            new Col("Rata-rata Capaian (%)", "o.capaian", Kind.PERCENT, 12),
            new Col("Kategori Capaian", "o.kategori", Kind.TEXT, 16),
            new Col("Efisiensi", "o.efisiensi", Kind.PERCENT, 11),
            new Col("Kategori Efisiensi", "o.kategoriEfisiensi", Kind.TEXT, 16),
            new Col("Kesalahan", "o.errors", Kind.COUNT, 10),
            new Col("Peringatan", "o.warnings", Kind.COUNT, 10),
            new Col("Catatan", "o.infos", Kind.COUNT, 9),
            new Col("Berkas", "o.berkas", Kind.TEXT, 28),
            new Col("Keterangan", "o.catatan", Kind.TEXT, 50));

    static final List<Col> PROGRAM = List.of(
            new Col("Tingkat", "p.tingkat", Kind.TEXT, 14),
            new Col("Kode", "p.kode", Kind.TEXT, 14),
            new Col("Urusan/Bidang Urusan/Program", "p.uraian", Kind.TEXT, 50),
            new Col("Jumlah OPD", "p.jumlahOpd", Kind.COUNT, 10),
            new Col("Pagu (Rp)", "p.pagu", Kind.MONEY, 20),
            new Col("Realisasi (Rp)", "p.realisasi", Kind.MONEY, 20),
            new Col("Serapan (%)", "p.serapan", Kind.PERCENT, 11),
            new Col("Rata-rata Capaian (%)", "p.capaian", Kind.PERCENT, 12),
            new Col("Kategori Capaian", "p.kategori", Kind.TEXT, 16),
            new Col("Efisiensi", "p.efisiensi", Kind.PERCENT, 11),
            new Col("OPD", "p.opd", Kind.TEXT, 50));

    static final List<Col> RANK_CAPAIAN = List.of(
            new Col("Peringkat", "r.peringkat", Kind.COUNT, 10),
            new Col("Kode OPD", "r.kodeOpd", Kind.TEXT, 24),
            new Col("Nama OPD", "r.nama", Kind.TEXT, 40),
            new Col("Rata-rata Capaian (%)", "r.capaian", Kind.PERCENT, 12),
            new Col("Kategori Capaian", "r.kategori", Kind.TEXT, 16),
            new Col("Serapan (%)", "r.serapan", Kind.PERCENT, 11));

    static final List<Col> RANK_SERAPAN = List.of(
            new Col("Peringkat", "r.peringkat", Kind.COUNT, 10),
            new Col("Kode OPD", "r.kodeOpd", Kind.TEXT, 24),
            new Col("Nama OPD", "r.nama", Kind.TEXT, 40),
            new Col("Serapan (%)", "r.serapan", Kind.PERCENT, 12),
            new Col("Pagu (Rp)", "r.pagu", Kind.MONEY, 20),
            new Col("Realisasi (Rp)", "r.realisasi", Kind.MONEY, 20));

    static final List<Col> DETAIL = List.of(
            new Col("Kode OPD", "d.kodeOpd", Kind.TEXT, 24),
            new Col("Nama OPD", "d.nama", Kind.TEXT, 30),
            new Col("Lembar", "d.sheet", Kind.TEXT, 12),
            new Col("Baris", "d.row", Kind.COUNT, 7),
            new Col("Kode", "d.kode", Kind.TEXT, 16),
            new Col("Tingkat", "d.level", Kind.TEXT, 12),
            new Col("Uraian", "d.uraian", Kind.TEXT, 40),
            new Col("Indikator Kinerja", "d.indikator", Kind.TEXT, 40),
            new Col("Satuan", "d.satuan", Kind.TEXT, 10),
            new Col("Polaritas", "d.polaritas", Kind.TEXT, 10),
            new Col("Target", "d.target", Kind.TEXT, 10),
            new Col("Realisasi Kinerja", "d.realisasi", Kind.TEXT, 10),
            new Col("Capaian (%)", "d.capaian", Kind.PERCENT, 11),
            new Col("Kategori", "d.kategori", Kind.TEXT, 14),
            new Col("Pagu (Rp)", "d.pagu", Kind.MONEY, 18),
            new Col("Realisasi Anggaran (Rp)", "d.realisasiAnggaran", Kind.MONEY, 18),
            new Col("Serapan (%)", "d.serapan", Kind.PERCENT, 11),
            new Col("Sisa Anggaran (Rp)", "d.sisa", Kind.MONEY, 18),
            new Col("Efisiensi", "d.efisiensi", Kind.PERCENT, 11));

    static final List<Col> TEMUAN = List.of(
            new Col("Kode OPD", "t.kodeOpd", Kind.TEXT, 24),
            new Col("Nama OPD", "t.nama", Kind.TEXT, 30),
            new Col("Berkas", "t.berkas", Kind.TEXT, 24),
            new Col("Tingkat", "t.severity", Kind.TEXT, 11),
            new Col("Lembar", "t.sheet", Kind.TEXT, 12),
            new Col("Sel", "t.cell", Kind.TEXT, 7),
            new Col("Pesan", "t.message", Kind.TEXT, 80),
            new Col("Nilai", "t.value", Kind.TEXT, 16),
            new Col("Kode Temuan", "t.code", Kind.TEXT, 22));

    private RekapTemplate() {}

    public static byte[] generate() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            rekapOpd(wb, st);
            rekapProgram(wb, st);
            peringkat(wb, st);
            listing(wb.createSheet("Detail"), st, DETAIL, "details", "d");
            listing(wb.createSheet("Temuan"), st, TEMUAN, "temuan", "t");
            XSSFSheet g = wb.createSheet("Grafik");
            text(g, 0, 0, "Capaian kinerja dan serapan anggaran per OPD", st.title());
            text(g, 1, 0, "Grafik dibuat dari kolom Nama OPD, Serapan dan Rata-rata Capaian pada lembar Rekap OPD.", null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void rekapOpd(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("Rekap OPD");
        text(s, 0, 0, "REKAP CAPAIAN KINERJA DAN SERAPAN ANGGARAN PERANGKAT DAERAH", st.title());
        text(s, 1, 0, "${info.judul}", null);
        text(s, 2, 0, "${info.keterangan}", null);
        int header = 4;
        headers(s, st, header, OPD);
        dataRow(s, st, header + 1, OPD, false);
        XSSFRow total = s.createRow(header + 2);
        for (int i = 0; i < OPD.size(); i++) {
            Col c = OPD.get(i);
            String expr = switch (c.expression()) {
                case "o.no", "o.kodeOpd", "o.urusan", "o.berkas" -> null;
                case "o.nama" -> "${total.label}";
                default -> "${" + c.expression().replace("o.", "total.") + "}";
            };
            XSSFCell cell = total.createCell(i);
            if (expr != null) cell.setCellValue(expr);
            cell.setCellStyle(data(st, c.kind(), true));
        }
        comment(s, 0, 0, "jx:area(lastCell=\"" + last(OPD, header + 2) + "\")");
        comment(s, header + 1, 0, "jx:each(items=\"opds\" var=\"o\" lastCell=\"" + last(OPD, header + 1) + "\")");
        s.createFreezePane(3, header + 1);
    }

    private static void rekapProgram(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("Rekap Program");
        text(s, 0, 0, "REKAP PER URUSAN, BIDANG URUSAN DAN PROGRAM", st.title());
        text(s, 1, 0, "${info.judul}", null);
        headers(s, st, 3, PROGRAM);
        dataRow(s, st, 4, PROGRAM, false);
        comment(s, 0, 0, "jx:area(lastCell=\"" + last(PROGRAM, 4) + "\")");
        comment(s, 4, 0, "jx:each(items=\"programs\" var=\"p\" lastCell=\"" + last(PROGRAM, 4) + "\")");
        s.createFreezePane(0, 4);
    }

    private static void peringkat(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("Peringkat");
        text(s, 0, 0, "PERINGKAT PERANGKAT DAERAH", st.title());
        text(s, 1, 0, "${info.judul}", null);
        text(s, 3, 0, "Menurut rata-rata capaian kinerja", st.title());
        headers(s, st, 4, RANK_CAPAIAN);
        dataRow(s, st, 5, RANK_CAPAIAN, false);
        text(s, 7, 0, "Menurut serapan anggaran", st.title());
        headers(s, st, 8, RANK_SERAPAN);
        dataRow(s, st, 9, RANK_SERAPAN, false);
        comment(s, 0, 0, "jx:area(lastCell=\"" + last(RANK_SERAPAN, 9) + "\")");
        comment(s, 5, 0, "jx:each(items=\"peringkatCapaian\" var=\"r\" lastCell=\"" + last(RANK_CAPAIAN, 5) + "\")");
        comment(s, 9, 0, "jx:each(items=\"peringkatSerapan\" var=\"r\" lastCell=\"" + last(RANK_SERAPAN, 9) + "\")");
    }

    /** A header row and one data row from A1: the shape an Excel table and a pivot table want. */
    private static void listing(XSSFSheet s, Styles st, List<Col> cols, String items, String var) {
        headers(s, st, 0, cols);
        dataRow(s, st, 1, cols, false);
        comment(s, 0, 0, "jx:area(lastCell=\"" + last(cols, 1) + "\")");
        comment(s, 1, 0, "jx:each(items=\"" + items + "\" var=\"" + var + "\" lastCell=\"" + last(cols, 1) + "\")");
        s.createFreezePane(0, 1);
    }

    private static void headers(XSSFSheet s, Styles st, int row, List<Col> cols) {
        XSSFRow r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        for (int i = 0; i < cols.size(); i++) {
            XSSFCell c = r.createCell(i);
            c.setCellValue(cols.get(i).header());
            c.setCellStyle(st.header());
            int width = cols.get(i).width() * 256;
            s.setColumnWidth(i, Math.max(width, s.getColumnWidth(i)));
        }
    }

    private static void dataRow(XSSFSheet s, Styles st, int row, List<Col> cols, boolean bold) {
        XSSFRow r = s.createRow(row);
        for (int i = 0; i < cols.size(); i++) {
            XSSFCell c = r.createCell(i);
            c.setCellValue("${" + cols.get(i).expression() + "}");
            c.setCellStyle(data(st, cols.get(i).kind(), bold));
        }
    }

    private static String last(List<Col> cols, int row) {
        return new CellReference(row, cols.size() - 1).formatAsString(false);
    }

    /** The forms' own styles (capaian.write.Styles): the rekap looks like the rest of Capaian. */
    private static XSSFCellStyle data(Styles st, Kind kind, boolean total) {
        XSSFCellStyle s = st.input(switch (kind) {
            case MONEY -> ValueType.MONEY;
            case PERCENT -> ValueType.NUMBER;
            case COUNT -> ValueType.INTEGER;
            case TEXT -> ValueType.TEXT;
        });
        return total ? st.withFill(s, Styles.HEADER_BLUE) : s;
    }
}
