package capaian.web;

import capaian.store.Secrets;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Load and crash safety against the real server in a 512 MB child JVM, over loopback only. Short in the
 * suite; scripts/load runs the long mode ({@code -Dcapaian.load.seconds=60}).
 */
class LoadAndCrashTest {
    static final int CLIENTS = Integer.getInteger("capaian.load.clients", 16);
    static final int SECONDS = Integer.getInteger("capaian.load.seconds", 6);
    static final int KILLS = Integer.getInteger("capaian.crash.kills", 2);

    @TempDir
    Path dir;

    static List<byte[]> workbooks() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("seed")).sorted().toList()) out.add(Files.readAllBytes(p));
            return out;
        }
    }

    /** The workbook with another description in its document properties: the same figures, other bytes. */
    static byte[] variant(byte[] xlsx, String description) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            wb.getProperties().getCoreProperties().setDescription(description);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void sixteenClientsUploadingGetNoFailureAndBeyondCapacityGet503() throws Exception {
        List<byte[]> books = workbooks();
        Path data = dir.resolve("data");
        Map<String, String> tokens = ChildServer.seedAccounts(data);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long maxHeap;
        long elapsedMs;
        try (ChildServer s = ChildServer.start(data, dir, "--max-jobs", "2", "--queue-wait-seconds", "30")) {
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> fs = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                int id = k;
                fs.add(pool.submit(() -> {
                    Client c = s.client();
                    if (id % 4 == 0) c.bearer = tokens.get("bkd");
                    for (int i = 0; System.nanoTime() < end && i < 100_000; i++) {
                        byte[] b = books.get((id + i) % books.size());
                        long a = System.nanoTime();
                        String path = id % 4 == 0 ? "/api/v1/submissions" : i % 2 == 0 ? "/api/v1/process" : "/api/v1/check";
                        HttpResponse<String> r = c.upload(path, Multipart.file("laporan-" + id + ".xlsx", b), "application/json");
                        latencies.add((System.nanoTime() - a) / 1_000_000);
                        statuses.computeIfAbsent(r.statusCode(), x -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get(SECONDS + 120L, TimeUnit.SECONDS);
            pool.shutdown();
            elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(s.process.isAlive(), Files.readString(s.log));
            maxHeap = s.maxHeapAfterGcMb();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int total = sorted.size();
        int ok = statuses.getOrDefault(200, new AtomicInteger()).get() + statuses.getOrDefault(201, new AtomicInteger()).get();
        String load = String.format("load: %d clients for %d s: %,d requests, %,d failed, statuses %s, p50 %,d ms, p99 %,d ms, "
                        + "%.1f requests/s, heap after GC at most %d MB of 512 MB", CLIENTS, SECONDS, total, total - ok, statuses,
                sorted.get(total / 2), sorted.get(Math.min(total - 1, (int) (total * 0.99))), total * 1000.0 / elapsedMs, maxHeap);

        // Beyond capacity: one slot, no queue: the rest get 503 with Retry-After, never an error or an OOM.
        Map<Integer, AtomicInteger> over = new ConcurrentHashMap<>();
        try (ChildServer s = ChildServer.start(dir.resolve("data2"), dir, "--max-jobs", "1", "--queue-wait-seconds", "0")) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> fs = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                int id = k;
                fs.add(pool.submit(() -> {
                    Client c = s.client();
                    for (int i = 0; i < 3; i++) {
                        HttpResponse<String> r = c.upload("/api/v1/process", Multipart.file("l.xlsx", books.get(id % books.size())),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                        over.computeIfAbsent(r.statusCode(), x -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 503) {
                            assertTrue(r.headers().firstValue("Retry-After").isPresent());
                            assertEquals("SERVER_SIBUK", Client.json(r).get("code").getAsString());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get(120, TimeUnit.SECONDS);
            pool.shutdown();
            assertTrue(s.process.isAlive());
            assertEquals(200, s.client().get("/api/v1/health").statusCode());
        }
        String overload = "beyond capacity (1 slot, no queue, " + CLIENTS + " clients x 3): statuses " + over;
        MutationFuzzTest.record("load.txt", load + "\n" + overload);
        assertEquals(total, ok, load);
        assertTrue(over.keySet().stream().allMatch(c -> c == 200 || c == 503), overload);
        assertTrue(over.containsKey(503), overload);
    }

    @Test
    void killedMidUploadLosesNothingAcknowledgedAndShowsNothingPartial() throws Exception {
        List<byte[]> books = workbooks();
        Path data = dir.resolve("data");
        Map<String, String> tokens = ChildServer.seedAccounts(data);
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger cut = new AtomicInteger();
        for (int round = 0; round < KILLS; round++) {
            try (ChildServer s = ChildServer.start(data, dir, "--max-jobs", "2")) {
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(4);
                for (int k = 0; k < 4; k++) {
                    int id = k, thisRound = round;
                    pool.submit(() -> {
                        Client c = s.client();
                        c.bearer = tokens.get("bkd");
                        for (int i = 0; !stop.get() && i < 10_000; i++) {
                            byte[] b;
                            try {
                                // each send its own bytes: an identical resend is no new version (200), never stored again
                                b = variant(books.get((id + i) % books.size()), "ronde " + thisRound + " klien " + id + " kirim " + i);
                            } catch (Exception e) {
                                continue; // a seed POI cannot rewrite is sent by the other clients as it is
                            }
                            try {
                                HttpResponse<String> r = c.upload("/api/v1/submissions", Multipart.file("l.xlsx", b));
                                if (r.statusCode() == 201) {
                                    acknowledged.put(Client.json(r).getAsJsonObject("submission").get("id").getAsLong(), Secrets.sha256Hex(b));
                                }
                            } catch (Exception e) {
                                cut.incrementAndGet(); // the connection died with the server: not acknowledged
                            }
                        }
                        return null;
                    });
                }
                // Kill once a few submissions of this round are acknowledged, while the others are in flight.
                int before = acknowledged.size();
                long deadline = System.nanoTime() + 90_000_000_000L;
                while (acknowledged.size() < before + 3 && System.nanoTime() < deadline) Thread.sleep(20);
                Thread.sleep(150 + round * 170L);
                s.kill();
                stop.set(true);
                pool.shutdown();
                assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            }
        }
        // What a killed run may leave in the server's temporary directory, and a rekap's leftover directory:
        // removed at the next start.
        Files.writeString(data.resolve("tmp").resolve("capaian-1.xlsx"), "sisa");
        Files.createDirectories(data.resolve("tmp").resolve("rekap-1").resolve("in"));
        Files.writeString(data.resolve("tmp").resolve("rekap-1").resolve("in").resolve("0-a.xlsx"), "sisa");
        int listed;
        try (ChildServer s = ChildServer.start(data, dir)) {
            try (Stream<Path> left = Files.walk(data.resolve("tmp"))) {
                assertEquals(List.of(data.resolve("tmp")), left.toList(), "the killed runs' temporary files are removed at start");
            }
            Client b = s.client();
            b.bearer = tokens.get("bappeda");
            JsonArray all = Client.json(b.get("/api/v1/submissions")).getAsJsonArray("submissions");
            listed = all.size();
            Map<Long, JsonObject> byId = new java.util.HashMap<>();
            for (JsonElement e : all) byId.put(e.getAsJsonObject().get("id").getAsLong(), e.getAsJsonObject());
            for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
                assertTrue(byId.containsKey(a.getKey()), "acknowledged submission " + a.getKey() + " is there");
            }
            for (JsonObject sub : byId.values()) { // nothing partial: every visible submission is whole
                long id = sub.get("id").getAsLong();
                HttpResponse<byte[]> original = b.getBytes("/api/v1/submissions/" + id + "/original");
                assertEquals(200, original.statusCode());
                String sha = Secrets.sha256Hex(original.body());
                assertEquals(sub.get("originalSha256").getAsString(), sha);
                if (acknowledged.containsKey(id)) assertEquals(acknowledged.get(id), sha, "byte for byte");
                assertEquals(200, b.getBytes("/api/v1/submissions/" + id + "/result").statusCode());
                assertEquals(200, b.get("/api/v1/submissions/" + id + "/report").statusCode());
            }
        }
        // Every temporary copy a killed server was working on lay in its data directory, none in the system's.
        try (Stream<Path> javaTmp = Files.list(ChildServer.javaTmp(dir))) {
            assertEquals(List.of(), javaTmp.filter(p -> p.getFileName().toString().startsWith("capaian-")).toList());
        }
        try (Stream<Path> files = Files.walk(data.resolve("files"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertEquals(f.getFileName().toString(), Secrets.sha256Hex(Files.readAllBytes(f)), "no torn file");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("capaian.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
        }
        MutationFuzzTest.record("crash.txt", String.format("crash: %d SIGKILLs mid-upload; %d acknowledged, %d visible after restart, "
                + "%d uploads cut by the kill, 0 lost, 0 partial, integrity_check ok", KILLS, acknowledged.size(), listed, cut.get()));
        assertFalse(acknowledged.isEmpty());
    }
}
