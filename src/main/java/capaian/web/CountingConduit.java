package capaian.web;

import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSourceConduit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A request body's conduit that sees how many bytes each read brought (-1 at the end) and may end the body there. */
abstract class CountingConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
    CountingConduit(StreamSourceConduit next) {
        super(next);
    }

    /** Called after every read with what it returned; returns it, or throws to end the body. */
    abstract long account(long n) throws IOException;

    @Override
    public final int read(ByteBuffer dst) throws IOException {
        return (int) account(next.read(dst));
    }

    @Override
    public final long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        return account(next.read(dsts, offs, len));
    }

    @Override
    public final long transferTo(long position, long count, FileChannel target) throws IOException {
        return account(next.transferTo(position, count, target));
    }

    @Override
    public final long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return account(next.transferTo(count, throughBuffer, target));
    }
}
