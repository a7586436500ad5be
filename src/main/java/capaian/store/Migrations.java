package capaian.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Versioned schema migrations. Each is a SQL resource applied once, in order, in its own transaction, and
 * recorded in {@code schema_version}; a database newer than this program is refused rather than guessed at.
 * To change the schema, add the next file here; never edit one that has shipped. Each migration has a
 * PostgreSQL twin of the same version and name in {@code migrations/postgresql/}, so that both databases go
 * through the same history.
 */
final class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    record Migration(int version, String resource) {}

    static final List<Migration> ALL = List.of(
            new Migration(1, "V1__accounts_and_submissions.sql"),
            new Migration(2, "V2__credentials_that_end.sql"),
            new Migration(3, "V3__accounts_registry_audit.sql"),
            new Migration(4, "V4__calendar_verification_notes_snapshots.sql"));

    private Migrations() {}

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Applies what is missing and returns the schema version afterwards. */
    static int apply(Connection c) throws SQLException {
        return apply(c, Dialect.SQLITE);
    }

    static int apply(Connection c, Dialect dialect) throws SQLException {
        dialect.lockMigrations(c);
        try {
            return applyLocked(c, dialect);
        } finally {
            dialect.unlockMigrations(c);
        }
    }

    private static int applyLocked(Connection c, Dialect dialect) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new StoreException("basis data berskema versi " + current + ", lebih baru dari program ini (versi "
                    + latest() + "); pakai Capaian versi yang lebih baru");
        }
        for (Migration m : ALL) {
            if (m.version() > current) {
                applyOne(c, m, dialect);
                current = m.version();
            }
        }
        return current;
    }

    static int current(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void applyOne(Connection c, Migration m, Dialect dialect) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(load(dialect.migrationFolder() + m.resource()))) st.execute(sql);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.resource());
                ps.setLong(3, System.currentTimeMillis());
                ps.executeUpdate();
            }
            c.commit();
            LOG.info("schema migrated to version " + m.version() + " (" + dialect.migrationFolder() + m.resource() + ")");
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static String load(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + resource)) {
            if (in == null) throw new IllegalStateException("migration missing from the jar: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration unreadable: " + resource, e);
        }
    }

    /** Splits a script on semicolons at line ends; comments are dropped. Enough for our own plain DDL. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) continue;
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }
}
