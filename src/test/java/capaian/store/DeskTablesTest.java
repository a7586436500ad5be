package capaian.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The tables of migration V4 through the store: calendar, closed periods, reopenings, snapshots, notes. */
class DeskTablesTest {
    private static final PasswordHasher FAST = new PasswordHasher(1_000);

    @TempDir
    Path dir;

    private JdbcStore open() {
        return JdbcStore.open(dir, FAST);
    }

    @Test
    void aDeadlineIsSetReplacedListedAndDeleted() {
        try (JdbcStore s = open()) {
            User b = s.addUser("admin", Role.BAPPEDA, null, "Admin", "rahasia-panjang".toCharArray());
            s.setDeadline(2026, "I", Deadline.EVERY_FORM, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), b.id());
            s.setDeadline(2026, "I", "lampiran-realisasi", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15), b.id());
            s.setDeadline(2025, "IV", Deadline.EVERY_FORM, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), b.id());
            // the same key again replaces its days
            s.setDeadline(2026, "I", "lampiran-realisasi", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 16), b.id());
            List<Deadline> y2026 = s.listDeadlines(2026);
            assertEquals(2, y2026.size());
            Deadline lampiran = y2026.stream().filter(d -> d.form().equals("lampiran-realisasi")).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 4, 2), lampiran.opensOn());
            assertEquals(LocalDate.of(2026, 4, 16), lampiran.dueOn());
            assertEquals("admin", lampiran.setBy());
            assertEquals(3, s.listDeadlines(null).size());
            assertTrue(s.deleteDeadline(2026, "I", "lampiran-realisasi"));
            assertFalse(s.deleteDeadline(2026, "I", "lampiran-realisasi"));
            assertEquals(1, s.listDeadlines(2026).size());
        }
        try (JdbcStore s = open()) {
            assertEquals(LocalDate.of(2026, 4, 10), s.listDeadlines(2026).get(0).dueOn(), "kept over a restart");
        }
    }

    @Test
    void closingFreezesSnapshotsReopeningIsPerOpdAndClosingAgainKeepsBothSnapshots() {
        long first;
        try (JdbcStore s = open()) {
            User b = s.addUser("admin", Role.BAPPEDA, null, "Admin", "rahasia-panjang".toCharArray());
            assertTrue(s.findPeriodLock(2026, "I").isEmpty());
            assertFalse(s.reopenPeriodFor(2026, "I", "K1", b.id()), "an open period cannot be reopened");

            List<RekapSnapshot> one = s.closePeriod(2026, "I", b.id(),
                    List.of(new NewRekapSnapshot("lampiran-realisasi", "{\"total\":96.25}", "c".repeat(64)),
                            new NewRekapSnapshot("monitoring-capaian", "{\"total\":50}", "d".repeat(64))));
            assertEquals(2, one.size());
            first = one.get(0).id();
            PeriodLock lock = s.findPeriodLock(2026, "I").orElseThrow();
            assertTrue(lock.refuses("K1") && lock.refuses("K2"));
            assertEquals("admin", lock.closedBy());

            assertTrue(s.reopenPeriodFor(2026, "I", "K1", b.id()));
            assertTrue(s.reopenPeriodFor(2026, "I", "K1", b.id()), "twice is harmless");
            lock = s.findPeriodLock(2026, "I").orElseThrow();
            assertFalse(lock.refuses("K1"));
            assertTrue(lock.refuses("K2"));
            assertTrue(s.findPeriodLock(2026, "II").isEmpty(), "another periode stays open");

            s.closePeriod(2026, "I", b.id(), List.of(new NewRekapSnapshot("lampiran-realisasi", "{\"total\":97.5}", "e".repeat(64))));
            assertTrue(s.findPeriodLock(2026, "I").orElseThrow().refuses("K1"), "closing again ends the reopening");
        }
        try (JdbcStore s = open()) {
            List<RekapSnapshot> all = s.listSnapshots(2026, "I");
            assertEquals(3, all.size(), "every snapshot is kept");
            assertEquals("e".repeat(64), all.get(0).workbookSha256(), "newest first");
            assertEquals("{\"total\":96.25}", s.snapshotJson(first).orElseThrow());
            assertEquals("lampiran-realisasi", s.findSnapshot(first).orElseThrow().form());
            assertTrue(s.listSnapshots(2026, "II").isEmpty());
            assertEquals(1, s.listPeriodLocks(2026).size());
        }
    }

    @Test
    void notesOnRowsAndCellsAreKeptPerSubmission() {
        try (JdbcStore s = open()) {
            User b = s.addUser("admin", Role.BAPPEDA, null, "Admin", "rahasia-panjang".toCharArray());
            User o = s.addUser("bkd", Role.OPD, "K1", "BKD", "rahasia-panjang".toCharArray());
            Submission sub = s.addSubmission(SqliteStoreTest.submission("K1", 2026, "I", "lampiran-realisasi", false, o.id()));
            Submission other = s.addSubmission(SqliteStoreTest.submission("K1", 2026, "II", "lampiran-realisasi", false, o.id()));
            s.addNote(sub.id(), "Realisasi", 12, "N12", "Realisasi anggaran melebihi pagu DPA.", b.id());
            s.addNote(sub.id(), "Realisasi", 9, null, "Program ini tidak ada di Renja.", b.id());
            s.addNote(other.id(), "Realisasi", 9, null, "lain", b.id());
            List<SubmissionNote> notes = s.listNotes(sub.id());
            assertEquals(2, notes.size());
            assertEquals(9, notes.get(0).row(), "ordered by row");
            assertNull(notes.get(0).cell());
            assertEquals("N12", notes.get(1).cell());
            assertEquals("admin", notes.get(1).author());
            assertEquals("Realisasi anggaran melebihi pagu DPA.", notes.get(1).note());
        }
    }
}
