package capaian.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class UserCommandTest {
    private final InputStream stdin = System.in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path data;

    @AfterEach
    void restore() {
        System.setIn(stdin);
    }

    private int run(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return UserCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void addListPasswdDisable() {
        assertEquals(0, run("rahasia-panjang", "add", "admin", "--role", "bappeda", "--password-stdin"));
        assertEquals(0, run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--name", "Operator BKD", "--password-stdin"));
        assertEquals(0, run("", "list"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("admin") && listing.contains("5.03") && listing.contains("Operator BKD"), listing);
        assertFalse(listing.contains("rahasia-panjang"));

        assertEquals(0, run("sandi-baru-sekali", "passwd", "bkd", "--password-stdin"));
        assertEquals(0, run("", "disable", "bkd"));
        try (SqliteStore s = SqliteStore.open(data)) {
            assertTrue(s.findUser("bkd").orElseThrow().disabled());
            assertTrue(s.authenticate("admin", "rahasia-panjang".toCharArray()).isPresent());
        }
        assertEquals(0, run("", "enable", "bkd"));
        try (SqliteStore s = SqliteStore.open(data)) {
            assertTrue(s.authenticate("bkd", "sandi-baru-sekali".toCharArray()).isPresent());
        }
    }

    @Test
    void refusesShortPasswordsMissingOpdAndUnknownFlags() {
        assertEquals(1, run("pendek", "add", "a1", "--role", "bappeda", "--password-stdin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("minimal"));
        assertEquals(1, run("rahasia-panjang", "add", "a2", "--role", "opd", "--password-stdin"));
        assertEquals(2, run("rahasia-panjang", "add", "a3", "--role", "bappeda", "--password", "x"));
        assertEquals(1, run("", "disable", "tidak-ada"));
        assertEquals(2, run("", "hapus", "x"));
    }

    @Test
    void tokenIsPrintedOnceAndWorks() {
        run("rahasia-panjang", "add", "bkd", "--role", "opd", "--opd", "5.03", "--password-stdin");
        out.reset();
        assertEquals(0, run("", "token", "bkd"));
        String token = out.toString(StandardCharsets.UTF_8).trim();
        try (SqliteStore s = SqliteStore.open(data)) {
            assertEquals("bkd", s.findUserByApiToken(token).orElseThrow().username());
        }
    }
}
