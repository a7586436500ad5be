package capaian.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replaces Undertow's BlockingHandler with two lanes, so that slow or many uploads never hold the threads that
 * answer health, pages and light API calls:
 * <ul>
 * <li>requests without a body run on Undertow's worker threads, as before;</li>
 * <li>requests with a body run on their own pool of {@value #BODY_THREADS} threads; a client address may have
 * {@code perAddress} of them in progress (then 429), and every body must keep a minimum rate
 * ({@link MinRateConduit}, then 408) and stay within its {@link BodyLimit}: {@code maxBody} unless the route
 * that reads it sets another.</li>
 * </ul>
 * Refusals are answered from the I/O thread without reading the body, and the connection is closed.
 */
final class RequestLanes implements HttpHandler, AutoCloseable {
    static final int BODY_THREADS = 64;

    private final HttpHandler next;
    private final int perAddress;
    private final int minRate;
    private final long maxBody;
    private final Semaphore bodySlots = new Semaphore(BODY_THREADS);
    private final Map<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();
    private final ExecutorService bodies;

    RequestLanes(HttpHandler next, int perAddress, int minRate, long maxBody) {
        this.next = next;
        this.perAddress = perAddress;
        this.minRate = minRate;
        this.maxBody = maxBody;
        AtomicInteger n = new AtomicInteger();
        this.bodies = Executors.newFixedThreadPool(BODY_THREADS, r -> {
            Thread t = new Thread(r, "capaian-upload-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        if (!hasBody(ex)) {
            ex.startBlocking();
            if (ex.isInIoThread()) ex.dispatch(next);
            else next.handleRequest(ex);
            return;
        }
        String client = client(ex);
        AtomicInteger mine = inProgress.computeIfAbsent(client, k -> new AtomicInteger());
        if (mine.incrementAndGet() > perAddress) {
            done(client, mine);
            refuse(ex, ApiError.TERLALU_BANYAK_UNGGAHAN.withMessage("Terlalu banyak unggahan sekaligus dari alamat ini (batas "
                    + perAddress + "). Tunggu unggahan sebelumnya selesai, lalu kirim lagi.", JobLimiter.RETRY_AFTER_SECONDS));
            return;
        }
        if (!bodySlots.tryAcquire()) {
            done(client, mine);
            refuse(ex, ApiError.SERVER_SIBUK.withMessage("Server sedang menerima banyak unggahan. Tunggu sebentar lalu kirim lagi.",
                    JobLimiter.RETRY_AFTER_SECONDS));
            return;
        }
        ex.addExchangeCompleteListener((e, nextListener) -> {
            bodySlots.release();
            done(client, mine);
            nextListener.proceed();
        });
        BodyLimit limit = new BodyLimit(maxBody, maxBody);
        ex.putAttachment(BodyLimit.KEY, limit);
        ex.addRequestWrapper((factory, e) -> new BodyLimitConduit(new MinRateConduit(factory.create(), minRate), limit));
        ex.startBlocking();
        ex.dispatch(bodies, next);
    }

    private void done(String client, AtomicInteger mine) {
        if (mine.decrementAndGet() <= 0) inProgress.remove(client, mine);
    }

    static boolean hasBody(HttpServerExchange ex) {
        HttpString m = ex.getRequestMethod();
        if (m.equals(Methods.GET) || m.equals(Methods.HEAD) || m.equals(Methods.OPTIONS)) return false;
        return ex.getRequestContentLength() > 0 || ex.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    }

    static String client(HttpServerExchange ex) {
        InetSocketAddress a = ex.getSourceAddress();
        return a == null || a.getAddress() == null ? "?" : a.getAddress().getHostAddress();
    }

    private static void refuse(HttpServerExchange ex, ApiException e) {
        ex.getResponseHeaders().put(Headers.CONNECTION, "close");
        e.headers().forEach((k, v) -> ex.getResponseHeaders().put(new HttpString(k), v));
        Json.error(ex, e.status(), e.code(), e.getMessage());
    }

    @Override
    public void close() {
        bodies.shutdownNow();
    }
}
