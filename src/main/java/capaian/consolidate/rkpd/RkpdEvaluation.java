package capaian.consolidate.rkpd;

import java.math.BigDecimal;
import java.util.List;

/**
 * The region's Evaluasi terhadap Hasil RKPD (Permendagri 86/2017) for one tahun and triwulan: its lines, each
 * OPD's own conclusion, and the region's rata-rata capaian and predikat by the profile's conclusion method.
 */
public record RkpdEvaluation(Info info, List<RkpdRow> rows, List<Opd> opds, BigDecimal capaian, String predikat) {

    /** Header texts (${info.judul} and the like) and the choices the workbook's formulas depend on. */
    public record Info(Integer tahun, String triwulan, String judul, String keterangan, String profil,
                       String metode, boolean rataRata, SignOff signOff) {
        public String tempatTanggal() { return signOff.tempatTanggal(); }
        public String kepala() { return signOff.kepala(); }
        public String nip() { return signOff.nip(); }
        public String penilai() { return signOff.penilai(); }
    }

    /** The sign-off block: place and date, the Kepala Bappeda's name and NIP, who evaluates; blanks to fill by hand. */
    public record SignOff(String tempatTanggal, String kepala, String nip, String penilai) {
        public static SignOff blank() {
            return new SignOff("...................., ....................", "(nama)", "", "Tim Evaluasi");
        }
    }

    /** One OPD's line on the Capaian OPD sheet. */
    public record Opd(int no, String kodeOpd, String nama, BigDecimal capaian, String predikat, String status,
                      String berkas, String catatan) {}
}
