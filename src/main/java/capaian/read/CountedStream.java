package capaian.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells, after each read, how many bytes have passed so far: where a limit on a part is checked. */
abstract class CountedStream extends FilterInputStream {
    private long total;

    CountedStream(InputStream in) {
        super(in);
    }

    /** Called with the bytes read so far; throws to stop the reading. */
    abstract void counted(long total) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) counted(++total);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) counted(total += n);
        return n;
    }
}
