package capaian.bench;

import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.write.TemplateWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A realistic filled Lampiran Realisasi of any size, written with POI's streaming writer: programs of ten
 * kegiatan of nine sub kegiatan, all coded; indicators with Indonesian units; numbers typed as numbers and,
 * now and then, as Indonesian text ("2 Dokumen", "Rp 750.000,00", "95%"); some parents' typed totals off by a
 * little (TOTAL_MISMATCH) and some zero targets (TARGET_ZERO): warnings only. Every sub kegiatan spends 75 %
 * of its pagu, so the OPD's serapan is 75,00 %.
 */
public final class LampiranGenerator {
    private static final String[] UNITS = {"Dokumen", "%", "Orang", "Unit", "Kegiatan", "Laporan"};
    private static final String[] WORDS = {"Penyusunan", "Pengelolaan", "Pembinaan", "Penyediaan", "Koordinasi",
            "Fasilitasi", "Peningkatan", "Pengawasan", "Evaluasi"};

    private LampiranGenerator() {}

    public static void write(Path file, int rows) throws IOException {
        SheetDefinition def = Forms.LAMPIRAN_REALISASI.mainSheet();
        List<Column> cols = def.columns();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle input = wb.createCellStyle();
            CellStyle computed = wb.createCellStyle();
            computed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            computed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            SXSSFSheet s = wb.createSheet(def.name());
            s.createRow(0).createCell(0).setCellValue(def.title());
            String[][] header = {{"Nama OPD", "Dinas Komunikasi dan Informatika"}, {"Kode OPD", "2.16.0.00.0.00.01.0000"},
                    {"Tahun", "2025"}, {"Triwulan", "II"}};
            for (int i = 0; i < header.length; i++) {
                SXSSFRow r = s.createRow(2 + i);
                r.createCell(0).setCellValue(header[i][0]);
                r.createCell(2).setCellValue(header[i][1]);
            }
            int h = TemplateWriter.headerRowIndex(def);
            SXSSFRow titles = s.createRow(h);
            for (int c = 0; c < cols.size(); c++) titles.createCell(c).setCellValue(cols.get(c).title());
            Filler f = new Filler(cols, input, computed, money);
            int program = -1;
            int kegiatan = 0;
            int sub = 0;
            for (int n = 0; n < rows; n++) {
                f.row = s.createRow(h + 1 + n);
                f.blankComputed();
                f.number(Role.NO, n + 1);
                int inProgram = n % 100;
                if (inProgram == 0) {
                    program++;
                    kegiatan = 0;
                    f.text(Role.KODE, programCode(program));
                    f.text(Role.TINGKAT, "Program");
                    f.text(Role.URAIAN, "PROGRAM " + WORDS[program % WORDS.length].toUpperCase() + " URUSAN " + (program + 1));
                    f.text(Role.INDIKATOR, "Persentase sasaran program yang tercapai");
                    f.text(Role.SATUAN, "%");
                    f.number(Role.TARGET, 100);
                    f.number(Role.REALISASI, 80 + program % 25);
                } else if (inProgram % 10 == 1) {
                    kegiatan++;
                    sub = 0;
                    f.text(Role.KODE, programCode(program) + "." + (1 + kegiatan % 2) + "." + two(kegiatan));
                    f.text(Role.TINGKAT, "Kegiatan");
                    f.text(Role.URAIAN, WORDS[kegiatan % WORDS.length] + " kegiatan " + kegiatan + " program " + (program + 1));
                    f.text(Role.INDIKATOR, "Jumlah dokumen kegiatan yang diselesaikan");
                    f.text(Role.SATUAN, "Dokumen");
                    f.number(Role.TARGET, 12);
                    f.number(Role.REALISASI, 6 + n % 7);
                    // a kegiatan's typed total: now and then off by a little
                    if (kegiatan % 7 == 3) f.number(Role.PAGU, 9 * 1_000_000 + 500);
                } else {
                    sub++;
                    String unit = UNITS[n % UNITS.length];
                    f.text(Role.KODE, programCode(program) + "." + (1 + kegiatan % 2) + "." + two(kegiatan) + "." + two(sub));
                    f.text(Role.TINGKAT, "Sub Kegiatan");
                    f.text(Role.URAIAN, WORDS[n % WORDS.length] + " sub kegiatan " + n);
                    f.text(Role.INDIKATOR, "Jumlah " + unit.toLowerCase() + " yang dihasilkan");
                    f.text(Role.SATUAN, unit);
                    f.text(Role.POLARITAS, n % 11 == 0 ? "Negatif" : "Positif");
                    int target = n % 97 == 5 ? 0 : 4 + n % 5;
                    if (n % 13 == 0 && !unit.equals("%")) {
                        f.text(Role.TARGET, target + " " + unit);
                        f.text(Role.REALISASI, (n % 5) + " " + unit);
                    } else if (unit.equals("%")) {
                        f.number(Role.TARGET, 100);
                        f.text(Role.REALISASI, (90 + n % 10) + "%");
                    } else {
                        f.number(Role.TARGET, target);
                        f.number(Role.TARGET_TW, Math.max(1, target / 2));
                        f.number(Role.REALISASI, n % 5);
                    }
                    long pagu = 1_000_000L * (1 + n % 4);
                    f.money(Role.PAGU, pagu);
                    if (n % 17 == 0) f.text(Role.REALISASI_ANGGARAN, "Rp " + rupiah(pagu * 3 / 4) + ",00");
                    else f.money(Role.REALISASI_ANGGARAN, pagu * 3 / 4);
                    if (n % 29 == 0) f.text(Role.PERMASALAHAN, "Keterlambatan pengadaan barang dan jasa");
                    if (n % 29 == 0) f.text(Role.SOLUSI, "Percepatan proses lelang pada triwulan berikutnya");
                    f.text(Role.PENANGGUNG_JAWAB, "Kepala Bidang " + (1 + kegiatan % 4));
                }
            }
            wb.write(out);
        }
    }

    private static String programCode(int p) {
        int block = p / 99;
        return (2 + block / 90) + "." + two(10 + block % 90) + "." + two(1 + p % 99);
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static String rupiah(long v) {
        return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', '.');
    }

    /** Puts values into the current row by role. */
    private static final class Filler {
        private final List<Column> cols;
        private final CellStyle input;
        private final CellStyle computed;
        private final CellStyle money;
        SXSSFRow row;

        Filler(List<Column> cols, CellStyle input, CellStyle computed, CellStyle money) {
            this.cols = cols;
            this.input = input;
            this.computed = computed;
            this.money = money;
        }

        void blankComputed() {
            for (int c = 0; c < cols.size(); c++) if (cols.get(c).computed()) row.createCell(c).setCellStyle(computed);
        }

        void text(Role role, String v) {
            var cell = row.createCell(index(role));
            cell.setCellValue(v);
            cell.setCellStyle(input);
        }

        void number(Role role, double v) {
            var cell = row.createCell(index(role));
            cell.setCellValue(v);
            cell.setCellStyle(input);
        }

        void money(Role role, double v) {
            var cell = row.createCell(index(role));
            cell.setCellValue(v);
            cell.setCellStyle(money);
        }

        private int index(Role role) {
            for (int i = 0; i < cols.size(); i++) if (cols.get(i).role() == role) return i;
            throw new IllegalArgumentException(role.name());
        }
    }
}
