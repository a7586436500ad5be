package capaian.form;

import java.util.List;

/**
 * The sign-off block printed below a form's table (Permendagri 86/2017 annexes end with it): place and date, the
 * Kepala Perangkat Daerah with name and NIP, and on the Monitoring form the Bappeda's "Dievaluasi" side. The OPD
 * types place, name and NIP once in extra header fields placed to the right of the usual ones (so the table does
 * not move down); the block's cells are formulas that show them. The reader does not need these fields: a workbook
 * without them reads as before.
 *
 * @param fields    the header fields feeding the block: place and date, name, NIP (in this order)
 * @param evaluated whether the block has the Bappeda "Dievaluasi" side
 */
public record SignOff(List<HeaderField> fields, boolean evaluated) {
    /** The block's first line; the reader stops reading table rows at it (a form without a footer has the block right below its rows). */
    public static final String TITLE = "Pengesahan";

    public SignOff {
        fields = List.copyOf(fields);
    }

    public static SignOff of(boolean evaluated) {
        return new SignOff(List.of(
                new HeaderField("tempatTanggal", "Tempat dan tanggal", List.of("Tempat, tanggal"), ValueType.TEXT,
                        List.of(), false, "Tempat dan tanggal penandatanganan, misalnya Bandung, 10 April 2026."),
                new HeaderField("namaKepala", "Nama Kepala Perangkat Daerah", List.of("Nama Kepala OPD"), ValueType.TEXT,
                        List.of(), false, "Nama lengkap Kepala Perangkat Daerah beserta gelar, untuk blok tanda tangan."),
                new HeaderField("nipKepala", "NIP Kepala Perangkat Daerah", List.of("NIP"), ValueType.TEXT,
                        List.of(), false, "NIP Kepala Perangkat Daerah, 18 angka, untuk blok tanda tangan.")), evaluated);
    }
}
