package capaian.examples;

import capaian.form.Column;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.rules.ProfileLoader;
import capaian.write.TemplateWriter;
import com.google.gson.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the example workbooks in examples/ from the seed fixtures, by filling Capaian's own Lampiran
 * Realisasi template the way an OPD officer would: typed numbers as numeric cells, and where the seed was
 * pasted from a PDF (seed 002), the printed text itself. Run: scripts/build-examples.
 */
public final class ExampleBuilder {
    public static final String SEED003 = "seed003-tabel1-lampiran.xlsx";
    public static final String SEED002 = "seed002-lampiran43.xlsx";
    public static final String SEED000 = "seed000-tw1-lampiran.xlsx";

    private final XSSFWorkbook wb;
    private final XSSFSheet sheet;
    private final SheetDefinition def;
    private final Map<Role, Integer> columns = new HashMap<>();
    private int nextRow;

    private ExampleBuilder(FormDefinition form) throws IOException {
        byte[] template = new TemplateWriter(ProfileLoader.defaultProfile()).write(form);
        wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        def = form.mainSheet();
        sheet = wb.getSheet(def.name());
        List<Column> cols = def.columns();
        for (int i = 0; i < cols.size(); i++) columns.put(cols.get(i).role(), i);
        nextRow = TemplateWriter.headerRowIndex(def) + 1;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(SEED003), seed003());
        Files.write(dir.resolve(SEED002), seed002());
        Files.write(dir.resolve(SEED000), seed000());
        System.out.println("examples written to " + dir);
    }

    /** Seed 003 Tabel 1 (71 coded rows, budget only) as the year's last Lampiran Realisasi. */
    public static byte[] seed003() throws IOException {
        Fixture f = Fixture.load("seed003-tabel1-evaluasi-renja-2022.json");
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI);
        b.header(f, "5.03.0.00.0.00.01.0000", "IV");
        for (JsonObject r : f.rows()) {
            XSSFRow row = b.row();
            b.text(row, Role.KODE, Fixture.str(r, "kode"));
            b.text(row, Role.URAIAN, Fixture.str(r, "uraian"));
            b.text(row, Role.INDIKATOR, Fixture.str(r, "indikator"));
            b.text(row, Role.SATUAN, Fixture.str(r, "satuan"));
            b.text(row, Role.TARGET, Fixture.str(r, "target"));
            b.money(row, Role.PAGU, Fixture.str(r, "pagu"));
            b.money(row, Role.REALISASI_ANGGARAN, Fixture.str(r, "realisasi_anggaran"));
            // The printed serapan goes where Capaian computes it: the check compares the two.
            b.text(row, Role.SERAPAN, stated(r, "serapan_pct"));
        }
        return b.bytes();
    }

    /** Seed 002 Lampiran 4.3 (38 uncoded rows pasted from the report, with its Jumlah row), year 2023. */
    public static byte[] seed002() throws IOException {
        Fixture f = Fixture.load("seed002-lampiran43.json");
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI);
        b.header(f, null, "IV");
        for (JsonObject r : f.rows()) {
            XSSFRow row = b.row();
            b.text(row, Role.URAIAN, Fixture.str(r, "uraian"));
            b.text(row, Role.INDIKATOR, Fixture.str(r, "indikator"));
            b.text(row, Role.SATUAN, Fixture.str(r, "satuan"));
            b.text(row, Role.TARGET, Fixture.str(r, "target"));
            b.text(row, Role.REALISASI, Fixture.str(r, "realisasi_kinerja"));
            b.text(row, Role.PAGU, Fixture.str(r, "pagu"));
            b.text(row, Role.REALISASI_ANGGARAN, Fixture.str(r, "realisasi_anggaran"));
            b.text(row, Role.SERAPAN, stated(r, "serapan_pct"));
        }
        return b.bytes();
    }

    /**
     * Seed 000's Triwulan I 2023 table (program, kegiatan with several indicators, sub kegiatan; no codes,
     * levels in the Tingkat column), with the kegiatan and program totals its narrative prints typed in.
     */
    public static byte[] seed000() throws IOException {
        Fixture f = Fixture.load("seed000-tw1-subkegiatan.json");
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI);
        b.header(f, "5.03.0.00.0.00.01.0000", "I");
        for (JsonObject r : f.rows()) {
            String level = Fixture.str(r, "level");
            if (level.equals("sasaran") || Fixture.str(r, "id").startsWith("IKU")) continue;
            XSSFRow row = b.row();
            boolean further = level.equals("indikator");
            if (!further) {
                b.text(row, Role.TINGKAT, switch (level) {
                    case "program" -> "Program";
                    case "kegiatan" -> "Kegiatan";
                    default -> "Sub Kegiatan";
                });
                b.text(row, Role.URAIAN, Fixture.str(r, "uraian"));
            }
            b.text(row, Role.INDIKATOR, Fixture.str(r, "indikator"));
            b.text(row, Role.SATUAN, Fixture.str(r, "satuan"));
            b.number(row, Role.TARGET, Fixture.str(r, "target"));
            b.number(row, Role.REALISASI, Fixture.str(r, "realisasi_kinerja"));
            JsonObject stated = r.getAsJsonObject("stated");
            if (level.equals("program") || level.equals("kegiatan")) {
                // The narrative's totals, typed as the officer would copy them: with Rp and ",-".
                b.text(row, Role.PAGU, Fixture.str(stated, "pagu_narasi"));
                b.text(row, Role.REALISASI_ANGGARAN, Fixture.str(stated, "realisasi_anggaran_narasi"));
            } else {
                b.money(row, Role.PAGU, Fixture.str(r, "pagu"));
                b.money(row, Role.REALISASI_ANGGARAN, Fixture.str(r, "realisasi_anggaran"));
            }
            b.text(row, Role.PENANGGUNG_JAWAB, "Bidang terkait");
        }
        return b.bytes();
    }

    private static String stated(JsonObject r, String field) {
        JsonObject s = r.getAsJsonObject("stated");
        return s == null ? null : Fixture.str(s, field);
    }

    private void header(Fixture f, String kodeOpd, String triwulan) {
        value(0, f.opd());
        value(1, kodeOpd);
        XSSFCell tahun = sheet.getRow(2 + 2).getCell(2);
        tahun.setCellValue(f.tahun());
        value(3, triwulan);
    }

    private void value(int field, String text) {
        if (text != null) sheet.getRow(2 + field).getCell(2).setCellValue(text);
    }

    private XSSFRow row() {
        XSSFRow row = sheet.getRow(nextRow);
        if (row == null) row = sheet.createRow(nextRow);
        nextRow++;
        return row;
    }

    private XSSFCell cell(XSSFRow row, Role role) {
        int c = columns.get(role);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private void text(XSSFRow row, Role role, String v) {
        if (v != null) {
            XSSFCell cell = cell(row, role);
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) cell.removeFormula();
            cell.setCellValue(v);
        }
    }

    /** Typed rupiah: the printed digits without separators (every seed amount is whole rupiah). */
    private void money(XSSFRow row, Role role, String v) {
        if (v == null) return;
        String digits = v.replaceAll(",00$", "").replaceAll("[^0-9]", "");
        if (digits.isEmpty()) text(row, role, v); // "-": nothing spent, typed as the seed prints it
        else cell(row, role).setCellValue(Double.parseDouble(digits));
    }

    /** A typed count or decimal: "50,5" is 50.5. */
    private void number(XSSFRow row, Role role, String v) {
        if (v == null) return;
        cell(row, role).setCellValue(Double.parseDouble(v.replace(".", "").replace(',', '.')));
    }

    private byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }
}
