package capaian.store;

import java.nio.file.Path;

/** Which store a command uses: PostgreSQL when a database URL is given, else SQLite in the data directory. */
public final class Stores {
    private Stores() {}

    /** {@code --database}, else {@code CAPAIAN_DATABASE_URL}, else null (SQLite). */
    public static String databaseUrl(Flags f) {
        return f.get("database", PostgresDatabase.URL_ENV, null);
    }

    public static JdbcStore open(String databaseUrl, Path dataDir) {
        return databaseUrl == null ? JdbcStore.open(dataDir) : PostgresDatabase.fromEnvironment(databaseUrl).open();
    }

    public static JdbcStore open(Flags f) {
        return open(databaseUrl(f), f.dataDir());
    }
}
