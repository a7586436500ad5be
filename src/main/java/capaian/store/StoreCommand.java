package capaian.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code capaian store migrate --from DIR|URL --to URL|DIR}: moves an installation to another store, usually a
 * data directory's SQLite to a PostgreSQL several servers share ({@link StoreCopy}). Safe to run again.
 */
public final class StoreCommand {
    private static final String USAGE = """
            Pemakaian:
              capaian store migrate --from data/ --to postgresql://HOST/NAMA_DB?user=PENGGUNA
            Menyalin akun, token API, dan semua kiriman beserta berkasnya (asli dan hasil) dari direktori data (SQLite) ke
            PostgreSQL, lalu memeriksa jumlah baris, isi tiap baris dan hash SHA-256 tiap berkas. Sesi tidak disalin
            (pengguna masuk lagi). Boleh dijalankan ulang: yang sudah tersalin dilewati.
            Kata sandi PostgreSQL dari CAPAIAN_DATABASE_PASSWORD atau CAPAIAN_DATABASE_PASSWORD_FILE, tidak dari baris perintah.
            Hentikan server lama selama penyalinan agar tidak ada kiriman baru yang tertinggal.""";

    private static final java.util.Locale ID = java.util.Locale.forLanguageTag("id");

    private StoreCommand() {}

    public static int run(String[] args) {
        Logging.setUp();
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Flags f = Flags.parseOrExplain(args, Set.of("from", "to"), Set.of("help"), err, USAGE);
        if (f == null) return 2;
        if (f.has("help")) {
            out.println(USAGE);
            return 0;
        }
        if (f.positional().size() != 1 || !f.positional().get(0).equals("migrate") || f.get("from") == null || f.get("to") == null) {
            err.println(USAGE);
            return 2;
        }
        if (f.get("from").equals(f.get("to"))) {
            err.println("--from dan --to sama; tidak ada yang disalin.");
            return 2;
        }
        try (JdbcStore from = open(f.get("from")); JdbcStore to = open(f.get("to"))) {
            out.println("Menyalin dari " + f.get("from") + " ke " + f.get("to") + " ...");
            StoreCopy.Result r = new StoreCopy(from, to).run();
            for (StoreCopy.TableResult t : r.tables()) {
                out.printf(ID, "  %-12s %,8d baris di sumber, %,8d baru disalin, %,d berbeda%n", t.table(), t.source(), t.copied(),
                        t.mismatched());
            }
            out.printf(ID, "  %-12s %,8d berkas, %,d bita, %,d rusak atau hilang%n", "berkas", r.files(), r.fileBytes(), r.badFiles());
            if (!r.verified()) {
                err.println("Pemeriksaan GAGAL: ada baris yang berbeda atau berkas yang tidak cocok di tujuan. Basis data tujuan "
                        + "sudah berisi data lain dengan nomor yang sama? Pakai basis data PostgreSQL yang kosong.");
                return 1;
            }
            out.println("Selesai: semua baris sama dan semua berkas cocok dengan hash SHA-256-nya.");
            return 0;
        } catch (StoreException e) {
            err.println("Penyalinan gagal: " + e.getMessage());
            return 1;
        }
    }

    private static JdbcStore open(String where) {
        return PostgresDatabase.isUrl(where) ? PostgresDatabase.fromEnvironment(where).open() : JdbcStore.open(Path.of(where));
    }
}
