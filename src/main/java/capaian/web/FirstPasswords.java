package capaian.web;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;

/**
 * First passwords: made here, shown once on the page and given as a small workbook for the admin to hand out,
 * never stored in clear. Twelve characters from an alphabet without look-alikes (no 0/o, 1/l/i), in groups of
 * four, about 59 random bits: read off paper without mistakes, and far beyond guessing.
 */
final class FirstPasswords {
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final String SHEET = "Kata Sandi Pertama";
    static final List<String> HEADINGS = List.of("No", "Kode OPD", "Nama OPD", "Nama Pengguna", "Kata Sandi Pertama");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One account's line in the workbook; {@code kodeOpd} and {@code namaOpd} are empty for a Bappeda account. */
    record Line(String kodeOpd, String namaOpd, String username, String password) {}

    private FirstPasswords() {}

    static String generate() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) b.append('-');
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The workbook to hand out: a title, where to log in, the rule, then one row per account. */
    static byte[] workbook(List<Line> lines, String loginUrl) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(SHEET);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle cell = wb.createCellStyle();
            for (CellStyle st : List.of(head, cell)) {
                st.setBorderBottom(BorderStyle.THIN);
                st.setBorderTop(BorderStyle.THIN);
                st.setBorderLeft(BorderStyle.THIN);
                st.setBorderRight(BorderStyle.THIN);
            }
            CellStyle secret = wb.createCellStyle();
            secret.cloneStyleFrom(cell);
            Font mono = wb.createFont();
            mono.setFontName("Courier New");
            mono.setBold(true);
            secret.setFont(mono);

            s.createRow(0).createCell(0).setCellValue("Akun Capaian dan kata sandi pertama");
            s.getRow(0).getCell(0).setCellStyle(title);
            s.createRow(1).createCell(0).setCellValue("Masuk di " + loginUrl + " dengan nama pengguna dan kata sandi pertama di bawah. "
                    + "Saat masuk pertama kali, Anda wajib mengganti kata sandi dengan kata sandi pilihan sendiri.");
            s.createRow(2).createCell(0).setCellValue("Rahasiakan berkas ini. Berikan setiap baris hanya kepada operator OPD itu, "
                    + "lalu hapus berkas ini.");
            Row h = s.createRow(4);
            for (int i = 0; i < HEADINGS.size(); i++) {
                h.createCell(i).setCellValue(HEADINGS.get(i));
                h.getCell(i).setCellStyle(head);
            }
            int r = 5;
            for (Line l : lines) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r - 4);
                row.createCell(1).setCellValue(l.kodeOpd() == null ? "" : l.kodeOpd());
                row.createCell(2).setCellValue(l.namaOpd() == null ? "" : l.namaOpd());
                row.createCell(3).setCellValue(l.username());
                row.createCell(4).setCellValue(l.password());
                for (int i = 0; i < 5; i++) row.getCell(i).setCellStyle(i == 4 ? secret : cell);
                r++;
            }
            int[] widths = {5, 26, 48, 28, 22};
            for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, widths[i] * 256);
            s.createFreezePane(0, 5);
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            s.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("5:5"));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
