package capaian.web;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every hostile or broken file of docs/SECURITY.md against the real server in a 512 MB child JVM: each gets
 * the expected clear answer within the per-job time limit, and the server goes on serving.
 */
class HostileFilesTest {
    static final int JOB_TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    /** Case to the statuses it may get; 200 means processed, with findings in the report. */
    static final Map<String, Set<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("bukan-zip.xlsx", Set.of(415)),
            Map.entry("zip-terpotong.xlsx", Set.of(422)),
            Map.entry("bom-zip.xlsx", Set.of(413, 422)),
            Map.entry("xxe-lembar.xlsx", Set.of(422)),
            Map.entry("xxe-teks-bersama.xlsx", Set.of(422)),
            Map.entry("entitas-berlipat-lembar.xlsx", Set.of(422)),
            Map.entry("entitas-berlipat-teks.xlsx", Set.of(422)),
            Map.entry("terenkripsi.xlsx", Set.of(422)),
            Map.entry("makro.xlsm", Set.of(200, 422)),
            Map.entry("sejuta-baris.xlsx", Set.of(413)),
            Map.entry("16384-kolom.xlsx", Set.of(413)),
            Map.entry("sel-32767.xlsx", Set.of(200)),
            Map.entry("sel-40000.xlsx", Set.of(413)),
            Map.entry("sejuta-teks-bersama.xlsx", Set.of(413)),
            Map.entry("rujukan-buku-lain.xlsx", Set.of(200)),
            Map.entry("rumus-melingkar.xlsx", Set.of(200)),
            Map.entry("5000-komentar.xlsx", Set.of(200)),
            Map.entry("gambar.xlsx", Set.of(200)));

    @Test
    void eachHostileFileGetsAClearAnswerInTimeAndTheServerGoesOn() throws Exception {
        List<String> table = new ArrayList<>();
        try (ChildServer s = ChildServer.start(dir.resolve("data"), dir, "--job-timeout-seconds", Integer.toString(JOB_TIMEOUT_SECONDS),
                "--max-jobs", "2")) {
            Client c = s.client();
            for (Map.Entry<String, HostileFiles.Builder> e : HostileFiles.all().entrySet()) {
                String name = e.getKey();
                byte[] file = e.getValue().build();
                for (String path : new String[] {"/api/v1/process", "/api/v1/check"}) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = c.upload(path, Multipart.file(name, file));
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    JsonObject body = Client.json(r);
                    String answer = r.statusCode() == 200
                            ? body.getAsJsonObject("summary").get("errors").getAsInt() + " errors, "
                              + body.getAsJsonArray("findings").size() + " findings"
                            : body.get("code").getAsString() + ": " + body.get("message").getAsString();
                    table.add(String.format("| %s | %s | %,d | %d | %,d | %s |", name, path.substring(8), file.length,
                            r.statusCode(), ms, answer.replace("|", "/")));
                    assertTrue(EXPECTED.get(name).contains(r.statusCode()), name + " " + path + " got " + r.statusCode() + ": " + r.body());
                    if (r.statusCode() != 200) {
                        assertFalse(body.get("message").getAsString().isBlank(), name);
                        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
                    }
                    assertTrue(ms < JOB_TIMEOUT_SECONDS * 1000L, name + " took " + ms + " ms");
                    assertTrue(s.process.isAlive(), name + " killed the server: " + Files.readString(s.log));
                    assertEquals(200, c.get("/api/v1/health").statusCode(), "still serving after " + name);
                }
            }
            table.add("");
            table.add("Heap after GC, max: " + s.maxHeapAfterGcMb() + " MB of 512 MB");
        }
        Path out = Path.of("target", "security", "hostile.md");
        Files.createDirectories(out.getParent());
        Files.write(out, table);
        System.out.println(String.join("\n", table));
    }
}
