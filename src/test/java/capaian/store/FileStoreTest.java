package capaian.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class FileStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesByContentHashAndReadsBackTheSameBytes() throws Exception {
        FileStore fs = new FileStore(dir);
        byte[] content = "isi buku kerja".getBytes(StandardCharsets.UTF_8);
        String hash = fs.put(content);
        assertEquals(Secrets.sha256Hex(content), hash);
        assertArrayEquals(content, fs.read(hash));
        assertEquals(dir.resolve("files").resolve(hash.substring(0, 2)).resolve(hash), fs.find(hash).orElseThrow());
    }

    @Test
    void equalContentIsStoredOnceAndNoTemporaryFileIsLeft() throws Exception {
        FileStore fs = new FileStore(dir);
        byte[] content = new byte[100_000];
        assertEquals(fs.put(content), fs.put(content));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(1, all.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        FileStore fs = new FileStore(dir);
        assertTrue(fs.find("../../etc/passwd").isEmpty());
        assertTrue(fs.find(null).isEmpty());
        assertTrue(fs.find("0".repeat(64)).isEmpty());
    }

    @Test
    void filesSurviveANewInstance() throws Exception {
        String hash = new FileStore(dir).put(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, new FileStore(dir).read(hash));
    }
}
