package capaian.xml;

/**
 * The bytes of the markup a writer of XML writes over and over, kept by identity: they are the callers' constants.
 * A {@code String.charAt} per character, which C1 (the command line's compiler) does not inline, was 3 % of writing
 * a sheet. Not thread-safe: one per writer.
 */
public final class AsciiBytes {
    private final String[] keys = new String[32];
    private final byte[][] bytes = new byte[32][];
    private int count;

    /** The string's bytes, or null when it has a character outside ASCII. */
    public byte[] of(String s) {
        for (int i = 0; i < count; i++) if (keys[i] == s) return bytes[i];
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                b = null;
                break;
            }
            b[i] = (byte) c;
        }
        // a string made on the fly is looked up once and not kept: the table holds the first 32 asked
        if (count < keys.length) {
            keys[count] = s;
            bytes[count++] = b;
        }
        return b;
    }
}
