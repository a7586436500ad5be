package capaian.consolidate.rkpd;

import capaian.form.ValueType;
import capaian.write.Styles;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static capaian.consolidate.TemplateCells.comment;
import static capaian.consolidate.TemplateCells.text;

/**
 * Generates templates-xlsx/evaluasi-rkpd.xlsx, the jxls template of the Evaluasi terhadap Hasil RKPD. The
 * committed file is what {@link RkpdWriter} fills; Bappeda may restyle, reorder or relabel it in Excel, keeping
 * the ${...} cells and the jx comments. Column layout as the issue gives Permendagri 86/2017's table, (1)-(16),
 * then Capaian's additions (tingkat capaian RKPD tahun berjalan, predikat) after (16) so the numbering stays.
 */
public final class RkpdTemplate {
    public static final String FILE = "evaluasi-rkpd.xlsx";
    static final String SHEET = "Evaluasi RKPD";
    static final String OPD_SHEET = "Capaian OPD";

    enum Kind { TEXT, MONEY, PERCENT, KINERJA, COUNT }

    /** A column: its group title (null: a single column), its own title, its number in the regulation's table. */
    record Col(String group, String title, String number, String field, Kind kind, int width) {}

    static final List<Col> COLUMNS = List.of(
            new Col(null, "No", "(1)", "no", Kind.COUNT, 5),
            new Col(null, "Sasaran", "(2)", "sasaran", Kind.TEXT, 22),
            new Col(null, "Kode", "(3)", "kode", Kind.TEXT, 16),
            new Col(null, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "(4)", "uraian", Kind.TEXT, 40),
            new Col(null, "Indikator Kinerja Program (outcome)/Kegiatan (output)", "(5)", "indikator", Kind.TEXT, 34),
            new Col(null, "Satuan", "", "satuan", Kind.TEXT, 10),
            new Col("Target RPJMD pada Akhir Periode", "K", "(6)", "targetRpjmdK", Kind.KINERJA, 10),
            new Col("Target RPJMD pada Akhir Periode", "Rp", "(6)", "targetRpjmdRp", Kind.MONEY, 17),
            new Col("Realisasi Capaian Kinerja RPJMD s/d RKPD Tahun Lalu", "K", "(7)", "realisasiLaluK", Kind.KINERJA, 10),
            new Col("Realisasi Capaian Kinerja RPJMD s/d RKPD Tahun Lalu", "Rp", "(7)", "realisasiLaluRp", Kind.MONEY, 17),
            new Col("Target Kinerja dan Anggaran RKPD Tahun Berjalan yang Dievaluasi", "K", "(8)", "targetK", Kind.KINERJA, 10),
            new Col("Target Kinerja dan Anggaran RKPD Tahun Berjalan yang Dievaluasi", "Rp", "(8)", "targetRp", Kind.MONEY, 17),
            new Col("Realisasi Kinerja pada Triwulan I", "K", "(9)", "tw1K", Kind.KINERJA, 9),
            new Col("Realisasi Kinerja pada Triwulan I", "Rp", "(9)", "tw1Rp", Kind.MONEY, 16),
            new Col("Realisasi Kinerja pada Triwulan II", "K", "(10)", "tw2K", Kind.KINERJA, 9),
            new Col("Realisasi Kinerja pada Triwulan II", "Rp", "(10)", "tw2Rp", Kind.MONEY, 16),
            new Col("Realisasi Kinerja pada Triwulan III", "K", "(11)", "tw3K", Kind.KINERJA, 9),
            new Col("Realisasi Kinerja pada Triwulan III", "Rp", "(11)", "tw3Rp", Kind.MONEY, 16),
            new Col("Realisasi Kinerja pada Triwulan IV", "K", "(12)", "tw4K", Kind.KINERJA, 9),
            new Col("Realisasi Kinerja pada Triwulan IV", "Rp", "(12)", "tw4Rp", Kind.MONEY, 16),
            new Col("Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi", "K", "(13)", "realisasiK", Kind.KINERJA, 10),
            new Col("Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi", "Rp", "(13)", "realisasiRp", Kind.MONEY, 17),
            new Col("Realisasi Kinerja dan Anggaran RPJMD s/d Tahun Berjalan", "K", "(14)", "realisasiRpjmdK", Kind.KINERJA, 10),
            new Col("Realisasi Kinerja dan Anggaran RPJMD s/d Tahun Berjalan", "Rp", "(14)", "realisasiRpjmdRp", Kind.MONEY, 17),
            new Col("Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun Berjalan (%)", "K", "(15)", "capaianRpjmdK", Kind.PERCENT, 10),
            new Col("Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun Berjalan (%)", "Rp", "(15)", "capaianRpjmdRp", Kind.PERCENT, 10),
            new Col(null, "Perangkat Daerah Penanggung Jawab", "(16)", "opd", Kind.TEXT, 28),
            new Col("Tingkat Capaian RKPD Tahun Berjalan (%)", "K", "", "capaianK", Kind.PERCENT, 10),
            new Col("Tingkat Capaian RKPD Tahun Berjalan (%)", "Rp", "", "capaianRp", Kind.PERCENT, 10),
            new Col(null, "Efisiensi (%)", "", "efisiensi", Kind.PERCENT, 10),
            new Col(null, "Predikat", "", "predikat", Kind.TEXT, 14),
            new Col(null, "Tingkat", "", "tingkat", Kind.TEXT, 14));

