package capaian.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The region's OPDs (kode, nama, urusan) as Bappeda keeps them: imported from its OPD list workbook or JSON and
 * edited on the page. Accounts name their OPD by kode; the matrix and the rekap take the names from here.
 */
public final class OpdRegistry {
    static final int MAX_KODE = 64;
    static final int MAX_NAMA = 200;

    public record Opd(String kode, String nama, String urusan) {}

    /** What an import did: OPDs new to the registry, and known ones whose name or urusan changed. */
    public record ImportResult(int added, int updated, int unchanged) {}

    private final Sql.Access db;

    OpdRegistry(Sql.Access db) {
        this.db = db;
    }

    public List<Opd> list() {
        return db.read(c -> Sql.query(c, "SELECT kode, nama, urusan FROM opd_registry ORDER BY kode",
                rs -> new Opd(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    public Optional<Opd> find(String kode) {
        if (kode == null) return Optional.empty();
        return db.read(c -> Sql.queryOne(c, "SELECT kode, nama, urusan FROM opd_registry WHERE kode = ?",
                rs -> new Opd(rs.getString(1), rs.getString(2), rs.getString(3)), kode.trim()));
    }

    /** Kode to nama, in kode order. */
    public Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Opd o : list()) out.put(o.kode(), o.nama());
        return out;
    }

    /** Adds or changes one OPD. */
    public Opd save(String kode, String nama, String urusan) {
        Opd o = valid(kode, nama, urusan, null);
        db.write(c -> upsert(c, o));
        return o;
    }

    /**
     * Adds the list's OPDs and updates the names and urusan of those already here, all or nothing. OPDs not in
     * the list stay (their accounts and submissions still name them); delete them one by one.
     */
    public ImportResult importAll(List<Opd> opds) {
        if (opds.isEmpty()) throw new StoreException("Daftar OPD tidak berisi satu OPD pun.");
        Set<String> seen = new HashSet<>();
        List<Opd> clean = new java.util.ArrayList<>();
        for (int i = 0; i < opds.size(); i++) {
            Opd o = valid(opds.get(i).kode(), opds.get(i).nama(), opds.get(i).urusan(), i + 1);
            if (!seen.add(o.kode())) {
                throw new StoreException("OPD ke-" + (i + 1) + " (" + o.nama() + ") memakai Kode OPD " + o.kode()
                        + " yang sudah dipakai OPD lain di daftar ini. Setiap OPD perlu kode sendiri; perbaiki lalu impor lagi.");
            }
            clean.add(o);
        }
        return db.write(c -> {
            int added = 0, updated = 0, same = 0;
            for (Opd o : clean) {
                Optional<Opd> before = Sql.queryOne(c, "SELECT kode, nama, urusan FROM opd_registry WHERE kode = ?",
                        rs -> new Opd(rs.getString(1), rs.getString(2), rs.getString(3)), o.kode());
                if (before.isEmpty()) added++;
                else if (before.get().equals(o)) same++;
                else updated++;
                upsert(c, o);
            }
            return new ImportResult(added, updated, same);
        });
    }

    public boolean delete(String kode) {
        return db.write(c -> Sql.update(c, "DELETE FROM opd_registry WHERE kode = ?", kode == null ? "" : kode.trim())) > 0;
    }

    private static int upsert(java.sql.Connection c, Opd o) throws java.sql.SQLException {
        return Sql.update(c, "INSERT INTO opd_registry (kode, nama, urusan, updated_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama, urusan = excluded.urusan, updated_at = excluded.updated_at",
                o.kode(), o.nama(), o.urusan(), System.currentTimeMillis());
    }

    /** @param position the OPD's place in an imported list, for the message; null for one typed on the page */
    private static Opd valid(String kode, String nama, String urusan, Integer position) {
        String where = position == null ? "" : "OPD ke-" + position + " di daftar: ";
        String k = kode == null ? "" : kode.strip();
        String n = nama == null ? "" : nama.strip().replaceAll("\\s+", " ");
        String u = urusan == null || urusan.isBlank() ? null : urusan.strip().replaceAll("\\s+", " ");
        if (k.isEmpty()) {
            throw new StoreException(where + (n.isEmpty() ? "" : "\"" + n + "\" ") + "tidak punya Kode OPD. Isi Kode OPD seperti "
                    + "di kepala formulirnya, misalnya 1.02.0.00.0.00.01.0000.");
        }
        if (k.length() > MAX_KODE || !k.matches("[\\p{L}\\p{N}._/ -]+")) {
            throw new StoreException(where + "Kode OPD \"" + shorten(k) + "\" tidak sah: pakai angka, huruf, titik atau tanda hubung, "
                    + "paling banyak " + MAX_KODE + " karakter.");
        }
        if (n.isEmpty()) throw new StoreException(where + "OPD " + k + " belum punya nama. Isi Nama OPD.");
        if (n.length() > MAX_NAMA) throw new StoreException(where + "Nama OPD " + k + " terlalu panjang; batasnya " + MAX_NAMA + " karakter.");
        if (u != null && u.length() > MAX_NAMA) throw new StoreException(where + "Urusan OPD " + k + " terlalu panjang; batasnya " + MAX_NAMA + " karakter.");
        return new Opd(k, n, u);
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
