package capaian.consolidate;

/** Where an OPD stands in the rekap; the labels are what Bappeda reads. */
public enum OpdStatus {
    BELUM_KIRIM("belum kirim"), VALID("valid"), ADA_TEMUAN("ada temuan"), TIDAK_TERBACA("tidak terbaca");

    private final String label;

    OpdStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
