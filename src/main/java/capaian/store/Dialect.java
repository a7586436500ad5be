package capaian.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What differs between the two databases the store runs on. The store's SQL itself is portable (parameters,
 * {@code ON CONFLICT}, epoch-millisecond times, 0/1 flags); this names the migration folder and the locks.
 */
public enum Dialect {
    SQLITE("") {
        @Override
        void lockKey(Connection c, String key) {
            // One connection, one writer: the store's own lock already serialises sends.
        }

        @Override
        void lockMigrations(Connection c) {
            // SQLite takes the write lock with the migration's first statement.
        }

        @Override
        void unlockMigrations(Connection c) {
        }
    },
    POSTGRESQL("postgresql/") {
        @Override
        void lockKey(Connection c, String key) throws SQLException {
            // Held to the end of the transaction, across servers: version numbers are computed one sender at a time.
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                ps.setInt(1, KEY_LOCKS);
                ps.setString(2, key);
                ps.execute();
            }
        }

        @Override
        void lockMigrations(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?, 0)")) {
                ps.setInt(1, MIGRATION_LOCK);
                ps.execute();
            }
        }

        @Override
        void unlockMigrations(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?, 0)")) {
                ps.setInt(1, MIGRATION_LOCK);
                ps.execute();
            }
        }
    };

    /** What a SELECT appends to lock the rows it reads to the end of the transaction (SQLite locks the whole file). */
    String forUpdate() {
        return this == POSTGRESQL ? " FOR UPDATE" : "";
    }

    /** Advisory lock spaces of this application (first half of the two-integer key). */
    private static final int KEY_LOCKS = 0x43617031;
    private static final int MIGRATION_LOCK = 0x43617032;

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** Where this dialect's twin of each migration lives, under {@code capaian/store/migrations/}. */
    String migrationFolder() {
        return migrationFolder;
    }

    /** Serialises, to the end of the current transaction, the writers of one submission key. */
    abstract void lockKey(Connection c, String key) throws SQLException;

    /** Keeps two servers starting at once from migrating the same database together. */
    abstract void lockMigrations(Connection c) throws SQLException;

    abstract void unlockMigrations(Connection c) throws SQLException;
}
