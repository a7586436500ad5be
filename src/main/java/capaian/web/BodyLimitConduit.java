package capaian.web;

import io.undertow.server.RequestTooBigException;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSourceConduit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The upload limit, enforced while the body is read, that can be lifted once the 413 is decided. Undertow's own
 * entity limit cannot be lifted: past it, the end of the exchange fails to drain the body and closes the
 * connection with the client's bytes unread, the kernel answers them with a reset, and the client loses our
 * answer with it (it sees "no bytes" instead of the message). Undertow's limit is set higher, to what we are
 * willing to drain; this one says when to stop.
 */
final class BodyLimitConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
    private final long limit;
    private final long drained;
    private long total;
    private volatile boolean lifted;

    /** @param drained what is read in all after the limit is lifted; past it the connection is cut */
    BodyLimitConduit(StreamSourceConduit next, long limit, long drained) {
        super(next);
        this.limit = limit;
        this.drained = drained;
    }

    /** The answer is decided: the rest of the body is only read to be thrown away. */
    void lift() {
        lifted = true;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return (int) account(next.read(dst));
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        return account(next.read(dsts, offs, len));
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return account(next.transferTo(position, count, target));
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return account(next.transferTo(count, throughBuffer, target));
    }

    private long account(long n) throws RequestTooBigException {
        if (n > 0) total += n;
        long max = lifted ? drained : limit;
        if (total > max) throw new RequestTooBigException("body over " + max + " bytes");
        return n;
    }
}
