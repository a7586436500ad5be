package capaian.web;

import capaian.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.*;

class FirstStartTest {
    @TempDir
    Path data;

    @Test
    void logsHowToCreateTheFirstBappedaAccountUntilThereIsOne() {
        List<String> messages = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) { messages.add(r.getMessage()); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger log = Logger.getLogger(CapaianServer.class.getName());
        log.addHandler(capture);
        try {
            try (TestServer s = TestServer.start(data)) {
                s.addUser("admin", Role.BAPPEDA, null);
            }
            assertTrue(messages.stream().anyMatch(m -> m.contains("user add") && m.contains("--role bappeda")), messages.toString());
            messages.clear();
            try (TestServer s = TestServer.start(data)) {
                assertTrue(messages.stream().noneMatch(m -> m.contains("Belum ada akun Bappeda")), messages.toString());
            }
        } finally {
            log.removeHandler(capture);
        }
    }
}
