package capaian.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Where a store call gets its connection: SQLite's single one, or a small pool of PostgreSQL ones. */
interface Connections extends AutoCloseable {
    Connection acquire() throws SQLException;

    void release(Connection c) throws SQLException;

    @Override
    void close() throws SQLException;

    /** One connection, one call at a time (fair, so no caller starves). */
    static Connections single(Connection c) {
        ReentrantLock lock = new ReentrantLock(true);
        return new Connections() {
            @Override
            public Connection acquire() {
                lock.lock();
                return c;
            }

            @Override
            public void release(Connection ignored) {
                lock.unlock();
            }

            @Override
            public void close() throws SQLException {
                lock.lock();
                try {
                    c.close();
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    /** Opens a connection; the pool below calls it when no idle one is left. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * At most {@code max} connections; an idle one is reused, checked first when it has been idle a while (the
     * database may have restarted), and dropped when it comes back broken or mid-transaction.
     */
    final class Pool implements Connections {
        private static final long CHECK_AFTER_IDLE_MS = 10_000;
        private static final long WAIT_SECONDS = 60;

        private record Idle(Connection c, long since) {}

        private final Opener opener;
        private final Semaphore permits;
        private final Deque<Idle> idle = new ArrayDeque<>();
        private volatile boolean closed;

        Pool(Opener opener, int max) {
            this.opener = opener;
            this.permits = new Semaphore(max, true);
        }

        @Override
        public Connection acquire() throws SQLException {
            if (closed) throw new SQLException("the store is closed");
            try {
                if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new SQLException("no database connection free after " + WAIT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a database connection", e);
            }
            try {
                while (true) {
                    Idle i;
                    synchronized (idle) {
                        i = idle.pollFirst();
                    }
                    if (i == null) return opener.open();
                    if (System.currentTimeMillis() - i.since() < CHECK_AFTER_IDLE_MS || i.c().isValid(5)) return i.c();
                    closeQuietly(i.c());
                }
            } catch (SQLException | RuntimeException e) {
                permits.release();
                throw e;
            }
        }

        @Override
        public void release(Connection c) {
            try {
                boolean reusable = !closed && !c.isClosed() && c.getAutoCommit();
                if (reusable) {
                    synchronized (idle) {
                        idle.addFirst(new Idle(c, System.currentTimeMillis()));
                    }
                } else {
                    closeQuietly(c);
                }
            } catch (SQLException e) {
                closeQuietly(c);
            } finally {
                permits.release();
            }
        }

        @Override
        public void close() {
            closed = true;
            synchronized (idle) {
                for (Idle i : idle) closeQuietly(i.c());
                idle.clear();
            }
        }

        private static void closeQuietly(Connection c) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a broken connection is being thrown away anyway
            }
        }
    }
}