    static final List<Col> OPD = List.of(
            new Col(null, "No", null, "no", Kind.COUNT, 5),
            new Col(null, "Kode Perangkat Daerah", null, "kodeOpd", Kind.TEXT, 24),
            new Col(null, "Nama Perangkat Daerah", null, "nama", Kind.TEXT, 40),
            new Col(null, "Rata-rata Capaian Kinerja (%)", null, "capaian", Kind.PERCENT, 14),
            new Col(null, "Predikat Kinerja", null, "predikat", Kind.TEXT, 16),
            new Col(null, "Status", null, "status", Kind.TEXT, 14),
            new Col(null, "Berkas", null, "berkas", Kind.TEXT, 30),
            new Col(null, "Catatan", null, "catatan", Kind.TEXT, 60));

    private RkpdTemplate() {}

    public static byte[] generate() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            evaluation(wb, st);
            opds(wb, st);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void evaluation(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet(SHEET);
        text(s, 0, 0, "EVALUASI TERHADAP HASIL RKPD", st.title());
        text(s, 1, 0, "${info.judul}", null);
        text(s, 2, 0, "${info.keterangan}", null);
        int group = 4, own = 5, numbers = 6, data = 7;
        for (int i = 0; i < COLUMNS.size(); i++) {
            Col c = COLUMNS.get(i);
            s.setColumnWidth(i, c.width() * 256);
            if (c.group() == null) {
                text(s, group, i, c.title(), st.header());
                text(s, own, i, "", st.header());
                s.addMergedRegion(new CellRangeAddress(group, own, i, i));
            } else {
                text(s, group, i, c.group(), st.header());
                text(s, own, i, c.title(), st.header());
                if (i > 0 && c.group().equals(COLUMNS.get(i - 1).group())) {
                    s.addMergedRegion(new CellRangeAddress(group, group, i - 1, i));
                }
            }
            text(s, numbers, i, c.number(), st.header());
            text(s, data, i, "${r." + c.field() + "}", style(st, c.kind()));
        }
        s.getRow(group).setHeightInPoints(75);
        int f = data + 2;
        text(s, f, 3, "Rata-rata capaian kinerja (%)", st.label());
        text(s, f, 4, "${footer.capaian}", style(st, Kind.PERCENT));
        text(s, f + 1, 3, "Predikat kinerja", st.label());
        text(s, f + 1, 4, "${footer.predikat}", style(st, Kind.TEXT));
        text(s, f + 2, 3, "Metode", st.label());
        text(s, f + 2, 4, "${info.metode}", null);
        String[] manual = {"Faktor pendorong keberhasilan pencapaian", "Faktor penghambat pencapaian kinerja",
                "Tindak lanjut yang diperlukan dalam triwulan berikutnya", "Tindak lanjut yang diperlukan dalam RKPD berikutnya"};
        for (int i = 0; i < manual.length; i++) {
            text(s, f + 3 + i, 3, manual[i], st.label());
            text(s, f + 3 + i, 4, "", style(st, Kind.TEXT));
        }
        int sign = f + 8;
        text(s, sign, 3, "Disusun", st.label());
        text(s, sign + 1, 3, "${info.tempatTanggal}", null);
        text(s, sign + 2, 3, "Kepala Bappeda", null);
        text(s, sign + 5, 3, "${info.kepala}", st.label());
        text(s, sign + 6, 3, "NIP. ${info.nip}", null);
        text(s, sign, 13, "Dievaluasi", st.label());
        text(s, sign + 1, 13, "${info.tempatTanggal}", null);
        text(s, sign + 2, 13, "${info.penilai}", null);
        text(s, sign + 5, 13, "(nama)", st.label());
        text(s, sign + 6, 13, "NIP.", null);
        comment(s, 0, 0, "jx:area(lastCell=\"" + new CellReference(sign + 6, COLUMNS.size() - 1).formatAsString(false) + "\")");
        comment(s, data, 0, "jx:each(items=\"rows\" var=\"r\" lastCell=\""
                + new CellReference(data, COLUMNS.size() - 1).formatAsString(false) + "\")");
        s.createFreezePane(5, data);
        s.setRepeatingRows(new CellRangeAddress(group, numbers, -1, -1));
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    private static void opds(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet(OPD_SHEET);
        text(s, 0, 0, "CAPAIAN KINERJA PERANGKAT DAERAH (dasar rata-rata capaian daerah)", st.title());
        text(s, 1, 0, "${info.judul}", null);
        for (int i = 0; i < OPD.size(); i++) {
            Col c = OPD.get(i);
            s.setColumnWidth(i, c.width() * 256);
            text(s, 3, i, c.title(), st.header());
            text(s, 4, i, "${o." + c.field() + "}", style(st, c.kind()));
        }
        comment(s, 0, 0, "jx:area(lastCell=\"" + new CellReference(4, OPD.size() - 1).formatAsString(false) + "\")");
        comment(s, 4, 0, "jx:each(items=\"opds\" var=\"o\" lastCell=\""
                + new CellReference(4, OPD.size() - 1).formatAsString(false) + "\")");
    }

    private static XSSFCellStyle style(Styles st, Kind kind) {
        return st.input(switch (kind) {
            case MONEY -> ValueType.MONEY;
            case PERCENT -> ValueType.NUMBER;
            case COUNT -> ValueType.INTEGER;
            case KINERJA -> ValueType.KINERJA;
            case TEXT -> ValueType.TEXT;
        });
    }
}
