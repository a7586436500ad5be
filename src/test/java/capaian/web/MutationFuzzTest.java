package capaian.web;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mutates the real templates and seed examples (bytes of the zip, and the XML inside) and feeds them to the
 * processor in-process and to the server over HTTP: no exception escapes, no case hangs, no 5xx. Seeded:
 * case i of seed S is always the same file. {@code -Dcapaian.fuzz.cases=N} (default 2,000),
 * {@code -Dcapaian.fuzz.http=N} (default 150), {@code -Dcapaian.fuzz.seed=S}; scripts/fuzz runs a long one.
 */
class MutationFuzzTest {
    static final int CASES = Integer.getInteger("capaian.fuzz.cases", 2_000);
    static final int HTTP_CASES = Integer.getInteger("capaian.fuzz.http", 150);
    static final long SEED = Long.getLong("capaian.fuzz.seed", 20_250_701L);
    static final long CASE_TIMEOUT_SECONDS = 30;

    @TempDir
    Path data;

    static List<byte[]> seeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (String dir : new String[] {"examples", "templates-xlsx"}) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) seeds.add(Files.readAllBytes(p));
            }
        }
        return seeds;
    }

    private static final String[] VALUES = {"", "-1", "0", "NaN", "1e308", "-1e308", "99999999999999999999", "A0", "XFD1048577",
            "ZZZZZ1", "1048577", "2147483648", "abc", "&amp;", "\u0000", "1.5", "-0", "Infinity"};

    /** Case {@code i}: always the same mutation of the same seed. */
    static byte[] mutate(List<byte[]> seeds, long i) {
        Random rnd = new Random(SEED * 1_000_003L + i);
        byte[] seed = seeds.get(rnd.nextInt(seeds.size()));
        int kind = rnd.nextInt(10);
        if (kind == 0) {
            byte[] b = seed.clone();
            for (int k = 1 + rnd.nextInt(8); k > 0; k--) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            return b;
        }
        Map<String, byte[]> e = Zips.entries(seed);
        List<String> names = new ArrayList<>(e.keySet());
        if (kind == 1) {
            e.remove(names.get(rnd.nextInt(names.size())));
            return Zips.zip(e);
        }
        List<String> xml = names.stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        // Mostly the parts that matter: sheets and shared strings.
        List<String> hot = xml.stream().filter(n -> n.contains("worksheets/") || n.contains("sharedStrings")).toList();
        String name = !hot.isEmpty() && rnd.nextInt(4) > 0 ? hot.get(rnd.nextInt(hot.size())) : xml.get(rnd.nextInt(xml.size()));
        String s = new String(e.get(name), StandardCharsets.UTF_8);
        if (s.isEmpty()) return Zips.zip(e);
        int at = rnd.nextInt(s.length());
        int len = Math.min(s.length() - at, 1 + rnd.nextInt(200));
        s = switch (kind) {
            case 2 -> { // flip characters
                StringBuilder b = new StringBuilder(s);
                String alphabet = "<>/=\"'&;0123456789-.eE ABCXYZrstvfc\u00e9\u0000";
                for (int k = 1 + rnd.nextInt(6); k > 0; k--) b.setCharAt(rnd.nextInt(b.length()), alphabet.charAt(rnd.nextInt(alphabet.length())));
                yield b.toString();
            }
            case 3 -> s.substring(0, at) + s.substring(at + len); // delete
            case 4 -> s.substring(0, at + len) + s.substring(at, at + len).repeat(1 + rnd.nextInt(50)) + s.substring(at + len); // repeat
            case 5, 6 -> replaceNth(s, "(\\s(?:r|s|t|ref|count|uniqueCount|min|max|sqref|sheetId|ht)=\")([^\"]*)(\")", rnd); // attributes
            case 7 -> replaceNth(s, "(<v>)([^<]*)(</v>)", rnd); // cached values
            case 8 -> replaceNth(s, "(<t[^>]*>)([^<]*)(</t>)", rnd); // texts
            default -> s.substring(0, at); // truncate the part
        };
        e.put(name, s.getBytes(StandardCharsets.UTF_8));
        return Zips.zip(e);
    }

    private static String replaceNth(String s, String regex, Random rnd) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(s);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) hits.add(new int[] {m.start(2), m.end(2)});
        if (hits.isEmpty()) return s;
        int[] h = hits.get(rnd.nextInt(hits.size()));
        String v = rnd.nextBoolean() ? VALUES[rnd.nextInt(VALUES.length)] : Long.toString(rnd.nextLong() % 100_000_000L);
        return s.substring(0, h[0]) + v + s.substring(h[1]);
    }

    @Test
    void mutatedWorkbooksNeverEscapeTheProcessor() throws Exception {
        List<byte[]> seeds = seeds();
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        AtomicInteger readable = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        AtomicInteger tooLarge = new AtomicInteger();
        AtomicInteger generic = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (long i = 0; i < CASES; i++) {
                long n = i;
                jobs.add(pool.submit(() -> {
                    byte[] file = mutate(seeds, n);
                    try {
                        // Every 16th case is written back too (the slow part); the others are read and checked.
                        ProcessResult r = n % 16 == 0 ? processor.process(new ByteArrayInputStream(file), "f.xlsx", null)
                                : processor.check(new ByteArrayInputStream(file), "f.xlsx", null);
                        if (r.readable()) {
                            assertNotNull(r.report());
                            readable.incrementAndGet();
                        } else {
                            assertFalse(r.unreadableReason().isBlank());
                            assertFalse(r.unreadableReason().contains("Exception"), r.unreadableReason());
                            (r.tooLarge() ? tooLarge : unreadable).incrementAndGet();
                            if (r.unreadableReason().startsWith("Buku kerja ini tidak dapat diproses")) generic.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        failures.add("case " + n + ": " + t);
                    }
                }));
            }
            for (int k = 0; k < jobs.size(); k++) {
                try {
                    jobs.get(k).get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException hang) {
                    failures.add("case " + k + ": no answer within " + CASE_TIMEOUT_SECONDS + " s");
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String summary = String.format("in-process: %,d cases (seed %d) in %,d ms: %,d read, %,d unreadable (422), %,d over a limit (413), "
                + "%,d of the unreadable caught by the processor's last resort, %d failures",
                CASES, SEED, ms, readable.get(), unreadable.get(), tooLarge.get(), generic.get(), failures.size());
        record("fuzz-processor.txt", summary);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void mutatedWorkbooksNeverGetA5xxOverHttp() throws Exception {
        List<byte[]> seeds = seeds();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long t0 = System.nanoTime();
        try (TestServer s = TestServer.start(data)) {
            Client c = s.client();
            for (long i = 0; i < HTTP_CASES; i++) {
                long n = CASES + i; // not the in-process cases again
                HttpResponse<String> r = c.upload(i % 2 == 0 ? "/api/v1/process" : "/api/v1/check", Multipart.file("f.xlsx", mutate(seeds, n)));
                statuses.merge(r.statusCode(), 1, Integer::sum);
                assertTrue(Set.of(200, 413, 415, 422).contains(r.statusCode()), "case " + n + ": " + r.statusCode() + " " + r.body());
                assertFalse(r.body().contains("\tat "), r.body());
            }
            assertEquals(200, c.get("/api/v1/health").statusCode());
        }
        record("fuzz-http.txt", String.format("over HTTP: %,d cases in %,d ms, statuses %s", HTTP_CASES,
                (System.nanoTime() - t0) / 1_000_000, statuses));
    }

    static void record(String file, String line) throws Exception {
        Path out = Path.of("target", "security", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n");
        System.out.println(line);
    }
}
