package capaian.web;

import org.xnio.conduits.StreamSourceConduit;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Ends a request body that arrives too slowly: after a grace period the body must average {@code minRate} bytes
 * per second, and no gap between bytes may last longer than the idle limit. A blocking read never waits more
 * than a second without checking, so a client sending one byte every two seconds loses its thread within the
 * grace period plus a second, instead of holding it for hours.
 */
final class MinRateConduit extends CountingConduit {
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);
    static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long CHECK_MS = 1_000;

    private final int minRate;
    private final long start = System.nanoTime();
    private long last = start;
    private long total;
    private boolean ended;

    MinRateConduit(StreamSourceConduit next, int minRate) {
        super(next);
        this.minRate = minRate;
    }

    /** The body was too slow; {@link Uploads} answers 408 and the connection is closed. */
    static final class TooSlow extends IOException {
        TooSlow(String why) {
            super(why, null);
        }
    }

    @Override
    public void awaitReadable() throws IOException {
        check();
        next.awaitReadable(CHECK_MS, TimeUnit.MILLISECONDS);
        check();
    }

    @Override
    public void awaitReadable(long time, TimeUnit unit) throws IOException {
        check();
        next.awaitReadable(Math.min(unit.toMillis(time), CHECK_MS), TimeUnit.MILLISECONDS);
        check();
    }

    @Override
    long account(long n) throws IOException {
        if (n < 0) {
            ended = true;
        } else if (n > 0) {
            total += n;
            last = System.nanoTime();
        }
        check();
        return n;
    }

    private void check() throws TooSlow {
        if (ended) return;
        long now = System.nanoTime();
        if (now - last > IDLE_NANOS) throw new TooSlow("no byte for " + (now - last) / 1_000_000 + " ms");
        long late = now - start - GRACE_NANOS;
        if (minRate > 0 && late > 0 && total < minRate * (late / 1_000_000_000.0)) {
            throw new TooSlow(total + " bytes in " + (now - start) / 1_000_000 + " ms");
        }
    }
}
