package capaian.write;

/**
 * The bytes of the markup an {@link XmlOut} writes over and over, kept by identity: they are the callers'
 * constants. A {@code String.charAt} per character, which C1 (the command line's compiler) does not inline, was 3 %
 * of writing a sheet. The first 32 strings asked are kept; any other is not looked up in bytes at all, so a writer
 * handed many strings made on the fly (a styles part's entries) makes no garbage. Not thread-safe: one per writer.
 */
final class AsciiBytes {
    private final String[] keys = new String[32];
    private final byte[][] bytes = new byte[32][];
    private int count;

    /** The string's bytes when it is ASCII and kept; null when it is not ASCII or the table is full. */
    byte[] of(String s) {
        for (int i = 0; i < count; i++) if (keys[i] == s) return bytes[i];
        if (count == keys.length) return null;
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                b = null;
                break;
            }
            b[i] = (byte) c;
        }
        keys[count] = s;
        bytes[count++] = b;
        return b;
    }
}
