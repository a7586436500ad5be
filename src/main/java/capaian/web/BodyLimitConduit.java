package capaian.web;

import io.undertow.server.RequestTooBigException;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSourceConduit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Ends a request body past its {@link BodyLimit}, counted as it is read. */
final class BodyLimitConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
    private final BodyLimit limit;
    private long total;

    BodyLimitConduit(StreamSourceConduit next, BodyLimit limit) {
        super(next);
        this.limit = limit;
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
        if (total > limit.max()) throw new RequestTooBigException("body over " + limit.max() + " bytes");
        return n;
    }
}
