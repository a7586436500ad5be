package capaian.consolidate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on as many threads as there are cores, at most that many in flight so that memory stays bounded,
 * and hands the results on in the items' order (which of two files of one OPD is the latest depends on it).
 */
final class InOrder {
    private InOrder() {}

    static <T, R> void map(List<T> items, Function<T, R> work, Consumer<R> then) {
        int threads = threadsFor(items.size());
        if (threads <= 1) {
            for (T t : items) then.accept(work.apply(t));
            return;
        }
        ExecutorService pool = readers(threads);
        try {
            Deque<Future<R>> running = new ArrayDeque<>();
            for (T t : items) {
                if (running.size() >= threads) then.accept(take(running));
                running.add(pool.submit(() -> work.apply(t)));
            }
            while (!running.isEmpty()) then.accept(take(running));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Deque<Future<R>> running) {
        try {
            return oldest(running);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("consolidation interrupted", e);
        }
    }

    /** One thread a core, but no more than there are items. */
    static int threadsFor(int items) {
        return Math.min(Runtime.getRuntime().availableProcessors(), items);
    }

    /** Daemon threads, so that a rekap left unfinished never keeps the program alive. */
    static ExecutorService readers(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "capaian-rekap-read");
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits for the oldest item in flight; what failed it is thrown again as it was thrown. */
    static <R> R oldest(Deque<Future<R>> running) throws InterruptedException {
        try {
            return running.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
