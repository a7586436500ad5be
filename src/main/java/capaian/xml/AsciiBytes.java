package capaian.xml;

/**
 * The bytes of the few strings a reader or writer of XML compares or writes over and over (element and attribute
 * names, markup), kept by identity: they are the callers' constants. A {@code String.charAt} per character, which
 * C1 (the command line's compiler) does not inline, was a twentieth of reading a sheet and of writing one. Not
 * thread-safe: one per reader or writer.
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
