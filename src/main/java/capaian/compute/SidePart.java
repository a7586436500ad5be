package capaian.compute;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A part of an evaluation run beside the rest on a second core ({@code spare}), or at once on the caller's thread
 * when there is none (null). Only for parts that read what is already computed and fill nothing but their own
 * result, so that where they ran never shows.
 */
public final class SidePart<T> {
    private final CompletableFuture<T> future;
    private final T done;

    private SidePart(CompletableFuture<T> future, T done) {
        this.future = future;
        this.done = done;
    }

    /** Starts {@code part} on {@code spare}, or runs it now when {@code spare} is null. */
    public static <T> SidePart<T> start(Executor spare, Supplier<T> part) {
        return spare == null ? new SidePart<>(null, part.get()) : new SidePart<>(CompletableFuture.supplyAsync(part, spare), null);
    }

    /** The part's result, once it is done; what it threw is thrown here as it was. */
    public T join() {
        if (future == null) return done;
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
