package capaian.job;

import org.junit.jupiter.api.Test;

import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdleCoresTest {
    @Test
    void aCoreIsIdleOnlyWhileAServerRunsFewerJobsThanCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        int[] running = {0};
        IntSupplier server = () -> running[0];
        try {
            IdleCores.watch(server);
            assertTrue(IdleCores.available(), "no job: every core idle");
            running[0] = cores - 1;
            assertTrue(IdleCores.available(), "one core left");
            running[0] = cores;
            assertFalse(IdleCores.available(), "as many jobs as cores");
            IdleCores.stopWatching(() -> 0);
            assertFalse(IdleCores.available(), "another server's stop leaves this one watched");
            running[0] = 0;
            assertTrue(IdleCores.available());
        } finally {
            IdleCores.stopWatching(server);
        }
        assertFalse(IdleCores.available(), "no server: the command line's rule");
    }
}
