package capaian.web;

import java.util.Map;

/**
 * The catalogue of the API's error codes, like {@code FindingCode} for findings: one code per meaning, each with
 * one HTTP status wherever it is answered, and a plain Indonesian message used when the call site has nothing more
 * precise to say. The table in docs/api.md is generated from here ({@link #markdown()}) and a test keeps the two
 * equal and checks that every code thrown anywhere is listed with its status.
 */
enum ApiError {
    BERKAS_TIDAK_ADA(400, "no file in field `file`",
            "Tidak ada berkas pada field \"file\". Pilih buku kerja (.xlsx) lalu kirim."),
    FORMULIR_TIDAK_DIKENAL(400, "parameter `form` names no known form",
            "Formulir tidak dikenal. Pilihan: renja, lampiran-realisasi, monitoring-capaian."),
    TAHUN_TIDAK_SAH(400, "parameter `tahun` is not a year 2000-2100",
            "Tahun harus empat angka antara 2000 dan 2100."),
    PERIODE_TIDAK_SAH(400, "parameter `periode` is not I-IV or Tahunan",
            "Periode harus I, II, III, IV atau Tahunan."),
    STATUS_TIDAK_SAH(400, "a verdict other than the allowed ones",
            "Status tidak dikenal."),
    JSON_TIDAK_SAH(400, "the body is not a JSON object of the expected shape",
            "Data bukan JSON yang sah."),
    PARAMETER_TIDAK_SAH(400, "a query parameter that is not a number in its range (`/audit`'s `dari`, `sampai`, `batas`)",
            "Parameter alamat tidak sah."),
    DATA_KURANG(400, "a required parameter or field is missing",
            "Data yang diperlukan belum lengkap."),
    FORMAT_TIDAK_DIKENAL(400, "`/convert`: an unknown `to`",
            "Format keluaran tidak dikenal."),
    PEMISAH_TIDAK_SAH(400, "`/convert`: a CSV separator other than `;` or `,`",
            "Pemisah CSV harus ; atau ,."),
    UNGGAHAN_RUSAK(400, "the upload was cut off or is not valid multipart",
            "Unggahan terputus atau rusak. Coba kirim lagi."),
    KATA_SANDI_SAMA(400, "the new password is the one given out by the admin, or the current one",
            "Kata sandi baru harus berbeda dari kata sandi yang sekarang."),
    KATA_SANDI_LEMAH(400, "a new password shorter than the minimum",
            "Kata sandi baru terlalu pendek. Ketik kata sandi yang lebih panjang."),
    PERLU_MASUK(401, "not logged in",
            "Silakan masuk (login) terlebih dahulu."),
    LOGIN_GAGAL(401, "wrong user name or password, or the account is disabled",
            "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan."),
    TOKEN_TIDAK_SAH(401, "a bad, expired or revoked API token",
            "Token API tidak sah atau sudah dicabut."),
    CSRF_TIDAK_SAH(403, "a state-changing request on a session without the right `X-CSRF-Token` header",
            "Permintaan ditolak karena token keamanan (CSRF) tidak cocok. Muat ulang halaman lalu coba lagi."),
    PERLU_KATA_SANDI(403, "minting an API token from a session older than the re-auth window without `password`",
            "Ketik kata sandi Anda lagi untuk membuat token."),
    KATA_SANDI_SALAH(403, "the password re-entered to mint a token or to change it is wrong (counts as a failed login)",
            "Kata sandi yang Anda ketik salah. Ketik kata sandi Anda yang sekarang."),
    GANTI_KATA_SANDI(403, "the account's password was given out by an admin (new account, reset) and is not changed yet; only login, logout and `POST /password` answer",
            "Ganti dulu kata sandi yang diberikan admin dengan kata sandi pilihan Anda sendiri."),
    DILARANG(403, "the role may not do this (an OPD asking for the matrix, Bappeda submitting)",
            "Anda tidak berhak melakukan ini."),
    TIDAK_DITEMUKAN(404, "no such route, template or submission (also another OPD's submission)",
            "Tidak ditemukan."),
    METODE_TIDAK_DIIZINKAN(405, "wrong HTTP method",
            "Metode ini tidak berlaku untuk alamat ini."),
    UNGGAHAN_TERLALU_LAMBAT(408, "the request body arrived slower than the minimum rate (docs/SECURITY.md); the connection is closed",
            "Unggahan terlalu lambat dan dihentikan. Periksa sambungan internet, lalu kirim lagi."),
    BERKAS_TERLALU_BESAR(413, "upload over the limit (default 20 MB), on every route that takes a file",
            "Berkas terlalu besar untuk diunggah."),
    BUKU_KERJA_TERLALU_BESAR(413, "the workbook passes a reader limit (rows, columns, cell length, shared strings, XML size; docs/SECURITY.md), on every route that reads it",
            "Buku kerja melebihi batas Capaian. Hapus lembar atau baris yang tidak dipakai, lalu kirim lagi."),
    HASIL_TERLALU_BESAR(413, "`/process` asked for the result workbook, but it is too large to write back; ask for the JSON report",
            "Buku kerja ini terlalu besar untuk ditulis ulang. Pemeriksaannya tetap dapat dilihat lewat halaman Periksa."),
    ARSIP_TERLALU_BESAR(413, "rekap upload: a zip that inflates past its limits (a zip bomb); nothing of it is kept",
            "Arsip zip ini mengembang jauh melebihi ukurannya dan ditolak."),
    JSON_TERLALU_BESAR(413, "a JSON body over 64 KB",
            "Data JSON terlalu besar."),
    PERLU_MULTIPART(415, "a file route without `multipart/form-data`",
            "Kirim buku kerja sebagai multipart/form-data dengan nama field \"file\"."),
    PERLU_JSON(415, "a JSON route without `application/json`",
            "Kirim data sebagai JSON (Content-Type: application/json)."),
    BUKAN_BUKU_KERJA(415, "the file is not an Excel workbook at all (a PDF, a photo, a CSV)",
            "Berkas ini bukan buku kerja Excel (.xlsx). Buka di Excel atau LibreOffice, simpan sebagai .xlsx, lalu kirim lagi."),
    BERKAS_KOSONG(422, "the file sent is empty",
            "Berkas yang dikirim kosong."),
    BERKAS_TIDAK_TERBACA(422, "looks like a workbook but cannot be read as one of the forms, on every route; the message says why",
            "Buku kerja ini tidak dapat diproses. Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu unggah lagi."),
    KONVERSI_TIDAK_BISA(422, "`/convert`, `/next`, `/monitoring`: the conversion cannot be done with these files; the message says why",
            "Konversi tidak dapat dilakukan dengan berkas ini."),
    JENIS_FORMULIR_KOSONG(422, "a submission whose workbook does not show which form it is, and no `form` was chosen",
            "Jenis formulir tidak dikenali dari buku kerja; pilih formulirnya."),
    OPD_TIDAK_SESUAI(422, "a submission whose OPD is not the account's",
            "Kode OPD di buku kerja bukan kode OPD akun Anda."),
    ISIAN_TIDAK_SESUAI(422, "a submission whose form fields disagree with the workbook's header",
            "Isian formulir tidak sesuai dengan kepala buku kerja."),
    LEMBAR_GANDA(422, "a submission whose workbook has several sheets carrying the form and no one sheet of the chosen `periode`",
            "Buku kerja ini memuat beberapa lembar formulir. Hapus lembar yang tidak dikirim, atau pilih triwulan yang sesuai."),
    TAHUN_KOSONG(422, "a submission whose tahun is missing",
            "Tahun tidak terbaca dari buku kerja; isi Tahun di kepala formulir."),
    PERIODE_KOSONG(422, "a submission whose triwulan is missing",
            "Triwulan tidak terbaca dari buku kerja; isi Triwulan di kepala formulir."),
    DAFTAR_OPD_TIDAK_SAH(422, "the OPD list sent is not valid; the message says why",
            "Daftar OPD tidak sah."),
    AKUN_TIDAK_SAH(422, "an account cannot be made or changed as asked (name taken or not valid, OPD missing, one's own account); the message says why",
            "Akun tidak dapat dibuat atau diubah seperti itu."),
    DATA_OPD_TIDAK_SAH(422, "an OPD typed on the page is not valid (kode or nama missing, too long); the message says which",
            "Data OPD tidak sah."),
    DAFTAR_OPD_KOSONG(422, "the OPD list sent holds no OPD",
            "Daftar OPD tidak berisi satu OPD pun."),
    // Bappeda's desk: calendar, closed periods, verification and notes
    TANGGAL_TIDAK_SAH(400, "a calendar day that is not yyyy-mm-dd, or a due day before the opening day",
            "Tanggal harus berbentuk tahun-bulan-tanggal (contoh 2026-04-10), dan batas kirim tidak boleh sebelum tanggal dibuka."),
    CATATAN_WAJIB(400, "returning a submission, or adding a note, without the note's text",
            "Tulis catatan untuk OPD: apa yang salah dan apa yang harus diperbaiki."),
    SEL_TIDAK_SAH(400, "a note's sheet, row or cell that is not a row of the submission's workbook",
            "Lembar, baris atau sel catatan tidak ada pada buku kerja kiriman ini."),
    PERIODE_DITUTUP(409, "a new version sent into a period Bappeda has closed and not reopened for this OPD",
            "Periode ini sudah ditutup Bappeda, jadi kiriman baru tidak dapat diterima. Bila perlu mengirim perbaikan, minta Bappeda membuka kembali periode ini untuk OPD Anda."),
    PERIODE_BELUM_DITUTUP(409, "reopening, for one OPD, a period that is not closed",
            "Periode ini belum ditutup, jadi OPD masih dapat mengirim."),
    PERLU_KIRIM_ULANG(409, "accepting a returned submission: the OPD must send a new version first",
            "Kiriman ini sudah dikembalikan ke OPD. Tunggu OPD mengirim versi perbaikan, lalu periksa versi itu."),
    BUKAN_VERSI_TERAKHIR(409, "a verdict on a version that a newer version of the same form replaced",
            "Sudah ada versi yang lebih baru dari kiriman ini. Periksa versi terbarunya."),
    TERLALU_SERING_GAGAL(429, "too many failed logins for the user or from the address; retry after `Retry-After` seconds",
            "Terlalu banyak percobaan masuk yang gagal. Tunggu sebentar, lalu coba lagi."),
    TERLALU_BANYAK_UNGGAHAN(429, "this client address already has as many uploads in progress as allowed (`--uploads-per-address`); retry after `Retry-After` seconds",
            "Terlalu banyak unggahan sekaligus dari alamat ini. Tunggu unggahan sebelumnya selesai, lalu kirim lagi."),
    KESALAHAN_SERVER(500, "an unexpected failure, logged on the server",
            "Terjadi kesalahan di server. Coba lagi; bila berulang, hubungi admin Bappeda."),
    BERKAS_HILANG(500, "a stored submission's file is missing from the data directory",
            "Berkas kiriman ini tidak ditemukan di server. Hubungi admin."),
    SERVER_SIBUK(503, "all processing slots or upload threads busy; retry after `Retry-After` seconds",
            "Server sedang memproses banyak berkas. Tunggu sebentar lalu kirim lagi."),
    WAKTU_HABIS(503, "processing used up its CPU-time or time limit and was stopped",
            "Pemrosesan berkas melebihi batas waktu. Periksa apakah berkasnya wajar, atau coba lagi nanti."),
    SERVER_BERHENTI(503, "the server is shutting down; retry after `Retry-After` seconds",
            "Server sedang dihentikan. Coba lagi sebentar lagi.");

    private final int status;
    private final String when;
    private final String message;

    ApiError(int status, String when, String message) {
        this.status = status;
        this.when = when;
        this.message = message;
    }

    int status() {
        return status;
    }

    String message() {
        return message;
    }

    /** With the catalogue's own message. */
    ApiException error() {
        return new ApiException(status, name(), message);
    }

    /** With a message that says more (which file, which limit). */
    ApiException withMessage(String message) {
        return new ApiException(status, name(), message);
    }

    /** With a Retry-After header. */
    ApiException withMessage(String message, int retryAfterSeconds) {
        return new ApiException(status, name(), message, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The catalogue, by status, for the Errors section of docs/api.md. */
    static String markdown() {
        StringBuilder b = new StringBuilder("| status | code | when |\n|---|---|---|\n");
        java.util.Arrays.stream(values()).sorted(java.util.Comparator.comparingInt(ApiError::status))
                .forEach(e -> b.append("| ").append(e.status).append(" | `").append(e.name()).append("` | ")
                        .append(e.when).append(" |\n"));
        return b.toString();
    }
}
