package capaian.findings;

import static capaian.findings.Severity.ERROR;
import static capaian.findings.Severity.INFO;
import static capaian.findings.Severity.WARNING;

/**
 * The catalogue of findings (RULES section 12), each with a stable code, a severity and an Indonesian
 * message template. Placeholders: {sheet}, {cell}, {value} and the names each code's caller supplies.
 * docs/findings.md lists the same catalogue; a test keeps the two in step.
 */
public enum FindingCode {
    // The workbook and its layout
    SHEET_MISSING(ERROR, "Lembar untuk formulir ini tidak ditemukan. Buku kerja berisi lembar {value}; "
            + "gunakan templat Capaian atau beri nama lembar \"{expected}\"."),
    HEADER_NOT_FOUND(ERROR, "Lembar {sheet}: baris judul kolom tidak ditemukan (dicari: {expected}). "
            + "Salin baris judul dari templat Capaian tanpa mengubah teksnya."),
    COLUMN_MISSING(ERROR, "Lembar {sheet}: kolom \"{expected}\" tidak ada di baris judul (baris {row}). "
            + "Tambahkan kolom itu dengan judul persis seperti di templat."),
    COLUMN_DUPLICATE(WARNING, "Lembar {sheet}, sel {cell}: judul kolom \"{value}\" muncul dua kali; yang dipakai kolom pertama. "
            + "Hapus atau ganti judul kolom yang kedua."),
    COLUMN_UNRECOGNISED(WARNING, "Lembar {sheet}, sel {cell}: judul kolom \"{value}\" tidak dikenali, jadi kolom ini tidak dibaca. "
            + "Judulnya mirip kolom \"{expected}\": bila itu maksudnya, ganti judulnya persis seperti di templat."),
    SHEET_AMBIGUOUS(WARNING, "Buku kerja berisi beberapa lembar {form}: {value}. Yang dibaca lembar {sheet}, {chosen}. "
            + "Bila yang dimaksud lembar lain, hapus lembar yang tidak dipakai (atau pindahkan ke buku kerja lain), atau isi "
            + "Triwulan di kepala tiap lembar lalu pilih triwulannya saat mengirim."),
    SHEET_CHOSEN(INFO, "Lembar {sheet} dibaca karena kepalanya (atau namanya) menyebut triwulan {periode} yang dipilih; "
            + "lembar lain yang juga berisi formulir ini tidak dibaca: {value}."),
    HEADER_FIELD_MISSING(WARNING, "Lembar {sheet}: isian \"{expected}\" di kepala formulir kosong atau tidak ditemukan. "
            + "Isi sel di sebelah kanan label \"{expected}\"."),
    HEADER_FIELD_INVALID(WARNING, "Lembar {sheet}, sel {cell}: \"{value}\" bukan {expected} yang sah. {hint}"),
    FORM_EMPTY(ERROR, "Lembar {sheet}: tidak ada baris data di bawah judul kolom. Isi minimal satu baris program, "
            + "kegiatan atau sub kegiatan."),
    MERGED_CELLS_IN_DATA(WARNING, "Lembar {sheet}, sel {cell}: sel gabungan (merge) di area data; hanya sel kiri atas yang terbaca. "
            + "Pisahkan sel gabungan itu (Unmerge) dan isi setiap baris."),
    XLS_CONVERTED(INFO, "Lembar {sheet}: buku kerja ini berformat Excel 97-2003 (.xls). Isinya dibaca seperti biasa; hasilnya ditulis "
            + "sebagai .xlsx (Excel 2007 ke atas). Simpan dan kirim formulir berikutnya sebagai .xlsx."),
    MACROS_REMOVED(WARNING, "Lembar {sheet}: buku kerja ini berisi makro (.xlsm). Makro tidak pernah dijalankan Capaian; datanya dibaca dan "
            + "hasilnya ditulis sebagai .xlsx tanpa makro. Simpan formulir sebagai \"Excel Workbook (.xlsx)\" bila makro "
            + "tidak diperlukan."),
    HIDDEN_ROW(WARNING, "Lembar {sheet}, baris {row} tersembunyi tetapi tetap dihitung. Tampilkan baris itu (Unhide) "
            + "atau hapus bila tidak dipakai."),
    RESULT_NOT_WRITTEN(WARNING, "Buku kerja hasil tidak dibuat karena {reason}; pemeriksaan dan perhitungan tetap lengkap "
            + "di laporan ini. Hapus lembar atau baris yang tidak dipakai agar hasilnya dapat ditulis."),
    // Values
    VALUE_NOT_NUMBER(ERROR, "Lembar {sheet}, sel {cell}: \"{value}\" bukan angka. Ketik angka saja, misalnya {example}."),
    VALUE_AMBIGUOUS(WARNING, "Lembar {sheet}, sel {cell}: \"{value}\" dibaca sebagai {read} (titik dianggap pemisah ribuan). "
            + "Bila maksudnya pecahan, ketik dengan koma, misalnya {decimal}."),
    VALUE_ERROR(ERROR, "Lembar {sheet}, sel {cell}: rumus menghasilkan nilai kesalahan {value}. Perbaiki rumusnya atau ketik nilainya langsung."),
    VALUE_NEGATIVE(ERROR, "Lembar {sheet}, sel {cell}: nilai uang negatif ({value}). Ketik nilai nol atau positif."),
    MONEY_FRACTION(WARNING, "Lembar {sheet}, sel {cell}: nilai rupiah {value} berisi pecahan sen. Periksa apakah titik/koma "
            + "tertukar; rupiah diketik tanpa desimal, misalnya 1.250.000."),
    UNIT_MISMATCH(WARNING, "Lembar {sheet}, sel {cell}: satuan \"{unit}\" pada nilai berbeda dengan kolom Satuan \"{expected}\". "
            + "Samakan satuannya atau ketik angkanya saja."),
    CHOICE_UNKNOWN(WARNING, "Lembar {sheet}, sel {cell}: \"{value}\" bukan pilihan yang dikenal. Pilih salah satu: {expected}."),
    // Codes and hierarchy
    CODE_INVALID(ERROR, "Lembar {sheet}, sel {cell}: kode \"{value}\" tidak sesuai nomenklatur (contoh 5.03.02.1.01.09). "
            + "Perbaiki kodenya atau kosongkan dan isi kolom Tingkat."),
    CODE_PARENT_MISSING(WARNING, "Lembar {sheet}, sel {cell}: induk kode {value} (kode {expected}) tidak ada di atasnya. "
            + "Tambahkan baris {expected} di atas baris ini."),
    LEVEL_CONFLICT(WARNING, "Lembar {sheet}, sel {cell}: tingkat \"{value}\" berbeda dengan tingkat dari kode ({expected}). "
            + "Yang dipakai tingkat dari kode; perbaiki kolom Tingkat."),
    LEVEL_ASSUMED(INFO, "Lembar {sheet}, baris {row}: tanpa kode dan tanpa Tingkat, baris ini dianggap {expected}. "
            + "Isi kolom Kode atau Tingkat agar pasti."),
    TOTAL_ROW_ASSUMED(WARNING, "Lembar {sheet}, baris {row}: baris tanpa kode ini berisi jumlah baris {rows} di atasnya, jadi "
            + "dibaca sebagai baris jumlah dan tidak dihitung lagi sebagai sub kegiatan. Bila ini memang sub kegiatan, isi "
            + "kolom Kode atau Tingkat; bila baris jumlah, beri uraian \"Jumlah\" atau \"Sub Total\"."),
    ROW_DUPLICATE(WARNING, "Lembar {sheet}, baris {row}: {value} dengan indikator yang sama sudah ada di baris {other}, "
            + "sehingga anggarannya terhitung dua kali. Hapus salah satu atau bedakan indikatornya."),
    // Capaian
    JENIS_ASSUMED(INFO, "Lembar {sheet}, sel {cell}: Jenis Indikator kosong, dianggap {expected} menurut satuannya. "
            + "Pilih Kumulatif (jumlah per triwulan) atau Akhir (nilai triwulan terakhir)."),
    POLARITY_BLANK(INFO, "Lembar {sheet}, sel {cell}: polaritas kosong, dianggap Positif. Pilih Negatif bila makin rendah makin baik."),
    TARGET_MISSING(ERROR, "Lembar {sheet}, sel {cell}: target kosong padahal realisasi diisi, capaian tidak dapat dihitung. "
            + "Isi targetnya."),
    TARGET_ZERO(WARNING, "Lembar {sheet}, sel {cell}: target 0, capaian tidak dapat dihitung. Periksa targetnya."),
    PREDICATE_UNKNOWN(ERROR, "Lembar {sheet}, sel {cell}: \"{value}\" bukan predikat pada skala {expected}. "
            + "Gunakan salah satu: {choices}."),
    PREDICATE_MIXED(ERROR, "Lembar {sheet}, sel {cell}: realisasi \"{value}\" dan target \"{expected}\" tidak sejenis "
            + "(angka dan predikat). Tulis keduanya sebagai angka atau keduanya sebagai predikat."),
    REALISASI_ZERO_NEGATIF(WARNING, "Lembar {sheet}, sel {cell}: realisasi 0 pada indikator negatif; dengan rumus T/R "
            + "capaian tidak terdefinisi. Periksa realisasinya atau gunakan profil dengan rumus 2T-R."),
    CAPAIAN_NEGATIVE(WARNING, "Lembar {sheet}, sel {cell}: capaian negatif ({value}) karena realisasi lebih dari dua kali "
            + "target indikator negatif. Periksa realisasi dan polaritasnya."),
    CAPAIAN_IMPLAUSIBLE(WARNING, "Lembar {sheet}, sel {cell}: capaian {value} % di luar rentang wajar {expected} %. "
            + "{cause} Perbaiki target atau realisasinya; capaian ini ikut dalam rata-rata OPD."),
    CUMULATIVE_DECREASE(WARNING, "Lembar {sheet}, sel {cell}: realisasi kumulatif {value} turun dari {expected} pada triwulan "
            + "sebelumnya. Periksa angkanya atau ubah Jenis Indikator menjadi Akhir."),
    // The chain of forms: a Lampiran Realisasi against its Renja
    CHAIN_YEAR_MISMATCH(WARNING, "Lembar {sheet}: tahun berbeda. Renja yang diberikan untuk tahun {expected}, sedangkan "
            + "Lampiran Realisasi ({periode}) untuk tahun {value}, jadi barisnya tidak dibandingkan. Pilih Renja tahun {value}."),
    CHAIN_OPD_MISMATCH(WARNING, "Lembar {sheet}: OPD berbeda. Renja yang diberikan milik {expected}, sedangkan Lampiran "
            + "Realisasi ({periode}) milik {value}, jadi barisnya tidak dibandingkan. Pilih Renja OPD yang sama."),
    CHAIN_ROW_ADDED(WARNING, "Lembar {sheet}, baris {row}: {value} ada di Lampiran Realisasi ({periode}) tetapi tidak ada di "
            + "Renja. Periksa kode dan indikatornya, atau tambahkan ke Renja bila memang baru."),
    CHAIN_ROW_REMOVED(WARNING, "Lembar {sheet}: {value} ada di Renja (baris {renjaRow}) tetapi tidak ada di Lampiran Realisasi "
            + "({periode}). Tambahkan baris itu ke Lampiran atau periksa kodenya."),
    CHAIN_TARGET_CHANGED(WARNING, "Lembar {sheet}, sel {cell}: target {value} pada {periode} berbeda dengan target Renja "
            + "{expected} untuk {key}. Samakan dengan Renja, atau catat perubahan Renja-nya."),
    CHAIN_PAGU_CHANGED(WARNING, "Lembar {sheet}, sel {cell}: pagu {value} pada {periode} berbeda dengan pagu Renja {expected} "
            + "untuk {key}. Samakan dengan Renja, atau catat pergeseran anggarannya."),
    // Anggaran
    TOTAL_MISMATCH(WARNING, "Lembar {sheet}, sel {cell}: jumlah tertulis {value} berbeda dengan jumlah rinciannya {expected} "
            + "(selisih {difference}). Perbaiki angka induk atau rinciannya; Capaian menghitung dari rinciannya."),
    REALISASI_EXCEEDS_PAGU(ERROR, "Lembar {sheet}, sel {cell}: realisasi anggaran {value} melebihi pagu {expected}. "
            + "Periksa kedua angka itu."),
    SERAPAN_IMPLAUSIBLE(WARNING, "Lembar {sheet}, sel {cell}: serapan anggaran {value} % di luar rentang wajar {expected} %. "
            + "{cause} Perbaiki pagu atau realisasi anggarannya."),
    PAGU_ZERO_WITH_REALISASI(ERROR, "Lembar {sheet}, sel {cell}: pagu 0 atau \"-\" tetapi ada realisasi {value}. "
            + "Isi pagu sub kegiatan ini."),
    // Indices behind the IKU (Indeks sheet, RULES section 11)
    INDEX_BLOCK_MISSING(ERROR, "Lembar {sheet}, sel {cell}: baris ini belum masuk blok mana pun. Pilih IP ASN, Sistem Merit "
            + "atau SAKIP di kolom Blok pada baris pertama bloknya."),
    INDEX_PART_UNKNOWN(WARNING, "Lembar {sheet}, sel {cell}: \"{value}\" bukan {what} {index} yang dikenal profil, sehingga "
            + "maksimumnya tidak diketahui. Gunakan salah satu: {choices}."),
    INDEX_ABOVE_MAX(ERROR, "Lembar {sheet}, sel {cell}: nilai {value} melebihi maksimum {expected} untuk {part} ({index}). "
            + "Ketik nilai antara 0 dan {expected}."),
    NILAI_OUT_OF_RANGE(ERROR, "Lembar {sheet}, sel {cell}: nilai {value} di luar rentang {expected} untuk {part} ({index}). "
            + "Ketik nilai antara {expected}."),
    INDEX_BOBOT_MISSING(ERROR, "Lembar {sheet}, sel {cell}: bobot indikator Sistem Merit kosong atau bukan angka lebih dari 0, "
            + "skornya tidak dapat dihitung. Ketik bobotnya (bawaan profil untuk aspek {part}: {expected})."),
    WEIGHTS_NOT_100(WARNING, "Lembar {sheet}, sel {cell}: bobot aspek {index} berjumlah {value} %, seharusnya 100 %. "
            + "Perbaiki bobot pada baris Jumlah tiap aspek (bawaan profil: {expected})."),
    INDEX_REALISASI_MISMATCH(WARNING, "Lembar {sheet}, sel {cell}: realisasi {value} berbeda dengan {index} di lembar {source} "
            + "({expected}, sel {sourceCell}). Capaian dihitung dari {value}; kosongkan sel ini agar diisi rumus dari lembar "
            + "{source}, atau perbaiki komponen indeksnya."),
    COMPUTED_MISMATCH(WARNING, "Lembar {sheet}, sel {cell}: tertulis {value}, hasil hitung {expected}. Nilai diganti dengan "
            + "rumus yang benar; periksa laporan lain yang memakai angka lama."),
    // Formulas in the result workbook
    FORMULA_AS_VALUE(INFO, "Lembar {sheet}, sel {cell}: {reason}, sehingga rumus Excel tidak akan menghasilkan angka yang sama "
            + "dengan hitungan Capaian. Hasil di sel {target} (dan {others} sel hasil lain di lembar ini) ditulis sebagai nilai, "
            + "bukan rumus. {hint}"),
    FORMULA_OUTSIDE(WARNING, "Lembar {sheet}, sel {cell}: rumus {value} mengambil data dari luar buku kerja atau menjalankan "
            + "program lain ({reach}). Di buku kerja hasil sel ini berisi nilai terakhirnya, bukan rumus. Ketik nilainya "
            + "langsung atau gunakan rumus yang hanya merujuk sel di buku kerja ini."),
    TOTAL_FORMULA_COVERS_PARENTS(WARNING, "Lembar {sheet}, sel {cell}: rumus jumlah {value} ikut menjumlahkan baris induk "
            + "(sel {parents}). Agar jumlah ini tidak terhitung ganda, sel induk yang kosong tidak diisi Capaian. "
            + "Jumlahkan hanya sel sub kegiatan satu per satu, atau ketik sendiri angka induknya.");

    private final Severity severity;
    private final String template;

    FindingCode(Severity severity, String template) {
        this.severity = severity;
        this.template = template;
    }

    public Severity severity() { return severity; }

    public String template() { return template; }
}
