package capaian.consolidate;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The region's OPD master list (kode OPD, nama, optionally urusan), so that the OPDs that sent nothing are
 * listed as missing. Bappeda keeps it as a small workbook (a header row with "Kode OPD", "Nama OPD" and
 * optionally "Urusan", in any order, on the first sheet) or as JSON ({"opd": [{"kode", "nama", "urusan"}]}
 * or the bare array).
 */
public record OpdList(List<Opd> opds) {

    public record Opd(String kode, String nama, String urusan) {}

    public static OpdList empty() {
        return new OpdList(List.of());
    }

    /** Reads a workbook or JSON by its content (a zip signature means a workbook). */
    public static OpdList read(byte[] content) throws OpdListException {
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') return fromWorkbook(content);
        return fromJson(new String(content, StandardCharsets.UTF_8));
    }

    static OpdList fromJson(String json) throws OpdListException {
        try {
            JsonElement root = JsonParser.parseString(json);
            JsonArray arr = root.isJsonArray() ? root.getAsJsonArray()
                    : root.isJsonObject() && root.getAsJsonObject().has("opd") ? root.getAsJsonObject().getAsJsonArray("opd") : null;
            if (arr == null) throw new OpdListException("Daftar OPD (JSON) harus berupa {\"opd\": [...]} atau daftar [...].");
            List<Opd> out = new ArrayList<>();
            for (JsonElement e : arr) {
                JsonObject o = e.getAsJsonObject();
                add(out, str(o, "kode"), str(o, "nama"), str(o, "urusan"));
            }
            return new OpdList(List.copyOf(out));
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new OpdListException("Daftar OPD bukan JSON yang sah: " + e.getMessage());
        }
    }

    static OpdList fromWorkbook(byte[] content) throws OpdListException {
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet s = wb.getSheetAt(0);
            int kode = -1, nama = -1, urusan = -1;
            List<Opd> out = new ArrayList<>();
            for (Row r : s) {
                if (kode < 0) {
                    for (Cell c : r) {
                        String t = fmt.formatCellValue(c).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                        if (t.equals("kode opd") || t.equals("kode")) kode = c.getColumnIndex();
                        else if (t.equals("nama opd") || t.equals("nama") || t.equals("perangkat daerah")) nama = c.getColumnIndex();
                        else if (t.equals("urusan")) urusan = c.getColumnIndex();
                    }
                    if (kode < 0 || nama < 0) kode = -1;
                    continue;
                }
                add(out, cell(fmt, r, kode), cell(fmt, r, nama), urusan < 0 ? null : cell(fmt, r, urusan));
            }
            if (kode < 0) throw new OpdListException("Daftar OPD perlu baris judul dengan kolom \"Kode OPD\" dan \"Nama OPD\".");
            return new OpdList(List.copyOf(out));
        } catch (IOException | RuntimeException e) {
            throw new OpdListException("Daftar OPD tidak dapat dibaca sebagai buku kerja: " + e.getMessage());
        }
    }

    public String toJson() {
        return new Gson().toJson(java.util.Map.of("opd", opds));
    }

    private static void add(List<Opd> out, String kode, String nama, String urusan) {
        if (kode == null && nama == null) return;
        out.add(new Opd(kode, nama, urusan));
    }

    private static String cell(DataFormatter fmt, Row r, int col) {
        Cell c = r.getCell(col);
        return c == null ? null : OpdEntry.blankToNull(fmt.formatCellValue(c));
    }

    private static String str(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : OpdEntry.blankToNull(e.getAsString());
    }

    /** The list cannot be used; the message says why in Indonesian. */
    public static final class OpdListException extends Exception {
        public OpdListException(String message) {
            super(message);
        }
    }
}
