package capaian.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;

/**
 * How much of a request body is read: {@link RequestLanes} gives every body a default before any handler runs, a
 * route that takes a file sets its own before it reads ({@link Uploads}), and {@link #lift()} turns the limit into
 * the drain once the answer is a 413. Undertow's own entity limit cannot serve: it cannot be lifted (past it, the
 * end of the exchange fails to drain and closes with the client's bytes unread, the kernel resets the connection,
 * and the client loses our answer), and for a chunked body it is fixed when the request arrives.
 */
final class BodyLimit {
    static final AttachmentKey<BodyLimit> KEY = AttachmentKey.create(BodyLimit.class);

    private volatile long limit;
    private volatile long drained;
    private volatile boolean lifted;

    BodyLimit(long limit, long drained) {
        set(limit, drained);
    }

    static BodyLimit of(HttpServerExchange ex) {
        return ex.getAttachment(KEY);
    }

    /** @param drained what is read in all once the limit is lifted; past it the connection is cut */
    void set(long limit, long drained) {
        this.limit = limit;
        this.drained = Math.max(limit, drained);
    }

    /** The answer is decided: the rest of the body is only read to be thrown away. */
    void lift() {
        lifted = true;
    }

    long max() {
        return lifted ? drained : limit;
    }
}
