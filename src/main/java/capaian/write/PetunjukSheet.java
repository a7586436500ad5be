package capaian.write;

import capaian.form.Column;
import capaian.form.FormDefinition;
import capaian.form.HeaderField;
import capaian.form.SheetDefinition;
import capaian.rules.Band;
import capaian.rules.Profile;
import capaian.rules.Scale;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Petunjuk sheet: how to fill the form, every header field and column explained in Indonesian. */
final class PetunjukSheet {
    static final String NAME = "Petunjuk";

    private PetunjukSheet() {}

    static void write(XSSFWorkbook wb, Styles styles, FormDefinition form, Profile profile) {
        XSSFSheet sheet = wb.createSheet(NAME);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        int r = 0;
        r = line(sheet, r, styles, "PETUNJUK PENGISIAN: " + form.title().toUpperCase(java.util.Locale.ROOT), null, null, true);
        r++;
        r = line(sheet, r, styles, "Cara mengisi", null,
                "Isi sel putih; sel abu-abu dihitung oleh Capaian dan tidak perlu diisi. Satu baris untuk setiap "
                        + "indikator. Angka boleh diketik dengan titik ribuan dan koma desimal (1.250.000 atau 75,5). "
                        + "Tanda \"-\" berarti nol untuk uang. Setelah selesai, unggah berkas .xlsx ke Capaian: "
                        + "hasil perhitungan dan temuan ditulis kembali ke lembar yang sama.", false);
        r = line(sheet, r, styles, "Aturan perhitungan", null,
                "Profil aturan \"" + profile.name() + "\" versi " + profile.version() + ". " + profile.description(), false);
        Scale s = profile.capaianScale();
        StringBuilder bands = new StringBuilder();
        for (Band b : s.bands()) {
            if (bands.length() > 0) bands.append("; ");
            bands.append(b.label()).append(" ").append(range(b));
        }
        r = line(sheet, r, styles, "Kategori capaian (" + s.name() + ")", null, bands.toString(), false);
        for (SheetDefinition def : form.sheets()) {
            r++;
            r = line(sheet, r, styles, "Lembar " + def.name(), "Isian/Kolom", "Penjelasan", true);
            for (HeaderField f : def.headerFields()) {
                r = line(sheet, r, styles, f.label(), "kepala formulir", f.help(), false);
            }
            for (Column c : def.columns()) {
                r = line(sheet, r, styles, c.fullTitle(), c.computed() ? "dihitung" : c.required() ? "wajib" : "boleh kosong",
                        c.help() + (c.choices().isEmpty() ? "" : " Pilihan: " + String.join(", ", c.choices()) + "."), false);
            }
            for (var f : def.footer()) {
                r = line(sheet, r, styles, f.label(), f.computed() ? "dihitung (bagian bawah)" : "bagian bawah", f.help(), false);
            }
        }
    }

    private static String range(Band b) {
        String lo = b.min() == null ? null : (b.minInclusive() ? "≥ " : "> ") + b.min().toPlainString().replace('.', ',');
        String hi = b.max() == null ? null : (b.maxInclusive() ? "≤ " : "< ") + b.max().toPlainString().replace('.', ',');
        if (lo != null && hi != null) return lo + " dan " + hi;
        return lo != null ? lo : hi != null ? hi : "";
    }

    private static int line(XSSFSheet sheet, int r, Styles styles, String a, String b, String c, boolean bold) {
        XSSFRow row = sheet.createRow(r);
        String[] v = {a, b, c};
        for (int i = 0; i < 3; i++) {
            if (v[i] == null) continue;
            XSSFCell cell = row.createCell(i);
            cell.setCellValue(v[i]);
            cell.setCellStyle(bold ? styles.label() : styles.input(capaian.form.ValueType.TEXT));
        }
        return r + 1;
    }
}
