package capaian.web;

import capaian.bench.LampiranGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 14's "done when", short: in a 512 MB child server, two anonymous attackers (from 127.0.0.2 and 127.0.0.3)
 * send costly workbooks (a macro workbook with a large extra sheet, a styles.xml with very many formats, a
 * workbook.xml listing thousands of sheets) and eight slow uploads each (a multipart header, then one byte every
 * 2 s), while four normal clients (127.0.0.1) upload 300-row Lampiran workbooks. No normal request may fail (a
 * 503 with Retry-After counts only above 10 %), health must answer every probe within 1 s, and the server must
 * neither die nor run out of memory. The attack lasts {@code capaian.attack.seconds} (15 in the suite).
 */
class FairnessUnderAttackTest {
    static final int SECONDS = Integer.getInteger("capaian.attack.seconds", 15);
    static final int XLSM_ROWS = Integer.getInteger("capaian.attack.xlsm-rows", 40_000);
    static final int XFS = Integer.getInteger("capaian.attack.xfs", 500_000);
    static final int SHEETS = Integer.getInteger("capaian.attack.sheets", 20_000);
    static final int SLOW_PER_ATTACKER = 8;
    static final int NORMAL_CLIENTS = 4;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void normalClientsAndHealthAreServedWhileTwoAttackersTryToTakeEverything() throws Exception {
        Path normalFile = dir.resolve("lampiran-300.xlsx");
        LampiranGenerator.write(normalFile, 300);
        byte[] normal = Files.readAllBytes(normalFile);
        Map<String, byte[]> attacks = new java.util.LinkedHashMap<>();
        attacks.put("ekstra.xlsm", AttackFiles.xlsmWithExtraSheet(XLSM_ROWS));
        attacks.put("gaya.xlsx", AttackFiles.hugeStyles(XFS));
        attacks.put("lembar.xlsx", AttackFiles.manySheets(SHEETS));

        Map<String, AtomicInteger> normalStatuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> attackStatuses = new ConcurrentHashMap<>();
        AtomicInteger normal503 = new AtomicInteger();
        AtomicInteger normalTotal = new AtomicInteger();
        List<String> normalFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong healthMaxMs = new AtomicLong();
        AtomicInteger healthProbes = new AtomicInteger();
        List<String> healthFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> normalMs = java.util.Collections.synchronizedList(new ArrayList<>());

        Path data = dir.resolve("data");
        try (ChildServer s = ChildServer.start(data, dir, "--max-jobs", "2", "--queue-wait-seconds", "30",
                "--job-cpu-seconds", "4", "--job-timeout-seconds", "30",
                // room for each attacker's eight slow uploads and its three costly files at once, so that all attacks run
                "--uploads-per-address", "12")) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService pool = Executors.newCachedThreadPool();
            // Attackers: costly files in a loop, and slow uploads kept up, each from its own address.
            for (String from : List.of("127.0.0.2", "127.0.0.3")) {
                for (Map.Entry<String, byte[]> a : attacks.entrySet()) {
                    pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            String status = RawHttp.post(s.port, from, a.getKey(), a.getValue(), 0);
                            attackStatuses.computeIfAbsent(a.getKey() + " " + status, k -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    });
                }
                for (int i = 0; i < SLOW_PER_ATTACKER; i++) {
                    pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            String status = RawHttp.post(s.port, from, "lambat.xlsx", normal, 2_000);
                            attackStatuses.computeIfAbsent("lambat " + status, k -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    });
                }
            }
            Thread.sleep(1_000); // let the attack take hold first
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int c = 0; c < NORMAL_CLIENTS; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Multipart m = Multipart.file("lampiran-300.xlsx", normal);
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r;
                        try {
                            r = http.send(HttpRequest.newBuilder(s.uri.resolve("/api/v1/process"))
                                    .header("Content-Type", m.contentType()).timeout(Duration.ofSeconds(90))
                                    .POST(m.body()).build(), HttpResponse.BodyHandlers.ofByteArray());
                        } catch (IOException e) {
                            normalTotal.incrementAndGet();
                            normalFailures.add("exception " + e);
                            continue;
                        }
                        normalMs.add((System.nanoTime() - t0) / 1_000_000);
                        normalTotal.incrementAndGet();
                        normalStatuses.computeIfAbsent(Integer.toString(r.statusCode()), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) {
                            normal503.incrementAndGet();
                        } else if (r.statusCode() != 200) {
                            normalFailures.add(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                        }
                    }
                    return null;
                });
            }
            // Health probes, each given 1 s.
            HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                    int st = probe.send(HttpRequest.newBuilder(s.uri.resolve("/api/v1/health")).timeout(Duration.ofSeconds(1))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (st != 200) healthFailures.add("status " + st);
                } catch (IOException e) {
                    healthFailures.add(e.toString());
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                healthMaxMs.accumulateAndGet(ms, Math::max);
                healthProbes.incrementAndGet();
                Thread.sleep(250);
            }
            pool.shutdown();
            boolean finished = pool.awaitTermination(120, TimeUnit.SECONDS);
            pool.shutdownNow();
            String log = Files.readString(s.log);
            Files.createDirectories(Path.of("target", "security"));
            Files.writeString(Path.of("target", "security", "fairness-under-attack-server.log"), log);
            assertTrue(s.process.isAlive(), "server alive after the attack: " + log);
            assertEquals(200, s.health(http), "health after the attack");
            long heap = s.maxHeapAfterGcMb();
            List<Long> sorted = new ArrayList<>(normalMs);
            java.util.Collections.sort(sorted);
            String figures = "attack " + SECONDS + " s; normal requests " + normalTotal + " " + new TreeMap<>(normalStatuses)
                    + ", 503 " + normal503 + ", failed " + normalFailures.size()
                    + (sorted.isEmpty() ? "" : ", p50 " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1) + " ms")
                    + "; health probes " + healthProbes + ", failed " + healthFailures.size() + ", slowest " + healthMaxMs + " ms"
                    + "; attacker answers " + new TreeMap<>(attackStatuses) + "; heap after GC max " + heap + " MB of 512";
            System.out.println(figures);
            Files.createDirectories(Path.of("target", "security"));
            Files.writeString(Path.of("target", "security", "fairness-under-attack.txt"), figures + "\n");
            assertTrue(finished, "clients ended");
            assertFalse(log.contains("OutOfMemoryError"), "no out-of-memory: " + log);
            assertFalse(log.contains("Capaian berhenti: thread"), "no thread died: " + log);
            assertTrue(normalTotal.get() >= NORMAL_CLIENTS, "normal clients were served at all: " + figures);
            assertEquals(List.of(), normalFailures, figures);
            assertTrue(normal503.get() * 10 <= normalTotal.get(), "at most 10 % of normal requests get 503: " + figures);
            assertEquals(List.of(), healthFailures, figures);
            assertTrue(healthMaxMs.get() < 1_000, "health within 1 s: " + figures);
            // The slow uploads were ended by the minimum rate, not left to hold their threads.
            assertTrue(attackStatuses.getOrDefault("lambat 408", new AtomicInteger()).get() >= 2 * SLOW_PER_ATTACKER, figures);
        }
    }

    /** HTTP/1.1 by hand from a chosen loopback address (127.0.0.x all reach the server on Linux). */
    static final class RawHttp {
        private RawHttp() {}

        /**
         * Posts {@code content} as a multipart file; with {@code byteEveryMs} > 0 sends the headers and the part's
         * header at once, then the file one byte at a time. Returns the status, or what went wrong.
         */
        static String post(int port, String from, String name, byte[] content, int byteEveryMs) {
            String boundary = "----angriff" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            long length = head.length + content.length + tail.length;
            try (Socket so = new Socket()) {
                so.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                so.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                so.setSoTimeout(90_000);
                OutputStream out = so.getOutputStream();
                out.write(("POST /api/v1/process HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: multipart/form-data; boundary="
                        + boundary + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(head);
                if (byteEveryMs <= 0) {
                    out.write(content);
                    out.write(tail);
                    out.flush();
                } else {
                    out.flush();
                    InputStream in = so.getInputStream();
                    for (byte b : content) {
                        if (in.available() > 0) break; // answered already
                        out.write(b);
                        out.flush();
                        Thread.sleep(byteEveryMs);
                    }
                }
                return statusLine(so.getInputStream());
            } catch (IOException e) {
                return "io " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        private static String statusLine(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') line.write(c);
            String s = line.toString(StandardCharsets.US_ASCII).trim();
            return s.length() >= 12 ? s.substring(9, 12) : "io closed";
        }
    }
}
