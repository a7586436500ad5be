package capaian.read;

import java.io.IOException;

/** Lets tests of other packages make .xls samples the way {@link LegacyFormatsTest} does. */
public final class LegacyFormatsTestAccess {
    private LegacyFormatsTestAccess() {}

    public static byte[] toXls(byte[] xlsx) throws IOException {
        return LegacyFormatsTest.toXls(xlsx);
    }
}
