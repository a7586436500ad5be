package capaian.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** {@code capaian store migrate}: a data directory's SQLite and files into a real PostgreSQL, verified, re-runnable. */
class StoreMigrateTest {
    private static final PasswordHasher FAST = new PasswordHasher(1_000);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run migrate(String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StoreCommand.run(new String[] {"migrate", "--from", dir.toString(), "--to", url},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * seed + (i >> 7));
        return b;
    }

    @Test
    void copiesAccountsTokensAndSubmissionsWithTheirFilesAndCanBeRunAgain() throws Exception {
        byte[] big = bytes(1_500_000, 7); // two database chunks
        byte[] small = bytes(20_000, 13);
        byte[] result = bytes(30_000, 17);
        String token;
        String cookie;
        long opdId;
        try (JdbcStore s = JdbcStore.open(dir, FAST)) {
            s.addUser("admin", Role.BAPPEDA, null, "Admin Bappeda", "kata-sandi-1".toCharArray());
            User o = s.addUser("bkd", Role.OPD, "K1", "Operator BKD", "kata-sandi-2".toCharArray());
            opdId = o.id();
            token = s.createApiToken(o.id(), "skrip");
            cookie = s.createSession(o.id(), Duration.ofHours(1), "csrf");
            FileContent fb = FileContent.of(big);
            FileContent fs = FileContent.of(small);
            FileContent fr = FileContent.of(result);
            s.addSubmission(sub("I", fb, fr, o.id()), List.of(fb, fr));
            s.addSubmission(sub("I", fs, null, o.id()), List.of(fs));
            Submission third = s.addSubmission(sub("II", fb, null, o.id()), List.of(fb));
            s.setStatus(third.id(), SubmissionStatus.DITOLAK, "pagu salah", 1);
        }
        String url = PgCluster.get().newDatabaseUrl();
        Run first = migrate(url);
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("submissions         3 baris di sumber,        3 baru disalin, 0 berbeda"), first.out());
        assertTrue(first.out().contains("3 berkas, 1.550.000 bita") || first.out().contains("3 berkas, 1,550,000 bita"),
                "big + small + result, the big one once: " + first.out());

        try (JdbcStore pg = PostgresDatabase.parse(url, Map.of()).open(FAST)) {
            assertEquals(opdId, pg.authenticate("bkd", "kata-sandi-2".toCharArray()).orElseThrow().id(), "password hash copied");
            assertEquals(opdId, pg.findUserByApiToken(token).orElseThrow().id(), "API tokens keep working");
            assertTrue(pg.findSession(cookie).isEmpty(), "sessions are not copied");
            List<Submission> subs = pg.listSubmissions(SubmissionQuery.all());
            assertEquals(3, subs.size());
            Submission rejected = subs.stream().filter(x -> x.key().periode().equals("II")).findFirst().orElseThrow();
            assertEquals(SubmissionStatus.DITOLAK, rejected.status());
            assertEquals("pagu salah", rejected.statusNote());
            try (InputStream in = pg.files().open(rejected.originalSha256())) {
                assertArrayEquals(big, in.readAllBytes());
            }
            // New rows after the move take the next ids: the identities were moved past the copied ones.
            Submission next = pg.addSubmission(sub("I", FileContent.of(small), null, opdId), List.of(FileContent.of(small)));
            assertEquals(4, next.id());
            assertEquals(3, next.version());
            assertEquals(3, pg.addUser("dinkes", Role.OPD, "K2", null, "kata-sandi-3".toCharArray()).id());
        }

