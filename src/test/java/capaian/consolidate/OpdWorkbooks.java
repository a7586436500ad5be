package capaian.consolidate;

import capaian.examples.ExampleBuilder;
import capaian.form.Forms;
import capaian.form.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Generated OPD workbooks for consolidation tests: a Lampiran Realisasi with one program, one kegiatan and
 * n sub kegiatan, whose money is known exactly.
 */
final class OpdWorkbooks {
    static final String PROGRAM = "5.01.02";

    /** What a generated workbook holds, to compare the rekap with. */
    record Generated(byte[] bytes, BigDecimal pagu, BigDecimal realisasi) {}

    private OpdWorkbooks() {}

    static Generated lampiran(String opd, String kodeOpd, int tahun, String tw, int subKegiatan, long seed) throws IOException {
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header(opd, kodeOpd, tahun, tw);
        b.row(Role.KODE, PROGRAM, Role.URAIAN, "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH",
                Role.INDIKATOR, "Persentase dokumen perencanaan tepat waktu", Role.SATUAN, "%", Role.TARGET, 100,
                Role.REALISASI, 90 + seed % 10);
        b.row(Role.KODE, PROGRAM + ".1.01", Role.URAIAN, "Penyusunan Dokumen Perencanaan",
                Role.INDIKATOR, "Jumlah dokumen", Role.SATUAN, "Dokumen", Role.TARGET, 4, Role.REALISASI, 3);
        long pagu = 0, real = 0;
        for (int i = 1; i <= subKegiatan; i++) {
            long p = 10_000_000L + i * 12_345L + seed * 1_000L;
            long r = p * (70 + (i + seed) % 30) / 100;
            pagu += p;
            real += r;
            b.row(Role.KODE, PROGRAM + ".1.01." + String.format("%04d", i), Role.URAIAN, "Sub kegiatan " + i,
                    Role.INDIKATOR, "Jumlah laporan " + i, Role.SATUAN, "Laporan", Role.TARGET, 10,
                    Role.REALISASI, 5 + (i + seed) % 6, Role.PAGU, p, Role.REALISASI_ANGGARAN, r);
        }
        return new Generated(b.bytes(), BigDecimal.valueOf(pagu), BigDecimal.valueOf(real));
    }

    /** A copy of a workbook with its header's Tahun (and optionally Triwulan) replaced, as a real OPD would retype. */
    static byte[] withHeader(byte[] workbook, int tahun, String tw) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var s = wb.getSheet(capaian.form.Forms.LAMPIRAN_REALISASI.mainSheet().name());
            s.getRow(4).getCell(2).setCellValue(tahun);
            if (tw != null) s.getRow(5).getCell(2).setCellValue(tw);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
