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

    public static final String RENJA = "seed003-renja.xlsx";
    public static final String MONITORING = "monitoring-contoh.xlsx";
    public static final String INDEKS = "seed004-seed001-indeks.xlsx";

    private static final Map<String, byte[]> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private final XSSFWorkbook wb;
    private final FormDefinition form;
    private XSSFSheet sheet;
    private final Map<Role, Integer> columns = new HashMap<>();
    private int nextRow;

    public ExampleBuilder(FormDefinition form) throws IOException {
        // The template of a form is the same every time: written once, so that tests building many workbooks stay quick.
        byte[] template = TEMPLATES.computeIfAbsent(form.id(), id -> new TemplateWriter(ProfileLoader.defaultProfile()).write(form));
        this.wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        this.form = form;
        sheet(form.mainSheet().name());
    }

    /** Continue filling another sheet of the form, from its first data row. */
    public ExampleBuilder sheet(String name) {
        SheetDefinition def = form.sheet(name).orElseThrow();
        sheet = wb.getSheet(def.name());
        columns.clear();
        List<Column> cols = def.columns();
        for (int i = 0; i < cols.size(); i++) columns.put(cols.get(i).role(), i);
        nextRow = TemplateWriter.headerRowIndex(def) + 1;
        return this;
    }

    /**
     * One data row from role, value pairs: a String is typed as text, a Number as a number.
     */
    public ExampleBuilder row(Object... roleValues) {
        XSSFRow row = row();
        for (int i = 0; i < roleValues.length; i += 2) {
            Role role = (Role) roleValues[i];
            Object v = roleValues[i + 1];
            if (v instanceof Number n) {
                XSSFCell cell = cell(row, role);
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) cell.removeFormula();
                cell.setCellValue(n.doubleValue());
            } else {
                text(row, role, (String) v);
            }
        }
        return this;
    }

    /** The header block: nama OPD, kode OPD, tahun and (where the form has it) triwulan. */
    public ExampleBuilder header(String opd, String kodeOpd, int tahun, String triwulan) {
        value(0, opd);
        value(1, kodeOpd);
        sheet.getRow(2 + 2).getCell(2).setCellValue(tahun);
        if (triwulan != null) value(3, triwulan);
        return this;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(SEED003), seed003());
        Files.write(dir.resolve(SEED002), seed002());
        Files.write(dir.resolve(SEED000), seed000());
        Files.write(dir.resolve(RENJA), renja());
        Files.write(dir.resolve(MONITORING), monitoring());
        Files.write(dir.resolve(INDEKS), indeks());
        System.out.println("examples written to " + dir);
    }

    /** Seed 003 Tabel 1 (71 coded rows, budget only) as the year's last Lampiran Realisasi. */
    public static byte[] seed003() throws IOException {
        Fixture f = Fixture.load("seed003-tabel1-evaluasi-renja-2022.json");
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI);
        b.header(f, "5.03.0.00.0.00.01.0000", "IV");
        for (JsonObject r : f.rows()) {
            XSSFRow row = b.row();
            b.verbatim(row, r, Role.KODE, "kode", Role.URAIAN, "uraian", Role.INDIKATOR, "indikator",
                    Role.SATUAN, "satuan", Role.TARGET, "target");
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
            // pasted from the report: every cell as the text it prints
            b.verbatim(row, r, Role.URAIAN, "uraian", Role.INDIKATOR, "indikator", Role.SATUAN, "satuan",
                    Role.TARGET, "target", Role.REALISASI, "realisasi_kinerja", Role.PAGU, "pagu",
                    Role.REALISASI_ANGGARAN, "realisasi_anggaran");
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

    /**
     * Seed 003 Tabel 1's structure, codes, indicators, targets and sub kegiatan pagu as a Tabel Renja, with the
     * parents' pagu left empty for Capaian to fill as sums of their sub kegiatan.
     */
    public static byte[] renja() throws IOException {
        Fixture f = Fixture.load("seed003-tabel1-evaluasi-renja-2022.json");
        ExampleBuilder b = new ExampleBuilder(Forms.RENJA);
        b.header(f.opd(), "5.03.0.00.0.00.01.0000", f.tahun(), null);
        for (JsonObject r : f.rows()) {
            XSSFRow row = b.row();
            b.verbatim(row, r, Role.KODE, "kode", Role.URAIAN, "uraian", Role.INDIKATOR, "indikator",
                    Role.SATUAN, "satuan", Role.TARGET, "target");
            if (Fixture.str(r, "level").equals("subkegiatan")) b.money(row, Role.PAGU, Fixture.str(r, "pagu"));
            b.text(row, Role.SUMBER_DANA, "PAD");
        }
        return b.bytes();
    }

    /**
     * A small Monitoring Capaian Kinerja, made up for the test with figures worked by hand in
     * MonitoringExampleTest: a program, a kegiatan and two sub kegiatan (one negatif), kumulatif and akhir
     * indicators, Renstra columns, parents' rupiah left empty, and an IKU sheet with two sasaran.
     */
    public static byte[] monitoring() throws IOException {
        ExampleBuilder b = new ExampleBuilder(Forms.MONITORING_CAPAIAN);
        b.header("Badan Kepegawaian Daerah Contoh", "5.03.0.00.0.00.01.0000", 2025, "IV");
        String sasaran = "Meningkatnya profesionalitas ASN";
        b.row(Role.SASARAN, sasaran, Role.KODE, "5.03.02", Role.URAIAN, "PROGRAM KEPEGAWAIAN DAERAH",
                Role.INDIKATOR, "Persentase ASN yang memenuhi standar kompetensi", Role.SATUAN, "%",
                Role.POLARITAS, "Positif", Role.JENIS, "Akhir",
                Role.RENSTRA_TARGET_K, 90, Role.RENSTRA_LALU_K, 70, Role.RENJA_TARGET_K, 80,
                Role.TW1_K, 60, Role.TW2_K, 70, Role.TW3_K, 75);
        b.row(Role.KODE, "5.03.02.1.01", Role.URAIAN, "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
                Role.INDIKATOR, "Jumlah dokumen pengadaan", Role.SATUAN, "Dokumen", Role.POLARITAS, "Positif",
                Role.JENIS, "Kumulatif", Role.RENSTRA_TARGET_K, 20, Role.RENSTRA_LALU_K, 12, Role.RENJA_TARGET_K, 4,
                Role.TW1_K, 1, Role.TW2_K, 1, Role.TW3_K, 1, Role.TW4_K, 0);
        b.row(Role.KODE, "5.03.02.1.01.01", Role.URAIAN, "Penyusunan Rencana Kebutuhan dan Formasi ASN",
                Role.INDIKATOR, "Jumlah dokumen formasi", Role.SATUAN, "Dokumen", Role.POLARITAS, "Positif",
                Role.JENIS, "Kumulatif", Role.RENSTRA_TARGET_K, 10, Role.RENSTRA_TARGET_RP, 1_000_000_000,
                Role.RENSTRA_LALU_K, 6, Role.RENSTRA_LALU_RP, 600_000_000, Role.RENJA_TARGET_K, 2,
                Role.RENJA_TARGET_RP, 300_000_000, Role.TW1_K, 1, Role.TW1_RP, 50_000_000, Role.TW2_K, 0,
                Role.TW2_RP, 60_000_000, Role.TW3_K, 1, Role.TW3_RP, 70_000_000, Role.TW4_K, 0, Role.TW4_RP, 80_000_000,
                Role.PENANGGUNG_JAWAB, "Bidang Pengadaan");
        b.row(Role.KODE, "5.03.02.1.01.02", Role.URAIAN, "Pembinaan Disiplin ASN",
                Role.INDIKATOR, "Jumlah pelanggaran disiplin", Role.SATUAN, "Kasus", Role.POLARITAS, "Negatif",
                Role.JENIS, "Kumulatif", Role.RENSTRA_TARGET_K, 40, Role.RENSTRA_TARGET_RP, 500_000_000,
                Role.RENSTRA_LALU_K, 30, Role.RENSTRA_LALU_RP, 300_000_000, Role.RENJA_TARGET_K, 10,
                Role.RENJA_TARGET_RP, 200_000_000, Role.TW1_K, 2, Role.TW1_RP, 40_000_000, Role.TW2_K, 3,
                Role.TW2_RP, 50_000_000, Role.TW3_K, 1, Role.TW3_RP, 30_000_000, Role.TW4_K, 2, Role.TW4_RP, 60_000_000,
                Role.PENANGGUNG_JAWAB, "Bidang Disiplin");
        b.sheet("IKU");
        b.row(Role.SASARAN, sasaran, Role.INDIKATOR, "Indeks Profesionalitas ASN", Role.SATUAN, "Indeks",
                Role.POLARITAS, "Positif", Role.TARGET, 71, Role.REALISASI, 78);
        b.row(Role.INDIKATOR, "Persentase pelanggaran disiplin", Role.SATUAN, "%", Role.POLARITAS, "Negatif",
                Role.TARGET, 5, Role.REALISASI, 4);
        b.row(Role.SASARAN, "Meningkatnya akuntabilitas kinerja", Role.INDIKATOR, "Nilai SAKIP", Role.SATUAN, "Predikat",
                Role.POLARITAS, "Positif", Role.TARGET, "BB", Role.REALISASI, "A");
        b.row(Role.INDIKATOR, "Opini BPK", Role.SATUAN, "Predikat", Role.POLARITAS, "Positif", Role.TARGET, "WTP",
                Role.REALISASI, "WDP");
        return b.bytes();
    }

    /**
     * The indices behind the IKU, typed into the template's prefilled Indeks sheet as an officer would (Nilai
     * column; the printed totals and one printed percentage where the seeds print them):
     * <ul>
     * <li>seed 004 (BKPSDM Kota Pontianak, LKjIP 2024): IP ASN dimensions 21,32 / 26,77 / 24,93 / 5 with the
     * printed index 78 and the printed Kualifikasi capaian 87,71 %; Tabel 3.9's 37 Sistem Merit nilai with the
     * printed aspect totals and 331,5;</li>
     * <li>seed 001 (BKD Prov. Kaltim, LKjIP 2020): Tabel 3.2's SAKIP components of both years (PermenPANRB
     * 12/2015, chosen in the sheet's header) with the printed 77,28 and 79,36, replacing the template's SAKIP
     * block.</li>
     * </ul>
     * The IKU sheet holds seed 004's two IKU (IP ASN typed as Tabel 3.2 prints it, Sistem Merit left for the
     * Indeks to fill) and a Nilai SAKIP IKU with target BB; the Monitoring sheet one program row of Tabel 3.11.
     */
    public static byte[] indeks() throws IOException {
        ExampleBuilder b = new ExampleBuilder(Forms.MONITORING_CAPAIAN);
        b.header("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pontianak", "5.03.0.00.0.00.01.0000",
                2024, "IV");
        b.row(Role.SASARAN, "Meningkatnya Profesionalitas ASN", Role.TINGKAT, "Program",
                Role.URAIAN, "PROGRAM KEPEGAWAIAN DAERAH", Role.INDIKATOR, "Persentase Layanan Administrasi Kepegawaian Daerah",
                Role.SATUAN, "%", Role.POLARITAS, "Positif", Role.JENIS, "Akhir", Role.RENJA_TARGET_K, 85,
                Role.TW4_K, 111.88);
        b.sheet("IKU");
        b.header("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pontianak", "5.03.0.00.0.00.01.0000",
                2024, "IV");
        b.row(Role.SASARAN, "Meningkatnya Profesionalitas ASN", Role.INDIKATOR, "Indeks Profesionalitas ASN",
                Role.SATUAN, "Indeks", Role.POLARITAS, "Positif", Role.TARGET, 71, Role.REALISASI, 78);
        b.row(Role.SASARAN, "Terwujudnya Sistem Merit dalam Manajemen ASN Kota Pontianak", Role.INDIKATOR,
                "Indeks Sistem Merit", Role.SATUAN, "Indeks", Role.POLARITAS, "Positif", Role.TARGET, 325);
        b.row(Role.SASARAN, "Meningkatnya akuntabilitas kinerja", Role.INDIKATOR, "Nilai SAKIP", Role.SATUAN, "Predikat",
                Role.POLARITAS, "Positif", Role.TARGET, "BB");
        b.sheet("Indeks");
        b.header("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pontianak", "5.03.0.00.0.00.01.0000",
                2024, "IV");
        b.value(4, "PermenPANRB 12/2015");
        // IP ASN (seed 004): the four dimensions, then the printed index.
        b.row(Role.NILAI, 21.32, Role.PERSENTASE, 87.71, Role.KETERANGAN, "Seed 004: capaian tertulis 87,71 %");
        b.row(Role.NILAI, 26.77);
        b.row(Role.NILAI, 24.93);
        b.row(Role.NILAI, 5);
        b.row(Role.NILAI, 78, Role.KETERANGAN, "Seed 004 (BKN Kanreg V, Sep 2024): IP ASN 78");
        b.skip(1);
        // Sistem Merit (seed 004 Tabel 3.9): nilai of each indicator, the printed aspect totals, the printed index.
        int[][] nilai = {{4, 4, 4, 4}, {4, 4, 4, 4, 4}, {2, 2, 1, 1, 2, 4, 4, 3, 2, 3}, {2, 3, 3}, {4, 4, 4, 4, 4},
                {4, 4, 4, 4}, {4, 4}, {4, 3, 3, 2}};
        double[] printed = {40, 40, 72.5, 25, 80, 40, 16, 18};
        for (int a = 0; a < nilai.length; a++) {
            for (int v : nilai[a]) b.row(Role.NILAI, v);
            b.row(Role.NILAI, printed[a]);
        }
        b.row(Role.NILAI, 331.5, Role.KETERANGAN, "Seed 004 Tabel 3.9: Total Akhir (Hasil Verifikasi)");
        b.skip(1);
        // SAKIP (seed 001 Tabel 3.2, PermenPANRB 12/2015): two years, replacing the template's 88/2021 rows.
        String[] komponen = {"Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Kinerja",
                "Capaian Kinerja"};
        double[][] years = {{25.52, 19.38, 11.91, 6.89, 13.58, 77.28}, {25.93, 20.00, 12.14, 7.27, 14.03, 79.36}};
        String[] notes = {"Seed 001 Tabel 3.2, tahun pertama", "Seed 001 Tabel 3.2, tahun kedua"};
        for (int y = 0; y < years.length; y++) {
            for (int k = 0; k < komponen.length; k++) {
                b.replaceRow(Role.BLOK, k == 0 ? "SAKIP" : null, Role.NO, Integer.toString(k + 1),
                        Role.KOMPONEN, komponen[k], Role.NILAI, years[y][k]);
            }
            b.replaceRow(Role.KOMPONEN, "Jumlah (Nilai SAKIP)", Role.NILAI, years[y][5], Role.KETERANGAN, notes[y]);
        }
        return b.bytes();
    }

    /** Leaves the next {@code n} rows as they are. */
    public ExampleBuilder skip(int n) {
        nextRow += n;
        return this;
    }

    /** Empties the next row (values, formulas) and fills it from role, value pairs; a null value is skipped. */
    public ExampleBuilder replaceRow(Object... roleValues) {
        XSSFRow row = sheet.getRow(nextRow);
        if (row != null) {
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) c.removeFormula();
                c.setBlank();
            }
        }
        java.util.List<Object> given = new java.util.ArrayList<>();
        for (int i = 0; i < roleValues.length; i += 2) {
            if (roleValues[i + 1] != null) {
                given.add(roleValues[i]);
                given.add(roleValues[i + 1]);
            }
        }
        return row(given.toArray());
    }

    private static String stated(JsonObject r, String field) {
        JsonObject s = r.getAsJsonObject("stated");
        return s == null ? null : Fixture.str(s, field);
    }

    private void header(Fixture f, String kodeOpd, String triwulan) {
        header(f.opd(), kodeOpd, f.tahun(), triwulan);
    }

    private void value(int field, String text) {
        if (text != null) sheet.getRow(2 + field).getCell(2).setCellValue(text);
    }

    private XSSFRow row() {
        dropSignOffBlockAt(nextRow);
        XSSFRow row = sheet.getRow(nextRow);
        if (row == null) row = sheet.createRow(nextRow);
        nextRow++;
        return row;
    }

    /**
     * Rows written past the prepared table would land in the sign-off block below it: as someone filling more rows
     * than the template has would insert rows, the block goes, here simply dropped (the footer is overwritten alike).
     */
    private void dropSignOffBlockAt(int r) {
        for (int i = r; i <= r + 2; i++) {
            XSSFRow row = sheet.getRow(i);
            XSSFCell c = row == null ? null : row.getCell(1);
            if (c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                    || !c.getStringCellValue().equals(capaian.form.SignOff.TITLE)) continue;
            int last = sheet.getLastRowNum();
            for (int k = i; k <= last; k++) if (sheet.getRow(k) != null) sheet.removeRow(sheet.getRow(k));
            wb.removePrintArea(wb.getSheetIndex(sheet));
            return;
        }
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

    /** Fixture fields typed as the text the seed prints: role, field name pairs. */
    private void verbatim(XSSFRow row, JsonObject r, Object... roleFields) {
        for (int i = 0; i < roleFields.length; i += 2) text(row, (Role) roleFields[i], Fixture.str(r, (String) roleFields[i + 1]));
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

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }
}
