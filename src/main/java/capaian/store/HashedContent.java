package capaian.store;

import java.io.IOException;
import java.io.InputStream;

/** File content whose hash and size were worked out beforehand, read anew from its source each time it is opened. */
record HashedContent(String sha256, long size, Source source) implements FileContent {
    /** Where the content is read from: bytes in memory or a file on disk. */
    interface Source {
        InputStream open() throws IOException;
    }

    @Override
    public InputStream open() throws IOException {
        return source.open();
    }
}
