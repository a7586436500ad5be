package capaian.web;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * What a job is expected to take from the heap, estimated before it runs from the upload's size and kind, so
 * that {@link JobLimiter} admits jobs by what they cost and not only by how many run. Read from the zip's central
 * directory (declared sizes, read without inflating anything): the streaming reader and writer keep a sheet's
 * rows out of memory, but parts POI parses whole (styles, workbook, relationships, comments) and, for .xlsm and
 * .xls, the whole workbook live in the heap, at about ten times their inflated size.
 *
 * @param megabytes the estimate
 * @param heavy     more than a normal form needs: such jobs never take the last processing slot
 */
record JobCost(long megabytes, boolean heavy) {
    /** A job's base: the form definitions, the evaluation, the report, the result's buffers. */
    static final long BASE_MB = 16;
    /** Above this, a job is heavy: a 300-row form estimates at under 20 MB, a 100,000-row one at about 30. */
    static final long HEAVY_MB = 48;
    private static final long MB = 1024 * 1024;
    /** Heap per inflated byte of a part parsed whole (POI's object model, DOM). */
    private static final int WHOLE_FACTOR = 10;
    /** Parts parsed whole above this make a job heavy whatever its estimate. */
    private static final long WHOLE_HEAVY_BYTES = 256 * 1024;
    /** Heap per upload byte of an .xls (HSSF holds every record). */
    private static final int XLS_FACTOR = 12;

    /** A job with no upload to look at (stored rekap, conversions): a normal form's cost. */
    static final JobCost LIGHT = new JobCost(BASE_MB, false);

    static JobCost of(String fileName, byte[] bytes) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            return of(BASE_MB + bytes.length * XLS_FACTOR / MB, true);
        }
        ZipSizes z = ZipSizes.read(bytes);
        if (z == null) return of(BASE_MB + bytes.length / MB, false); // not a readable zip: refused cheaply later
        if (z.macros) return of(BASE_MB + z.total / MB * WHOLE_FACTOR, true);
        // A normal form's styles, workbook and relationships are a few kB; megabytes of them are costly in CPU as
        // well (20,000 sheets listed, millions of formats) even when the memory estimate is modest.
        return of(BASE_MB + z.parsedWhole * WHOLE_FACTOR / MB + z.total / (8 * MB), z.parsedWhole > WHOLE_HEAVY_BYTES);
    }

    /** A Bappeda rekap of many uploaded workbooks, read one at a time. */
    static JobCost rekap(long uploadBytes) {
        return of(BASE_MB * 4 + uploadBytes / MB, true);
    }

    private static JobCost of(long mb, boolean kindIsHeavy) {
        return new JobCost(mb, kindIsHeavy || mb > HEAVY_MB);
    }

    /** Declared inflated sizes from the central directory: of all entries, and of the parts parsed whole. */
    private record ZipSizes(long total, long parsedWhole, boolean macros) {
        private static final int EOCD = 0x06054b50;
        private static final int CEN = 0x02014b50;

        static ZipSizes read(byte[] b) {
            ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            int eocd = -1;
            for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
                if (buf.getInt(i) == EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) return null;
            int entries = Short.toUnsignedInt(buf.getShort(eocd + 10));
            long offset = Integer.toUnsignedLong(buf.getInt(eocd + 16));
            long total = 0;
            long whole = 0;
            boolean macros = false;
            int p = (int) Math.min(offset, b.length);
            for (int n = 0; n < entries && p + 46 <= b.length && buf.getInt(p) == CEN; n++) {
                long size = Integer.toUnsignedLong(buf.getInt(p + 24));
                if (size == 0xFFFFFFFFL) size = 4L * 1024 * MB; // zip64: more than any form, treat as huge
                int nameLen = Short.toUnsignedInt(buf.getShort(p + 28));
                int extra = Short.toUnsignedInt(buf.getShort(p + 30));
                int comment = Short.toUnsignedInt(buf.getShort(p + 32));
                if (p + 46 + nameLen > b.length) break;
                String name = new String(b, p + 46, nameLen, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                total += size;
                if (name.endsWith("vbaproject.bin")) macros = true;
                if (!name.contains("worksheets/sheet") && !name.contains("sharedstrings") && !name.startsWith("xl/media/")) {
                    whole += size;
                }
                p += 46 + nameLen + extra + comment;
            }
            return new ZipSizes(total, whole, macros);
        }
    }
}
