package capaian.web;

import io.undertow.server.RequestTooBigException;
import org.xnio.conduits.StreamSourceConduit;

/** Ends a request body past its {@link BodyLimit}, counted as it is read. */
final class BodyLimitConduit extends CountingConduit {
    private final BodyLimit limit;
    private long total;

    BodyLimitConduit(StreamSourceConduit next, BodyLimit limit) {
        super(next);
        this.limit = limit;
    }

    @Override
    long account(long n) throws RequestTooBigException {
        if (n > 0) total += n;
        if (total > limit.max()) throw new RequestTooBigException("body over " + limit.max() + " bytes");
        return n;
    }
}