        Run again = migrate(url);
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("3 baris di sumber,        0 baru disalin, 0 berbeda"), again.out());

        try (Connection c = PgCluster.connect(url); Statement st = c.createStatement()) {
            st.execute("UPDATE users SET display_name = 'Diubah' WHERE username = 'bkd'");
            st.execute("UPDATE blob_chunks SET data = '\\x00'::bytea WHERE seq = 1");
        }
        Run tampered = migrate(url);
        assertEquals(1, tampered.code(), tampered.out());
        assertTrue(tampered.out().contains("users               2 baris di sumber,        0 baru disalin, 1 berbeda"), tampered.out());
        assertTrue(tampered.out().contains("1 rusak atau hilang"), tampered.out());
        assertTrue(tampered.err().contains("Pemeriksaan GAGAL"), tampered.err());
    }

    @Test
    void copiesBappedasDeskRegistryAuditCalendarClosedPeriodsSnapshotsAndNotes() throws Exception {
        byte[] rekap = bytes(40_000, 11);
        try (JdbcStore s = JdbcStore.open(dir, FAST)) {
            User admin = s.addUser("admin", Role.BAPPEDA, null, "Admin Bappeda", "kata-sandi-1".toCharArray());
            User o = s.addUser("bkd", Role.OPD, "K1", "Operator BKD", "kata-sandi-2".toCharArray());
            s.opdRegistry().save("K1", "Badan Kepegawaian Daerah", "Kepegawaian");
            s.opdRegistry().save("K2", "Dinas Kesehatan", "Kesehatan");
            FileContent f = FileContent.of(bytes(20_000, 3));
            Submission sent = s.addSubmission(sub("I", f, null, o.id()), List.of(f));
            s.audit().record(o.id(), AuditLog.SUBMISSION_SENT, "K1", "versi 1");
            s.audit().record(admin.id(), AuditLog.NOTE_WRITTEN, "kiriman " + sent.id(), "pagu");
            s.addNote(sent.id(), "Lampiran", 12, "H12", "Pagu tidak sama dengan DPA", admin.id());
            s.setDeadline(2025, "I", Deadline.EVERY_FORM, java.time.LocalDate.of(2025, 4, 1), java.time.LocalDate.of(2025, 4, 15), admin.id());
            String sha = s.files().put(rekap);
            s.closePeriod(2025, "I", admin.id(), List.of(new NewRekapSnapshot("lampiran-realisasi", "{\"total\":1}", sha)));
            s.reopenPeriodFor(2025, "I", "K1", admin.id());
        }
        String url = PgCluster.get().newDatabaseUrl();
        Run first = migrate(url);
        assertEquals(0, first.code(), first.out() + first.err());
        try (JdbcStore pg = PostgresDatabase.parse(url, Map.of()).open(FAST)) {
            assertEquals(Map.of("K1", "Badan Kepegawaian Daerah", "K2", "Dinas Kesehatan"), pg.opdRegistry().names());
            assertEquals(2, pg.audit().query(AuditLog.Query.latest(10)).size());
            assertEquals(java.time.LocalDate.of(2025, 4, 15), pg.listDeadlines(2025).get(0).dueOn());
            PeriodLock lock = pg.findPeriodLock(2025, "I").orElseThrow();
            assertEquals(List.of("K1"), lock.reopenedFor());
            RekapSnapshot snap = pg.listSnapshots(2025, "I").get(0);
            try (InputStream in = pg.files().open(snap.workbookSha256())) {
                assertArrayEquals(rekap, in.readAllBytes(), "the snapshot's workbook travels with its row");
            }
            assertEquals("Pagu tidak sama dengan DPA", pg.listNotes(1).get(0).note());
        }
        Run again = migrate(url);
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("opd_registry        2 baris di sumber,        0 baru disalin, 0 berbeda"), again.out());
    }

    @Test
    void refusesWithoutBothPlaces() {
        assertEquals(2, StoreCommand.run(new String[] {"migrate", "--from", dir.toString()}, System.out, System.err));
    }

    private static NewSubmission sub(String periode, FileContent original, FileContent result, long by) {
        return new NewSubmission(new SubmissionKey("K1", 2025, periode, "lampiran-realisasi"), "Dinas Contoh",
                SubmissionStatus.DITERIMA, 0, 1, 0, "lampiran.xlsx", original.sha256(), original.size(),
                result == null ? null : result.sha256(), "{\"periode\":\"" + periode + "\"}", by);
    }
}
